# Germany declared its cluster munition stockpile destroyed on 2015-11-25, before its art. 3 deadline: the completion is shown with its source, and the deadline is not listed as upcoming.
args: explain ccm DEU --on 2016-01-01
exit: 0
store: unchanged
--- stdout contains
8. [art. 3(2)] stockpile_destruction: completion declared on 2015-11-25

# Ukraine's declared suspension of the Mine Ban Treaty shows in its state page and in the treaty's status table (~), with the date, not only in the act details.
args: state UKR --treaty apmbt --on 2026-01-01
exit: 0
store: unchanged
--- stdout contains
party~
  ~ declared on 

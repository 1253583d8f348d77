# A bad step.
args: timeline ccm --step week
exit: 2
store: unchanged
--- stderr
inforce timeline: --step: 'week' is not day, month or year
(see 'inforce timeline --help')

# The armed-conflict step of the Mine Ban Treaty's art. 20 is shown only for a state with a conflict record: Lithuania has none, so its withdrawal takes effect at the end of the notice, without the step.
args: explain apmbt LTU
exit: 0
store: unchanged
--- stdout lacks
no armed-conflict record

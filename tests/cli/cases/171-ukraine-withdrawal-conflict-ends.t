# The same withdrawal with a (hypothetical) record that ends the conflict on 2026-09-30,
# superseding nothing but covering the same period: the state stays bound until the end
# of the conflict, so the withdrawal takes effect the day after the recorded end ... as
# long as no open record covers that day. The open RULAC record still does, so the
# withdrawal remains pending: records are applied as they are, none is overridden.
before: import fixtures/hypothetical-ukraine-withdrawal.csv
before: import fixtures/hypothetical-conflict-end.csv
args: status apmbt --on 2026-11-29 --format csv
exit: 0
--- stdout contains
apmbt,UKR,Ukraine,party,1999-02-24,ratification,2005-12-27,2006-06-01,2026-01-15,,true

# --today moves "today": the same acts, checked as of 2030-01-01, have no act in the future.
before: --data fixtures/verify-data init --force
before: import fixtures/verify-findings.csv
args: verify --today 2030-01-01
exit: 1
store: unchanged
--- stdout contains
verify: 4 contradictions in 
(today 2030-01-01)

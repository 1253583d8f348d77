# inforce verify on a store of the curated bundle (states, treaty definitions, the CCM and
# APMBT actions, records; the 2018 UNTC files left out): no contradiction, exit 0.
before: --data fixtures/verify-data init --force
args: verify
exit: 0
store: unchanged
--- stdout contains
verify: 0 contradictions in
(today 2026-11-29)

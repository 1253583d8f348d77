# verify on a store made with `init --empty`: nothing to check, nothing found.
before: init --empty --force
args: verify
exit: 0
store: unchanged
--- stdout
verify: 0 contradictions in 0 acts of 0 treaties and 0 records (today 2026-11-29)

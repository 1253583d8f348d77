# A --today that is not a real date is bad usage.
args: verify --today 2026-02-30
exit: 2
store: unchanged
--- stderr
inforce verify: --today: '2026-02-30' is not a real date in YYYY-MM-DD form
(see 'inforce verify --help')

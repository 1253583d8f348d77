# An impossible date (30 February) is refused with file, line and field; nothing is stored.
args: import fixtures/bad-date.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/bad-date.csv:2: date: '2023-02-30' is not a real date in YYYY-MM-DD form

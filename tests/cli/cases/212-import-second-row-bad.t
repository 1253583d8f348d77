# One bad row (line 3) refuses the whole file: the good row on line 2 is not stored.
args: import fixtures/second-row-bad.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/second-row-bad.csv:3: date: '2024-13-01' is not a real date in YYYY-MM-DD form

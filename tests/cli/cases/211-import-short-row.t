# A row with a missing field is refused.
args: import fixtures/short-row.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/short-row.csv:2: 7 fields where the header has 8

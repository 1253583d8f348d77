# Two identical rows in one file: the second is named.
args: import fixtures/duplicate.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/duplicate.csv:3: duplicate of line 2 (same treaty, state, action, date and depositary)

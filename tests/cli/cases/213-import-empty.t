# An empty file is refused.
args: import fixtures/empty.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/empty.csv:1: empty file: no header row

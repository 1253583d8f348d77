# Every action needs its source.
args: import fixtures/no-source.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/no-source.csv:2: source: every action needs its source (a URL or a citation)

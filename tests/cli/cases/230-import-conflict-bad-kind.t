# An armed-conflict record of unknown kind is refused.
args: import fixtures/conflict-bad-kind.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/conflict-bad-kind.csv:2: kind: 'war': use 'armed-conflict' or 'occupation'

# A correction must supersede an act that exists.
args: import fixtures/correction-unknown.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/correction-unknown.csv:2: supersedes: no current action with id 99999 (unknown, or already superseded)

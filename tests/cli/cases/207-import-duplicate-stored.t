# A row already stored (from the bundle) is a duplicate, named with the stored row's origin.
args: import fixtures/duplicate-stored.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/duplicate-stored.csv:2: duplicate of stored action 423 (bundle:actions/ccm.csv:119)

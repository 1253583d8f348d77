# A record that ends before it starts is refused.
args: import fixtures/conflict-end-before-start.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/conflict-end-before-start.csv:2: end: '2013-01' is before the start '2014-02'

# A header without the bundled format's columns is refused.
args: import fixtures/wrong-header.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/wrong-header.csv:1: state_name: missing column (the header must name treaty, state_name, iso3, action, date, effective_date, source, notes)

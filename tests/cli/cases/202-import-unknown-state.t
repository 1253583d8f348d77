# An unknown ISO3 code is refused.
args: import fixtures/unknown-state.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/unknown-state.csv:2: iso3: unknown state 'ATL'

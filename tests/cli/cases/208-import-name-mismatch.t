# A state name and an ISO3 code that disagree are refused.
args: import fixtures/name-mismatch.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/name-mismatch.csv:2: state_name: 'France' is FRA, but iso3 says DEU

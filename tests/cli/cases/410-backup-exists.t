# inforce backup refuses to overwrite an existing file without --force.
args: backup fixtures/never-party.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/never-party.csv: already exists; use --force to replace it

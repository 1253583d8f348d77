# A depositary name variant (Tanzania for the United Republic of Tanzania) with its code.
args: import fixtures/name-variant.csv
exit: 0
store: changed
--- stdout
imported 1 row from fixtures/name-variant.csv

# A valid file is stored (treaty id in lower case).
args: import fixtures/hypothetical-ratification.csv
exit: 0
store: changed
--- stdout
imported 1 row from fixtures/hypothetical-ratification.csv

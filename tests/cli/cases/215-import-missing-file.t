# A file that does not exist.
args: import fixtures/no-such-file.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/no-such-file.csv: cannot open: No such file or directory

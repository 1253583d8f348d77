# A CSV with an unclosed quote is refused, naming the line where the record starts.
args: import fixtures/malformed.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/malformed.csv:2: malformed CSV: a double quote is not closed, or stands inside an unquoted field

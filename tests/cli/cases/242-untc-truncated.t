# A truncated file is refused, naming where.
args: import-untc fixtures/untc/truncated-XXVI-6.xml
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc/truncated-XXVI-6.xml:609: truncated file (it does not end with </Document>): Premature end of data in tag Rows line 50

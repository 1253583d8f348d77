# A file in the wrong encoding is refused.
args: import-untc fixtures/untc/utf16.xml
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc/utf16.xml:1: UTF-16 text (byte order mark): MTDSG files are ISO-8859-1

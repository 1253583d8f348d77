# An unknown format.
args: status ccm --format xml
exit: 2
store: unchanged
--- stderr
inforce status: --format: 'xml' is not one of table,csv,json
(see 'inforce status --help')

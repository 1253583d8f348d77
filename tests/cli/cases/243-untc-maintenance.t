# The UNTC maintenance page is refused.
args: import-untc fixtures/untc/maintenance.xml
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc/maintenance.xml: this is the UN Treaty Collection's "urgent maintenance" page, not a status page: download it again

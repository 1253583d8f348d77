# An impossible date.
args: status ccm --on 2023-02-30
exit: 2
store: unchanged
--- stderr
inforce status: --on: '2023-02-30' is not a real date in YYYY-MM-DD form
(see 'inforce status --help')

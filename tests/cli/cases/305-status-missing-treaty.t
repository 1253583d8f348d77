# A missing argument.
args: status
exit: 2
store: unchanged
--- stderr
inforce status: missing argument; usage: inforce status TREATY [--on DATE] [--format table|csv|json]
(see 'inforce status --help')

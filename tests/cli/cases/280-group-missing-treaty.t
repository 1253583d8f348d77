# Without --list, GROUP and TREATY are both needed: a usage error, exit 2.
args: group NAM
exit: 2
store: unchanged
--- stderr
inforce group: missing argument; usage: inforce group GROUP TREATY [--on DATE] | --list
(see 'inforce group --help')

# An unknown state is never guessed.
args: state Atlantis
exit: 2
store: unchanged
--- stderr
inforce: unknown state 'Atlantis' (use an ISO3 code or a name in data/states.csv)

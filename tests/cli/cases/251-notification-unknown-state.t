# An unknown state name in a notification is refused, never guessed.
args: import-notification fixtures/notifications/unknown-state.txt
exit: 2
store: unchanged
--- stderr
inforce: fixtures/notifications/unknown-state.txt: state: unknown state name 'ATLANTIS' (never guessed: add it to data/states.csv if it is one)

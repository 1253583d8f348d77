# An extension of an obligation the treaty does not have is refused.
args: import fixtures/extension-unknown-obligation.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/extension-unknown-obligation.csv:2: obligation: treaty APMBT has no obligation 'painting'

# Hostile XML: entity expansion (billion laughs) is refused, nothing stored.
args: import-untc fixtures/untc/billion-laughs.xml
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc/billion-laughs.xml:3: the DOCTYPE declares entities: refused (entity expansion and external entities; MTDSG files have none)

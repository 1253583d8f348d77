# Hostile XML: an external entity is refused.
args: import-untc fixtures/untc/external-entity.xml
exit: 2
store: unchanged
--- stderr
inforce: fixtures/untc/external-entity.xml:2: the DOCTYPE declares entities: refused (entity expansion and external entities; MTDSG files have none)

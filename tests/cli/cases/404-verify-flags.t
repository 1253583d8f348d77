# The UNTC importer's flags (here two bracketed dates of III-8) are listed under their own
# heading, as information: on their own they do not make verify fail (exit 0).
before: --data fixtures/verify-data init --force
before: import-untc ../../data/untc-mtdsg-2018/III-8.en.xml --as-at 2018-01-15
args: verify
exit: 0
store: unchanged
--- stdout contains
verify: 0 contradictions in
Data questions flagged by the UN Treaty Collection importer (information, not errors): 2
  ../../data/untc-mtdsg-2018/III-8.en.xml:390: III-8 USA bracketed: United States of America: signature 1963-04-24: 
  ../../data/untc-mtdsg-2018/III-8.en.xml:391: III-8 USA bracketed: United States of America: ratification 1969-11-24: 

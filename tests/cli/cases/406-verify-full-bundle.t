# The full bundle (curated acts, the 407 UNTC files, the 30 pages of 2026, the UNODA data and
# the curated updates) has no contradiction: verify
# exits 0; the importer's flags are listed as information.
args: verify --today 2026-11-29
exit: 0
--- stdout contains
verify: 0 contradictions in
Data questions flagged by the UN Treaty Collection importer (information, not errors): 133
  bundle:untc-mtdsg-2018/XVI-1.en.xml:1113: XVI-1 CSK after-ceased: Czechoslovakia: ratification 1995-04-06: the end note dates this act of a former State on or after the day it ceased to exist (data/successions.csv): not counted as an act

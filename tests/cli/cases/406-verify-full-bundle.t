# The full bundle (curated acts and all 407 UNTC files) has no contradiction: verify
# exits 0; the importer's flags are listed as information.
args: verify --today 2026-11-29
exit: 0
--- stdout contains
verify: 0 contradictions in
Data questions flagged by the UN Treaty Collection importer (information, not errors): 112

# Hypothetical acts (fixtures/verify-findings.csv, marked as test fixtures) that the import
# accepts but verify reports, each with its row: a signature and a consent before the treaty
# was opened for signature, a second signature in one episode, an act dated after today
# (INFORCE_TODAY, pinned by the runner), a blank source. Exit 1.
before: --data fixtures/verify-data init --force
before: import fixtures/verify-findings.csv
args: verify
exit: 1
store: unchanged
--- stdout
fixtures/verify-findings.csv:3: APMBT USA action 533 before-opening: ratification of USA dated 1997-10-01, before the treaty was opened for signature on 1997-12-03 (opened_for_signature in bundle:treaties/apmbt.treaty)
fixtures/verify-findings.csv:2: CCM CHN action 532 before-opening: signature of CHN dated 2008-06-01, before the treaty was opened for signature on 2008-12-03 (opened_for_signature in bundle:treaties/ccm.treaty)
fixtures/verify-findings.csv:6: CCM IND action 536 future: accession of IND dated 2026-12-01, after today (2026-11-29)
fixtures/verify-findings.csv:7: CCM ISR action 537 no-source: signature of ISR dated 2010-01-01 has no source
fixtures/verify-findings.csv:5: CCM RUS action 535 repeated: second signature of RUS in one participation episode: an earlier one is dated 2009-01-05 (action 534, fixtures/verify-findings.csv:4)
verify: 5 contradictions in 537 acts of 21 treaties and 77 records (today 2026-11-29)

# Hypothetical acts (fixtures/verify-findings.csv, marked as test fixtures) that the import
# accepts but verify reports, each with its row: a signature and a consent before the treaty
# was opened for signature, a second signature in one episode, an act dated after today
# (INFORCE_TODAY, pinned by the runner), a blank source. Exit 1. (Matched without the action
# ids and the act count, which follow the size of the bundle.)
before: --data fixtures/verify-data init --force
before: import fixtures/verify-findings.csv
args: verify
exit: 1
store: unchanged
--- stdout contains
fixtures/verify-findings.csv:2: CCM CHN action 
 before-opening: signature of CHN dated 2008-06-01, before the treaty was opened for signature on 2008-12-03 (opened_for_signature in bundle:treaties/ccm.treaty)
fixtures/verify-findings.csv:3: APMBT USA action 
 before-opening: ratification of USA dated 1997-10-01, before the treaty was opened for signature on 1997-12-03 (opened_for_signature in bundle:treaties/apmbt.treaty)
fixtures/verify-findings.csv:5: CCM RUS action 
 repeated: second signature of RUS in one participation episode: an earlier one is dated 2009-01-05 (action 
, fixtures/verify-findings.csv:4)
fixtures/verify-findings.csv:6: CCM IND action 
 future: accession of IND dated 2026-12-01, after today (2026-11-29)
fixtures/verify-findings.csv:7: CCM ISR action 
 no-source: signature of ISR dated 2010-01-01 has no source
verify: 5 contradictions in 
(today 2026-11-29)

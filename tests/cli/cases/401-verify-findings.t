# What verify would call a contradiction is refused on import, so that a store import accepted verifies clean (issue 17): here a signature before the CCM was opened for signature, with the file, line and field, exit 2. (Each kind of refusal, and verify on a store edited behind the importer's back, are tested in tests/reliability and tests/unit/test_verify.c.)
before: --data fixtures/verify-data init --force
args: import fixtures/verify-findings.csv
exit: 2
store: unchanged
--- stderr
inforce: fixtures/verify-findings.csv:2: date: signature of CHN dated 2008-06-01, before the treaty was opened for signature on 2008-12-03 (opened_for_signature in its definition)

# A correction supersedes a stored act: the CCM signature of Guinea-Bissau, 4 Dec 2008 in UNTC,
# 3 Dec 2008 in the Cluster Munition Monitor (test fixture). The corrected act is the one used;
# the old row stays in the store (see test_bundle's supersession test).
before: import fixtures/correction.csv
args: state GNB --on 2026-01-01 --format json
exit: 0
--- stdout contains
    "treaty": "ccm",
      "signature": "2008-12-03",
          "source": "Cluster Munition Monitor 2022 treaty status list (3 Dec 08)"

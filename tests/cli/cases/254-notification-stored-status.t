# After storing the (hypothetical) notification, Kenya is contracting, in force from
# 2026-09-01 under art. 17(2), and the act's source is the C.N. reference.
before: import-notification fixtures/notifications/hypothetical-kenya-ccm.txt --yes
args: state KEN --treaty ccm --on 2026-06-01 --format json
exit: 0
--- stdout contains
      "status": "contracting",
      "entry_into_force": "2026-09-01",
          "source": "Depositary notification C.N.999.2026.TREATIES-XXVI.6"

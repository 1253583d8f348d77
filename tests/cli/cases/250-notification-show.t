# A depositary notification (test fixture) is read and its act proposed; nothing stored without --yes.
args: import-notification fixtures/notifications/hypothetical-kenya-ccm.txt
exit: 0
store: unchanged
--- stdout
C.N.999.2026.TREATIES-XXVI.6 records: KENYA (KEN), ratification of Convention on Cluster Munitions (CCM), on 2026-03-02.
Not stored: run again with --yes to store it with the source 'Depositary notification C.N.999.2026.TREATIES-XXVI.6'.

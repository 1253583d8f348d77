# With --yes the act is stored with the C.N. reference as its source.
args: import-notification fixtures/notifications/hypothetical-kenya-ccm.txt --yes
exit: 0
store: changed
--- stdout
C.N.999.2026.TREATIES-XXVI.6 records: KENYA (KEN), ratification of Convention on Cluster Munitions (CCM), on 2026-03-02.
Stored, with the source 'Depositary notification C.N.999.2026.TREATIES-XXVI.6'.

# The treaties held.
args: treaty --list
exit: 0
store: unchanged
--- stdout
ID       UNTC       In force    Short name
APMBT    XXVI-5     1999-03-01  Anti-Personnel Mine Ban Convention (Ottawa Convention / Mine Ba...
CCM      XXVI-6     2010-08-01  Convention on Cluster Munitions                                   

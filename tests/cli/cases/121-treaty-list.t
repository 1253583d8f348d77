# The treaties held: the CCM and APMBT in force from their deposits; the other arms-regulation treaties have rules, but no deposits in the curated bundle.
args: treaty --list
exit: 0
store: unchanged
--- stdout
ID       UNTC       In force     Acts   Short name
APMBT    XXVI-5     1999-03-01   164    Anti-Personnel Mine Ban Convention (Ottawa Convention /...
ATT      XXVI-8     no deposits  0      Arms Trade Treaty                                         
BWC                 no deposits  0      Biological Weapons Convention                             
CCM      XXVI-6     2010-08-01   113    Convention on Cluster Munitions                           
CCW      XXVI-2     no deposits  0      Convention on Certain Conventional Weapons                
CCW-AP2  XXVI-2-b   no deposits  0      CCW Amended Protocol II                                   
CCW-ART1 XXVI-2-c   no deposits  0      CCW amended Article 1                                     
CCW-P1              no deposits  0      CCW Protocol I                                            
CCW-P2              no deposits  0      CCW Protocol II (original)                                
CCW-P3              no deposits  0      CCW Protocol III                                          
CCW-P4   XXVI-2-a   no deposits  0      CCW Protocol IV                                           
CCW-P5   XXVI-2-d   no deposits  0      CCW Protocol V                                            
CTBT     XXVI-4     no deposits  0      Comprehensive Nuclear-Test-Ban Treaty                     
CWC      XXVI-3     no deposits  0      Chemical Weapons Convention                               
ENMOD    XXVI-1     no deposits  0      Environmental Modification Convention                     
GP1925              no deposits  0      1925 Geneva Protocol                                      
NPT                 no deposits  0      Nuclear Non-Proliferation Treaty                          
OST                 no deposits  0      Outer Space Treaty                                        
PTBT                no deposits  0      Partial Test Ban Treaty                                   
SEABED              no deposits  0      Seabed Arms Control Treaty                                
TPNW     XXVI-9     no deposits  0      Treaty on the Prohibition of Nuclear Weapons              

In force: computed from the deposits held; "no deposits": none is held yet, so the date
is not computed (see 'inforce treaty ID' for the published date). Acts: counted instruments.

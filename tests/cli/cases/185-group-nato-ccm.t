# NATO members in and out of the CCM on the day Lithuania's withdrawal took effect.
args: group NATO ccm --on 2025-03-06
exit: 0
store: unchanged
--- stdout
NATO members on 2025-03-06 in CCM

ISO3 State                          In?  Status      In force   Withdrawal (notified -> effect)
ALB  Albania                        in   party       2010-08-01 
BEL  Belgium                        in   party       2010-08-01 
BGR  Bulgaria                       in   party       2011-10-01 
CAN  Canada                         in   party       2015-09-01 
CZE  Czechia                        in   party       2012-03-01 
DEU  Germany                        in   party       2010-08-01 
DNK  Denmark                        in   party       2010-08-01 
ESP  Spain                          in   party       2010-08-01 
EST  Estonia                        out  -                      
FIN  Finland                        out  -                      
FRA  France                         in   party       2010-08-01 
GBR  United Kingdom of Great Bri... in   party       2010-11-01 
GRC  Greece                         out  -                      
HRV  Croatia                        in   party       2010-08-01 
HUN  Hungary                        in   party       2013-01-01 
ISL  Iceland                        in   party       2016-02-01 
ITA  Italy                          in   party       2012-03-01 
LTU  Lithuania                      out  withdrawn   2011-09-01 2024-09-06 -> 2025-03-06
LUX  Luxembourg                     in   party       2010-08-01 
LVA  Latvia                         out  -                      
MKD  North Macedonia                in   party       2010-08-01 
MNE  Montenegro                     in   party       2010-08-01 
NLD  Netherlands (Kingdom of the)   in   party       2011-08-01 
NOR  Norway                         in   party       2010-08-01 
POL  Poland                         out  -                      
PRT  Portugal                       in   party       2011-09-01 
ROU  Romania                        out  -                      
SVK  Slovakia                       in   party       2016-01-01 
SVN  Slovenia                       in   party       2010-08-01 
SWE  Sweden                         in   party       2012-10-01 
TUR  Türkiye                        out  -                      
USA  United States of America       out  -                      

32 members: 23 in (instrument deposited, not withdrawn), 9 out

# The CCM on the day Lithuania's withdrawal took effect: 111 deposited, 12 signatories, Lithuania withdrawn.
args: status ccm --on 2025-03-06
exit: 0
store: unchanged
--- stdout
Convention on Cluster Munitions (CCM) on 2025-03-06
data as of 2026-02-03 (UN Treaty Collection status page)
in force since 2010-08-01

ISO3 State                  Status      Signed     Consent       In force   Withdrawal (notified -> effect)
AFG  Afghanistan            party       2008-12-03 2011-09-08    2012-03-01 
AGO  Angola                 signatory   2008-12-03                          
ALB  Albania                party       2008-12-03 2009-06-16    2010-08-01 
AND  Andorra                party                  2013-04-09 a  2013-10-01 
ATG  Antigua and Barbuda    party       2010-07-16 2010-08-23    2011-02-01 
AUS  Australia              party       2008-12-03 2012-10-08    2013-04-01 
AUT  Austria                party       2008-12-03 2009-04-02    2010-08-01 
BDI  Burundi                party       2008-12-03 2009-09-25    2010-08-01 
BEL  Belgium                party       2008-12-03 2009-12-22    2010-08-01 
BEN  Benin                  party       2008-12-03 2017-07-10    2018-01-01 
BFA  Burkina Faso           party       2008-12-03 2010-02-16    2010-08-01 
BGR  Bulgaria               party       2008-12-03 2011-04-06    2011-10-01 
BIH  Bosnia and Herzegovina party       2008-12-03 2010-09-07    2011-03-01 
BLZ  Belize                 party                  2014-09-02 a  2015-03-01 
BOL  Bolivia (Plurinatio... party       2008-12-03 2013-04-30    2013-10-01 
BWA  Botswana               party       2008-12-03 2011-06-27    2011-12-01 
CAF  Central African Rep... signatory   2008-12-03                          
CAN  Canada                 party       2008-12-03 2015-03-16    2015-09-01 
CHE  Switzerland            party       2008-12-03 2012-07-17    2013-01-01 
CHL  Chile                  party       2008-12-03 2010-12-16    2011-06-01 
CIV  Côte d'Ivoire          party       2008-12-04 2012-03-12    2012-09-01 
CMR  Cameroon               party       2009-12-15 2012-07-12    2013-01-01 
COD  Democratic Republic... signatory   2009-03-18                          
COG  Congo                  party       2008-12-03 2014-09-02    2015-03-01 
COK  Cook Islands           party       2008-12-03 2011-08-23    2012-02-01 
COL  Colombia               party       2008-12-03 2015-09-10    2016-03-01 
COM  Comoros                party       2008-12-03 2010-07-28    2011-01-01 
CPV  Cabo Verde             party       2008-12-03 2010-10-19    2011-04-01 
CRI  Costa Rica             party       2008-12-03 2011-04-28    2011-10-01 
CUB  Cuba                   party                  2016-04-06 a  2016-10-01 
CYP  Cyprus                 signatory   2009-09-23                          
CZE  Czechia                party       2008-12-03 2011-09-22    2012-03-01 
DEU  Germany                party       2008-12-03 2009-07-08    2010-08-01 
DJI  Djibouti               signatory   2010-07-30                          
DNK  Denmark                party       2008-12-03 2010-02-12    2010-08-01 
DOM  Dominican Republic     party       2009-11-10 2011-12-20    2012-06-01 
ECU  Ecuador                party       2008-12-03 2010-05-11    2010-11-01 
ESP  Spain                  party       2008-12-03 2009-06-17    2010-08-01 
FJI  Fiji                   party       2008-12-03 2010-05-28    2010-11-01 
FRA  France                 party       2008-12-03 2009-09-25    2010-08-01 
GBR  United Kingdom of G... party       2008-12-03 2010-05-04    2010-11-01 
GHA  Ghana                  party       2008-12-03 2011-02-03    2011-08-01 
GIN  Guinea                 party       2008-12-03 2014-10-21    2015-04-01 
GMB  Gambia                 party       2008-12-03 2018-12-11    2019-06-01 
GNB  Guinea-Bissau          party       2008-12-04 2010-11-29    2011-05-01 
GRD  Grenada                party                  2011-06-29 a  2011-12-01 
GTM  Guatemala              party       2008-12-03 2010-11-03    2011-05-01 
GUY  Guyana                 party                  2014-10-31 a  2015-04-01 
HND  Honduras               party       2008-12-03 2012-03-21    2012-09-01 
HRV  Croatia                party       2008-12-03 2009-08-17    2010-08-01 
HTI  Haiti                  signatory   2009-10-28                          
HUN  Hungary                party       2008-12-03 2012-07-03    2013-01-01 
IDN  Indonesia              signatory   2008-12-03                          
IRL  Ireland                party       2008-12-03 2008-12-03    2010-08-01 
IRQ  Iraq                   party       2009-11-12 2013-05-14    2013-11-01 
ISL  Iceland                party       2008-12-03 2015-08-31    2016-02-01 
ITA  Italy                  party       2008-12-03 2011-09-21    2012-03-01 
JAM  Jamaica                signatory   2009-06-12                          
JPN  Japan                  party       2008-12-03 2009-07-14 A  2010-08-01 
KEN  Kenya                  signatory   2008-12-03                          
KNA  Saint Kitts and Nevis  party                  2013-09-13 a  2014-03-01 
LAO  Lao People's Democr... party       2008-12-03 2009-03-18    2010-08-01 
LBN  Lebanon                party       2008-12-03 2010-11-05    2011-05-01 
LBR  Liberia                signatory   2008-12-03                          
LCA  Saint Lucia            party                  2020-09-15 a  2021-03-01 
LIE  Liechtenstein          party       2008-12-03 2013-03-04    2013-09-01 
LKA  Sri Lanka              party                  2018-03-01 a  2018-09-01 
LSO  Lesotho                party       2008-12-03 2010-05-28    2010-11-01 
LTU  Lithuania              withdrawn   2008-12-03 2011-03-24    2011-09-01 2024-09-06 -> 2025-03-06
LUX  Luxembourg             party       2008-12-03 2009-07-10    2010-08-01 
MCO  Monaco                 party       2008-12-03 2010-09-21    2011-03-01 
MDA  Republic of Moldova    party       2008-12-03 2010-02-16    2010-08-01 
MDG  Madagascar             party       2008-12-03 2017-05-20    2017-11-01 
MDV  Maldives               party                  2019-09-27 a  2020-03-01 
MEX  Mexico                 party       2008-12-03 2009-05-06    2010-08-01 
MKD  North Macedonia        party       2008-12-03 2009-10-08    2010-08-01 
MLI  Mali                   party       2008-12-03 2010-06-30    2010-12-01 
MLT  Malta                  party       2008-12-03 2009-09-24    2010-08-01 
MNE  Montenegro             party       2008-12-03 2010-01-25    2010-08-01 
MOZ  Mozambique             party       2008-12-03 2011-03-14    2011-09-01 
MRT  Mauritania             party       2010-04-19 2012-02-01    2012-08-01 
MUS  Mauritius              party                  2015-10-01 a  2016-04-01 
MWI  Malawi                 party       2008-12-03 2009-10-07    2010-08-01 
NAM  Namibia                party       2008-12-03 2018-08-31    2019-02-01 
NER  Niger                  party       2008-12-03 2009-06-02    2010-08-01 
NGA  Nigeria                party       2009-06-12 2023-02-28    2023-08-01 
NIC  Nicaragua              party       2008-12-03 2009-11-02    2010-08-01 
NIU  Niue                   party                  2020-08-06 a  2021-02-01 
NLD  Netherlands (Kingdo... party       2008-12-03 2011-02-23 A  2011-08-01 
NOR  Norway                 party       2008-12-03 2008-12-03    2010-08-01 
NRU  Nauru                  party       2008-12-03 2013-02-04    2013-08-01 
NZL  New Zealand            party       2008-12-03 2009-12-22    2010-08-01 
PAN  Panama                 party       2008-12-03 2010-11-29    2011-05-01 
PER  Peru                   party       2008-12-03 2012-09-26    2013-03-01 
PHL  Philippines            party       2008-12-03 2019-01-03    2019-07-01 
PLW  Palau                  party       2008-12-03 2016-04-19    2016-10-01 
PRT  Portugal               party       2008-12-03 2011-03-09    2011-09-01 
PRY  Paraguay               party       2008-12-03 2015-03-12    2015-09-01 
PSE  State of Palestine     party                  2015-01-02 a  2015-07-01 
RWA  Rwanda                 party       2008-12-03 2015-08-25    2016-02-01 
SEN  Senegal                party       2008-12-03 2011-08-03    2012-02-01 
SLE  Sierra Leone           party       2008-12-03 2008-12-03    2010-08-01 
SLV  El Salvador            party       2008-12-03 2011-01-10    2011-07-01 
SMR  San Marino             party       2008-12-03 2009-07-10    2010-08-01 
SOM  Somalia                party       2008-12-03 2015-09-30    2016-03-01 
SSD  South Sudan            party                  2023-08-03 a  2024-02-01 
STP  Sao Tome and Principe  party       2008-12-03 2020-01-27    2020-07-01 
SVK  Slovakia               party                  2015-07-24 a  2016-01-01 
SVN  Slovenia               party       2008-12-03 2009-08-19    2010-08-01 
SWE  Sweden                 party       2008-12-03 2012-04-23    2012-10-01 
SWZ  Eswatini               party                  2011-09-13 a  2012-03-01 
SYC  Seychelles             party       2010-04-13 2010-05-20    2010-11-01 
TCD  Chad                   party       2008-12-03 2013-03-26    2013-09-01 
TGO  Togo                   party       2008-12-03 2012-06-22    2012-12-01 
TTO  Trinidad and Tobago    party                  2011-09-21 a  2012-03-01 
TUN  Tunisia                party       2009-01-12 2010-09-28    2011-03-01 
TZA  United Republic of ... signatory   2008-12-03                          
UGA  Uganda                 signatory   2008-12-03                          
URY  Uruguay                party       2008-12-03 2009-09-24    2010-08-01 
VAT  Holy See               party       2008-12-03 2008-12-03    2010-08-01 
VCT  Saint Vincent and t... party       2009-09-23 2010-10-29    2011-04-01 
WSM  Samoa                  party       2008-12-03 2010-04-28    2010-10-01 
ZAF  South Africa           party       2008-12-03 2015-05-28    2015-11-01 
ZMB  Zambia                 party       2008-12-03 2009-08-12    2010-08-01 

parties 111 (withdrawal pending 0), contracting 0, signatories 12, withdrawn 1
deposited instruments not withdrawn (the published "States Parties" figure): 111
Consent marks as in the UN Treaty Collection: a accession, A acceptance, AA approval,
d succession, c formal confirmation; a plain date is a ratification.

# The Kyoto Protocol on 2018-01-15: deposit-based; Canada's withdrawal, notified 15 Dec 2011, took effect on 15 Dec 2012, the date of effect its end note's table states (no withdrawal rule is recorded to compute it).
args: status XXVII-7-a --on 2018-01-15
exit: 0
store: unchanged
--- stdout
Kyoto Protocol (KYOTO) on 2018-01-15
data as of 2018-01-15 (UN Treaty Collection MTDSG file)
in force since 2005-02-16

ISO3 State                  Status      Signed     Consent       In force   Withdrawal (notified -> effect)
AFG  Afghanistan            party                  2013-03-25 a  2013-06-23 
AGO  Angola                 party                  2007-05-08 a  2007-08-06 
ALB  Albania                party                  2005-04-01 a  2005-06-30 
ARE  United Arab Emirates   party                  2005-01-26 a  2005-04-26 
ARG  Argentina              party       1998-03-16 2001-09-28    2005-02-16 
ARM  Armenia                party                  2003-04-25 a  2005-02-16 
ATG  Antigua and Barbuda    party       1998-03-16 1998-11-03    2005-02-16 
AUS  Australia              party       1998-04-29 2007-12-12    2008-03-11 
AUT  Austria                party       1998-04-29 2002-05-31    2005-02-16 
AZE  Azerbaijan             party                  2000-09-28 a  2005-02-16 
BDI  Burundi                party                  2001-10-18 a  2005-02-16 
BEL  Belgium                party       1998-04-29 2002-05-31    2005-02-16 
BEN  Benin                  party                  2002-02-25 a  2005-02-16 
BFA  Burkina Faso           party                  2005-03-31 a  2005-06-29 
BGD  Bangladesh             party                  2001-10-22 a  2005-02-16 
BGR  Bulgaria               party       1998-09-18 2002-08-15    2005-02-16 
BHR  Bahrain                party                  2006-01-31 a  2006-05-01 
BHS  Bahamas                party                  1999-04-09 a  2005-02-16 
BIH  Bosnia and Herzegovina party                  2007-04-16 a  2007-07-15 
BLR  Belarus                party                  2005-08-26 a  2005-11-24 
BLZ  Belize                 party                  2003-09-26 a  2005-02-16 
BOL  Bolivia (Plurinatio... party       1998-07-09 1999-11-30    2005-02-16 
BRA  Brazil                 party       1998-04-29 2002-08-23    2005-02-16 
BRB  Barbados               party                  2000-08-07 a  2005-02-16 
BRN  Brunei Darussalam      party                  2009-08-20 a  2009-11-18 
BTN  Bhutan                 party                  2002-08-26 a  2005-02-16 
BWA  Botswana               party                  2003-08-08 a  2005-02-16 
CAF  Central African Rep... party                  2008-03-18 a  2008-06-16 
CAN  Canada                 withdrawn   1998-04-29 2002-12-17    2005-02-16 2011-12-15 -> 2012-12-15
CHE  Switzerland            party       1998-03-16 2003-07-09    2005-02-16 
CHL  Chile                  party       1998-06-17 2002-08-26    2005-02-16 
CHN  China                  party       1998-05-29 2002-08-30 AA 2005-02-16 
CIV  Côte d'Ivoire          party                  2007-04-23 a  2007-07-22 
CMR  Cameroon               party                  2002-08-28 a  2005-02-16 
COD  Democratic Republic... party                  2005-03-23 a  2005-06-21 
COG  Congo                  party                  2007-02-12 a  2007-05-13 
COK  Cook Islands           party       1998-09-16 2001-08-27    2005-02-16 
COL  Colombia               party                  2001-11-30 a  2005-02-16 
COM  Comoros                party                  2008-04-10 a  2008-07-09 
CPV  Cabo Verde             party                  2006-02-10 a  2006-05-11 
CRI  Costa Rica             party       1998-04-27 2002-08-09    2005-02-16 
CUB  Cuba                   party       1999-03-15 2002-04-30    2005-02-16 
CYP  Cyprus                 party                  1999-07-16 a  2005-02-16 
CZE  Czechia                party       1998-11-23 2001-11-15 AA 2005-02-16 
DEU  Germany                party       1998-04-29 2002-05-31    2005-02-16 
DJI  Djibouti               party                  2002-03-12 a  2005-02-16 
DMA  Dominica               party                  2005-01-25 a  2005-04-25 
DNK  Denmark                party       1998-04-29 2002-05-31    2005-02-16 
DOM  Dominican Republic     party                  2002-02-12 a  2005-02-16 
DZA  Algeria                party                  2005-02-16 a  2005-05-17 
ECU  Ecuador                party       1999-01-15 2000-01-13    2005-02-16 
EGY  Egypt                  party       1999-03-15 2005-01-12    2005-04-12 
ERI  Eritrea                party                  2005-07-28 a  2005-10-26 
ESP  Spain                  party       1998-04-29 2002-05-31    2005-02-16 
EST  Estonia                party       1998-12-03 2002-10-14    2005-02-16 
ETH  Ethiopia               party                  2005-04-14 a  2005-07-13 
EUU  European Union         party       1998-04-29 2002-05-31 AA 2005-02-16 
FIN  Finland                party       1998-04-29 2002-05-31    2005-02-16 
FJI  Fiji                   party       1998-09-17 1998-09-17    2005-02-16 
FRA  France                 party       1998-04-29 2002-05-31 AA 2005-02-16 
FSM  Micronesia (Federat... party       1998-03-17 1999-06-21    2005-02-16 
GAB  Gabon                  party                  2006-12-12 a  2007-03-12 
GBR  United Kingdom of G... party       1998-04-29 2002-05-31    2005-02-16 
GEO  Georgia                party                  1999-06-16 a  2005-02-16 
GHA  Ghana                  party                  2003-05-30 a  2005-02-16 
GIN  Guinea                 party                  2000-09-07 a  2005-02-16 
GMB  Gambia                 party                  2001-06-01 a  2005-02-16 
GNB  Guinea-Bissau          party                  2005-11-18 a  2006-02-16 
GNQ  Equatorial Guinea      party                  2000-08-16 a  2005-02-16 
GRC  Greece                 party       1998-04-29 2002-05-31    2005-02-16 
GRD  Grenada                party                  2002-08-06 a  2005-02-16 
GTM  Guatemala              party       1998-07-10 1999-10-05    2005-02-16 
GUY  Guyana                 party                  2003-08-05 a  2005-02-16 
HND  Honduras               party       1999-02-25 2000-07-19    2005-02-16 
HRV  Croatia                party       1999-03-11 2007-05-30    2007-08-28 
HTI  Haiti                  party                  2005-07-06 a  2005-10-04 
HUN  Hungary                party                  2002-08-21 a  2005-02-16 
IDN  Indonesia              party       1998-07-13 2004-12-03    2005-03-03 
IND  India                  party                  2002-08-26 a  2005-02-16 
IRL  Ireland                party       1998-04-29 2002-05-31    2005-02-16 
IRN  Iran (Islamic Repub... party                  2005-08-22 a  2005-11-20 
IRQ  Iraq                   party                  2009-07-28 a  2009-10-26 
ISL  Iceland                party                  2002-05-23 a  2005-02-16 
ISR  Israel                 party       1998-12-16 2004-03-15    2005-02-16 
ITA  Italy                  party       1998-04-29 2002-05-31    2005-02-16 
JAM  Jamaica                party                  1999-06-28 a  2005-02-16 
JOR  Jordan                 party                  2003-01-17 a  2005-02-16 
JPN  Japan                  party       1998-04-28 2002-06-04 A  2005-02-16 
KAZ  Kazakhstan             party       1999-03-12 2009-06-19    2009-09-17 
KEN  Kenya                  party                  2005-02-25 a  2005-05-26 
KGZ  Kyrgyzstan             party                  2003-05-13 a  2005-02-16 
KHM  Cambodia               party                  2002-08-22 a  2005-02-16 
KIR  Kiribati               party                  2000-09-07 a  2005-02-16 
KNA  Saint Kitts and Nevis  party                  2008-04-08 a  2008-07-07 
KOR  Republic of Korea      party       1998-09-25 2002-11-08    2005-02-16 
KWT  Kuwait                 party                  2005-03-11 a  2005-06-09 
LAO  Lao People's Democr... party                  2003-02-06 a  2005-02-16 
LBN  Lebanon                party                  2006-11-13 a  2007-02-11 
LBR  Liberia                party                  2002-11-05 a  2005-02-16 
LBY  Libya                  party                  2006-08-24 a  2006-11-22 
LCA  Saint Lucia            party       1998-03-16 2003-08-20    2005-02-16 
LIE  Liechtenstein          party       1998-06-29 2004-12-03    2005-03-03 
LKA  Sri Lanka              party                  2002-09-03 a  2005-02-16 
LSO  Lesotho                party                  2000-09-06 a  2005-02-16 
LTU  Lithuania              party       1998-09-21 2003-01-03    2005-02-16 
LUX  Luxembourg             party       1998-04-29 2002-05-31    2005-02-16 
LVA  Latvia                 party       1998-12-14 2002-07-05    2005-02-16 
MAR  Morocco                party                  2002-01-25 a  2005-02-16 
MCO  Monaco                 party       1998-04-29 2006-02-27    2006-05-28 
MDA  Republic of Moldova    party                  2003-04-22 a  2005-02-16 
MDG  Madagascar             party                  2003-09-24 a  2005-02-16 
MDV  Maldives               party       1998-03-16 1998-12-30    2005-02-16 
MEX  Mexico                 party       1998-06-09 2000-09-07    2005-02-16 
MHL  Marshall Islands       party       1998-03-17 2003-08-11    2005-02-16 
MKD  North Macedonia        party                  2004-11-18 a  2005-02-16 
MLI  Mali                   party       1999-01-27 2002-03-28    2005-02-16 
MLT  Malta                  party       1998-04-17 2001-11-11    2005-02-16 
MMR  Myanmar                party                  2003-08-13 a  2005-02-16 
MNE  Montenegro             party                  2007-06-04 a  2007-09-02 
MNG  Mongolia               party                  1999-12-15 a  2005-02-16 
MOZ  Mozambique             party                  2005-01-18 a  2005-04-18 
MRT  Mauritania             party                  2005-07-22 a  2005-10-20 
MUS  Mauritius              party                  2001-05-09 a  2005-02-16 
MWI  Malawi                 party                  2001-10-26 a  2005-02-16 
MYS  Malaysia               party       1999-03-12 2002-09-04    2005-02-16 
NAM  Namibia                party                  2003-09-04 a  2005-02-16 
NER  Niger                  party       1998-10-23 2004-09-30    2005-02-16 
NGA  Nigeria                party                  2004-12-10 a  2005-03-10 
NIC  Nicaragua              party       1998-07-07 1999-11-18    2005-02-16 
NIU  Niue                   party       1998-12-08 1999-05-06    2005-02-16 
NLD  Netherlands (Kingdo... party       1998-04-29 2002-05-31 A  2005-02-16 
NOR  Norway                 party       1998-04-29 2002-05-30    2005-02-16 
NPL  Nepal                  party                  2005-09-16 a  2005-12-15 
NRU  Nauru                  party                  2001-08-16 a  2005-02-16 
NZL  New Zealand            party       1998-05-22 2002-12-19    2005-02-16 
OMN  Oman                   party                  2005-01-19 a  2005-04-19 
PAK  Pakistan               party                  2005-01-11 a  2005-04-11 
PAN  Panama                 party       1998-06-08 1999-03-05    2005-02-16 
PER  Peru                   party       1998-11-13 2002-09-12    2005-02-16 
PHL  Philippines            party       1998-04-15 2003-11-20    2005-02-16 
PLW  Palau                  party                  1999-12-10 a  2005-02-16 
PNG  Papua New Guinea       party       1999-03-02 2002-03-28    2005-02-16 
POL  Poland                 party       1998-07-15 2002-12-13    2005-02-16 
PRK  Democratic People's... party                  2005-04-27 a  2005-07-26 
PRT  Portugal               party       1998-04-29 2002-05-31 AA 2005-02-16 
PRY  Paraguay               party       1998-08-25 1999-08-27    2005-02-16 
QAT  Qatar                  party                  2005-01-11 a  2005-04-11 
ROU  Romania                party       1999-01-05 2001-03-19    2005-02-16 
RUS  Russian Federation     party       1999-03-11 2004-11-18    2005-02-16 
RWA  Rwanda                 party                  2004-07-22 a  2005-02-16 
SAU  Saudi Arabia           party                  2005-01-31 a  2005-05-01 
SDN  Sudan                  party                  2004-11-02 a  2005-02-16 
SEN  Senegal                party                  2001-07-20 a  2005-02-16 
SGP  Singapore              party                  2006-04-12 a  2006-07-11 
SLB  Solomon Islands        party       1998-09-29 2003-03-13    2005-02-16 
SLE  Sierra Leone           party                  2006-11-10 a  2007-02-08 
SLV  El Salvador            party       1998-06-08 1998-11-30    2005-02-16 
SMR  San Marino             party                  2010-04-28 a  2010-07-27 
SOM  Somalia                party                  2010-07-26 a  2010-10-24 
SRB  Serbia                 party                  2007-10-19 a  2008-01-17 
STP  Sao Tome and Principe  party                  2008-04-25 a  2008-07-24 
SUR  Suriname               party                  2006-09-25 a  2006-12-24 
SVK  Slovakia               party       1999-02-26 2002-05-31    2005-02-16 
SVN  Slovenia               party       1998-10-21 2002-08-02    2005-02-16 
SWE  Sweden                 party       1998-04-29 2002-05-31    2005-02-16 
SWZ  Eswatini               party                  2006-01-13 a  2006-04-13 
SYC  Seychelles             party       1998-03-20 2002-07-22    2005-02-16 
SYR  Syrian Arab Republic   party                  2006-01-27 a  2006-04-27 
TCD  Chad                   party                  2009-08-18 a  2009-11-16 
TGO  Togo                   party                  2004-07-02 a  2005-02-16 
THA  Thailand               party       1999-02-02 2002-08-28    2005-02-16 
TJK  Tajikistan             party                  2008-12-29 a  2009-03-29 
TKM  Turkmenistan           party       1998-09-28 1999-01-11    2005-02-16 
TLS  Timor-Leste            party                  2008-10-14 a  2009-01-12 
TON  Tonga                  party                  2008-01-14 a  2008-04-13 
TTO  Trinidad and Tobago    party       1999-01-07 1999-01-28    2005-02-16 
TUN  Tunisia                party                  2003-01-22 a  2005-02-16 
TUR  Türkiye                party                  2009-05-28 a  2009-08-26 
TUV  Tuvalu                 party       1998-11-16 1998-11-16    2005-02-16 
TZA  United Republic of ... party                  2002-08-26 a  2005-02-16 
UGA  Uganda                 party                  2002-03-25 a  2005-02-16 
UKR  Ukraine                party       1999-03-15 2004-04-12    2005-02-16 
URY  Uruguay                party       1998-07-29 2001-02-05    2005-02-16 
USA  United States of Am... signatory   1998-11-12                          
UZB  Uzbekistan             party       1998-11-20 1999-10-12    2005-02-16 
VCT  Saint Vincent and t... party       1998-03-19 2004-12-31    2005-03-31 
VEN  Venezuela (Bolivari... party                  2005-02-18 a  2005-05-19 
VNM  Viet Nam               party       1998-12-03 2002-09-25    2005-02-16 
VUT  Vanuatu                party                  2001-07-17 a  2005-02-16 
WSM  Samoa                  party       1998-03-16 2000-11-27    2005-02-16 
YEM  Yemen                  party                  2004-09-15 a  2005-02-16 
ZAF  South Africa           party                  2002-07-31 a  2005-02-16 
ZMB  Zambia                 party       1998-08-05 2006-07-07    2006-10-05 
ZWE  Zimbabwe               party                  2009-06-30 a  2009-09-28 

parties 192 (withdrawal pending 0), contracting 0, signatories 1, withdrawn 1
deposited instruments not withdrawn (the published "States Parties" figure): 192
Consent marks as in the UN Treaty Collection: a accession, A acceptance, AA approval,
d succession, c formal confirmation; a plain date is a ratification.

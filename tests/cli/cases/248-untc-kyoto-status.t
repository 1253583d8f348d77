# The Kyoto Protocol on 2018-01-15: deposit-based; Canada's withdrawal, notified 15 Dec 2011, took effect on 15 Dec 2012, the date of effect its end note's table states (no withdrawal rule is recorded to compute it).
args: status XXVII-7-a --on 2018-01-15
exit: 0
store: unchanged
--- stdout
Kyoto Protocol to the United Nations Framework Convention on Climate Change (XXVII-7-a) on 2018-01-15
no entry-into-force rule recorded: deposit-based status, dates of entry into force unknown

ISO3 State                  Status      Signed     Consent       In force   Withdrawal (notified -> effect)
AFG  Afghanistan            party                  2013-03-25 a  unknown    
AGO  Angola                 party                  2007-05-08 a  unknown    
ALB  Albania                party                  2005-04-01 a  unknown    
ARE  United Arab Emirates   party                  2005-01-26 a  unknown    
ARG  Argentina              party       1998-03-16 2001-09-28    unknown    
ARM  Armenia                party                  2003-04-25 a  unknown    
ATG  Antigua and Barbuda    party       1998-03-16 1998-11-03    unknown    
AUS  Australia              party       1998-04-29 2007-12-12    unknown    
AUT  Austria                party       1998-04-29 2002-05-31    unknown    
AZE  Azerbaijan             party                  2000-09-28 a  unknown    
BDI  Burundi                party                  2001-10-18 a  unknown    
BEL  Belgium                party       1998-04-29 2002-05-31    unknown    
BEN  Benin                  party                  2002-02-25 a  unknown    
BFA  Burkina Faso           party                  2005-03-31 a  unknown    
BGD  Bangladesh             party                  2001-10-22 a  unknown    
BGR  Bulgaria               party       1998-09-18 2002-08-15    unknown    
BHR  Bahrain                party                  2006-01-31 a  unknown    
BHS  Bahamas                party                  1999-04-09 a  unknown    
BIH  Bosnia and Herzegovina party                  2007-04-16 a  unknown    
BLR  Belarus                party                  2005-08-26 a  unknown    
BLZ  Belize                 party                  2003-09-26 a  unknown    
BOL  Bolivia (Plurinatio... party       1998-07-09 1999-11-30    unknown    
BRA  Brazil                 party       1998-04-29 2002-08-23    unknown    
BRB  Barbados               party                  2000-08-07 a  unknown    
BRN  Brunei Darussalam      party                  2009-08-20 a  unknown    
BTN  Bhutan                 party                  2002-08-26 a  unknown    
BWA  Botswana               party                  2003-08-08 a  unknown    
CAF  Central African Rep... party                  2008-03-18 a  unknown    
CAN  Canada                 withdrawn   1998-04-29 2002-12-17    unknown    2011-12-15 -> 2012-12-15
CHE  Switzerland            party       1998-03-16 2003-07-09    unknown    
CHL  Chile                  party       1998-06-17 2002-08-26    unknown    
CHN  China                  party       1998-05-29 2002-08-30 AA unknown    
CIV  Côte d'Ivoire          party                  2007-04-23 a  unknown    
CMR  Cameroon               party                  2002-08-28 a  unknown    
COD  Democratic Republic... party                  2005-03-23 a  unknown    
COG  Congo                  party                  2007-02-12 a  unknown    
COK  Cook Islands           party       1998-09-16 2001-08-27    unknown    
COL  Colombia               party                  2001-11-30 a  unknown    
COM  Comoros                party                  2008-04-10 a  unknown    
CPV  Cabo Verde             party                  2006-02-10 a  unknown    
CRI  Costa Rica             party       1998-04-27 2002-08-09    unknown    
CUB  Cuba                   party       1999-03-15 2002-04-30    unknown    
CYP  Cyprus                 party                  1999-07-16 a  unknown    
CZE  Czechia                party       1998-11-23 2001-11-15 AA unknown    
DEU  Germany                party       1998-04-29 2002-05-31    unknown    
DJI  Djibouti               party                  2002-03-12 a  unknown    
DMA  Dominica               party                  2005-01-25 a  unknown    
DNK  Denmark                party       1998-04-29 2002-05-31    unknown    
DOM  Dominican Republic     party                  2002-02-12 a  unknown    
DZA  Algeria                party                  2005-02-16 a  unknown    
ECU  Ecuador                party       1999-01-15 2000-01-13    unknown    
EGY  Egypt                  party       1999-03-15 2005-01-12    unknown    
ERI  Eritrea                party                  2005-07-28 a  unknown    
ESP  Spain                  party       1998-04-29 2002-05-31    unknown    
EST  Estonia                party       1998-12-03 2002-10-14    unknown    
ETH  Ethiopia               party                  2005-04-14 a  unknown    
EUU  European Union         party       1998-04-29 2002-05-31 AA unknown    
FIN  Finland                party       1998-04-29 2002-05-31    unknown    
FJI  Fiji                   party       1998-09-17 1998-09-17    unknown    
FRA  France                 party       1998-04-29 2002-05-31 AA unknown    
FSM  Micronesia (Federat... party       1998-03-17 1999-06-21    unknown    
GAB  Gabon                  party                  2006-12-12 a  unknown    
GBR  United Kingdom of G... party       1998-04-29 2002-05-31    unknown    
GEO  Georgia                party                  1999-06-16 a  unknown    
GHA  Ghana                  party                  2003-05-30 a  unknown    
GIN  Guinea                 party                  2000-09-07 a  unknown    
GMB  Gambia                 party                  2001-06-01 a  unknown    
GNB  Guinea-Bissau          party                  2005-11-18 a  unknown    
GNQ  Equatorial Guinea      party                  2000-08-16 a  unknown    
GRC  Greece                 party       1998-04-29 2002-05-31    unknown    
GRD  Grenada                party                  2002-08-06 a  unknown    
GTM  Guatemala              party       1998-07-10 1999-10-05    unknown    
GUY  Guyana                 party                  2003-08-05 a  unknown    
HND  Honduras               party       1999-02-25 2000-07-19    unknown    
HRV  Croatia                party       1999-03-11 2007-05-30    unknown    
HTI  Haiti                  party                  2005-07-06 a  unknown    
HUN  Hungary                party                  2002-08-21 a  unknown    
IDN  Indonesia              party       1998-07-13 2004-12-03    unknown    
IND  India                  party                  2002-08-26 a  unknown    
IRL  Ireland                party       1998-04-29 2002-05-31    unknown    
IRN  Iran (Islamic Repub... party                  2005-08-22 a  unknown    
IRQ  Iraq                   party                  2009-07-28 a  unknown    
ISL  Iceland                party                  2002-05-23 a  unknown    
ISR  Israel                 party       1998-12-16 2004-03-15    unknown    
ITA  Italy                  party       1998-04-29 2002-05-31    unknown    
JAM  Jamaica                party                  1999-06-28 a  unknown    
JOR  Jordan                 party                  2003-01-17 a  unknown    
JPN  Japan                  party       1998-04-28 2002-06-04 A  unknown    
KAZ  Kazakhstan             party       1999-03-12 2009-06-19    unknown    
KEN  Kenya                  party                  2005-02-25 a  unknown    
KGZ  Kyrgyzstan             party                  2003-05-13 a  unknown    
KHM  Cambodia               party                  2002-08-22 a  unknown    
KIR  Kiribati               party                  2000-09-07 a  unknown    
KNA  Saint Kitts and Nevis  party                  2008-04-08 a  unknown    
KOR  Republic of Korea      party       1998-09-25 2002-11-08    unknown    
KWT  Kuwait                 party                  2005-03-11 a  unknown    
LAO  Lao People's Democr... party                  2003-02-06 a  unknown    
LBN  Lebanon                party                  2006-11-13 a  unknown    
LBR  Liberia                party                  2002-11-05 a  unknown    
LBY  Libya                  party                  2006-08-24 a  unknown    
LCA  Saint Lucia            party       1998-03-16 2003-08-20    unknown    
LIE  Liechtenstein          party       1998-06-29 2004-12-03    unknown    
LKA  Sri Lanka              party                  2002-09-03 a  unknown    
LSO  Lesotho                party                  2000-09-06 a  unknown    
LTU  Lithuania              party       1998-09-21 2003-01-03    unknown    
LUX  Luxembourg             party       1998-04-29 2002-05-31    unknown    
LVA  Latvia                 party       1998-12-14 2002-07-05    unknown    
MAR  Morocco                party                  2002-01-25 a  unknown    
MCO  Monaco                 party       1998-04-29 2006-02-27    unknown    
MDA  Republic of Moldova    party                  2003-04-22 a  unknown    
MDG  Madagascar             party                  2003-09-24 a  unknown    
MDV  Maldives               party       1998-03-16 1998-12-30    unknown    
MEX  Mexico                 party       1998-06-09 2000-09-07    unknown    
MHL  Marshall Islands       party       1998-03-17 2003-08-11    unknown    
MKD  North Macedonia        party                  2004-11-18 a  unknown    
MLI  Mali                   party       1999-01-27 2002-03-28    unknown    
MLT  Malta                  party       1998-04-17 2001-11-11    unknown    
MMR  Myanmar                party                  2003-08-13 a  unknown    
MNE  Montenegro             party                  2007-06-04 a  unknown    
MNG  Mongolia               party                  1999-12-15 a  unknown    
MOZ  Mozambique             party                  2005-01-18 a  unknown    
MRT  Mauritania             party                  2005-07-22 a  unknown    
MUS  Mauritius              party                  2001-05-09 a  unknown    
MWI  Malawi                 party                  2001-10-26 a  unknown    
MYS  Malaysia               party       1999-03-12 2002-09-04    unknown    
NAM  Namibia                party                  2003-09-04 a  unknown    
NER  Niger                  party       1998-10-23 2004-09-30    unknown    
NGA  Nigeria                party                  2004-12-10 a  unknown    
NIC  Nicaragua              party       1998-07-07 1999-11-18    unknown    
NIU  Niue                   party       1998-12-08 1999-05-06    unknown    
NLD  Netherlands (Kingdo... party       1998-04-29 2002-05-31 A  unknown    
NOR  Norway                 party       1998-04-29 2002-05-30    unknown    
NPL  Nepal                  party                  2005-09-16 a  unknown    
NRU  Nauru                  party                  2001-08-16 a  unknown    
NZL  New Zealand            party       1998-05-22 2002-12-19    unknown    
OMN  Oman                   party                  2005-01-19 a  unknown    
PAK  Pakistan               party                  2005-01-11 a  unknown    
PAN  Panama                 party       1998-06-08 1999-03-05    unknown    
PER  Peru                   party       1998-11-13 2002-09-12    unknown    
PHL  Philippines            party       1998-04-15 2003-11-20    unknown    
PLW  Palau                  party                  1999-12-10 a  unknown    
PNG  Papua New Guinea       party       1999-03-02 2002-03-28    unknown    
POL  Poland                 party       1998-07-15 2002-12-13    unknown    
PRK  Democratic People's... party                  2005-04-27 a  unknown    
PRT  Portugal               party       1998-04-29 2002-05-31 AA unknown    
PRY  Paraguay               party       1998-08-25 1999-08-27    unknown    
QAT  Qatar                  party                  2005-01-11 a  unknown    
ROU  Romania                party       1999-01-05 2001-03-19    unknown    
RUS  Russian Federation     party       1999-03-11 2004-11-18    unknown    
RWA  Rwanda                 party                  2004-07-22 a  unknown    
SAU  Saudi Arabia           party                  2005-01-31 a  unknown    
SDN  Sudan                  party                  2004-11-02 a  unknown    
SEN  Senegal                party                  2001-07-20 a  unknown    
SGP  Singapore              party                  2006-04-12 a  unknown    
SLB  Solomon Islands        party       1998-09-29 2003-03-13    unknown    
SLE  Sierra Leone           party                  2006-11-10 a  unknown    
SLV  El Salvador            party       1998-06-08 1998-11-30    unknown    
SMR  San Marino             party                  2010-04-28 a  unknown    
SOM  Somalia                party                  2010-07-26 a  unknown    
SRB  Serbia                 party                  2007-10-19 a  unknown    
STP  Sao Tome and Principe  party                  2008-04-25 a  unknown    
SUR  Suriname               party                  2006-09-25 a  unknown    
SVK  Slovakia               party       1999-02-26 2002-05-31    unknown    
SVN  Slovenia               party       1998-10-21 2002-08-02    unknown    
SWE  Sweden                 party       1998-04-29 2002-05-31    unknown    
SWZ  Eswatini               party                  2006-01-13 a  unknown    
SYC  Seychelles             party       1998-03-20 2002-07-22    unknown    
SYR  Syrian Arab Republic   party                  2006-01-27 a  unknown    
TCD  Chad                   party                  2009-08-18 a  unknown    
TGO  Togo                   party                  2004-07-02 a  unknown    
THA  Thailand               party       1999-02-02 2002-08-28    unknown    
TJK  Tajikistan             party                  2008-12-29 a  unknown    
TKM  Turkmenistan           party       1998-09-28 1999-01-11    unknown    
TLS  Timor-Leste            party                  2008-10-14 a  unknown    
TON  Tonga                  party                  2008-01-14 a  unknown    
TTO  Trinidad and Tobago    party       1999-01-07 1999-01-28    unknown    
TUN  Tunisia                party                  2003-01-22 a  unknown    
TUR  Türkiye                party                  2009-05-28 a  unknown    
TUV  Tuvalu                 party       1998-11-16 1998-11-16    unknown    
TZA  United Republic of ... party                  2002-08-26 a  unknown    
UGA  Uganda                 party                  2002-03-25 a  unknown    
UKR  Ukraine                party       1999-03-15 2004-04-12    unknown    
URY  Uruguay                party       1998-07-29 2001-02-05    unknown    
USA  United States of Am... signatory   1998-11-12                          
UZB  Uzbekistan             party       1998-11-20 1999-10-12    unknown    
VCT  Saint Vincent and t... party       1998-03-19 2004-12-31    unknown    
VEN  Venezuela (Bolivari... party                  2005-02-18 a  unknown    
VNM  Viet Nam               party       1998-12-03 2002-09-25    unknown    
VUT  Vanuatu                party                  2001-07-17 a  unknown    
WSM  Samoa                  party       1998-03-16 2000-11-27    unknown    
YEM  Yemen                  party                  2004-09-15 a  unknown    
ZAF  South Africa           party                  2002-07-31 a  unknown    
ZMB  Zambia                 party       1998-08-05 2006-07-07    unknown    
ZWE  Zimbabwe               party                  2009-06-30 a  unknown    

parties 192 (withdrawal pending 0), contracting 0, signatories 1, withdrawn 1
deposited instruments not withdrawn (the published "States Parties" figure): 192
Consent marks as in the UN Treaty Collection: a accession, A acceptance, AA approval,
d succession, c formal confirmation; a plain date is a ratification.

# A treaty by its UNTC reference; on the day the CCM entered into force (30 instruments by 16 Feb 2010, all in force; later deposits contracting).
args: status xxvi-6 --on 2010-08-01 --format csv
exit: 0
store: unchanged
--- stdout
treaty,iso3,name,status,signature,consent_kind,consent_date,entry_into_force,withdrawal_notified,withdrawal_effective,withdrawal_pending
ccm,AFG,Afghanistan,signatory,2008-12-03,,,,,,false
ccm,AGO,Angola,signatory,2008-12-03,,,,,,false
ccm,ALB,Albania,party,2008-12-03,ratification,2009-06-16,2010-08-01,,,false
ccm,ATG,Antigua and Barbuda,signatory,2010-07-16,,,,,,false
ccm,AUS,Australia,signatory,2008-12-03,,,,,,false
ccm,AUT,Austria,party,2008-12-03,ratification,2009-04-02,2010-08-01,,,false
ccm,BDI,Burundi,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false
ccm,BEL,Belgium,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false
ccm,BEN,Benin,signatory,2008-12-03,,,,,,false
ccm,BFA,Burkina Faso,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false
ccm,BGR,Bulgaria,signatory,2008-12-03,,,,,,false
ccm,BIH,Bosnia and Herzegovina,signatory,2008-12-03,,,,,,false
ccm,BOL,Bolivia (Plurinational State of),signatory,2008-12-03,,,,,,false
ccm,BWA,Botswana,signatory,2008-12-03,,,,,,false
ccm,CAF,Central African Republic,signatory,2008-12-03,,,,,,false
ccm,CAN,Canada,signatory,2008-12-03,,,,,,false
ccm,CHE,Switzerland,signatory,2008-12-03,,,,,,false
ccm,CHL,Chile,signatory,2008-12-03,,,,,,false
ccm,CIV,Côte d'Ivoire,signatory,2008-12-04,,,,,,false
ccm,CMR,Cameroon,signatory,2009-12-15,,,,,,false
ccm,COD,Democratic Republic of the Congo,signatory,2009-03-18,,,,,,false
ccm,COG,Congo,signatory,2008-12-03,,,,,,false
ccm,COK,Cook Islands,signatory,2008-12-03,,,,,,false
ccm,COL,Colombia,signatory,2008-12-03,,,,,,false
ccm,COM,Comoros,contracting,2008-12-03,ratification,2010-07-28,2011-01-01,,,false
ccm,CPV,Cabo Verde,signatory,2008-12-03,,,,,,false
ccm,CRI,Costa Rica,signatory,2008-12-03,,,,,,false
ccm,CYP,Cyprus,signatory,2009-09-23,,,,,,false
ccm,CZE,Czechia,signatory,2008-12-03,,,,,,false
ccm,DEU,Germany,party,2008-12-03,ratification,2009-07-08,2010-08-01,,,false
ccm,DJI,Djibouti,signatory,2010-07-30,,,,,,false
ccm,DNK,Denmark,party,2008-12-03,ratification,2010-02-12,2010-08-01,,,false
ccm,DOM,Dominican Republic,signatory,2009-11-10,,,,,,false
ccm,ECU,Ecuador,contracting,2008-12-03,ratification,2010-05-11,2010-11-01,,,false
ccm,ESP,Spain,party,2008-12-03,ratification,2009-06-17,2010-08-01,,,false
ccm,FJI,Fiji,contracting,2008-12-03,ratification,2010-05-28,2010-11-01,,,false
ccm,FRA,France,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false
ccm,GBR,United Kingdom of Great Britain and Northern Ireland,contracting,2008-12-03,ratification,2010-05-04,2010-11-01,,,false
ccm,GHA,Ghana,signatory,2008-12-03,,,,,,false
ccm,GIN,Guinea,signatory,2008-12-03,,,,,,false
ccm,GMB,Gambia,signatory,2008-12-03,,,,,,false
ccm,GNB,Guinea-Bissau,signatory,2008-12-04,,,,,,false
ccm,GTM,Guatemala,signatory,2008-12-03,,,,,,false
ccm,HND,Honduras,signatory,2008-12-03,,,,,,false
ccm,HRV,Croatia,party,2008-12-03,ratification,2009-08-17,2010-08-01,,,false
ccm,HTI,Haiti,signatory,2009-10-28,,,,,,false
ccm,HUN,Hungary,signatory,2008-12-03,,,,,,false
ccm,IDN,Indonesia,signatory,2008-12-03,,,,,,false
ccm,IRL,Ireland,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false
ccm,IRQ,Iraq,signatory,2009-11-12,,,,,,false
ccm,ISL,Iceland,signatory,2008-12-03,,,,,,false
ccm,ITA,Italy,signatory,2008-12-03,,,,,,false
ccm,JAM,Jamaica,signatory,2009-06-12,,,,,,false
ccm,JPN,Japan,party,2008-12-03,acceptance,2009-07-14,2010-08-01,,,false
ccm,KEN,Kenya,signatory,2008-12-03,,,,,,false
ccm,LAO,Lao People's Democratic Republic,party,2008-12-03,ratification,2009-03-18,2010-08-01,,,false
ccm,LBN,Lebanon,signatory,2008-12-03,,,,,,false
ccm,LBR,Liberia,signatory,2008-12-03,,,,,,false
ccm,LIE,Liechtenstein,signatory,2008-12-03,,,,,,false
ccm,LSO,Lesotho,contracting,2008-12-03,ratification,2010-05-28,2010-11-01,,,false
ccm,LTU,Lithuania,signatory,2008-12-03,,,,,,false
ccm,LUX,Luxembourg,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false
ccm,MCO,Monaco,signatory,2008-12-03,,,,,,false
ccm,MDA,Republic of Moldova,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false
ccm,MDG,Madagascar,signatory,2008-12-03,,,,,,false
ccm,MEX,Mexico,party,2008-12-03,ratification,2009-05-06,2010-08-01,,,false
ccm,MKD,North Macedonia,party,2008-12-03,ratification,2009-10-08,2010-08-01,,,false
ccm,MLI,Mali,contracting,2008-12-03,ratification,2010-06-30,2010-12-01,,,false
ccm,MLT,Malta,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false
ccm,MNE,Montenegro,party,2008-12-03,ratification,2010-01-25,2010-08-01,,,false
ccm,MOZ,Mozambique,signatory,2008-12-03,,,,,,false
ccm,MRT,Mauritania,signatory,2010-04-19,,,,,,false
ccm,MWI,Malawi,party,2008-12-03,ratification,2009-10-07,2010-08-01,,,false
ccm,NAM,Namibia,signatory,2008-12-03,,,,,,false
ccm,NER,Niger,party,2008-12-03,ratification,2009-06-02,2010-08-01,,,false
ccm,NGA,Nigeria,signatory,2009-06-12,,,,,,false
ccm,NIC,Nicaragua,party,2008-12-03,ratification,2009-11-02,2010-08-01,,,false
ccm,NLD,Netherlands (Kingdom of the),signatory,2008-12-03,,,,,,false
ccm,NOR,Norway,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false
ccm,NRU,Nauru,signatory,2008-12-03,,,,,,false
ccm,NZL,New Zealand,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false
ccm,PAN,Panama,signatory,2008-12-03,,,,,,false
ccm,PER,Peru,signatory,2008-12-03,,,,,,false
ccm,PHL,Philippines,signatory,2008-12-03,,,,,,false
ccm,PLW,Palau,signatory,2008-12-03,,,,,,false
ccm,PRT,Portugal,signatory,2008-12-03,,,,,,false
ccm,PRY,Paraguay,signatory,2008-12-03,,,,,,false
ccm,RWA,Rwanda,signatory,2008-12-03,,,,,,false
ccm,SEN,Senegal,signatory,2008-12-03,,,,,,false
ccm,SLE,Sierra Leone,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false
ccm,SLV,El Salvador,signatory,2008-12-03,,,,,,false
ccm,SMR,San Marino,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false
ccm,SOM,Somalia,signatory,2008-12-03,,,,,,false
ccm,STP,Sao Tome and Principe,signatory,2008-12-03,,,,,,false
ccm,SVN,Slovenia,party,2008-12-03,ratification,2009-08-19,2010-08-01,,,false
ccm,SWE,Sweden,signatory,2008-12-03,,,,,,false
ccm,SYC,Seychelles,contracting,2010-04-13,ratification,2010-05-20,2010-11-01,,,false
ccm,TCD,Chad,signatory,2008-12-03,,,,,,false
ccm,TGO,Togo,signatory,2008-12-03,,,,,,false
ccm,TUN,Tunisia,signatory,2009-01-12,,,,,,false
ccm,TZA,United Republic of Tanzania,signatory,2008-12-03,,,,,,false
ccm,UGA,Uganda,signatory,2008-12-03,,,,,,false
ccm,URY,Uruguay,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false
ccm,VAT,Holy See,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false
ccm,VCT,Saint Vincent and the Grenadines,signatory,2009-09-23,,,,,,false
ccm,WSM,Samoa,contracting,2008-12-03,ratification,2010-04-28,2010-10-01,,,false
ccm,ZAF,South Africa,signatory,2008-12-03,,,,,,false
ccm,ZMB,Zambia,party,2008-12-03,ratification,2009-08-12,2010-08-01,,,false

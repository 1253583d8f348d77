# A treaty by its UNTC reference; on the day the CCM entered into force (30 instruments by 16 Feb 2010, all in force; later deposits contracting).
args: status xxvi-6 --on 2010-08-01 --format csv
exit: 0
store: unchanged
--- stdout
treaty,iso3,name,status,signature,consent_kind,consent_date,entry_into_force,withdrawal_notified,withdrawal_effective,withdrawal_pending,uncertain,data_as_of
ccm,AFG,Afghanistan,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,AGO,Angola,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,ALB,Albania,party,2008-12-03,ratification,2009-06-16,2010-08-01,,,false,false,2026-02-03
ccm,ATG,Antigua and Barbuda,signatory,2010-07-16,,,,,,false,false,2026-02-03
ccm,AUS,Australia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,AUT,Austria,party,2008-12-03,ratification,2009-04-02,2010-08-01,,,false,false,2026-02-03
ccm,BDI,Burundi,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false,false,2026-02-03
ccm,BEL,Belgium,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false,false,2026-02-03
ccm,BEN,Benin,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,BFA,Burkina Faso,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false,false,2026-02-03
ccm,BGR,Bulgaria,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,BIH,Bosnia and Herzegovina,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,BOL,Bolivia (Plurinational State of),signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,BWA,Botswana,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CAF,Central African Republic,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CAN,Canada,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CHE,Switzerland,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CHL,Chile,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CIV,Côte d'Ivoire,signatory,2008-12-04,,,,,,false,false,2026-02-03
ccm,CMR,Cameroon,signatory,2009-12-15,,,,,,false,false,2026-02-03
ccm,COD,Democratic Republic of the Congo,signatory,2009-03-18,,,,,,false,false,2026-02-03
ccm,COG,Congo,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,COK,Cook Islands,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,COL,Colombia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,COM,Comoros,contracting,2008-12-03,ratification,2010-07-28,2011-01-01,,,false,false,2026-02-03
ccm,CPV,Cabo Verde,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CRI,Costa Rica,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CYP,Cyprus,signatory,2009-09-23,,,,,,false,false,2026-02-03
ccm,CZE,Czechia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,DEU,Germany,party,2008-12-03,ratification,2009-07-08,2010-08-01,,,false,false,2026-02-03
ccm,DJI,Djibouti,signatory,2010-07-30,,,,,,false,false,2026-02-03
ccm,DNK,Denmark,party,2008-12-03,ratification,2010-02-12,2010-08-01,,,false,false,2026-02-03
ccm,DOM,Dominican Republic,signatory,2009-11-10,,,,,,false,false,2026-02-03
ccm,ECU,Ecuador,contracting,2008-12-03,ratification,2010-05-11,2010-11-01,,,false,false,2026-02-03
ccm,ESP,Spain,party,2008-12-03,ratification,2009-06-17,2010-08-01,,,false,false,2026-02-03
ccm,FJI,Fiji,contracting,2008-12-03,ratification,2010-05-28,2010-11-01,,,false,false,2026-02-03
ccm,FRA,France,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false,false,2026-02-03
ccm,GBR,United Kingdom of Great Britain and Northern Ireland,contracting,2008-12-03,ratification,2010-05-04,2010-11-01,,,false,false,2026-02-03
ccm,GHA,Ghana,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,GIN,Guinea,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,GMB,Gambia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,GNB,Guinea-Bissau,signatory,2008-12-04,,,,,,false,false,2026-02-03
ccm,GTM,Guatemala,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,HND,Honduras,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,HRV,Croatia,party,2008-12-03,ratification,2009-08-17,2010-08-01,,,false,false,2026-02-03
ccm,HTI,Haiti,signatory,2009-10-28,,,,,,false,false,2026-02-03
ccm,HUN,Hungary,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,IDN,Indonesia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,IRL,Ireland,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,IRQ,Iraq,signatory,2009-11-12,,,,,,false,false,2026-02-03
ccm,ISL,Iceland,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,ITA,Italy,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,JAM,Jamaica,signatory,2009-06-12,,,,,,false,false,2026-02-03
ccm,JPN,Japan,party,2008-12-03,acceptance,2009-07-14,2010-08-01,,,false,false,2026-02-03
ccm,KEN,Kenya,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LAO,Lao People's Democratic Republic,party,2008-12-03,ratification,2009-03-18,2010-08-01,,,false,false,2026-02-03
ccm,LBN,Lebanon,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LBR,Liberia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LIE,Liechtenstein,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LSO,Lesotho,contracting,2008-12-03,ratification,2010-05-28,2010-11-01,,,false,false,2026-02-03
ccm,LTU,Lithuania,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LUX,Luxembourg,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false,false,2026-02-03
ccm,MCO,Monaco,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,MDA,Republic of Moldova,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false,false,2026-02-03
ccm,MDG,Madagascar,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,MEX,Mexico,party,2008-12-03,ratification,2009-05-06,2010-08-01,,,false,false,2026-02-03
ccm,MKD,North Macedonia,party,2008-12-03,ratification,2009-10-08,2010-08-01,,,false,false,2026-02-03
ccm,MLI,Mali,contracting,2008-12-03,ratification,2010-06-30,2010-12-01,,,false,false,2026-02-03
ccm,MLT,Malta,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false,false,2026-02-03
ccm,MNE,Montenegro,party,2008-12-03,ratification,2010-01-25,2010-08-01,,,false,false,2026-02-03
ccm,MOZ,Mozambique,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,MRT,Mauritania,signatory,2010-04-19,,,,,,false,false,2026-02-03
ccm,MWI,Malawi,party,2008-12-03,ratification,2009-10-07,2010-08-01,,,false,false,2026-02-03
ccm,NAM,Namibia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,NER,Niger,party,2008-12-03,ratification,2009-06-02,2010-08-01,,,false,false,2026-02-03
ccm,NGA,Nigeria,signatory,2009-06-12,,,,,,false,false,2026-02-03
ccm,NIC,Nicaragua,party,2008-12-03,ratification,2009-11-02,2010-08-01,,,false,false,2026-02-03
ccm,NLD,Netherlands (Kingdom of the),signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,NOR,Norway,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,NRU,Nauru,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,NZL,New Zealand,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false,false,2026-02-03
ccm,PAN,Panama,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,PER,Peru,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,PHL,Philippines,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,PLW,Palau,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,PRT,Portugal,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,PRY,Paraguay,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,RWA,Rwanda,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,SEN,Senegal,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,SLE,Sierra Leone,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,SLV,El Salvador,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,SMR,San Marino,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false,false,2026-02-03
ccm,SOM,Somalia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,STP,Sao Tome and Principe,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,SVN,Slovenia,party,2008-12-03,ratification,2009-08-19,2010-08-01,,,false,false,2026-02-03
ccm,SWE,Sweden,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,SYC,Seychelles,contracting,2010-04-13,ratification,2010-05-20,2010-11-01,,,false,false,2026-02-03
ccm,TCD,Chad,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,TGO,Togo,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,TUN,Tunisia,signatory,2009-01-12,,,,,,false,false,2026-02-03
ccm,TZA,United Republic of Tanzania,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,UGA,Uganda,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,URY,Uruguay,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false,false,2026-02-03
ccm,VAT,Holy See,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,VCT,Saint Vincent and the Grenadines,signatory,2009-09-23,,,,,,false,false,2026-02-03
ccm,WSM,Samoa,contracting,2008-12-03,ratification,2010-04-28,2010-10-01,,,false,false,2026-02-03
ccm,ZAF,South Africa,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,ZMB,Zambia,party,2008-12-03,ratification,2009-08-12,2010-08-01,,,false,false,2026-02-03

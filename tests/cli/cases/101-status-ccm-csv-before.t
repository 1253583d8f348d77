# The day before: Lithuania is a party with its withdrawal pending; treaty ids are case-insensitive.
args: status CCM --on 2025-03-05 --format csv
exit: 0
store: unchanged
--- stdout
treaty,iso3,name,status,signature,consent_kind,consent_date,entry_into_force,withdrawal_notified,withdrawal_effective,withdrawal_pending,uncertain,data_as_of
ccm,AFG,Afghanistan,party,2008-12-03,ratification,2011-09-08,2012-03-01,,,false,false,2026-02-03
ccm,AGO,Angola,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,ALB,Albania,party,2008-12-03,ratification,2009-06-16,2010-08-01,,,false,false,2026-02-03
ccm,AND,Andorra,party,,accession,2013-04-09,2013-10-01,,,false,false,2026-02-03
ccm,ATG,Antigua and Barbuda,party,2010-07-16,ratification,2010-08-23,2011-02-01,,,false,false,2026-02-03
ccm,AUS,Australia,party,2008-12-03,ratification,2012-10-08,2013-04-01,,,false,false,2026-02-03
ccm,AUT,Austria,party,2008-12-03,ratification,2009-04-02,2010-08-01,,,false,false,2026-02-03
ccm,BDI,Burundi,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false,false,2026-02-03
ccm,BEL,Belgium,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false,false,2026-02-03
ccm,BEN,Benin,party,2008-12-03,ratification,2017-07-10,2018-01-01,,,false,false,2026-02-03
ccm,BFA,Burkina Faso,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false,false,2026-02-03
ccm,BGR,Bulgaria,party,2008-12-03,ratification,2011-04-06,2011-10-01,,,false,false,2026-02-03
ccm,BIH,Bosnia and Herzegovina,party,2008-12-03,ratification,2010-09-07,2011-03-01,,,false,false,2026-02-03
ccm,BLZ,Belize,party,,accession,2014-09-02,2015-03-01,,,false,false,2026-02-03
ccm,BOL,Bolivia (Plurinational State of),party,2008-12-03,ratification,2013-04-30,2013-10-01,,,false,false,2026-02-03
ccm,BWA,Botswana,party,2008-12-03,ratification,2011-06-27,2011-12-01,,,false,false,2026-02-03
ccm,CAF,Central African Republic,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,CAN,Canada,party,2008-12-03,ratification,2015-03-16,2015-09-01,,,false,false,2026-02-03
ccm,CHE,Switzerland,party,2008-12-03,ratification,2012-07-17,2013-01-01,,,false,false,2026-02-03
ccm,CHL,Chile,party,2008-12-03,ratification,2010-12-16,2011-06-01,,,false,false,2026-02-03
ccm,CIV,Côte d'Ivoire,party,2008-12-04,ratification,2012-03-12,2012-09-01,,,false,false,2026-02-03
ccm,CMR,Cameroon,party,2009-12-15,ratification,2012-07-12,2013-01-01,,,false,false,2026-02-03
ccm,COD,Democratic Republic of the Congo,signatory,2009-03-18,,,,,,false,false,2026-02-03
ccm,COG,Congo,party,2008-12-03,ratification,2014-09-02,2015-03-01,,,false,false,2026-02-03
ccm,COK,Cook Islands,party,2008-12-03,ratification,2011-08-23,2012-02-01,,,false,false,2026-02-03
ccm,COL,Colombia,party,2008-12-03,ratification,2015-09-10,2016-03-01,,,false,false,2026-02-03
ccm,COM,Comoros,party,2008-12-03,ratification,2010-07-28,2011-01-01,,,false,false,2026-02-03
ccm,CPV,Cabo Verde,party,2008-12-03,ratification,2010-10-19,2011-04-01,,,false,false,2026-02-03
ccm,CRI,Costa Rica,party,2008-12-03,ratification,2011-04-28,2011-10-01,,,false,false,2026-02-03
ccm,CUB,Cuba,party,,accession,2016-04-06,2016-10-01,,,false,false,2026-02-03
ccm,CYP,Cyprus,signatory,2009-09-23,,,,,,false,false,2026-02-03
ccm,CZE,Czechia,party,2008-12-03,ratification,2011-09-22,2012-03-01,,,false,false,2026-02-03
ccm,DEU,Germany,party,2008-12-03,ratification,2009-07-08,2010-08-01,,,false,false,2026-02-03
ccm,DJI,Djibouti,signatory,2010-07-30,,,,,,false,false,2026-02-03
ccm,DNK,Denmark,party,2008-12-03,ratification,2010-02-12,2010-08-01,,,false,false,2026-02-03
ccm,DOM,Dominican Republic,party,2009-11-10,ratification,2011-12-20,2012-06-01,,,false,false,2026-02-03
ccm,ECU,Ecuador,party,2008-12-03,ratification,2010-05-11,2010-11-01,,,false,false,2026-02-03
ccm,ESP,Spain,party,2008-12-03,ratification,2009-06-17,2010-08-01,,,false,false,2026-02-03
ccm,FJI,Fiji,party,2008-12-03,ratification,2010-05-28,2010-11-01,,,false,false,2026-02-03
ccm,FRA,France,party,2008-12-03,ratification,2009-09-25,2010-08-01,,,false,false,2026-02-03
ccm,GBR,United Kingdom of Great Britain and Northern Ireland,party,2008-12-03,ratification,2010-05-04,2010-11-01,,,false,false,2026-02-03
ccm,GHA,Ghana,party,2008-12-03,ratification,2011-02-03,2011-08-01,,,false,false,2026-02-03
ccm,GIN,Guinea,party,2008-12-03,ratification,2014-10-21,2015-04-01,,,false,false,2026-02-03
ccm,GMB,Gambia,party,2008-12-03,ratification,2018-12-11,2019-06-01,,,false,false,2026-02-03
ccm,GNB,Guinea-Bissau,party,2008-12-04,ratification,2010-11-29,2011-05-01,,,false,false,2026-02-03
ccm,GRD,Grenada,party,,accession,2011-06-29,2011-12-01,,,false,false,2026-02-03
ccm,GTM,Guatemala,party,2008-12-03,ratification,2010-11-03,2011-05-01,,,false,false,2026-02-03
ccm,GUY,Guyana,party,,accession,2014-10-31,2015-04-01,,,false,false,2026-02-03
ccm,HND,Honduras,party,2008-12-03,ratification,2012-03-21,2012-09-01,,,false,false,2026-02-03
ccm,HRV,Croatia,party,2008-12-03,ratification,2009-08-17,2010-08-01,,,false,false,2026-02-03
ccm,HTI,Haiti,signatory,2009-10-28,,,,,,false,false,2026-02-03
ccm,HUN,Hungary,party,2008-12-03,ratification,2012-07-03,2013-01-01,,,false,false,2026-02-03
ccm,IDN,Indonesia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,IRL,Ireland,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,IRQ,Iraq,party,2009-11-12,ratification,2013-05-14,2013-11-01,,,false,false,2026-02-03
ccm,ISL,Iceland,party,2008-12-03,ratification,2015-08-31,2016-02-01,,,false,false,2026-02-03
ccm,ITA,Italy,party,2008-12-03,ratification,2011-09-21,2012-03-01,,,false,false,2026-02-03
ccm,JAM,Jamaica,signatory,2009-06-12,,,,,,false,false,2026-02-03
ccm,JPN,Japan,party,2008-12-03,acceptance,2009-07-14,2010-08-01,,,false,false,2026-02-03
ccm,KEN,Kenya,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,KNA,Saint Kitts and Nevis,party,,accession,2013-09-13,2014-03-01,,,false,false,2026-02-03
ccm,LAO,Lao People's Democratic Republic,party,2008-12-03,ratification,2009-03-18,2010-08-01,,,false,false,2026-02-03
ccm,LBN,Lebanon,party,2008-12-03,ratification,2010-11-05,2011-05-01,,,false,false,2026-02-03
ccm,LBR,Liberia,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,LCA,Saint Lucia,party,,accession,2020-09-15,2021-03-01,,,false,false,2026-02-03
ccm,LIE,Liechtenstein,party,2008-12-03,ratification,2013-03-04,2013-09-01,,,false,false,2026-02-03
ccm,LKA,Sri Lanka,party,,accession,2018-03-01,2018-09-01,,,false,false,2026-02-03
ccm,LSO,Lesotho,party,2008-12-03,ratification,2010-05-28,2010-11-01,,,false,false,2026-02-03
ccm,LTU,Lithuania,party,2008-12-03,ratification,2011-03-24,2011-09-01,2024-09-06,2025-03-06,true,false,2026-02-03
ccm,LUX,Luxembourg,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false,false,2026-02-03
ccm,MCO,Monaco,party,2008-12-03,ratification,2010-09-21,2011-03-01,,,false,false,2026-02-03
ccm,MDA,Republic of Moldova,party,2008-12-03,ratification,2010-02-16,2010-08-01,,,false,false,2026-02-03
ccm,MDG,Madagascar,party,2008-12-03,ratification,2017-05-20,2017-11-01,,,false,false,2026-02-03
ccm,MDV,Maldives,party,,accession,2019-09-27,2020-03-01,,,false,false,2026-02-03
ccm,MEX,Mexico,party,2008-12-03,ratification,2009-05-06,2010-08-01,,,false,false,2026-02-03
ccm,MKD,North Macedonia,party,2008-12-03,ratification,2009-10-08,2010-08-01,,,false,false,2026-02-03
ccm,MLI,Mali,party,2008-12-03,ratification,2010-06-30,2010-12-01,,,false,false,2026-02-03
ccm,MLT,Malta,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false,false,2026-02-03
ccm,MNE,Montenegro,party,2008-12-03,ratification,2010-01-25,2010-08-01,,,false,false,2026-02-03
ccm,MOZ,Mozambique,party,2008-12-03,ratification,2011-03-14,2011-09-01,,,false,false,2026-02-03
ccm,MRT,Mauritania,party,2010-04-19,ratification,2012-02-01,2012-08-01,,,false,false,2026-02-03
ccm,MUS,Mauritius,party,,accession,2015-10-01,2016-04-01,,,false,false,2026-02-03
ccm,MWI,Malawi,party,2008-12-03,ratification,2009-10-07,2010-08-01,,,false,false,2026-02-03
ccm,NAM,Namibia,party,2008-12-03,ratification,2018-08-31,2019-02-01,,,false,false,2026-02-03
ccm,NER,Niger,party,2008-12-03,ratification,2009-06-02,2010-08-01,,,false,false,2026-02-03
ccm,NGA,Nigeria,party,2009-06-12,ratification,2023-02-28,2023-08-01,,,false,false,2026-02-03
ccm,NIC,Nicaragua,party,2008-12-03,ratification,2009-11-02,2010-08-01,,,false,false,2026-02-03
ccm,NIU,Niue,party,,accession,2020-08-06,2021-02-01,,,false,false,2026-02-03
ccm,NLD,Netherlands (Kingdom of the),party,2008-12-03,acceptance,2011-02-23,2011-08-01,,,false,false,2026-02-03
ccm,NOR,Norway,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,NRU,Nauru,party,2008-12-03,ratification,2013-02-04,2013-08-01,,,false,false,2026-02-03
ccm,NZL,New Zealand,party,2008-12-03,ratification,2009-12-22,2010-08-01,,,false,false,2026-02-03
ccm,PAN,Panama,party,2008-12-03,ratification,2010-11-29,2011-05-01,,,false,false,2026-02-03
ccm,PER,Peru,party,2008-12-03,ratification,2012-09-26,2013-03-01,,,false,false,2026-02-03
ccm,PHL,Philippines,party,2008-12-03,ratification,2019-01-03,2019-07-01,,,false,false,2026-02-03
ccm,PLW,Palau,party,2008-12-03,ratification,2016-04-19,2016-10-01,,,false,false,2026-02-03
ccm,PRT,Portugal,party,2008-12-03,ratification,2011-03-09,2011-09-01,,,false,false,2026-02-03
ccm,PRY,Paraguay,party,2008-12-03,ratification,2015-03-12,2015-09-01,,,false,false,2026-02-03
ccm,PSE,State of Palestine,party,,accession,2015-01-02,2015-07-01,,,false,false,2026-02-03
ccm,RWA,Rwanda,party,2008-12-03,ratification,2015-08-25,2016-02-01,,,false,false,2026-02-03
ccm,SEN,Senegal,party,2008-12-03,ratification,2011-08-03,2012-02-01,,,false,false,2026-02-03
ccm,SLE,Sierra Leone,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,SLV,El Salvador,party,2008-12-03,ratification,2011-01-10,2011-07-01,,,false,false,2026-02-03
ccm,SMR,San Marino,party,2008-12-03,ratification,2009-07-10,2010-08-01,,,false,false,2026-02-03
ccm,SOM,Somalia,party,2008-12-03,ratification,2015-09-30,2016-03-01,,,false,false,2026-02-03
ccm,SSD,South Sudan,party,,accession,2023-08-03,2024-02-01,,,false,false,2026-02-03
ccm,STP,Sao Tome and Principe,party,2008-12-03,ratification,2020-01-27,2020-07-01,,,false,false,2026-02-03
ccm,SVK,Slovakia,party,,accession,2015-07-24,2016-01-01,,,false,false,2026-02-03
ccm,SVN,Slovenia,party,2008-12-03,ratification,2009-08-19,2010-08-01,,,false,false,2026-02-03
ccm,SWE,Sweden,party,2008-12-03,ratification,2012-04-23,2012-10-01,,,false,false,2026-02-03
ccm,SWZ,Eswatini,party,,accession,2011-09-13,2012-03-01,,,false,false,2026-02-03
ccm,SYC,Seychelles,party,2010-04-13,ratification,2010-05-20,2010-11-01,,,false,false,2026-02-03
ccm,TCD,Chad,party,2008-12-03,ratification,2013-03-26,2013-09-01,,,false,false,2026-02-03
ccm,TGO,Togo,party,2008-12-03,ratification,2012-06-22,2012-12-01,,,false,false,2026-02-03
ccm,TTO,Trinidad and Tobago,party,,accession,2011-09-21,2012-03-01,,,false,false,2026-02-03
ccm,TUN,Tunisia,party,2009-01-12,ratification,2010-09-28,2011-03-01,,,false,false,2026-02-03
ccm,TZA,United Republic of Tanzania,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,UGA,Uganda,signatory,2008-12-03,,,,,,false,false,2026-02-03
ccm,URY,Uruguay,party,2008-12-03,ratification,2009-09-24,2010-08-01,,,false,false,2026-02-03
ccm,VAT,Holy See,party,2008-12-03,ratification,2008-12-03,2010-08-01,,,false,false,2026-02-03
ccm,VCT,Saint Vincent and the Grenadines,party,2009-09-23,ratification,2010-10-29,2011-04-01,,,false,false,2026-02-03
ccm,WSM,Samoa,party,2008-12-03,ratification,2010-04-28,2010-10-01,,,false,false,2026-02-03
ccm,ZAF,South Africa,party,2008-12-03,ratification,2015-05-28,2015-11-01,,,false,false,2026-02-03
ccm,ZMB,Zambia,party,2008-12-03,ratification,2009-08-12,2010-08-01,,,false,false,2026-02-03

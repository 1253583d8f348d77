# Dated membership: the EU had 25 members on 2004-05-01 (the 2004 enlargement); the CCM did not exist yet, so all are out.
args: group EU ccm --on 2004-05-01 --format csv
exit: 0
store: unchanged
--- stdout
group,treaty,on,iso3,name,in,status,consent,entry_into_force,withdrawal_effective
EU,ccm,2004-05-01,AUT,Austria,false,,,,
EU,ccm,2004-05-01,BEL,Belgium,false,,,,
EU,ccm,2004-05-01,CYP,Cyprus,false,,,,
EU,ccm,2004-05-01,CZE,Czechia,false,,,,
EU,ccm,2004-05-01,DEU,Germany,false,,,,
EU,ccm,2004-05-01,DNK,Denmark,false,,,,
EU,ccm,2004-05-01,ESP,Spain,false,,,,
EU,ccm,2004-05-01,EST,Estonia,false,,,,
EU,ccm,2004-05-01,FIN,Finland,false,,,,
EU,ccm,2004-05-01,FRA,France,false,,,,
EU,ccm,2004-05-01,GBR,United Kingdom of Great Britain and Northern Ireland,false,,,,
EU,ccm,2004-05-01,GRC,Greece,false,,,,
EU,ccm,2004-05-01,HUN,Hungary,false,,,,
EU,ccm,2004-05-01,IRL,Ireland,false,,,,
EU,ccm,2004-05-01,ITA,Italy,false,,,,
EU,ccm,2004-05-01,LTU,Lithuania,false,,,,
EU,ccm,2004-05-01,LUX,Luxembourg,false,,,,
EU,ccm,2004-05-01,LVA,Latvia,false,,,,
EU,ccm,2004-05-01,MLT,Malta,false,,,,
EU,ccm,2004-05-01,NLD,Netherlands (Kingdom of the),false,,,,
EU,ccm,2004-05-01,POL,Poland,false,,,,
EU,ccm,2004-05-01,PRT,Portugal,false,,,,
EU,ccm,2004-05-01,SVK,Slovakia,false,,,,
EU,ccm,2004-05-01,SVN,Slovenia,false,,,,
EU,ccm,2004-05-01,SWE,Sweden,false,,,,

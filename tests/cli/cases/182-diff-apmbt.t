# The APMBT between 2024-09-01 and 2025-12-31: the 2025 withdrawals notified, the three that took effect by then (Estonia, Latvia, Lithuania on 2025-12-27), with acts and sources.
args: diff apmbt 2024-09-01 2025-12-31 --format csv
exit: 0
store: unchanged
--- stdout
date,treaty,event,iso3,name,status_before,status_after,article,obligation,act_id,source
2025-03-12,apmbt,consent,MHL,Marshall Islands,signatory,contracting,,,176,https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty
2025-06-25,apmbt,consent,TON,Tonga,none,contracting,,,276,https://icblcmc.org/our-impact/tonga-becomes-the-166th-state-party-to-the-mine-ban-treaty
2025-06-27,apmbt,withdrawal_notified,EST,Estonia,party,party,,,93,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
2025-06-27,apmbt,withdrawal_notified,LTU,Lithuania,party,party,,,160,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
2025-06-27,apmbt,withdrawal_notified,LVA,Latvia,party,party,,,152,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
2025-07-10,apmbt,withdrawal_notified,FIN,Finland,party,party,,,101,https://www.gamereactor.eu/finland-informs-un-about-exit-from-landmine-ban-treaty-1571813/
2025-07-18,apmbt,suspension_declared,UKR,Ukraine,party,party,,,289,https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty
2025-08-20,apmbt,withdrawal_notified,POL,Poland,party,party,,,218,https://icblcmc.org/our-impact/civilians-will-pay-the-heavy-price-of-polands-withdrawal-from-the-mine-ban-treaty-warns-nobel-peace-prize-laureate
2025-09-01,apmbt,entry_into_force,MHL,Marshall Islands,contracting,party,17(2),,176,https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty
2025-12-01,apmbt,entry_into_force,TON,Tonga,contracting,party,17(2),,276,https://icblcmc.org/our-impact/tonga-becomes-the-166th-state-party-to-the-mine-ban-treaty
2025-12-27,apmbt,withdrawal_effective,EST,Estonia,party,withdrawn,20(2)-(3),,93,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
2025-12-27,apmbt,withdrawal_effective,LTU,Lithuania,party,withdrawn,20(2)-(3),,160,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
2025-12-27,apmbt,withdrawal_effective,LVA,Latvia,party,withdrawn,20(2)-(3),,152,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty

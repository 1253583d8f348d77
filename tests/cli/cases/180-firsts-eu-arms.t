# Lithuania was the first EU member to notify its withdrawal from an arms-regulation treaty (the CCM, 2024-09-06), membership counted on the day of the act.
args: firsts --action withdrawal --tag arms-regulation --group EU --format csv
exit: 0
store: unchanged
--- stdout
rank,date,treaty,iso3,name,act,effective,source
1,2024-09-06,ccm,LTU,Lithuania,withdrawal_notification,2025-03-06,https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal
2,2025-06-27,apmbt,EST,Estonia,withdrawal_notification,2025-12-27,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
3,2025-06-27,apmbt,LTU,Lithuania,withdrawal_notification,2025-12-27,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
4,2025-06-27,apmbt,LVA,Latvia,withdrawal_notification,2025-12-27,https://www.maginternational.org/whats-happening/mag-statement-official-withdrawal-ottawa-treaty
5,2025-07-10,apmbt,FIN,Finland,withdrawal_notification,2026-01-10,https://www.gamereactor.eu/finland-informs-un-about-exit-from-landmine-ban-treaty-1571813/
6,2025-08-20,apmbt,POL,Poland,withdrawal_notification,2026-02-20,https://icblcmc.org/our-impact/civilians-will-pay-the-heavy-price-of-polands-withdrawal-from-the-mine-ban-treaty-warns-nobel-peace-prize-laureate

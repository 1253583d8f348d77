# What took effect or fell due in the first quarter of 2026: Finland's and Poland's withdrawals, Vanuatu's entry into force, treaty deadlines.
args: upcoming --from 2026-01-01 --days 90
exit: 0
store: unchanged
--- stdout
2026-01-10  apmbt: Finland: withdrawal takes effect [party -> withdrawn] (art. 20(2)-(3))
            act #101:
            https://www.gamereactor.eu/finland-informs-un-about-exit-from-landmine-ban-treaty-1571813/
2026-01-13  att: Colombia: treaty deadline (initial_report) (art. 13(1))
            act #28570: UN Treaty Collection, MTDSG XXVI-8, status as at 3 February 2026
            (bundle:untc-html-2026-02-03/XXVI-8.en.html line 1149): '15 Oct 2024' under
            'Approval(AA), Acceptance(A), Accession(a), Ratification'
2026-02-10  iccpr: Oman: enters into force for it [contracting -> party] (art. 49(2))
            act #27862: UN Treaty Collection, MTDSG IV-4, status as at 3 February 2026
            (bundle:untc-html-2026-02-03/IV-4.en.html line 1630): '10 Nov 2025 a' under
            'Accession(a), Succession(d), Ratification'
2026-02-12  ced: Estonia: enters into force for it [contracting -> party] (art. 39(2))
            act #27143: UN Treaty Collection, MTDSG IV-16, status as at 3 February 2026
            (bundle:untc-html-2026-02-03/IV-16.en.html line 1167): '13 Jan 2026 a' under
            'Accession(a), Ratification'
2026-02-20  apmbt: Poland: withdrawal takes effect [party -> withdrawn] (art. 20(2)-(3))
            act #218:
            https://icblcmc.org/our-impact/civilians-will-pay-the-heavy-price-of-polands-withdrawal-from-the-mine-ban-treaty-warns-nobel-peace-prize-laureate
2026-02-28  apmbt: Marshall Islands: treaty deadline (initial_report) (art. 7(1))
            act #176:
            https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty
2026-03-01  apmbt: Senegal: treaty deadline (clearance) (art. 5(1))
            extension record:
            https://reliefweb.int/report/world/mine-ban-convention-calls-more-action-against-use-anti-personnel-mines-improvised
2026-03-01  ccm: Afghanistan: treaty deadline (clearance) (art. 4(1)(a))
            extension record: https://www.mineactionreview.org/country/afghanistan
2026-03-01  ccm: Somalia: treaty deadline (clearance) (art. 4(1)(a))
            obligation record:
            https://www.mineactionreview.org/obligations/conventions-on-cluster-munitions/global-cluster-munition-remnant-contamination/
2026-03-01  ccm: Vanuatu: enters into force for it [contracting -> party] (art. 17(2))
            act #529:
            https://icblcmc.org/our-impact/vanuatu-becomes-the-112th-state-party-to-the-convention-on-cluster-munitions

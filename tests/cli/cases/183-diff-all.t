# Every change in March 2025 across all treaties held.
args: diff --all 2025-03-01 2025-03-31
exit: 0
store: unchanged
--- stdout
2025-03-06  ccm: Lithuania: withdrawal takes effect [party -> withdrawn] (art. 20(2)-(3))
            act #426:
            https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal
2025-03-09  icsant: Ecuador: enters into force for it [contracting -> party] (art. 25(2))
            act #32331: https://www.unodc.org/icsant/en/web-stories/2025-ecuador.html (UNODC, the UN
            office assisting ICSANT adherence)
2025-03-12  apmbt: Marshall Islands: ratification deposited [signatory -> contracting]
            act #176:
            https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty
2025-03-19  iccpr-op2: Zambia: enters into force for it [contracting -> party] (art. 8(2))
            act #26749: UN Treaty Collection, MTDSG IV-12, status as at 3 February 2026
            (bundle:untc-html-2026-02-03/IV-12.en.html line 1442): '19 Dec 2024 a' under
            'Ratification, Accession(a), Succession(d)'
2025-03-27  crc-op-ic: Estonia: accession deposited [none -> contracting]
            act #26388: UN Treaty Collection, MTDSG IV-11-d, status as at 3 February 2026
            (bundle:untc-html-2026-02-03/IV-11-d.en.html line 1092): '27 Mar 2025 a' under
            'Accession(a), Ratification'

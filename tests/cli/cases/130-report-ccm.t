# The flagship report that make run prints.
args: report ccm --on 2025-03-06
exit: 0
store: unchanged
--- stdout
# Convention on Cluster Munitions on 6 March 2025

*Convention on Cluster Munitions.* Depositary: Secretary-General of the United Nations (art. 22).

Every date below is computed by inforce from the recorded acts and the treaty's own clauses; each act carries its source. Data as of 2026-02-03 (UN Treaty Collection status page).

## Status

| Status on 2025-03-06 | States |
|---|---:|
| Parties (in force for them) | 111 |
| of which withdrawal pending | 0 |
| Contracting (instrument deposited, not yet in force) | 0 |
| Signatories without consent to be bound | 12 |
| Withdrawn (withdrawal in effect) | 1 |
| **States Parties as published** (instruments deposited, not withdrawn) | **111** |

**Entry into force:** 2010-08-01, computed under art. 17(1) from the 30 instruments deposited by 2010-02-16.

## Changes on 2025-03-06

- Lithuania (LTU): party -> **withdrawn**

## Withdrawals

### Lithuania (LTU)

- Signed: 2008-12-03.
- Consent to be bound: ratification deposited 2011-03-24.
- Provisional application declared: 2011-03-24.
- In force for it from: 2011-09-01 (computed under art. 17(2)).
- Withdrawal notified to the depositary: 2024-09-06; took effect: 2025-03-06 (computed under art. 20(2)-(3)).
- Status on 2025-03-06: **withdrawn**.
- Sources: [1] [2]

## Firsts

- Lithuania was the first state to notify its withdrawal from CCM: on 2024-09-06, in effect 2025-03-06 [2].
- Lithuania was the first EU member to notify its withdrawal from a treaty tagged arms-regulation: on 2024-09-06, in effect 2025-03-06 [2]. It did so from ccm (Convention on Cluster Munitions), among the 34 treaties tagged arms-regulation that inforce holds; membership counted on the day of the act.

## Groups

- **EU** (27 members on 2025-03-06): 19 in, 8 out (Cyprus, Estonia, Finland, Greece, Lithuania, Latvia, Poland, Romania).
- **NATO** (32 members on 2025-03-06): 23 in, 9 out (Estonia, Finland, Greece, Lithuania, Latvia, Poland, Romania, Türkiye, United States of America).
- **RUS-NEIGHBOURS** (14 members on 2025-03-06): 1 in, 13 out (Azerbaijan, Belarus, China, Estonia, Finland, Georgia, Kazakhstan, Lithuania, Latvia, Mongolia, Poland, Democratic People's Republic of Korea, Ukraine).

In: instrument deposited and not withdrawn (party or contracting); membership as it stood on 2025-03-06.

## Signatories that have not consented (12)

Angola, Central African Republic, Cyprus, Democratic Republic of the Congo, Djibouti, Haiti, Indonesia, Jamaica, Kenya, Liberia, Uganda, United Republic of Tanzania.

## Contracting States (not yet in force) (0)

None.

## Parties (111)

Afghanistan, Albania, Andorra, Antigua and Barbuda, Australia, Austria, Belgium, Belize, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, Botswana, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cameroon, Canada, Chad, Chile, Colombia, Comoros, Congo, Cook Islands, Costa Rica, Croatia, Cuba, Czechia, Côte d'Ivoire, Denmark, Dominican Republic, Ecuador, El Salvador, Eswatini, Fiji, France, Gambia, Germany, Ghana, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Holy See, Honduras, Hungary, Iceland, Iraq, Ireland, Italy, Japan, Lao People's Democratic Republic, Lebanon, Lesotho, Liechtenstein, Luxembourg, Madagascar, Malawi, Maldives, Mali, Malta, Mauritania, Mauritius, Mexico, Monaco, Montenegro, Mozambique, Namibia, Nauru, Netherlands (Kingdom of the), New Zealand, Nicaragua, Niger, Nigeria, Niue, North Macedonia, Norway, Palau, Panama, Paraguay, Peru, Philippines, Portugal, Republic of Moldova, Rwanda, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Samoa, San Marino, Sao Tome and Principe, Senegal, Seychelles, Sierra Leone, Slovakia, Slovenia, Somalia, South Africa, South Sudan, Spain, Sri Lanka, State of Palestine, Sweden, Switzerland, Togo, Trinidad and Tobago, Tunisia, United Kingdom of Great Britain and Northern Ireland, Uruguay, Zambia.

## Sources

1. github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)
2. https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal
3. Treaty text and metadata: github:statengeneraal/laws-markdown verdrag/verdrag/inzake/clustermunitie/BWBV0003143/README.md; github:allucinaria/XML XXVI-6.en.xml (UNTC MTDSG header snapshot, committed 2018-01-15); http://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XXVI/XXVI-6.en.xml

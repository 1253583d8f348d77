# Every step of Lithuania's CCM dates: the 30th deposit, art. 17(2), the six-month notice of art. 20 and no armed-conflict record.
args: explain ccm LTU --on 2025-03-06
exit: 0
store: unchanged
--- stdout
Lithuania in CCM, as of 2025-03-06

1. [art. 17(1)] The condition of entry into force was met on 2010-02-16 (30 counted instruments by
    that day; deposited that day: BFA, MDA); on the first day of the 6th month after the month of
    2010-02-16 gives 2010-08-01.
2. Signed on 2008-12-03.
    act #423, source: github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file
    last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)
3. Instrument of ratification deposited on 2011-03-24.
    act #425, source: github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file
    last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)
4. [art. 17(2)] A later deposit: in force for it on the first day of the 6th month after the month
    of 2011-03-24, on 2011-09-01.
    act #425, source: github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file
    last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)
5. Provisional application declared on 2011-03-24 (recorded; it does not make the state a party).
    act #424, source: github:zmjones/untreaties treaties/26-6.csv (scrape of UNTC MTDSG XXVI-6; file
    last changed 2014-01-27, repo HEAD 003ce13 2015-03-14)
6. [art. 20(2)-(3)] Withdrawal notified to the depositary on 2024-09-06; the notice runs 6 months
    after that date: 2025-03-06.
    act #426, source:
    https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal
7. Status on 2025-03-06: withdrawn.

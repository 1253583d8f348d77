# Under a treaty with no withdrawal rule recorded, the date of effect that the source states (the UNIDO Constitution's end note: the United Kingdom, notified 27 Apr 2011, effective 31 Dec 2012) is used, and explain says so.
args: explain X-9 GBR --on 2018-01-15
exit: 0
store: unchanged
--- stdout contains
5. Withdrawal notified on 2011-04-27. No withdrawal rule is recorded, so its effect is the date the
    source states: 2012-12-31.
6. Status on 2018-01-15: withdrawn.

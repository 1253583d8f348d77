# Under a treaty with no withdrawal rule recorded, the date of effect that the source states (the Kyoto Protocol's end note table: Canada, 15 Dec 2012) is used, and explain says so.
args: explain XXVII-7-a CAN --on 2018-01-15
exit: 0
store: unchanged
--- stdout contains
5. Withdrawal notified on 2011-12-15. No withdrawal rule is recorded, so its effect is the date the
    source states: 2012-12-15.

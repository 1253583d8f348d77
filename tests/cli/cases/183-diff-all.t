# Every change in March 2025 across all treaties held.
args: diff --all 2025-03-01 2025-03-31
exit: 0
store: unchanged
--- stdout
2025-03-06  ccm: Lithuania: withdrawal takes effect [party -> withdrawn] (art. 20(2)-(3))
            act #426:
            https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal
2025-03-12  apmbt: Marshall Islands: ratification deposited [signatory -> contracting]
            act #176:
            https://www.icblcmc.org/our-impact/marshall-islands-becomes-the-165th-state-party-to-the-mine-ban-treaty

# Lithuania was the first state to withdraw from the CCM.
args: firsts --action withdrawal --treaty ccm
exit: 0
store: unchanged
--- stdout
First withdrawal, over 1 treaty held:

  1. 2024-09-06  ccm    Lithuania (LTU)
     withdrawal_notification; takes effect 2025-03-06. Source:
     https://icblcmc.org/our-impact/the-convention-on-cluster-munitions-under-pressure-states-parties-reaction-to-the-lithuanian-withdrawal

# init refuses to replace a store without --force.
args: init
exit: 2
store: unchanged
--- stderr
inforce: @DB@ already exists; use 'inforce init --force' to replace it

# Iceland has no cluster munition remnants: art. 4's clearance obligation does not apply to it (a sourced record says so), so no deadline is given; nor is one given to a state no record speaks of.
args: explain ccm ISL
exit: 0
store: unchanged
--- stdout contains
    4(1)(a)); a record says it does not apply to this State
    no deadline.
--- stdout lacks
clearance: due

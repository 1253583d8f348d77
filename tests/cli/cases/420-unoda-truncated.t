# A UNODA treaty database cut short is bad input (exit 2, its line named), read the
# same way twice: jansson reports an allocation that fails inside its lexer as a
# syntax error too, and inforce reads again to tell the two apart.
args: import-unoda fixtures/unoda-truncated.json --as-at 2018-07-10
exit: 2
store: unchanged
--- stderr
inforce: fixtures/unoda-truncated.json:2: not the UNODA treaty database: ']' expected near end of file

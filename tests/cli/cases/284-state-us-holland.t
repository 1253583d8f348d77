# "US" and "Holland", as users type them, name the United States and the Netherlands.
args: state US --treaty npt --on 2000-01-01
exit: 0
store: unchanged
--- stdout contains
United States of America (USA) on 2000-01-01

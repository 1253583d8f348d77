/*
 * cmd_import.c - `inforce import FILE`: validate a CSV of actions in the bundled
 * format against the store, then store all of its rows or none.
 */
#include <unistd.h>

#include "cli.h"

int cmd_import(struct cli *c, int argc, char **argv)
{
	const char *pos[1];
	int help, rc = cli_parse(c, "import", "FILE",
				 "Loads a CSV in the bundled format (columns treaty, state_name, iso3,\n"
				 "action, date, effective_date, source, notes; optionally supersedes,\n"
				 "the id of the action a row corrects). Every row is checked first; on\n"
				 "any error nothing is stored.",
				 NULL, argc, argv, pos, 1, 1, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	int added = 0;
	if (!store || inforce_store_import_actions(store, pos[0], &added, &err)) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	inforce_store_close(store);
	fprintf(c->out, "imported %d row%s from %s\n", added, added == 1 ? "" : "s", pos[0]);
	return EXIT_OK;
}

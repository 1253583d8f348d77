/*
 * cmd_unoda.c - `inforce import-unoda FILE [--parties] --as-at DATE [--dry-run]`:
 * loads the UN Office for Disarmament Affairs' treaty database harvest (JSON), or a
 * party list derived from it (CSV), as a record of each treaty it holds.
 */
#include <stdlib.h>

#include "cli.h"

int cmd_import_unoda(struct cli *c, int argc, char **argv)
{
	const char *parties = NULL, *as_at_t = NULL, *dry = NULL, *map = NULL, *holds = NULL,
		   *pos[1];
	const struct opt opts[] = {
		{"parties", 0, &parties, "      FILE is a party list (country,treaty,signed,joined,...)"},
		{"as-at", 1, &as_at_t, "DATE  the day the data were harvested (required)"},
		{"map", 1, &map, "CSV   treaty names to ids (default: unoda-treaties.csv of --data)"},
		{"holds", 1, &holds,
		 "CSV   rows to keep out (default: unoda-unconfirmed.csv of --data)"},
		{"dry-run", 0, &dry, "      check and report, store nothing"},
		{0},
	};
	int help, rc = cli_parse(c, "import-unoda", "FILE --as-at DATE [--parties] [--dry-run]",
				 "Loads the UNODA treaty database (every deposit with the depositary\n"
				 "it was made with: London, Moscow, Washington, Paris, OAS ...), or a\n"
				 "party list derived from it (a secondary source: where it disagrees\n"
				 "with a depositary's record, the depositary's record stands).",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day as_at = INFORCE_DAY_NONE;
	if (rc || help)
		return rc;
	if (!as_at_t)
		return cli_usage_error(c, "import-unoda", "give --as-at DATE: the day the data were "
							  "harvested");
	if ((rc = cli_date(c, "import-unoda", "--as-at", as_at_t, &as_at)) ||
	    (rc = cli_require_store(c)))
		return rc;
	char mpath[4200], hpath[4200];
	snprintf(mpath, sizeof mpath, "%s/unoda-treaties.csv", c->datadir);
	snprintf(hpath, sizeof hpath, "%s/unoda-unconfirmed.csv", c->datadir);
	inforce_error err = {0};
	inforce_unoda_report r = {.dry_run = dry != NULL};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	if (!store || inforce_store_import_unoda(store, pos[0], map ? map : mpath,
						 holds ? holds : hpath, as_at, parties != NULL, &r,
						 &err)) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	inforce_store_close(store);
	fprintf(c->out,
		"%s %d treaties: %d acts read, %d new, %d already stored (listed again),\n"
		"  %d disagreements and %d refused as contradictory kept as flags,\n"
		"  %d deposits with the UN left to the UN's own records, %d held back (a date to "
		"confirm),\n  %d cells that are no act\n",
		dry ? "would import" : "imported", r.treaties, r.acts_read, r.acts_new, r.acts_listed,
		r.disagreements, r.refused, r.left_to_untc, r.held_back, r.not_read);
	return EXIT_OK;
}

/*
 * cmd_diff.c - `inforce diff TREATY D1 D2` (or `--all D1 D2`): every change between
 * two dates, after D1 up to and including D2, with the act and source behind it.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "select.h"

int cmd_diff(struct cli *c, int argc, char **argv)
{
	const char *all = NULL, *format = "table", *as_rec = NULL, *pos[3];
	const struct opt opts[] = {
		{"all", 0, &all, "      across every treaty held (then give only D1 D2)"},
		{"format", 1, &format, "FMT   table, csv or json"},
		{"as-recorded", 1, &as_rec, "DATE  the record as it stood on DATE"},
		{0},
	};
	int help, rc = cli_parse(c, "diff", "TREATY D1 D2 | --all D1 D2",
				 "Every change after D1 up to and including D2: signatures, deposits,\n"
				 "entries into force, withdrawals notified and taking effect, with the\n"
				 "act and source behind each and the status before and after.",
				 opts, argc, argv, pos, 2, 3, &help);
	if (rc || help)
		return rc;
	int k = all ? 0 : 1;
	if ((all && pos[2]) || (!all && !pos[2]))
		return cli_usage_error(c, "diff", all ? "with --all give only D1 D2"
						      : "give TREATY D1 D2 (or --all D1 D2)");
	inforce_day d1, d2;
	if ((rc = cli_date(c, "diff", "D1", pos[k], &d1)) ||
	    (rc = cli_date(c, "diff", "D2", pos[k + 1], &d2)) ||
	    (rc = cli_format(c, "diff", format, "table,csv,json", &format)))
		return rc;
	if (d2 < d1)
		return cli_usage_error(c, "diff", "D2 (%s) is before D1 (%s)", pos[k + 1], pos[k]);
	inforce_store *store;
	/* one treaty's changes need that treaty alone */
	inforce_snapshot *snap = cli_load_treaty(c, "diff", all ? NULL : pos[0], as_rec, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *one = all ? NULL : inforce_snapshot_treaty(snap, pos[0]);
	if (!all && !one) {
		cli_unknown_treaty(c, snap, pos[0]);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	inforce_event *evs = NULL;
	size_t n = 0;
	if (view_diff_events(snap, one, d1, d2, &evs, &n)) {
		fprintf(c->errs, "inforce: out of memory\n");
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_RUNTIME;
	}
	rc = render_events(c, evs, n, format, "from_after", d1, "to", d2);
	free(evs);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

/*
 * cmd_chart.c - `inforce chart TREATY [--from D] [--to D] > chart.svg`: the SVG step
 * chart of a treaty's participants over time (drawn by the library's chart.c).
 */
#include <stdlib.h>

#include "cli.h"

int cmd_chart(struct cli *c, int argc, char **argv)
{
	const char *from_t = NULL, *to_t = NULL, *pos[1];
	const struct opt opts[] = {
		{"from", 1, &from_t, "DATE  start (default: the first act)"},
		{"to", 1, &to_t, "DATE  end (default: today)"},
		{0},
	};
	int help, rc = cli_parse(c, "chart", "TREATY [--from DATE] [--to DATE] > chart.svg",
				 "An SVG step chart of parties, deposited instruments, signatories\n"
				 "and withdrawals over time, with the entry into force and each\n"
				 "withdrawal annotated.",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day from = INFORCE_DAY_NONE, to;
	if (rc || help)
		return rc;
	if ((from_t && (rc = cli_date(c, "chart", "--from", from_t, &from))) ||
	    (rc = cli_date(c, "chart", "--to", to_t, &to)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load_treaty(c, "chart", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	inforce_error err = {0};
	size_t len;
	char *svg = NULL;
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
	} else if (!(svg = inforce_chart_svg(t, from, to, &len, &err))) {
		rc = cli_fail(c, &err);
	} else if (fwrite(svg, 1, len, c->out) != len) {
		rc = EXIT_RUNTIME;
	}
	free(svg);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

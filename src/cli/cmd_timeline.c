/*
 * cmd_timeline.c - `inforce timeline TREATY [--from D] [--to D] [--step ...]`: the
 * counts by status on each date of a period.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "select.h"

int cmd_timeline(struct cli *c, int argc, char **argv)
{
	const char *from_t = NULL, *to_t = NULL, *step_t = "year", *format = "table",
		   *as_rec = NULL, *pos[1];
	const struct opt opts[] = {
		{"from", 1, &from_t, "DATE  first date (default: opening for signature)"},
		{"to", 1, &to_t, "DATE  last date (default: today)"},
		{"step", 1, &step_t, "UNIT  day, month or year (default: year)"},
		{"format", 1, &format, "FMT   table, csv or json"},
		{"as-recorded", 1, &as_rec, "DATE  the record as it stood on DATE"},
		{0},
	};
	int help, rc = cli_parse(c, "timeline",
				 "TREATY [--from DATE] [--to DATE] [--step day|month|year]",
				 "Counts by status (parties, withdrawal pending, contracting,\n"
				 "signatories, withdrawn, deposited) on each date of a period.",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day from = INFORCE_DAY_NONE, to;
	if (rc || help)
		return rc;
	enum inforce_step_unit step = INFORCE_STEP_YEAR;
	if (strcmp(step_t, "day") == 0)
		step = INFORCE_STEP_DAY;
	else if (strcmp(step_t, "month") == 0)
		step = INFORCE_STEP_MONTH;
	else if (strcmp(step_t, "year") != 0)
		return cli_usage_error(c, "timeline", "--step: '%s' is not day, month or year", step_t);
	if ((from_t && (rc = cli_date(c, "timeline", "--from", from_t, &from))) ||
	    (rc = cli_date(c, "timeline", "--to", to_t, &to)) ||
	    (rc = cli_format(c, "timeline", format, "table,csv,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load_treaty(c, "timeline", pos[0], as_rec, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	inforce_point *pts = NULL;
	size_t n = 0;
	inforce_error err = {0};
	char d[INFORCE_DATE_BUFSZ];
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	if (from == INFORCE_DAY_NONE)
		from = view_timeline_start(t, to);
	if (!(pts = inforce_timeline(t, from, to, step, &n, &err))) {
		rc = cli_fail(c, &err);
		goto out;
	}
	if (format[0] == 'j') {
		rc = render_json(c, view_timeline_json(t, step_t, pts, n));
		goto out;
	}
	if (format[0] == 'c')
		fprintf(c->out, "date,parties,withdrawal_pending,contracting,signatories,withdrawn,"
				"deposited\n");
	else
		fprintf(c->out, "%-10s %8s %8s %12s %12s %10s %10s\n", "Date", "Parties", "Pending",
			"Contracting", "Signatories", "Withdrawn", "Deposited");
	for (size_t i = 0; i < n; i++) {
		const inforce_counts *k = &pts[i].counts;
		fprintf(c->out, format[0] == 'c' ? "%s,%d,%d,%d,%d,%d,%d\n"
						 : "%-10s %8d %8d %12d %12d %10d %10d\n",
			inforce_date_format(pts[i].date, d), k->parties, k->withdrawal_pending,
			k->contracting, k->signatories, k->withdrawn, k->deposited);
	}
out:
	free(pts);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

/*
 * cmd_upcoming.c - `inforce upcoming [--from D] [--days N]`: entries into force,
 * withdrawals taking effect and obligation deadlines ahead, across treaties; also as
 * an iCalendar (RFC 5545) calendar and an Atom (RFC 4287) feed to subscribe to.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "select.h"

int cmd_upcoming(struct cli *c, int argc, char **argv)
{
	const char *from_t = NULL, *days_t = "365", *treaty = NULL, *format = "table";
	const struct opt opts[] = {
		{"from", 1, &from_t, "DATE  start (default: today)"},
		{"days", 1, &days_t, "N     how far ahead (default 365, at most 36525)"},
		{"treaty", 1, &treaty, "ID    only this treaty"},
		{"format", 1, &format, "FMT   table, csv, json, ics (iCalendar) or atom"},
		{0},
	};
	int help, rc = cli_parse(c, "upcoming", "[--from DATE] [--days N] [--format FMT]",
				 "What takes effect or falls due from DATE on: entries into force,\n"
				 "withdrawals taking effect, obligation deadlines.",
				 opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	inforce_day from, today;
	char *end;
	long days = strtol(days_t, &end, 10);
	if (*end || days < 0 || days > 36525)
		return cli_usage_error(c, "upcoming", "--days: '%s' is not a number of days (0-36525)",
				       days_t);
	if ((rc = cli_date(c, "upcoming", "--from", from_t, &from)) ||
	    (rc = cli_date(c, "upcoming", "today", NULL, &today)) ||
	    (rc = cli_format(c, "upcoming", format, "table,csv,json,ics,atom", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *one = treaty ? inforce_snapshot_treaty(snap, treaty) : NULL;
	if (treaty && !one) {
		cli_unknown_treaty(c, snap, treaty);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	inforce_event *sel = NULL;
	size_t n = 0;
	if (view_upcoming_events(snap, one, from, from + (inforce_day)days, &sel, &n)) {
		fprintf(c->errs, "inforce: out of memory\n");
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_RUNTIME;
	}
	if (strcmp(format, "ics") == 0)
		view_ics(c->out, sel, n, today);
	else if (strcmp(format, "atom") == 0)
		view_atom(c->out, sel, n, today);
	else {
		rc = render_events(c, sel, n, format, "from", from, "to", from + (inforce_day)days);
	}
	free(sel);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

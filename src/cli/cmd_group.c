/*
 * cmd_group.c - `inforce group GROUP TREATY [--on DATE]`: which members of a group
 * (as its membership stood on that date) are in or out of a treaty. "In" means an
 * instrument deposited and not withdrawn (party or contracting).
 */
#include <jansson.h>
#include <stdlib.h>

#include "cli.h"

int cmd_group(struct cli *c, int argc, char **argv)
{
	const char *on_t = NULL, *format = "table", *list = NULL, *pos[2];
	const struct opt opts[] = {
		{"on", 1, &on_t, "DATE  the date asked about (default: today)"},
		{"format", 1, &format, "FMT   table, csv or json"},
		{"list", 0, &list, "      list the groups held"},
		{0},
	};
	int help, rc = cli_parse(c, "group", "GROUP TREATY [--on DATE] | --list",
				 "Which members of GROUP (EU, NATO, RUS-NEIGHBOURS...), as the group\n"
				 "stood on DATE, are in TREATY (instrument deposited, not withdrawn) and\n"
				 "which are out, with each member's status.",
				 opts, argc, argv, pos, 0, 2, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	/* --list is known only once the options are read */
	if (!list && !pos[1])
		return cli_usage_error(c, "group", "missing argument; usage: inforce group GROUP "
						   "TREATY [--on DATE] | --list");
	if ((rc = cli_date(c, "group", "--on", on_t, &on)) ||
	    (rc = cli_format(c, "group", format, "table,csv,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const inforce_member **m = NULL;
	char d[INFORCE_DATE_BUFSZ], id[32];
	if (list) {
		size_t ng;
		const char *const *names = inforce_group_names(snap, &ng);
		for (size_t i = 0; i < ng; i++) {
			size_t nm;
			const inforce_member **now = inforce_group_members(snap, names[i], on, &nm);
			fprintf(c->out, "%-16s %3zu members on %s\n", names[i], nm,
				inforce_date_format(on, d));
			free(now);
		}
		goto out;
	}
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[1]);
	if (!inforce_group_known(snap, pos[0])) {
		fprintf(c->errs, "inforce: unknown group '%s' (see 'inforce group --list')\n", pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	if (!t) {
		cli_unknown_treaty(c, snap, pos[1]);
		rc = EXIT_USAGE;
		goto out;
	}
	if (format[0] == 'j') {
		rc = render_json(c, view_group_json(snap, pos[0], t, on));
		goto out;
	}
	size_t n, in = 0;
	m = inforce_group_members(snap, pos[0], on, &n);
	if (format[0] == 'c')
		fprintf(c->out, "group,treaty,on,iso3,name,in,status,consent,entry_into_force,"
				"withdrawal_effective\n");
	else if (format[0] == 't')
		fprintf(c->out, "%s members on %s in %s\n\n%-4s %-30s %-4s %-11s %-10s %s\n", pos[0],
			inforce_date_format(on, d), inforce_treaty_id(t), "ISO3", "State", "In?",
			"Status", "In force", "Withdrawal (notified -> effect)");
	for (size_t i = 0; m && i < n; i++) {
		inforce_standing s;
		inforce_status_one(t, m[i]->iso3, on, &s);
		int is_in = view_is_in(&s);
		char e[16], w[64];
		in += is_in;
		const char *st = s.status == INFORCE_ST_NONE ? "-" : inforce_status_name(s.status);
		if (format[0] == 'c') {
			cli_csv_field(c->out, pos[0], 1);
			cli_csv_field(c->out, cli_lower(inforce_treaty_id(t), id, sizeof id), 0);
			cli_csv_field(c->out, inforce_date_format(on, d), 0);
			cli_csv_field(c->out, m[i]->iso3, 0);
			cli_csv_field(c->out, m[i]->name, 0);
			cli_csv_field(c->out, is_in ? "true" : "false", 0);
			cli_csv_field(c->out, s.status == INFORCE_ST_NONE ? "" : st, 0);
			cli_csv_field(c->out, cli_day(s.consent, d), 0);
			cli_csv_field(c->out, render_eif(&s, e, sizeof e), 0);
			cli_csv_field(c->out, cli_day(s.withdrawal_effective, d), 0);
			fputc('\n', c->out);
		} else {
			fprintf(c->out, "%-4s ", m[i]->iso3);
			cli_cell(c->out, m[i]->name, 30);
			fprintf(c->out, " %-4s %-11s %-10s %s\n", is_in ? "in" : "out", st,
				render_eif(&s, e, sizeof e), render_withdrawal(&s, w, sizeof w));
		}
	}
	{
		if (format[0] == 't')
			fprintf(c->out, "\n%zu members: %zu in (instrument deposited, not withdrawn), "
					"%zu out\n",
				n, in, n - in);
	}
out:
	free(m);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

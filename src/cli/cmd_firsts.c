/*
 * cmd_firsts.c - `inforce firsts --action KIND [--tag T] [--group G] [--treaty T]`:
 * the first states to do an act, over the treaties selected, counting a state as a
 * member of the group only if it was one on the day of the act.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cmd_firsts(struct cli *c, int argc, char **argv)
{
	const char *action = NULL, *tag = NULL, *group = NULL, *treaty = NULL, *limit_t = "10",
		   *format = "table";
	const struct opt opts[] = {
		{"action", 1, &action, "KIND  withdrawal, signature, consent, ratification, accession, ..."},
		{"tag", 1, &tag, "TAG   only treaties with this tag (arms-regulation, nuclear...)"},
		{"group", 1, &group, "GROUP only states that were members on the day of the act"},
		{"treaty", 1, &treaty, "ID    only this treaty"},
		{"limit", 1, &limit_t, "N     how many to list (default 10; 0: all)"},
		{"format", 1, &format, "FMT   table, csv or json"},
		{0},
	};
	int help, rc = cli_parse(c, "firsts",
				 "--action KIND [--tag TAG] [--group GROUP] [--treaty ID] [--limit N]",
				 "The first states to do an act, in date order, over the treaties\n"
				 "selected; with --group, only states that were members of the group on\n"
				 "the day of the act.",
				 opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	if (!action)
		return cli_usage_error(c, "firsts", "--action is required");
	char *end;
	long limit = strtol(limit_t, &end, 10);
	if (*end || limit < 0)
		return cli_usage_error(c, "firsts", "--limit: '%s' is not a number", limit_t);
	if (!inforce_act_name_known(action))
		return cli_usage_error(c, "firsts", "--action: unknown act '%s'", action);
	if ((rc = cli_format(c, "firsts", format, "table,csv,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	if (group && !inforce_group_known(snap, group)) {
		fprintf(c->errs, "inforce: unknown group '%s' (see 'inforce group --list')\n", group);
		rc = EXIT_USAGE;
		goto out;
	}
	if (treaty && !inforce_snapshot_treaty(snap, treaty)) {
		cli_unknown_treaty(c, snap, treaty);
		rc = EXIT_USAGE;
		goto out;
	}
	size_t n = 0, treaties = 0;
	inforce_event *sel = inforce_firsts(snap, action, tag, group,
					    treaty ? inforce_snapshot_treaty(snap, treaty) : NULL, &n,
					    &treaties);
	if (limit > 0 && (size_t)limit < n)
		n = (size_t)limit;
	char d[INFORCE_DATE_BUFSZ], e[INFORCE_DATE_BUFSZ], id[32];
	if (format[0] == 'j') {
		rc = render_json(c, view_firsts_json(action, tag, group, treaties, sel, n));
		free(sel);
		goto out;
	}
	if (format[0] == 't')
		fprintf(c->out, "First %s%s%s%s%s, over %zu treat%s held%s%s:\n\n", action,
			group ? " by members of " : "", group ? group : "",
			group ? " (membership on the day of the act)" : "", "", treaties,
			treaties == 1 ? "y" : "ies", tag ? " tagged " : "", tag ? tag : "");
	else if (format[0] == 'c')
		fprintf(c->out, "rank,date,treaty,iso3,name,act,effective,source\n");
	for (size_t i = 0; i < n; i++) {
		const inforce_event *ev = &sel[i];
		inforce_day eff = view_first_effective(ev);
		const char *act = ev->act ? inforce_act_kind_name(ev->act->kind) : inforce_event_name(ev->kind);
		cli_lower(inforce_treaty_id(ev->treaty), id, sizeof id);
		if (format[0] == 'c') {
			char rank[24];
			snprintf(rank, sizeof rank, "%zu", i + 1);
			cli_csv_field(c->out, rank, 1);
			cli_csv_field(c->out, inforce_date_format(ev->date, d), 0);
			cli_csv_field(c->out, id, 0);
			cli_csv_field(c->out, ev->iso3, 0);
			cli_csv_field(c->out, ev->name, 0);
			cli_csv_field(c->out, act, 0);
			cli_csv_field(c->out, cli_day(eff, e), 0);
			cli_csv_field(c->out, ev->act ? ev->act->source : "", 0);
			fputc('\n', c->out);
		} else {
			char line[1400];
			snprintf(line, sizeof line, "%s%s%s. Source: %s", act,
				 eff != INFORCE_DAY_NONE ? "; takes effect " : "",
				 eff != INFORCE_DAY_NONE ? inforce_date_format(eff, e) : "",
				 ev->act ? ev->act->source : "-");
			fprintf(c->out, "%3zu. %s  %-6s %s (%s)\n", i + 1, inforce_date_format(ev->date, d),
				id, ev->name, ev->iso3);
			cli_wrap(c->out, line, 5, 100);
		}
	}
	{
		if (format[0] == 't' && n == 0)
			fprintf(c->out, "(none)\n");
	}
	free(sel);
out:
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

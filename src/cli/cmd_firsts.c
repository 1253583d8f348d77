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
		fprintf(c->errs, "inforce: unknown treaty '%s' (see 'inforce treaty --list')\n", treaty);
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
	json_t *arr = json_array();
	if (format[0] == 't')
		fprintf(c->out, "First %s%s%s%s%s, over %zu treat%s held%s%s:\n\n", action,
			group ? " by members of " : "", group ? group : "",
			group ? " (membership on the day of the act)" : "", "", treaties,
			treaties == 1 ? "y" : "ies", tag ? " tagged " : "", tag ? tag : "");
	else if (format[0] == 'c')
		fprintf(c->out, "rank,date,treaty,iso3,name,act,effective,source\n");
	for (size_t i = 0; i < n; i++) {
		const inforce_event *ev = &sel[i];
		inforce_standing s;
		inforce_status_one(ev->treaty, ev->iso3, ev->date, &s);
		inforce_day eff = ev->kind == INFORCE_EV_WITHDRAWAL_NOTIFIED ? s.withdrawal_effective
		                : ev->kind == INFORCE_EV_CONSENT ? s.entry_into_force : INFORCE_DAY_NONE;
		const char *act = ev->act ? inforce_act_kind_name(ev->act->kind) : inforce_event_name(ev->kind);
		cli_lower(inforce_treaty_id(ev->treaty), id, sizeof id);
		if (format[0] == 'j') {
			json_t *o = json_object();
			json_object_set_new(o, "rank", json_integer((json_int_t)i + 1));
			json_object_set_new(o, "date", json_string(inforce_date_format(ev->date, d)));
			json_object_set_new(o, "treaty", json_string(id));
			json_object_set_new(o, "iso3", json_string(ev->iso3));
			json_object_set_new(o, "name", json_string(ev->name));
			json_object_set_new(o, "act", json_string(act));
			json_object_set_new(o, "effective", eff == INFORCE_DAY_NONE ? json_null()
								: json_string(inforce_date_format(eff, e)));
			json_object_set_new(o, "source", ev->act ? json_string(ev->act->source) : json_null());
			json_array_append_new(arr, o);
		} else if (format[0] == 'c') {
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
	if (format[0] == 'j') {
		json_t *o = json_object();
		json_object_set_new(o, "action", json_string(action));
		json_object_set_new(o, "tag", tag ? json_string(tag) : json_null());
		json_object_set_new(o, "group", group ? json_string(group) : json_null());
		json_object_set_new(o, "treaties_considered", json_integer((json_int_t)treaties));
		json_object_set_new(o, "firsts", arr);
		rc = render_json(c, o);
	} else {
		json_decref(arr);
		if (format[0] == 't' && n == 0)
			fprintf(c->out, "(none)\n");
	}
	free(sel);
out:
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

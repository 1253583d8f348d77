/*
 * cmd_explain.c - `inforce explain TREATY STATE [--on DATE]`: how each date was
 * reached, step by step (which instrument, which article, which offset, which
 * armed-conflict record), with the source of every act used.
 */
#include <jansson.h>
#include <stdlib.h>

#include "cli.h"

static json_t *steps_json(const inforce_treaty *t, const char *iso3, inforce_day on,
			  const inforce_step *st, size_t n)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object(), *arr = json_array();
	json_object_set_new(o, "treaty", json_string(cli_lower(inforce_treaty_id(t), id, sizeof id)));
	json_object_set_new(o, "iso3", json_string(iso3));
	json_object_set_new(o, "on", json_string(inforce_date_format(on, d)));
	for (size_t i = 0; i < n; i++) {
		json_t *s = json_object();
		json_object_set_new(s, "topic", json_string(st[i].topic));
		json_object_set_new(s, "article", st[i].article ? json_string(st[i].article) : json_null());
		json_object_set_new(s, "text", json_string(st[i].text));
		if (st[i].act) {
			json_t *a = json_object();
			json_object_set_new(a, "id", json_integer(st[i].act->id));
			json_object_set_new(a, "kind", json_string(inforce_act_kind_name(st[i].act->kind)));
			json_object_set_new(a, "date", json_string(inforce_date_format(st[i].act->date, d)));
			json_object_set_new(a, "source", json_string(st[i].act->source));
			json_object_set_new(s, "act", a);
		}
		if (st[i].conflict) {
			json_t *c = json_object();
			json_object_set_new(c, "id", json_integer(st[i].conflict->id));
			json_object_set_new(c, "source", json_string(st[i].conflict->source));
			json_object_set_new(s, "conflict_record", c);
		}
		json_array_append_new(arr, s);
	}
	json_object_set_new(o, "steps", arr);
	return o;
}

int cmd_explain(struct cli *c, int argc, char **argv)
{
	const char *on_text = NULL, *format = "text", *pos[2];
	const struct opt opts[] = {
		{"on", 1, &on_text, "DATE  the date asked about (default: today)"},
		{"format", 1, &format, "FMT   text or json"},
		{0},
	};
	int help, rc = cli_parse(c, "explain", "TREATY STATE [--on DATE] [--format text|json]",
				 "How each date of STATE in TREATY was reached, step by step: which\n"
				 "instrument, which article, which offset, which armed-conflict record.",
				 opts, argc, argv, pos, 2, 2, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if ((rc = cli_date(c, "explain", "--on", on_text, &on)) ||
	    (rc = cli_format(c, "explain", format, "text,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	const char *iso3 = inforce_snapshot_state_iso3(snap, pos[1]);
	inforce_step *st = NULL;
	size_t n = 0;
	inforce_error err = {0};
	if (!t) {
		fprintf(c->errs, "inforce: unknown treaty '%s' (see 'inforce treaty --list')\n",
			pos[0]);
		rc = EXIT_USAGE;
	} else if (!iso3) {
		fprintf(c->errs, "inforce: unknown state '%s' (use an ISO3 code or a name in "
				 "data/states.csv)\n",
			pos[1]);
		rc = EXIT_USAGE;
	} else if (!(st = inforce_explain(snap, t, iso3, on, &n, &err))) {
		rc = cli_fail(c, &err);
	} else if (format[0] == 'j') {
		rc = render_json(c, steps_json(t, iso3, on, st, n));
	} else {
		char d[INFORCE_DATE_BUFSZ];
		fprintf(c->out, "%s in %s, as of %s\n\n", inforce_snapshot_state_name(snap, iso3),
			inforce_treaty_id(t), inforce_date_format(on, d));
		for (size_t i = 0; i < n; i++) {
			char head[64];
			snprintf(head, sizeof head, "%zu.%s%s%s", i + 1, st[i].article ? " [art. " : "",
				 st[i].article ? st[i].article : "", st[i].article ? "]" : "");
			fprintf(c->out, "%s ", head);
			cli_wrap_at(c->out, st[i].text, cli_width(head) + 1, 4, 100);
			if (st[i].act) {
				char line[2048];
				snprintf(line, sizeof line, "act #%lld, source: %s", (long long)st[i].act->id,
					 st[i].act->source);
				cli_wrap(c->out, line, 4, 100);
			}
		}
	}
	free(st);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

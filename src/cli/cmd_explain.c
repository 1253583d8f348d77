/*
 * cmd_explain.c - `inforce explain TREATY STATE [--on DATE]`: how each date was
 * reached, step by step (which instrument, which article, which offset, which
 * armed-conflict record), with the source of every act used.
 */
#include <jansson.h>
#include <stdlib.h>

#include "cli.h"

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
	inforce_snapshot *snap = cli_load_treaty(c, "explain", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	const char *iso3 = inforce_snapshot_state_iso3(snap, pos[1]);
	inforce_step *st = NULL;
	size_t n = 0;
	inforce_error err = {0};
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
	} else if (!iso3) {
		cli_unknown_state(c, snap, pos[1]);
		rc = EXIT_USAGE;
	} else if (!(st = inforce_explain(snap, t, iso3, on, &n, &err))) {
		rc = cli_fail(c, &err);
	} else if (format[0] == 'j') {
		rc = render_json(c, view_explain_json(t, iso3, on, st, n));
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

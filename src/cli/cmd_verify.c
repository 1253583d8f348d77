/*
 * cmd_verify.c - `inforce verify [--today DATE] [--no-flags]`: the store checked for
 * contradictions (src/lib/verify.c), each printed with its row, then the UNTC
 * importer's flags as information. Exit 1 when a contradiction is found.
 */
#include <unistd.h>

#include "cli.h"

/* "bundle:actions/ccm.csv:12: CCM LTU action 423" */
static void print_where(struct cli *c, const inforce_finding *f)
{
	if (f->file[0] && f->line > 0)
		fprintf(c->out, "%s:%ld: ", f->file, f->line);
	else if (f->file[0])
		fprintf(c->out, "%s: ", f->file);
	else
		fprintf(c->out, "store: ");
	if (f->treaty[0])
		fprintf(c->out, "%s ", f->treaty);
	if (f->iso3[0])
		fprintf(c->out, "%s ", f->iso3);
	if (f->act_id)
		fprintf(c->out, "action %lld ", (long long)f->act_id);
}

int cmd_verify(struct cli *c, int argc, char **argv)
{
	const char *today_text = NULL, *no_flags = NULL;
	const struct opt opts[] = {
		{"today", 1, &today_text, "DATE  acts dated after it are errors (default: today, UTC)"},
		{"no-flags", 0, &no_flags, "count the UNTC importer's flags, do not list them"},
		{0},
	};
	int help, rc = cli_parse(
		c, "verify", "[--today DATE] [--no-flags]",
		"Checks the store for contradictions and prints each with its row (file:line,\n"
		"treaty, state, action id):\n"
		"  before-opening  a signature or consent dated before the treaty was opened for\n"
		"                  signature (else adopted), when its definition gives the date;\n"
		"  refused         an act the engine refuses when it re-derives the treaty (a\n"
		"                  withdrawal by a state not bound, a second consent...);\n"
		"  repeated        two acts of the same kind on different dates in one\n"
		"                  participation episode;\n"
		"  future          an act dated after --today;\n"
		"  no-source       an act, further source or record with a blank source.\n"
		"Then, under their own heading, the flags the UN Treaty Collection importer\n"
		"stored (disagreement, bracketed, refused, rescinded, unknown-name): these are\n"
		"documented data questions, listed for information; they do not by themselves\n"
		"make verify fail.\n\n"
		"Exit status: 0 when no contradiction is found (flags or not), 1 when one is,\n"
		"2 on bad usage or a missing store.",
		opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	inforce_day today;
	if ((rc = cli_date(c, "verify", "--today", today_text, &today)))
		return rc;
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_READONLY, &err);
	inforce_verification *v = store ? inforce_verify_load(store, today, &err) : NULL;
	if (!v) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	const inforce_verify_counts *k = inforce_verify_totals(v);
	char d[INFORCE_DATE_BUFSZ];
	size_t n = inforce_verify_count(v);
	for (size_t i = 0; i < n; i++) {
		const inforce_finding *f = inforce_verify_at(v, i);
		if (f->informational)
			continue;
		print_where(c, f);
		fprintf(c->out, "%s: %s\n", f->check, f->message);
	}
	fprintf(c->out, "verify: %zu contradiction%s in %zu acts of %zu treaties and %zu records "
			"(today %s)\n",
		k->contradictions, k->contradictions == 1 ? "" : "s", k->acts, k->treaties,
		k->records, inforce_date_format(today, d));
	if (k->flags) {
		fprintf(c->out,
			"\nData questions flagged by the UN Treaty Collection importer "
			"(information, not errors): %zu\n",
			k->flags);
		for (size_t i = 0; !no_flags && i < n; i++) {
			const inforce_finding *f = inforce_verify_at(v, i);
			if (!f->informational)
				continue;
			fputs("  ", c->out);
			print_where(c, f);
			fprintf(c->out, "%s: %s\n", f->check, f->message);
		}
	}
	rc = k->contradictions ? EXIT_RUNTIME : EXIT_OK;
	inforce_verify_free(v);
	inforce_store_close(store);
	return rc;
}

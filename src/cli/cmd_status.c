/*
 * cmd_status.c - `inforce status TREATY [--on DATE] [--format table|csv|json]`:
 * every participant of a treaty with its status on a date, and the counts.
 */
#include <stdarg.h>
#include <jansson.h>
#include <stdlib.h>

#include "cli.h"

/* A line below the table about one marked state, after a blank line, wrapped. */
static void marked(struct cli *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void marked(struct cli *c, const char *fmt, ...)
{
	char line[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	fputc('\n', c->out);
	cli_wrap(c->out, line, 0, 100);
}

static void print_table(struct cli *c, const inforce_treaty *t, inforce_day on,
			inforce_day as_recorded, const inforce_standing *st, size_t n,
			const inforce_counts *k)
{
	char d[INFORCE_DATE_BUFSZ], a[32], b[64], e[16];
	const inforce_eif *eif = inforce_treaty_eif(t);
	char asof[160];
	fprintf(c->out, "%s (%s) on %s\n", inforce_treaty_meta(t, "short_name"),
		inforce_treaty_id(t), inforce_date_format(on, d));
	fprintf(c->out, "data as of %s\n", cli_data_as_of(t, asof, sizeof asof));
	if (as_recorded != INFORCE_DAY_NONE)
		fprintf(c->out, "as recorded on %s (acts and corrections known later left out)\n",
			inforce_date_format(as_recorded, d));
	if (eif->date != INFORCE_DAY_NONE)
		fprintf(c->out, "in force since %s%s\n", inforce_date_format(eif->date, d),
			eif->date > on ? " (not yet on this date)" : "");
	else if (!eif->has_rule)
		fprintf(c->out, "no entry-into-force rule recorded: deposit-based status, dates of "
				"entry into force unknown\n");
	else if (eif->instruments_held == 0)
		fprintf(c->out, "no instrument of this treaty is held: its entry into force is not "
				"computed\n");
	else
		fprintf(c->out, "not in force on the data held\n");
	fprintf(c->out, "\n%-4s %-22s %-11s %-10s %-13s %-10s %s\n", "ISO3", "State", "Status",
		"Signed", "Consent", "In force", "Withdrawal (notified -> effect)");
	for (size_t i = 0; i < n; i++) {
		const inforce_standing *s = &st[i];
		fprintf(c->out, "%-4s ", s->iso3);
		cli_cell(c->out, s->name, 22);
		char stx[16];
		snprintf(stx, sizeof stx, "%s%s", inforce_status_name(s->status),
			 s->uncertain                                ? "?"
			 : s->withdrawal_disputed                    ? "!"
			 : s->non_party_intention != INFORCE_DAY_NONE ? "*"
			 : s->suspension != INFORCE_DAY_NONE          ? "~"
								      : "");
		fprintf(c->out, " %-11s %-10s %-13s %-10s %s\n", stx, cli_day(s->signature, d),
			render_consent_mark(s, a, sizeof a), render_eif(s, e, sizeof e),
			render_withdrawal(s, b, sizeof b));
	}
	for (size_t i = 0; i < n; i++) {
		const inforce_standing *s = &st[i];
		char d2[INFORCE_DATE_BUFSZ];
		if (s->uncertain) {
			const inforce_drop *dr = s->uncertain;
			marked(c, "? %s: uncertain. The record of %s listed its %s of %s; the record of "
				  "%s no longer lists it, and no act explains why (inforce verify).",
			       s->iso3, inforce_date_format(dr->last_listed->as_at, d),
			       inforce_act_kind_name(dr->act->kind),
			       inforce_date_format(dr->act->date, d2), cli_day(dr->dropped_by->as_at, a));
		}
		if (s->withdrawal_disputed)
			marked(c, "! %s: its withdrawal is disputed: %s", s->iso3, s->withdrawal_disputed);
		if (s->suspension != INFORCE_DAY_NONE)
			marked(c, "~ %s: declared on %s that it suspends the operation of the treaty "
				  "(recorded and shown; a suspension does not by itself end party "
				  "status).",
			       s->iso3, inforce_date_format(s->suspension, d));
		if (s->non_party_intention != INFORCE_DAY_NONE)
			marked(c, "* %s: a signatory that declared on %s that it does not intend to "
				  "become a party (Vienna Convention art. 18).",
			       s->iso3, inforce_date_format(s->non_party_intention, d));
	}
	char disputed[96] = "";
	if (k->disputed)
		snprintf(disputed, sizeof disputed,
			 " (of the withdrawn and pending, %d disputed: marked !)", k->disputed);
	fprintf(c->out,
		"\nparties %d (withdrawal pending %d), contracting %d, signatories %d, "
		"withdrawn %d%s\n"
		"deposited instruments not withdrawn (the published \"States Parties\" figure): %d\n"
		"Consent marks as in the UN Treaty Collection: a accession, A acceptance, AA approval,\n"
		"d succession, c formal confirmation; a plain date is a ratification.\n",
		k->parties, k->withdrawal_pending, k->contracting, k->signatories, k->withdrawn,
		disputed, k->deposited);
}

static void print_csv(struct cli *c, const inforce_treaty *t, const inforce_standing *st, size_t n)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	static const char *const head[] = {"treaty",       "iso3",      "name",
					   "status",       "signature", "consent_kind",
					   "consent_date", "entry_into_force",
					   "withdrawal_notified", "withdrawal_effective",
					   "withdrawal_pending", "uncertain", "data_as_of"};
	for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
		cli_csv_field(c->out, head[i], i == 0);
	fputc('\n', c->out);
	for (size_t i = 0; i < n; i++) {
		const inforce_standing *s = &st[i];
		cli_csv_field(c->out, cli_lower(inforce_treaty_id(t), id, sizeof id), 1);
		cli_csv_field(c->out, s->iso3, 0);
		cli_csv_field(c->out, s->name, 0);
		cli_csv_field(c->out, inforce_status_name(s->status), 0);
		cli_csv_field(c->out, cli_day(s->signature, d), 0);
		cli_csv_field(c->out,
			      s->consent != INFORCE_DAY_NONE ? inforce_act_kind_name(s->consent_kind)
							     : "",
			      0);
		cli_csv_field(c->out, cli_day(s->consent, d), 0);
		cli_csv_field(c->out, s->eif_unknown ? "unknown" : cli_day(s->entry_into_force, d),
			      0);
		cli_csv_field(c->out, cli_day(s->withdrawal_notified, d), 0);
		cli_csv_field(c->out, cli_day(s->withdrawal_effective, d), 0);
		cli_csv_field(c->out, s->withdrawal_pending ? "true" : "false", 0);
		cli_csv_field(c->out, s->uncertain ? "true" : "false", 0);
		cli_csv_field(c->out, cli_day(inforce_treaty_data_as_of(t), d), 0);
		fputc('\n', c->out);
	}
}

int cmd_status(struct cli *c, int argc, char **argv)
{
	const char *on_text = NULL, *format = "table", *as_rec = NULL, *pos[1];
	const struct opt opts[] = {
		{"on", 1, &on_text, "DATE  the date asked about (default: today)"},
		{"format", 1, &format, "FMT   table, csv or json"},
		{"as-recorded", 1, &as_rec, "DATE  the record as it stood on DATE"},
		{0},
	};
	int help, rc = cli_parse(c, "status", "TREATY [--on DATE] [--format table|csv|json]",
				 "Every participant of TREATY (an id such as ccm, or a UNTC reference\n"
				 "such as XXVI-6) with its status on DATE: signatory, contracting\n"
				 "(consent deposited, not yet in force for it), party, withdrawn.",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if ((rc = cli_date(c, "status", "--on", on_text, &on)) ||
	    (rc = cli_format(c, "status", format, "table,csv,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load_treaty(c, "status", pos[0], as_rec, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	size_t n;
	inforce_counts k;
	inforce_error err = {0};
	cli_currency_note(c, t, on);
	if (format[0] == 't' && cli_no_data(c, t))
		goto out;
	inforce_standing *st = inforce_status_treaty(t, on, &n, &k, &err);
	if (!st) {
		rc = cli_fail(c, &err);
		goto out;
	}
	if (format[0] == 't')
		print_table(c, t, on, inforce_snapshot_as_recorded(snap), st, n, &k);
	else if (format[0] == 'c')
		print_csv(c, t, st, n);
	else
		rc = render_json(c, view_status_json(t, on, inforce_snapshot_as_recorded(snap), st, n, &k));
	free(st);
out:
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

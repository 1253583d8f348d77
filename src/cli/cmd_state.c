/*
 * cmd_state.c - `inforce state STATE [--on DATE] [--acts]`: one state's status in
 * every treaty held, grouped by subject (arms regulation first, with what it is party
 * to and what it has left), and with --acts the acts behind it with their sources. STATE is an ISO3 code
 * or any known name, including the depositary's forms.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct row {
	const inforce_treaty *t;
	inforce_standing s;
	const char *subject;
	int rank;
};

static int cmp_row(const void *pa, const void *pb)
{
	const struct row *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return strcmp(inforce_treaty_id(a->t), inforce_treaty_id(b->t));
}

/* The first lines of the arms-regulation group: what the state is party to, and
 * what it has left or is leaving, with the dates. */
static void arms_summary(struct cli *c, const struct row *r, size_t n)
{
	char line[4096], d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
	static const char *const heads[] = {"Party to: ", "Withdrawal pending: ", "Withdrawn from: "};
	for (int what = 0; what < 3; what++) {
		int len = snprintf(line, sizeof line, "%s", heads[what]), k = 0;
		for (size_t i = 0; i < n && len > 0 && (size_t)len < sizeof line; i++) {
			const inforce_standing *s = &r[i].s;
			const char *id = inforce_treaty_id(r[i].t);
			if (what == 0 && s->status == INFORCE_ST_PARTY && !s->withdrawal_pending)
				len += snprintf(line + len, sizeof line - (size_t)len, "%s%s (%s)",
						k++ ? ", " : "", id,
						s->entry_into_force != INFORCE_DAY_NONE
							? inforce_date_format(s->entry_into_force, d1)
							: "in force, date unknown");
			else if (what == 1 && s->withdrawal_pending)
				len += snprintf(line + len, sizeof line - (size_t)len,
						"%s%s (notified %s, effect %s)", k++ ? ", " : "", id,
						inforce_date_format(s->withdrawal_notified, d1),
						s->withdrawal_effective != INFORCE_DAY_NONE
							? inforce_date_format(s->withdrawal_effective, d2)
							: "not yet known");
			else if (what == 2 && s->status == INFORCE_ST_WITHDRAWN)
				len += snprintf(line + len, sizeof line - (size_t)len, "%s%s (%s)",
						k++ ? ", " : "", id,
						inforce_date_format(s->withdrawal_effective, d1));
		}
		if (k)
			cli_wrap(c->out, line, 2, 100);
	}
}

/* One treaty's row, and with `acts` its acts with their sources. */
static void print_row(struct cli *c, const inforce_snapshot *snap, const char *iso3,
		      inforce_day on, const struct row *r, int acts, int one, int w)
{
	char d[INFORCE_DATE_BUFSZ], a[32], b[64], e[16], asof[INFORCE_DATE_BUFSZ], stx[16];
	const inforce_treaty *t = r->t;
	const inforce_standing *sp = &r->s;
	snprintf(stx, sizeof stx, "%s%s", inforce_status_name(sp->status),
		 sp->uncertain                                  ? "?"
		 : sp->suspension != INFORCE_DAY_NONE           ? "~"
		 : sp->non_party_intention != INFORCE_DAY_NONE ? "*"
							       : "");
	fprintf(c->out, "%-*s %-11s %-10s %-13s %-10s %-10s %s\n", w, inforce_treaty_id(t), stx,
		cli_day(sp->signature, d), render_consent_mark(sp, a, sizeof a),
		render_eif(sp, e, sizeof e), cli_day(inforce_treaty_data_as_of(t), asof),
		render_withdrawal(sp, b, sizeof b));
	if (one)
		cli_currency_note(c, t, on);
	for (size_t k = 0; acts && k < sp->act_count; k++) {
		const inforce_act *act = sp->acts[k];
		char id_s[24];
		snprintf(id_s, sizeof id_s, "#%lld", (long long)act->id);
		fprintf(c->out, "  %-6s %s %-24s ", id_s, inforce_date_format(act->date, d),
			inforce_act_kind_name(act->kind));
		cli_wrap_at(c->out, act->source, 44, 44, 100);
		if (act->cn && act->cn[0]) {
			char url[128], line[256];
			snprintf(line, sizeof line, "depositary notification %s %s", act->cn,
				 view_cn_url(act->cn, url, sizeof url));
			fprintf(c->out, "%44s", "");
			cli_wrap_at(c->out, line, 44, 44, 100);
		}
	}
	if (sp->suspension != INFORCE_DAY_NONE) {
		char line[256];
		snprintf(line, sizeof line,
			 "~ declared on %s that it suspends the operation of %s (a suspension "
			 "does not by itself end party status)",
			 inforce_date_format(sp->suspension, d), inforce_treaty_id(t));
		cli_wrap(c->out, line, 2, 100);
	}
	if (sp->uncertain) {
		char line[512], d2[INFORCE_DATE_BUFSZ];
		snprintf(line, sizeof line,
			 "? uncertain: the record of %s listed a %s of %s that the record of "
			 "%s no longer lists, and no act explains why.",
			 inforce_date_format(sp->uncertain->last_listed->as_at, d),
			 inforce_act_kind_name(sp->uncertain->act->kind),
			 inforce_date_format(sp->uncertain->act->date, d2),
			 cli_day(sp->uncertain->dropped_by->as_at, a));
		cli_wrap(c->out, line, 2, 100);
	}
	/* the newest UN record's declarations and other notes of this state */
	for (size_t k = 0; one && k < inforce_treaty_note_count(t); k++) {
		const inforce_note *nt = inforce_treaty_note_at(t, k);
		if (!nt->iso3 || strcmp(nt->iso3, iso3) != 0)
			continue;
		fprintf(c->out, "  %s (%s, status as at %s):\n", nt->kind, nt->record->file,
			inforce_date_format(nt->record->as_at, d));
		cli_wrap(c->out, nt->text, 4, 100);
	}
	(void)snap;
}

int cmd_state(struct cli *c, int argc, char **argv)
{
	const char *on_text = NULL, *format = "table", *treaty = NULL, *acts_opt = NULL, *pos[1];
	const struct opt opts[] = {
		{"acts", 0, &acts_opt, "      every act with its source, under each treaty"},
		{"on", 1, &on_text, "DATE  the date asked about (default: today)"},
		{"treaty", 1, &treaty, "ID    only this treaty"},
		{"format", 1, &format, "FMT   table or json"},
		{0},
	};
	int help, rc = cli_parse(c, "state", "STATE [--on DATE] [--format table|json]",
				 "A state's status in every treaty held on DATE, and its acts with\n"
				 "their sources. STATE: ISO3 code or name (\"LTU\", \"Lithuania\",\n"
				 "\"Netherlands (Kingdom of the)\", \"Türkiye\").",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if ((rc = cli_date(c, "state", "--on", on_text, &on)) ||
	    (rc = cli_format(c, "state", format, "table,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	const char *iso3 = inforce_snapshot_state_iso3(snap, pos[0]);
	if (!iso3) {
		cli_unknown_state(c, snap, pos[0]);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	char d[INFORCE_DATE_BUFSZ];
	int any = 0;
	inforce_day ceased = INFORCE_DAY_NONE;
	const inforce_treaty *only = treaty ? inforce_snapshot_treaty(snap, treaty) : NULL;
	if (treaty && !only) {
		cli_unknown_treaty(c, snap, treaty);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_USAGE;
	}
	if (format[0] == 'j') {
		rc = render_json(c, view_state_json_only(snap, iso3, on, only));
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return rc;
	}
	/* the treaties the state has acted in, grouped by subject, arms regulation first */
	size_t nt = inforce_snapshot_treaty_count(snap), nrow = 0;
	struct row *rows = calloc(nt + 1, sizeof *rows);
	if (!rows) {
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		fprintf(c->errs, "inforce: out of memory\n");
		return EXIT_RUNTIME;
	}
	for (size_t i = 0; i < nt; i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		if (only && t != only)
			continue;
		struct row *r = &rows[nrow];
		inforce_status_one(t, iso3, on, &r->s);
		if (r->s.status == INFORCE_ST_NONE)
			continue;
		r->t = t;
		r->subject = inforce_treaty_subject(t, &r->rank);
		nrow++;
	}
	qsort(rows, nrow, sizeof *rows, cmp_row);
	int w = 8; /* the longest id sets the first column */
	for (size_t i = 0; i < nrow; i++)
		if ((int)strlen(inforce_treaty_id(rows[i].t)) > w)
			w = (int)strlen(inforce_treaty_id(rows[i].t));
	any = nrow > 0;
	fprintf(c->out, "%s (%s) on %s\n", inforce_snapshot_state_name(snap, iso3), iso3,
		inforce_date_format(on, d));
	if (any)
		fprintf(c->out, "(%zu treaties by subject; data as of: how current each treaty's "
				"record is; %s)\n",
			nrow, acts_opt || only ? "acts listed with their store id, date, kind and "
						 "source"
					       : "every act and its source: --acts");
	for (size_t i = 0; i < nrow;) {
		size_t j = i;
		int counts[INFORCE_ST_COUNT] = {0}, pending = 0;
		for (; j < nrow && rows[j].rank == rows[i].rank; j++) {
			counts[rows[j].s.status]++;
			pending += rows[j].s.withdrawal_pending;
		}
		char line[512];
		int n = snprintf(line, sizeof line, "%s: %zu treat%s", rows[i].subject, j - i,
				 j - i == 1 ? "y" : "ies");
		for (int st = INFORCE_ST_SIGNATORY; st < INFORCE_ST_COUNT && n > 0 &&
						   (size_t)n < sizeof line; st++)
			if (counts[st])
				n += snprintf(line + n, sizeof line - (size_t)n, ", %d %s%s", counts[st],
					      inforce_status_name(st),
					      st == INFORCE_ST_PARTY && pending ? " (withdrawal pending in "
										  "some)" : "");
		fputc('\n', c->out);
		cli_wrap(c->out, line, 0, 100);
		if (rows[i].rank == 0)
			arms_summary(c, rows + i, j - i);
		fprintf(c->out, "%-*s %-11s %-10s %-13s %-10s %-10s %s\n", w, "Treaty", "Status",
			"Signed", "Consent", "In force", "Data as of", "Withdrawal (notified -> effect)");
		for (size_t k = i; k < j; k++)
			print_row(c, snap, iso3, on, &rows[k], acts_opt || only, only != NULL, w);
		i = j;
	}
	for (size_t i = 0; i < nrow; i++)
		if (rows[i].s.status == INFORCE_ST_CEASED)
			ceased = rows[i].s.ceased;
	free(rows);
	if (!any)
		fprintf(c->out, "(no act in any treaty held, on or before this date)\n");
	if (ceased != INFORCE_DAY_NONE) {
		char line[256];
		snprintf(line, sizeof line,
			 "ceased: %s ceased to exist on %s (data/successions.csv); its acts are "
			 "history, and it is counted in no treaty from that day.",
			 inforce_snapshot_state_name(snap, iso3), inforce_date_format(ceased, d));
		fputc('\n', c->out);
		cli_wrap(c->out, line, 0, 100);
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

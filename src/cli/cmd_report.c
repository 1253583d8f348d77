/*
 * cmd_report.c - `inforce report TREATY [--on DATE]`: the Markdown report on a
 * treaty on a date: counts, entry into force, every withdrawal with its dates and
 * article, what changed that day, the signatories, and every source cited.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

struct sources {
	const char *url[512];
	size_t n;
};

/* Number of a source in the list, adding it on first use. */
static size_t cite(struct sources *s, const char *url)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->url[i], url) == 0)
			return i + 1;
	if (s->n == sizeof s->url / sizeof s->url[0])
		return 0;
	s->url[s->n++] = url;
	return s->n;
}

static const inforce_rule_text *rule(const inforce_treaty *t, const char *what)
{
	for (size_t i = 0; i < inforce_treaty_rule_count(t); i++)
		if (strcmp(inforce_treaty_rule_at(t, i)->what, what) == 0)
			return inforce_treaty_rule_at(t, i);
	return NULL;
}

static const char *long_date(inforce_day d, char *buf, size_t size)
{
	static const char *const months[] = {"January", "February", "March",     "April",
					     "May",     "June",     "July",      "August",
					     "September", "October", "November", "December"};
	int y, m, dd;
	inforce_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, size, "%d %s %d", dd, months[m - 1], y);
	return buf;
}

static void state_record(struct cli *c, const inforce_treaty *t, const inforce_standing *s,
			 inforce_day on, struct sources *src)
{
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
	const inforce_rule_text *late = rule(t, "late_joiner"), *wd = rule(t, "withdrawal");
	fprintf(c->out, "### %s (%s)\n\n", s->name, s->iso3);
	if (s->signature != INFORCE_DAY_NONE)
		fprintf(c->out, "- Signed: %s.\n", inforce_date_format(s->signature, d1));
	if (s->consent != INFORCE_DAY_NONE)
		fprintf(c->out, "- Consent to be bound: %s deposited %s.\n",
			inforce_act_kind_name(s->consent_kind), inforce_date_format(s->consent, d1));
	if (s->provisional != INFORCE_DAY_NONE)
		fprintf(c->out, "- Provisional application declared: %s.\n",
			inforce_date_format(s->provisional, d1));
	const inforce_rule_text *first = rule(t, "entry_into_force");
	int original = s->consent <= inforce_treaty_eif(t)->trigger_date;
	const inforce_rule_text *applied = original ? first : late;
	if (s->entry_into_force != INFORCE_DAY_NONE)
		fprintf(c->out, "- In force for it from: %s (computed under art. %s%s).\n",
			inforce_date_format(s->entry_into_force, d1),
			applied && applied->article ? applied->article : "?",
			original ? ", the treaty's own entry into force" : "");
	if (s->withdrawal_notified != INFORCE_DAY_NONE)
		fprintf(c->out, "- Withdrawal notified to the depositary: %s; %s effect: %s "
				"(computed under art. %s).\n",
			inforce_date_format(s->withdrawal_notified, d1),
			s->withdrawal_effective != INFORCE_DAY_NONE && s->withdrawal_effective <= on
				? "took"
				: "takes",
			inforce_date_format(s->withdrawal_effective, d2),
			wd && wd->article ? wd->article : "?");
	if (s->suspension != INFORCE_DAY_NONE)
		fprintf(c->out, "- Declared suspension of operation: %s (recorded; it does not by "
				"itself end party status).\n",
			inforce_date_format(s->suspension, d1));
	fprintf(c->out, "- Status on %s: **%s**%s.\n", inforce_date_format(on, d1),
		inforce_status_name(s->status), s->withdrawal_pending ? ", withdrawal pending" : "");
	fprintf(c->out, "- Sources:");
	for (size_t i = 0; i < s->act_count; i++) {
		size_t k = cite(src, s->acts[i]->source);
		int dup = 0;
		for (size_t j = 0; j < i; j++)
			dup |= strcmp(s->acts[j]->source, s->acts[i]->source) == 0;
		if (!dup)
			fprintf(c->out, " [%zu]", k);
	}
	fprintf(c->out, "\n\n");
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The names of the states in one status, in alphabetical order. */
static void name_list(struct cli *c, const inforce_standing *st, size_t n,
		      enum inforce_status want, const char *title)
{
	const char **names = malloc(sizeof *names * (n + 1));
	size_t k = 0;
	for (size_t i = 0; names && i < n; i++)
		if (st[i].status == want)
			names[k++] = st[i].name;
	fprintf(c->out, "## %s (%zu)\n\n", title, k);
	if (!k) {
		fprintf(c->out, "None.\n\n");
		free(names);
		return;
	}
	qsort(names, k, sizeof *names, cmp_name);
	for (size_t i = 0; i < k; i++)
		fprintf(c->out, "%s%s", i ? ", " : "", names[i]);
	fprintf(c->out, ".\n\n");
	free(names);
}

/* The first state to do `action` (over `tag` or only `t`, members of `group` on the
 * day), if it happened by `on`: one sentence, or nothing. */
static void first_sentence(struct cli *c, const inforce_snapshot *snap, const inforce_treaty *t,
			   const char *tag, const char *group, inforce_day on, struct sources *src)
{
	size_t n, considered;
	inforce_event *ev = inforce_firsts(snap, "withdrawal", tag, group, t, &n, &considered);
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], id[32];
	if (n > 0 && ev[0].date <= on) {
		inforce_standing s;
		inforce_status_one(ev[0].treaty, ev[0].iso3, on, &s);
		if (group)
			fprintf(c->out, "- %s was the first %s member to notify its withdrawal from a "
					"treaty tagged %s: on %s, in effect %s [%zu].",
				ev[0].name, group, tag, inforce_date_format(ev[0].date, d1),
				inforce_date_format(s.withdrawal_effective, d2),
				cite(src, ev[0].act->source));
		else
			fprintf(c->out, "- %s was the first state to notify its withdrawal from %s: "
					"on %s, in effect %s [%zu].",
				ev[0].name, inforce_treaty_id(t), inforce_date_format(ev[0].date, d1),
				inforce_date_format(s.withdrawal_effective, d2),
				cite(src, ev[0].act->source));
		if (group)
			fprintf(c->out, " It did so from %s (%s), among the %zu treat%s tagged %s that "
					"inforce holds; membership counted on the day of the act.",
				cli_lower(inforce_treaty_id(ev[0].treaty), id, sizeof id),
				inforce_treaty_meta(ev[0].treaty, "short_name"), considered,
				considered == 1 ? "y" : "ies", tag);
		fputc('\n', c->out);
	} else {
		fprintf(c->out, "- No withdrawal%s%s from %s had been notified by %s.\n",
			group ? " by a member of " : "", group ? group : "",
			t ? inforce_treaty_id(t) : tag, inforce_date_format(on, d1));
	}
	free(ev);
}

/* The members of a group on `on`, in or out of the treaty. */
static void group_view(struct cli *c, const inforce_snapshot *snap, const inforce_treaty *t,
		       const char *group, inforce_day on)
{
	size_t n, in = 0;
	const inforce_member **m = inforce_group_members(snap, group, on, &n);
	if (!m || n == 0) {
		free(m);
		return;
	}
	char d[INFORCE_DATE_BUFSZ];
	const char *out[64];
	size_t nout = 0;
	for (size_t i = 0; i < n; i++) {
		inforce_standing s;
		inforce_status_one(t, m[i]->iso3, on, &s);
		if (s.status == INFORCE_ST_PARTY || s.status == INFORCE_ST_CONTRACTING)
			in++;
		else if (nout < 64)
			out[nout++] = m[i]->name;
	}
	fprintf(c->out, "- **%s** (%zu members on %s): %zu in, %zu out", group, n,
		inforce_date_format(on, d), in, n - in);
	for (size_t i = 0; i < nout; i++)
		fprintf(c->out, "%s%s", i ? ", " : " (", out[i]);
	fprintf(c->out, "%s.\n", nout ? ")" : "");
	free(m);
}

int cmd_report(struct cli *c, int argc, char **argv)
{
	const char *on_text = NULL, *chart = NULL, *as_rec = NULL, *pos[1];
	const struct opt opts[] = {
		{"on", 1, &on_text, "DATE  the date of the report (default: today)"},
		{"chart", 1, &chart, "FILE  also write the SVG chart to FILE and show it"},
		{"as-recorded", 1, &as_rec, "DATE  the record as it stood on DATE"},
		{0},
	};
	int help, rc = cli_parse(c, "report", "TREATY [--on DATE]",
				 "The Markdown report on TREATY on DATE: counts, entry into force,\n"
				 "withdrawals with their dates and articles, changes that day, and\n"
				 "every source cited.",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if ((rc = cli_date(c, "report", "--on", on_text, &on)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load_as(c, "report", as_rec, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	size_t n = 0, nb = 0;
	inforce_counts k;
	inforce_error err = {0};
	inforce_standing *st = NULL, *before = NULL;
	struct sources *src = calloc(1, sizeof *src);
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
		goto out;
	}
	cli_currency_note(c, t, on);
	if (cli_no_data(c, t))
		goto out;
	st = inforce_status_treaty(t, on, &n, &k, &err);
	before = inforce_status_treaty(t, inforce_date_add_days(on, -1), &nb, NULL, &err);
	if (!st || !before || !src) {
		rc = cli_fail(c, &err);
		goto out;
	}
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], l1[40];
	const inforce_eif *e = inforce_treaty_eif(t);
	const inforce_rule_text *eifr = rule(t, "entry_into_force");
	fprintf(c->out, "# %s on %s\n\n", inforce_treaty_meta(t, "short_name"),
		long_date(on, l1, sizeof l1));
	fprintf(c->out, "*%s.* Depositary: %s.\n\n", inforce_treaty_meta(t, "title"),
		inforce_treaty_meta(t, "depositary"));
	fprintf(c->out, "Every date below is computed by inforce from the recorded acts and the "
			"treaty's own clauses; each act carries its source.");
	if (inforce_snapshot_as_recorded(snap) != INFORCE_DAY_NONE)
		fprintf(c->out, " The record is read as it stood on %s: acts and corrections "
				"known later are left out.",
			inforce_date_format(inforce_snapshot_as_recorded(snap), d1));
	char asof[160];
	fprintf(c->out, " Data as of %s%s.", cli_data_as_of(t, asof, sizeof asof),
		inforce_treaty_data_as_of(t) < on ? ": acts after that day are not held" : "");
	fprintf(c->out, "\n\n");
	fprintf(c->out, "## Status\n\n| Status on %s | States |\n|---|---:|\n",
		inforce_date_format(on, d1));
	fprintf(c->out, "| Parties (in force for them) | %d |\n", k.parties);
	fprintf(c->out, "| of which withdrawal pending | %d |\n", k.withdrawal_pending);
	fprintf(c->out, "| Contracting (instrument deposited, not yet in force) | %d |\n",
		k.contracting);
	fprintf(c->out, "| Signatories without consent to be bound | %d |\n", k.signatories);
	fprintf(c->out, "| Withdrawn (withdrawal in effect) | %d |\n", k.withdrawn);
	fprintf(c->out, "| **States Parties as published** (instruments deposited, not "
			"withdrawn) | **%d** |\n\n",
		k.deposited);
	if (e->date != INFORCE_DAY_NONE)
		fprintf(c->out, "**Entry into force:** %s, computed under art. %s from the %d "
				"instruments deposited by %s.\n\n",
			inforce_date_format(e->date, d1), eifr && eifr->article ? eifr->article : "?",
			e->instruments_by_trigger, inforce_date_format(e->trigger_date, d2));
	else
		fprintf(c->out, "**Not in force** on the data held.\n\n");

	fprintf(c->out, "## Changes on %s\n\n", inforce_date_format(on, d1));
	int changes = 0;
	for (size_t i = 0; i < n; i++) {
		enum inforce_status was = INFORCE_ST_NONE;
		for (size_t j = 0; j < nb; j++)
			if (strcmp(before[j].iso3, st[i].iso3) == 0)
				was = before[j].status;
		if (was != st[i].status) {
			fprintf(c->out, "- %s (%s): %s -> **%s**\n", st[i].name, st[i].iso3,
				inforce_status_name(was), inforce_status_name(st[i].status));
			changes++;
		}
	}
	fprintf(c->out, "%s\n## Withdrawals\n\n", changes ? "" : "No change of status.\n");
	int wds = 0;
	for (size_t i = 0; i < n; i++)
		if (st[i].withdrawal_notified != INFORCE_DAY_NONE) {
			state_record(c, t, &st[i], on, src);
			wds++;
		}
	if (!wds)
		fprintf(c->out, "No withdrawal notified by this date.\n\n");
	fprintf(c->out, "## Firsts\n\n");
	first_sentence(c, snap, t, NULL, NULL, on, src);
	first_sentence(c, snap, NULL, "arms-regulation", "EU", on, src);
	fprintf(c->out, "\n## Groups\n\n");
	group_view(c, snap, t, "EU", on);
	group_view(c, snap, t, "NATO", on);
	group_view(c, snap, t, "RUS-NEIGHBOURS", on);
	fprintf(c->out, "\nIn: instrument deposited and not withdrawn (party or contracting); "
			"membership as it stood on %s.\n\n",
		inforce_date_format(on, d1));
	if (chart) {
		inforce_error cerr = {0};
		size_t len;
		char *svg = inforce_chart_svg(t, INFORCE_DAY_NONE, on, &len, &cerr);
		FILE *f = svg ? fopen(chart, "w") : NULL;
		if (!f || fwrite(svg, 1, len, f) != len) {
			fprintf(c->errs, "inforce: cannot write the chart to %s\n", chart);
			rc = EXIT_RUNTIME;
		}
		if (f)
			fclose(f);
		free(svg);
		fprintf(c->out, "## Chart\n\n![Participants by status](%s)\n\n", chart);
	}
	name_list(c, st, n, INFORCE_ST_SIGNATORY, "Signatories that have not consented");
	name_list(c, st, n, INFORCE_ST_CONTRACTING, "Contracting States (not yet in force)");
	name_list(c, st, n, INFORCE_ST_PARTY, "Parties");
	fprintf(c->out, "## Sources\n\n");
	for (size_t i = 0; i < src->n; i++)
		fprintf(c->out, "%zu. %s\n", i + 1, src->url[i]);
	fprintf(c->out, "%s%zu. Treaty text and metadata: %s\n", src->n ? "" : "",
		src->n + 1, inforce_treaty_meta(t, "source"));
out:
	free(st);
	free(before);
	free(src);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

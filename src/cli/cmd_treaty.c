/*
 * cmd_treaty.c - `inforce treaty TREATY`: metadata, the rules in words with their
 * articles, and the entry into force computed from the deposits, with the deposit
 * that triggered it. `inforce treaty --list` lists the treaties held.
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static const char *rule_title(const char *what)
{
	if (strcmp(what, "entry_into_force") == 0)
		return "Entry into force";
	if (strcmp(what, "late_joiner") == 0)
		return "States that join later";
	if (strcmp(what, "withdrawal") == 0)
		return "Withdrawal";
	return what;
}

/* Who receives the instruments, in a few words: "UN" for the Secretary-General,
 * else the depositary text without its article ("... (art. XIV(2))") or notes after a
 * semicolon. */
static const char *depositary_short(const inforce_treaty *t, char *buf, size_t size)
{
	const char *d = inforce_treaty_meta(t, "depositary");
	if (!d)
		return "";
	if (strstr(d, "Secretary-General of the United Nations"))
		return "UN";
	const char *art = strstr(d, " (art");
	size_t n = strcspn(d, ";");
	if (art && (size_t)(art - d) < n)
		n = (size_t)(art - d);
	while (n && d[n - 1] == ' ')
		n--;
	snprintf(buf, size, "%.*s", (int)n, d);
	return buf;
}

static void list(struct cli *c, const inforce_snapshot *snap)
{
	char d[INFORCE_DATE_BUFSZ], dep[128];
	int w = 8; /* the longest id sets the first column */
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		int l = (int)strlen(inforce_treaty_id(inforce_snapshot_treaty_at(snap, i)));
		w = l > w ? l : w;
	}
	fprintf(c->out, "%-*s %-10s %-12s %-6s %-10s %-14s %s\n", w, "ID", "UNTC", "In force",
		"Acts", "Data as of", "Depositary", "Short name");
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const inforce_eif *e = inforce_treaty_eif(t);
		const char *untc = inforce_treaty_meta(t, "untc");
		char asof[INFORCE_DATE_BUFSZ];
		fprintf(c->out, "%-*s %-10s %-12s %-6zu %-10s ", w, inforce_treaty_id(t),
			untc ? untc : "",
			!inforce_treaty_has_data(t)  ? "no data"
			: e->date != INFORCE_DAY_NONE ? inforce_date_format(e->date, d)
			: !e->has_rule              ? "no rule"
			: e->instruments_held == 0  ? "no deposits"
						    : "not in force",
			inforce_treaty_act_count(t),
			inforce_treaty_has_data(t) ? cli_day(inforce_treaty_data_as_of(t), asof)
						   : "-");
		cli_cell(c->out, depositary_short(t, dep, sizeof dep), 14);
		fputc(' ', c->out);
		cli_cell(c->out, inforce_treaty_meta(t, "short_name"), 44);
		fputc('\n', c->out);
	}
	fprintf(c->out, "\nIn force: computed from the deposits held and the treaty's rule; \"no "
			"rule\": no rule is\nrecorded (status is deposit-based); \"no deposits\": "
			"none is held, so it is not computed;\n\"no data\": the store holds no act "
			"of it. Acts: the acts held. Data as of: the newest\nrecord's \"status as "
			"at\". 'inforce treaty ID' shows the published date and the records.\n");
}

/* The sentence that says how the entry into force was reached: the computed date
 * and how, and the published one beside it; where they differ, answers use the
 * published one (the depositary decides) and the sentence says so first. */
static void explain_eif(struct cli *c, const inforce_snapshot *snap, const inforce_treaty *t)
{
	const inforce_eif *e = inforce_treaty_eif(t);
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], line[2048];
	const char *published = inforce_treaty_meta(t, "published_entry_into_force");
	int n = 0;
	if (e->published_basis)
		n = snprintf(line, sizeof line,
			     "In force on %s, the date the depositary publishes: answers use it "
			     "(entry_into_force_basis: published). ",
			     inforce_date_format(e->date, d1));
	if (!e->has_rule) {
		snprintf(line + n, sizeof line - (size_t)n,
			 "Not computed: no entry-into-force rule is recorded for this treaty, so a "
			 "deposit counts the state as a party (the UN's deposit-based count) and "
			 "dates of entry into force are unknown%s",
			 e->published_basis ? "." : published ? "; the sources publish " : ".");
		if (!e->published_basis && published) {
			size_t k = strlen(line);
			snprintf(line + k, sizeof line - k, "%s.", published);
		}
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	if (e->computed == INFORCE_DAY_NONE && e->instruments_held == 0) {
		snprintf(line + n, sizeof line - (size_t)n,
			 "Not computed: no instrument of this treaty is held yet%s%s%s",
			 !e->published_basis && published ? "; the sources publish " : ".",
			 !e->published_basis && published ? published : "",
			 !e->published_basis && published ? " (not checked)." : "");
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	if (e->computed == INFORCE_DAY_NONE) {
		n += e->instruments_needed
			     ? snprintf(line + n, sizeof line - (size_t)n,
					"Not in force on the data held: %d of %d instruments needed",
					e->instruments_held, e->instruments_needed)
			     : snprintf(line + n, sizeof line - (size_t)n,
					"Not in force on the data held: %d instruments held, and "
					"the rule names states that must all deposit",
					e->instruments_held);
		for (size_t i = 0; i < e->missing_count && n > 0 && (size_t)n < sizeof line; i++)
			n += snprintf(line + n, sizeof line - (size_t)n, "%s%s",
				      i ? ", " : "; still missing: ", e->missing[i]);
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	int needed = e->instruments_needed;
	const char *th = needed % 10 == 1 && needed % 100 != 11   ? "st"
			 : needed % 10 == 2 && needed % 100 != 12 ? "nd"
			 : needed % 10 == 3 && needed % 100 != 13 ? "rd"
								  : "th";
	n += needed == 0 ? snprintf(line + n, sizeof line - (size_t)n,
				    "Computed: %s. The last of the states the rule names deposited "
				    "on %s (deposits that day:",
				    inforce_date_format(e->computed, d1),
				    inforce_date_format(e->trigger_date, d2))
			 : snprintf(line + n, sizeof line - (size_t)n,
				    "Computed: %s. The %d%s counted instrument was deposited on %s "
				    "(deposits that day:",
				    inforce_date_format(e->computed, d1), needed, th,
				    inforce_date_format(e->trigger_date, d2));
	for (size_t i = 0; i < e->trigger_count && n > 0 && (size_t)n < sizeof line; i++) {
		const char *name = inforce_snapshot_state_name(snap, e->trigger_states[i]);
		n += snprintf(line + n, sizeof line - (size_t)n, "%s %s", i ? "," : "",
			      name ? name : e->trigger_states[i]);
	}
	if (n > 0 && (size_t)n < sizeof line)
		n += snprintf(line + n, sizeof line - (size_t)n,
			      "; %d instruments by that date; the order within one day is not "
			      "recorded).",
			      e->instruments_by_trigger);
	if (published && n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - (size_t)n, " The published date, %s, %s.", published,
			 e->published_basis ? "DIFFERS: an instrument the depositary counted is "
					      "missing from the data, or one held was counted "
					      "otherwise ('inforce check-untc')"
					    : "agrees");
	cli_wrap(c->out, line, 2, 100);
}

/* The records held, oldest first, and what a newer one no longer lists. */
static void print_records(struct cli *c, const inforce_treaty *t)
{
	char d[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], d3[INFORCE_DATE_BUFSZ], line[1024];
	size_t n = inforce_treaty_record_count(t);
	if (n == 0)
		return;
	fprintf(c->out, "\nRecords (what each source said, as at its date)\n");
	for (size_t i = 0; i < n; i++) {
		const inforce_record *r = inforce_treaty_record_at(t, i);
		char counts[96] = "";
		if (r->published_parties >= 0 || r->published_signatories >= 0)
			snprintf(counts, sizeof counts, ", published: %d signatories, %d parties",
				 r->published_signatories, r->published_parties);
		snprintf(line, sizeof line, "%s  %s %s%s", inforce_date_format(r->as_at, d), r->format,
			 r->file, counts);
		cli_wrap_at(c->out, line, 0, 14, 100);
	}
	size_t nd = inforce_treaty_drop_count(t);
	if (nd)
		fprintf(c->out, "\nNo longer listed by a newer record\n");
	for (size_t i = 0; i < nd; i++) {
		const inforce_drop *dr = inforce_treaty_drop_at(t, i);
		const char *why = dr->reason == INFORCE_DROP_CHANGED
					  ? "the newer record gives it another date or kind (a "
					    "correction): the newer one is used"
				  : dr->reason == INFORCE_DROP_ENDED
					  ? "a later act ended it, which explains the drop: it keeps "
					    "its place in history"
					  : "nothing explains it: the newer record is followed, and "
					    "the status in between is uncertain";
		snprintf(line, sizeof line, "%s %s %s: listed as at %s, not as at %s; %s.",
			 dr->act->iso3, inforce_act_kind_name(dr->act->kind),
			 inforce_date_format(dr->act->date, d), cli_day(dr->last_listed->as_at, d2),
			 cli_day(dr->dropped_by->as_at, d3), why);
		cli_wrap(c->out, line, 2, 100);
	}
	size_t nn = inforce_treaty_note_count(t);
	if (nn) {
		int decl = 0, obj = 0, other = 0;
		for (size_t i = 0; i < nn; i++) {
			const char *k = inforce_treaty_note_at(t, i)->kind;
			decl += strcmp(k, "declaration") == 0;
			obj += strcmp(k, "objection") == 0;
			other += strcmp(k, "declaration") && strcmp(k, "objection");
		}
		fprintf(c->out,
			"\nDeclarations and reservations: %d; objections: %d; other notes: %d "
			"('inforce notes %s')\n",
			decl, obj, other, inforce_treaty_id(t));
	}
}

static void print_text(struct cli *c, const inforce_snapshot *snap, const inforce_treaty *t)
{
	fprintf(c->out, "%s  %s\n\n", inforce_treaty_id(t), inforce_treaty_meta(t, "short_name"));
	static const struct {
		const char *label, *key;
	} meta[] = {
		{"Title", "title"},
		{"UNTC reference", "untc"},
		{"Adopted", "adopted"},
		{"Place", "adopted_place"},
		{"Opened for signature", "opened_for_signature"},
		{"Depositary", "depositary"},
		{"Tags", "tags"},
	};
	for (size_t i = 0; i < sizeof meta / sizeof meta[0]; i++) {
		const char *v = inforce_treaty_meta(t, meta[i].key);
		if (!v)
			continue;
		fprintf(c->out, "%-22s", meta[i].label);
		cli_wrap_at(c->out, v, 22, 22, 100);
	}
	char asof[160];
	fprintf(c->out, "%-22s%s\n", "Data as of", cli_data_as_of(t, asof, sizeof asof));
	fprintf(c->out, "\nEntry into force\n");
	explain_eif(c, snap, t);
	fprintf(c->out, "\nRules\n");
	for (size_t i = 0; i < inforce_treaty_rule_count(t); i++) {
		const inforce_rule_text *r = inforce_treaty_rule_at(t, i);
		char head[256];
		if (r->name)
			snprintf(head, sizeof head, "Obligation %s (art. %s):", r->name,
				 r->article ? r->article : "?");
		else
			snprintf(head, sizeof head, "%s (art. %s):", rule_title(r->what),
				 r->article ? r->article : "?");
		fprintf(c->out, "  %s\n", head);
		cli_wrap(c->out, r->text, 4, 100);
	}
	print_records(c, t);
	const char *notes = inforce_treaty_meta(t, "notes");
	if (notes) {
		fprintf(c->out, "\nNotes\n");
		cli_wrap(c->out, notes, 2, 100);
	}
	fprintf(c->out, "\nSources\n");
	cli_wrap(c->out, inforce_treaty_meta(t, "source"), 2, 100);
}

/* The coverage table of docs/coverage.md: for each treaty its depositary, the records
 * held (format and date), how current its data is and how many acts answers come from.
 * Generated, never typed: `inforce treaty --list --format md > docs/coverage.md`. */
static void list_markdown(struct cli *c, const inforce_snapshot *snap)
{
	char d[INFORCE_DATE_BUFSZ], dep[128];
	size_t n = inforce_snapshot_treaty_count(snap), held = 0, acts = 0;
	for (size_t i = 0; i < n; i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		held += inforce_treaty_has_data(t) != 0;
		acts += inforce_treaty_act_count(t);
	}
	fprintf(c->out,
		"# Coverage\n\n"
		"Generated by `inforce treaty --list --format md` from the bundled data (a test\n"
		"checks it is current): do not edit by hand. %zu treaties, %zu with acts held, %zu\n"
		"acts in all. *Records*: the sources held for the treaty, each with the date its\n"
		"status was current (untc-xml: the UN's MTDSG files; untc-html: its status pages;\n"
		"unoda-json: the UNODA database; parties-csv: the 2026 party list; actions-csv:\n"
		"curated acts). *Data as of*: the newest of them; acts after it are not held. *In\n"
		"force*: the date answers use, and whether it is computed from the acts or the\n"
		"depositary's published date.\n\n"
		"| Treaty | UNTC | Depositary | Records | Data as of | Acts | In force |\n"
		"|---|---|---|---|---|---:|---|\n",
		n, held, acts);
	for (size_t i = 0; i < n; i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const inforce_eif *e = inforce_treaty_eif(t);
		const char *untc = inforce_treaty_meta(t, "untc");
		const char *name = inforce_treaty_meta(t, "short_name");
		fprintf(c->out, "| %s%s%s | %s | %s | ", inforce_treaty_id(t), name ? ": " : "",
			name ? name : "", untc ? untc : "", depositary_short(t, dep, sizeof dep));
		/* each format once, with the dates of its records */
		size_t nr = inforce_treaty_record_count(t);
		for (size_t k = 0; k < nr; k++) {
			const inforce_record *r = inforce_treaty_record_at(t, k);
			int seen = 0;
			for (size_t j = 0; j < k && !seen; j++) {
				const inforce_record *q = inforce_treaty_record_at(t, j);
				seen = strcmp(q->format, r->format) == 0 && q->as_at == r->as_at;
			}
			if (!seen)
				fprintf(c->out, "%s%s %s", k ? "; " : "", r->format,
					cli_day(r->as_at, d));
		}
		fprintf(c->out, " | %s | %zu | ", cli_day(inforce_treaty_data_as_of(t), d),
			inforce_treaty_act_count(t));
		if (!inforce_treaty_has_data(t))
			fprintf(c->out, "no data |\n");
		else if (e->date == INFORCE_DAY_NONE)
			fprintf(c->out, "%s |\n", e->has_rule ? "not in force on the data" : "no rule");
		else
			fprintf(c->out, "%s (%s) |\n", inforce_date_format(e->date, d),
				e->published_basis ? "published" : "computed");
	}
}

int cmd_treaty(struct cli *c, int argc, char **argv)
{
	const char *format = "text", *list_opt = NULL, *pos[1];
	const struct opt opts[] = {
		{"list", 0, &list_opt, "      list the treaties held"},
		{"format", 1, &format, "FMT   text or json; with --list also md (the coverage table)"},
		{0},
	};
	int help, rc = cli_parse(c, "treaty", "TREATY [--format text|json] | --list",
				 "A treaty's metadata, its rules in words with their articles, and its\n"
				 "entry into force computed from the deposits held.",
				 opts, argc, argv, pos, list_opt ? 0 : 0, 1, &help);
	if (rc || help)
		return rc;
	if (!list_opt && !pos[0])
		return cli_usage_error(c, "treaty", "name a treaty, or use --list");
	if ((rc = cli_format(c, "treaty", format, list_opt ? "text,json,md" : "text,json",
			     &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = list_opt ? cli_load(c, &store, &rc)
					  : cli_load_treaty(c, "treaty", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	if (list_opt && format[0] == 'm') {
		list_markdown(c, snap);
	} else if (list_opt && format[0] == 'j') {
		rc = render_json(c, view_treaties_json(snap));
	} else if (list_opt) {
		list(c, snap);
	} else {
		const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
		if (!t) {
			cli_unknown_treaty(c, snap, pos[0]);
			rc = EXIT_USAGE;
		} else if (format[0] == 'j') {
			rc = render_json(c, view_treaty_json(snap, t));
		} else {
			print_text(c, snap, t);
		}
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

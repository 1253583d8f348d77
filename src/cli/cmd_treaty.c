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

static void list(struct cli *c, const inforce_snapshot *snap)
{
	char d[INFORCE_DATE_BUFSZ];
	fprintf(c->out, "%-8s %-10s %-12s %-6s %s\n", "ID", "UNTC", "In force", "Acts",
		"Short name");
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const inforce_eif *e = inforce_treaty_eif(t);
		const char *untc = inforce_treaty_meta(t, "untc");
		fprintf(c->out, "%-8s %-10s %-12s %-6d ", inforce_treaty_id(t), untc ? untc : "",
			e->date != INFORCE_DAY_NONE ? inforce_date_format(e->date, d)
			: !e->has_rule              ? "no rule"
			: e->instruments_held == 0  ? "no deposits"
						    : "not in force",
			e->consents);
		cli_cell(c->out, inforce_treaty_meta(t, "short_name"), 58);
		fputc('\n', c->out);
	}
	fprintf(c->out, "\nIn force: computed from the deposits held and the treaty's rule; \"no "
			"rule\": no rule is\nrecorded (status is deposit-based); \"no deposits\": "
			"none is held, so it is not computed.\nActs: instruments of consent held. "
			"'inforce treaty ID' shows the published date.\n");
}

/* The sentence that says how the entry into force was reached. */
static void explain_eif(struct cli *c, const inforce_snapshot *snap, const inforce_treaty *t)
{
	const inforce_eif *e = inforce_treaty_eif(t);
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], line[2048];
	const char *published = inforce_treaty_meta(t, "published_entry_into_force");
	if (!e->has_rule) {
		snprintf(line, sizeof line,
			 "Not computed: no entry-into-force rule is recorded for this treaty, so a "
			 "deposit counts the state as a party (the UN's deposit-based count) and "
			 "dates of entry into force are unknown%s%s%s",
			 published ? ". The sources publish " : ".", published ? published : "",
			 published ? "." : "");
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	if (e->date == INFORCE_DAY_NONE && e->instruments_held == 0) {
		snprintf(line, sizeof line,
			 "Not computed: no instrument of this treaty is held yet%s%s%s",
			 published ? "; the sources publish " : ".", published ? published : "",
			 published ? " (not checked)." : "");
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	if (e->date == INFORCE_DAY_NONE) {
		int n = snprintf(line, sizeof line,
				 "Not in force on the data held: %d of %d instruments needed",
				 e->instruments_held, e->instruments_needed);
		for (size_t i = 0; i < e->missing_count && n > 0 && (size_t)n < sizeof line; i++)
			n += snprintf(line + n, sizeof line - (size_t)n, "%s%s",
				      i ? ", " : "; still missing: ", e->missing[i]);
		cli_wrap(c->out, line, 2, 100);
		return;
	}
	int n = snprintf(line, sizeof line,
			 "Computed: %s. The %d%s counted instrument was deposited on %s "
			 "(deposits that day:",
			 inforce_date_format(e->date, d1), e->instruments_needed,
			 e->instruments_needed % 10 == 1 && e->instruments_needed != 11 ? "st"
			 : e->instruments_needed % 10 == 2 && e->instruments_needed != 12 ? "nd"
			 : e->instruments_needed % 10 == 3 && e->instruments_needed != 13 ? "rd"
											  : "th",
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
	if (published && n > 0 && (size_t)n < sizeof line) {
		inforce_day p;
		int same = inforce_date_parse(published, strlen(published), &p) == 0 && p == e->date;
		snprintf(line + n, sizeof line - (size_t)n, " The published date, %s, %s.", published,
			 same ? "agrees" : "DISAGREES");
	}
	cli_wrap(c->out, line, 2, 100);
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
	const char *notes = inforce_treaty_meta(t, "notes");
	if (notes) {
		fprintf(c->out, "\nNotes\n");
		cli_wrap(c->out, notes, 2, 100);
	}
	fprintf(c->out, "\nSources\n");
	cli_wrap(c->out, inforce_treaty_meta(t, "source"), 2, 100);
}

int cmd_treaty(struct cli *c, int argc, char **argv)
{
	const char *format = "text", *list_opt = NULL, *pos[1];
	const struct opt opts[] = {
		{"list", 0, &list_opt, "      list the treaties held"},
		{"format", 1, &format, "FMT   text or json"},
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
	if ((rc = cli_format(c, "treaty", format, "text,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = list_opt ? cli_load(c, &store, &rc)
					  : cli_load_treaty(c, "treaty", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	if (list_opt) {
		list(c, snap);
	} else {
		const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
		if (!t) {
			fprintf(c->errs, "inforce: unknown treaty '%s' (see 'inforce treaty --list')\n",
				pos[0]);
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

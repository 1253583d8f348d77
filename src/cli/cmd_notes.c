/*
 * cmd_notes.c - `inforce notes TREATY [--state STATE] [--kind KIND]`: what the
 * newest UN record of a treaty says besides its table, with the text as published:
 * declarations and reservations, objections, notifications, territorial
 * applications and end notes.
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static const char *const kinds[] = {"declaration", "objection", "notification", "territorial",
				     "endnote"};

int cmd_notes(struct cli *c, int argc, char **argv)
{
	const char *state = NULL, *kind = NULL, *format = "text", *pos[1];
	const struct opt opts[] = {
		{"state", 1, &state, "STATE only those of this state (ISO3 or name)"},
		{"kind", 1, &kind,
		 "KIND  declaration, objection, notification, territorial or endnote"},
		{"format", 1, &format, "FMT   text or json"},
		{0},
	};
	int help, rc = cli_parse(c, "notes", "TREATY [--state STATE] [--kind KIND] [--format text|json]",
				 "The declarations, reservations, objections, notifications,\n"
				 "territorial applications and end notes of the newest UN Treaty\n"
				 "Collection record of TREATY, with their text as published.",
				 opts, argc, argv, pos, 1, 1, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_format(c, "notes", format, "text,json", &format)))
		return rc;
	int known = !kind;
	for (size_t i = 0; kind && i < sizeof kinds / sizeof kinds[0]; i++)
		known |= strcmp(kind, kinds[i]) == 0;
	if (!known)
		return cli_usage_error(c, "notes", "--kind '%s': use declaration, objection, "
						   "notification, territorial or endnote", kind);
	inforce_store *store;
	inforce_snapshot *snap = cli_load_treaty(c, "notes", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	const char *iso3 = state ? inforce_snapshot_state_iso3(snap, state) : NULL;
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
	} else if (state && !iso3) {
		cli_unknown_state(c, snap, state);
		rc = EXIT_USAGE;
	} else if (format[0] == 'j') {
		rc = render_json(c, view_notes_json(t, iso3, kind));
	} else {
		char d[INFORCE_DATE_BUFSZ];
		size_t shown = 0;
		const inforce_record *rec = NULL;
		for (size_t i = 0; i < inforce_treaty_note_count(t); i++) {
			const inforce_note *n = inforce_treaty_note_at(t, i);
			rec = n->record;
			if ((iso3 && (!n->iso3 || strcmp(n->iso3, iso3) != 0)) ||
			    (kind && strcmp(n->kind, kind) != 0))
				continue;
			if (n->index[0]) {
				/* an end note cited by several rows is stored once for each:
				 * printed once, with the participants that cite it */
				char who[1024] = "";
				size_t used = 0;
				for (size_t j = i; j < inforce_treaty_note_count(t); j++) {
					const inforce_note *m = inforce_treaty_note_at(t, j);
					if (strcmp(m->kind, n->kind) || strcmp(m->index, n->index) ||
					    strcmp(m->text, n->text))
						break;
					if (!iso3 && m->participant && used + 4 < sizeof who)
						used += (size_t)snprintf(who + used, sizeof who - used, "%s%s",
									 used ? ", " : "", m->participant);
					if (!iso3)
						i = j;
				}
				fprintf(c->out, "%s %s%s%s%s\n", n->kind, n->index, who[0] ? " (cited by " : "",
					who, who[0] ? ")" : "");
			} else
				fprintf(c->out, "%s: %s\n", n->kind,
					n->participant ? n->participant : "(no participant)");
			cli_wrap(c->out, n->text, 2, 100);
			fputc('\n', c->out);
			shown++;
		}
		if (rec)
			fprintf(c->out, "%zu note%s from %s, status as at %s\n", shown,
				shown == 1 ? "" : "s", rec->file, inforce_date_format(rec->as_at, d));
		else
			fprintf(c->out, "no notes: no UN Treaty Collection record of %s is held\n",
				inforce_treaty_id(t));
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

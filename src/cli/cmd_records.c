/*
 * cmd_records.c - `inforce records TREATY`: the records held of a treaty (what each
 * source said as at its date), and for each the changes since the record before it
 * of the same source: acts added, acts no longer listed (with why), participants
 * renamed, withdrawals that took effect in between. Also the change report that
 * `inforce import-untc` prints for the records it imported (records_report).
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* One line a change, under its record. */
static void print_change(struct cli *c, const inforce_record_change *ch)
{
	char d[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], line[768];
	switch (ch->kind) {
	case INFORCE_CHANGE_ADDED:
		snprintf(line, sizeof line, "+ %s %s %s", ch->iso3, inforce_act_kind_name(ch->act->kind),
			 inforce_date_format(ch->act->date, d));
		break;
	case INFORCE_CHANGE_DROPPED:
		if (ch->drop->explained_by) /* "... by the ratification_withdrawal of 2023-11-03" */
			snprintf(line, sizeof line, "- %s %s %s: no longer listed (%s by the %s of %s)",
				 ch->iso3, inforce_act_kind_name(ch->act->kind),
				 inforce_date_format(ch->act->date, d),
				 inforce_drop_reason_name(ch->drop->reason),
				 inforce_act_kind_name(ch->drop->explained_by->kind),
				 inforce_date_format(ch->drop->explained_by->date, d2));
		else
			snprintf(line, sizeof line,
				 "- %s %s %s: no longer listed (unexplained: answers follow the newer "
				 "record; the status in between is uncertain)",
				 ch->iso3, inforce_act_kind_name(ch->act->kind),
				 inforce_date_format(ch->act->date, d));
		break;
	case INFORCE_CHANGE_RENAMED:
		snprintf(line, sizeof line, "~ %s renamed: %s -> %s", ch->iso3, ch->old_name,
			 ch->new_name);
		break;
	case INFORCE_CHANGE_WITHDRAWAL_IN_EFFECT:
		snprintf(line, sizeof line, "! %s withdrawal in effect on %s", ch->iso3,
			 inforce_date_format(ch->effective, d));
		break;
	}
	cli_wrap(c->out, line, 6, 100);
}

void records_report(struct cli *c, const inforce_treaty *t, const inforce_record *r, int details)
{
	char d[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
	const inforce_record *prev;
	size_t n;
	inforce_record_change *ch = inforce_record_changes(t, r, &prev, &n);
	size_t count[4] = {0};
	for (size_t i = 0; i < n; i++)
		count[ch[i].kind]++;
	if (prev)
		fprintf(c->out,
			"%s (%s): %s -> %s: %zu acts added, %zu no longer listed, %zu renamed, %zu "
			"withdrawals in effect\n",
			r->reference, inforce_treaty_id(t), inforce_date_format(prev->as_at, d),
			inforce_date_format(r->as_at, d2), count[INFORCE_CHANGE_ADDED],
			count[INFORCE_CHANGE_DROPPED], count[INFORCE_CHANGE_RENAMED],
			count[INFORCE_CHANGE_WITHDRAWAL_IN_EFFECT]);
	else
		fprintf(c->out, "%s (%s): first record, as at %s: %zu acts listed\n", r->reference,
			inforce_treaty_id(t), inforce_date_format(r->as_at, d),
			count[INFORCE_CHANGE_ADDED]);
	for (size_t i = 0; details && prev && i < n; i++)
		print_change(c, &ch[i]);
	/* a drop nothing explains is always worth a line */
	for (size_t i = 0; !details && i < n; i++)
		if (ch[i].kind == INFORCE_CHANGE_DROPPED &&
		    ch[i].drop->reason == INFORCE_DROP_UNEXPLAINED)
			print_change(c, &ch[i]);
	free(ch);
}

static json_t *changes_json(const inforce_treaty *t, const inforce_record *r)
{
	char d[INFORCE_DATE_BUFSZ];
	const inforce_record *prev;
	size_t n;
	inforce_record_change *ch = inforce_record_changes(t, r, &prev, &n);
	json_t *arr = json_array();
	for (size_t i = 0; prev && i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "change", json_string(inforce_change_kind_name(ch[i].kind)));
		json_object_set_new(o, "iso3", json_string(ch[i].iso3));
		if (ch[i].act) {
			json_object_set_new(o, "act", json_string(inforce_act_kind_name(ch[i].act->kind)));
			json_object_set_new(o, "date",
					    json_string(inforce_date_format(ch[i].act->date, d)));
		}
		if (ch[i].drop)
			json_object_set_new(o, "drop", view_drop_json(ch[i].drop));
		if (ch[i].kind == INFORCE_CHANGE_RENAMED) {
			json_object_set_new(o, "old_name", json_string(ch[i].old_name));
			json_object_set_new(o, "new_name", json_string(ch[i].new_name));
		}
		if (ch[i].effective != INFORCE_DAY_NONE)
			json_object_set_new(o, "effective",
					    json_string(inforce_date_format(ch[i].effective, d)));
		json_array_append_new(arr, o);
	}
	free(ch);
	return arr;
}

int cmd_records(struct cli *c, int argc, char **argv)
{
	const char *format = "text", *pos[1];
	const struct opt opts[] = {
		{"format", 1, &format, "FMT   text or json"},
		{0},
	};
	int help, rc = cli_parse(c, "records", "TREATY [--format text|json]",
				 "The records held of TREATY, oldest first (what each source said as\n"
				 "at its date), and what changed from one to the next of the same\n"
				 "source: acts added, acts no longer listed and why, participants\n"
				 "renamed, withdrawals that took effect in between.",
				 opts, argc, argv, pos, 1, 1, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_format(c, "records", format, "text,json", &format)))
		return rc;
	inforce_store *store;
	inforce_snapshot *snap = cli_load_treaty(c, "records", pos[0], NULL, &store, &rc);
	if (!snap)
		return rc;
	const inforce_treaty *t = inforce_snapshot_treaty(snap, pos[0]);
	if (!t) {
		cli_unknown_treaty(c, snap, pos[0]);
		rc = EXIT_USAGE;
	} else if (format[0] == 'j') {
		char d[INFORCE_DATE_BUFSZ], id[32];
		json_t *o = json_object(), *arr = json_array();
		json_object_set_new(o, "treaty", json_string(cli_lower(inforce_treaty_id(t), id, sizeof id)));
		view_currency_json(o, t, INFORCE_DAY_NONE);
		for (size_t i = 0; i < inforce_treaty_record_count(t); i++) {
			const inforce_record *r = inforce_treaty_record_at(t, i);
			json_t *x = json_object();
			json_object_set_new(x, "series", json_string(r->series));
			json_object_set_new(x, "format", json_string(r->format));
			json_object_set_new(x, "file", json_string(r->file));
			json_object_set_new(x, "as_at", json_string(inforce_date_format(r->as_at, d)));
			json_object_set_new(x, "changes", changes_json(t, r));
			json_array_append_new(arr, x);
		}
		json_object_set_new(o, "records", arr);
		rc = render_json(c, o);
	} else if (inforce_treaty_record_count(t) == 0) {
		fprintf(c->out, "%s: no record held\n", inforce_treaty_id(t));
	} else {
		for (size_t i = 0; i < inforce_treaty_record_count(t); i++) {
			const inforce_record *r = inforce_treaty_record_at(t, i);
			char d[INFORCE_DATE_BUFSZ];
			fprintf(c->out, "%s  %s %s\n", inforce_date_format(r->as_at, d), r->format,
				r->file);
			fprintf(c->out, "    ");
			records_report(c, t, r, 1);
		}
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

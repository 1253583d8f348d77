/*
 * render.c - how one standing (a state in a treaty on a date) is written, shared
 * by every command so that the table, CSV and JSON forms agree everywhere.
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

const char *render_consent(const inforce_standing *s, char *buf, size_t size)
{
	char d[INFORCE_DATE_BUFSZ];
	if (s->consent == INFORCE_DAY_NONE)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%s %s", inforce_act_kind_name(s->consent_kind),
			 inforce_date_format(s->consent, d));
	return buf;
}

const char *render_consent_mark(const inforce_standing *s, char *buf, size_t size)
{
	static const char *const marks[INFORCE_ACT_KIND_COUNT] = {
		[INFORCE_ACT_ACCEPTANCE] = " A",
		[INFORCE_ACT_APPROVAL] = " AA",
		[INFORCE_ACT_ACCESSION] = " a",
		[INFORCE_ACT_SUCCESSION] = " d",
		[INFORCE_ACT_FORMAL_CONFIRMATION] = " c",
	};
	char d[INFORCE_DATE_BUFSZ];
	const char *m = marks[s->consent_kind];
	if (s->consent == INFORCE_DAY_NONE)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%s%s", inforce_date_format(s->consent, d), m ? m : "");
	return buf;
}

const char *render_withdrawal(const inforce_standing *s, char *buf, size_t size)
{
	char a[INFORCE_DATE_BUFSZ], b[INFORCE_DATE_BUFSZ];
	if (s->withdrawal_notified == INFORCE_DAY_NONE)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%s -> %s", inforce_date_format(s->withdrawal_notified, a),
			 inforce_date_format(s->withdrawal_effective, b));
	return buf;
}

const char *render_eif(const inforce_standing *s, char *buf, size_t size)
{
	if (s->eif_unknown)
		snprintf(buf, size, "unknown");
	else if (s->entry_into_force == INFORCE_DAY_NONE)
		buf[0] = '\0';
	else
		inforce_date_format(s->entry_into_force, buf);
	return buf;
}

int render_json(struct cli *c, json_t *v)
{
	if (!v)
		return EXIT_RUNTIME;
	int rc = json_dumpf(v, c->out, JSON_INDENT(2) | JSON_ENSURE_ASCII * 0) == 0 ? EXIT_OK
										   : EXIT_RUNTIME;
	fputc('\n', c->out);
	json_decref(v);
	return rc;
}

int render_events(struct cli *c, const inforce_event *ev, size_t n, const char *format,
		  const char *from_key, inforce_day from, const char *to_key, inforce_day to)
{
	char d[INFORCE_DATE_BUFSZ], text[512], id[32];
	if (format[0] == 'j')
		return render_json(c, view_events_json(from_key, from, to_key, to, ev, n));

	if (format[0] == 'c') {
		static const char *const head[] = {"date", "treaty", "event", "iso3", "name",
						   "status_before", "status_after", "article",
						   "obligation", "act_id", "source"};
		for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
			cli_csv_field(c->out, head[i], i == 0);
		fputc('\n', c->out);
		for (size_t i = 0; i < n; i++) {
			const inforce_event *e = &ev[i];
			char act_id[24] = "";
			if (e->act)
				snprintf(act_id, sizeof act_id, "%lld", (long long)e->act->id);
			cli_csv_field(c->out, inforce_date_format(e->date, d), 1);
			cli_csv_field(c->out, cli_lower(inforce_treaty_id(e->treaty), id, sizeof id), 0);
			cli_csv_field(c->out, inforce_event_name(e->kind), 0);
			cli_csv_field(c->out, e->iso3, 0);
			cli_csv_field(c->out, e->name, 0);
			cli_csv_field(c->out, e->iso3 ? inforce_status_name(e->before) : "", 0);
			cli_csv_field(c->out, e->iso3 ? inforce_status_name(e->after) : "", 0);
			cli_csv_field(c->out, e->article, 0);
			cli_csv_field(c->out, e->detail, 0);
			cli_csv_field(c->out, act_id, 0);
			cli_csv_field(c->out, inforce_event_source(e), 0);
			fputc('\n', c->out);
		}
		return EXIT_OK;
	}
	for (size_t i = 0; i < n; i++) {
		const inforce_event *e = &ev[i];
		char status[48] = "";
		if (e->iso3 && e->before != e->after)
			snprintf(status, sizeof status, " [%s -> %s]", inforce_status_name(e->before),
				 inforce_status_name(e->after));
		fprintf(c->out, "%s  ", inforce_date_format(e->date, d));
		char what[384];
		snprintf(text, sizeof text, "%s%s%s%s%s", view_event_text(e, what, sizeof what),
			 status, e->article ? " (art. " : "", e->article ? e->article : "",
			 e->article ? ")" : "");
		cli_wrap_at(c->out, text, 12, 12, 100);
		if (e->record) {
			char src[1024];
			snprintf(src, sizeof src, "%s record: %s",
				 e->record->kind == INFORCE_OBL_EXTENDED ? "extension" : "obligation",
				 e->record->source);
			cli_wrap(c->out, src, 12, 100);
		} else if (e->act) {
			char src[1024];
			snprintf(src, sizeof src, "act #%lld: %s", (long long)e->act->id, e->act->source);
			cli_wrap(c->out, src, 12, 100);
		}
	}
	if (n == 0)
		fprintf(c->out, "(nothing in that period)\n");
	return EXIT_OK;
}

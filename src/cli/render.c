/*
 * render.c - how one standing (a state in a treaty on a date) is written, shared
 * by every command so that the table, CSV and JSON forms agree everywhere.
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static json_t *day_json(inforce_day d)
{
	char buf[INFORCE_DATE_BUFSZ];
	return d == INFORCE_DAY_NONE ? json_null() : json_string(inforce_date_format(d, buf));
}

json_t *render_standing_json(const inforce_standing *s)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	json_object_set_new(o, "iso3", json_string(s->iso3));
	json_object_set_new(o, "name", json_string(s->name ? s->name : s->iso3));
	json_object_set_new(o, "status", json_string(inforce_status_name(s->status)));
	json_object_set_new(o, "signature", day_json(s->signature));
	if (s->consent != INFORCE_DAY_NONE) {
		json_t *c = json_object();
		json_object_set_new(c, "kind", json_string(inforce_act_kind_name(s->consent_kind)));
		json_object_set_new(c, "date", day_json(s->consent));
		json_object_set_new(o, "consent", c);
	} else {
		json_object_set_new(o, "consent", json_null());
	}
	json_object_set_new(o, "entry_into_force", day_json(s->entry_into_force));
	if (s->eif_unknown)
		json_object_set_new(o, "entry_into_force_unknown", json_true());
	if (s->withdrawal_notified != INFORCE_DAY_NONE) {
		json_t *w = json_object();
		json_object_set_new(w, "notified", day_json(s->withdrawal_notified));
		json_object_set_new(w, "effective", day_json(s->withdrawal_effective));
		json_object_set_new(w, "pending", json_boolean(s->withdrawal_pending));
		json_object_set_new(o, "withdrawal", w);
	} else {
		json_object_set_new(o, "withdrawal", json_null());
	}
	if (s->provisional != INFORCE_DAY_NONE)
		json_object_set_new(o, "provisional_application", day_json(s->provisional));
	if (s->suspension != INFORCE_DAY_NONE)
		json_object_set_new(o, "suspension_declared", day_json(s->suspension));
	if (s->ratification_withdrawn != INFORCE_DAY_NONE)
		json_object_set_new(o, "ratification_withdrawn", day_json(s->ratification_withdrawn));
	json_t *acts = json_array();
	for (size_t i = 0; i < s->act_count; i++) {
		const inforce_act *a = s->acts[i];
		json_t *ao = json_object();
		json_object_set_new(ao, "id", json_integer(a->id));
		json_object_set_new(ao, "kind", json_string(inforce_act_kind_name(a->kind)));
		json_object_set_new(ao, "date", day_json(a->date));
		json_object_set_new(ao, "source", json_string(a->source));
		json_array_append_new(acts, ao);
	}
	json_object_set_new(o, "acts", acts);
	json_t *src = json_array();
	for (size_t i = 0; i < s->act_count; i++) {
		const char *u = s->acts[i]->source;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(s->acts[j]->source, u) == 0;
		if (!seen)
			json_array_append_new(src, json_string(u));
	}
	json_object_set_new(o, "sources", src);
	return o;
}

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

const char *render_event_text(const inforce_event *e, char *buf, size_t size)
{
	static const char *const what[INFORCE_EV_COUNT] = {
		[INFORCE_EV_TREATY_IN_FORCE] = "the treaty enters into force",
		[INFORCE_EV_SIGNATURE] = "signature",
		[INFORCE_EV_CONSENT] = "instrument deposited",
		[INFORCE_EV_IN_FORCE] = "enters into force for it",
		[INFORCE_EV_PROVISIONAL] = "provisional application declared",
		[INFORCE_EV_WITHDRAWAL_NOTIFIED] = "withdrawal notified",
		[INFORCE_EV_WITHDRAWAL_EFFECTIVE] = "withdrawal takes effect",
		[INFORCE_EV_RATIFICATION_WITHDRAWN] = "instrument of ratification withdrawn",
		[INFORCE_EV_SUSPENSION] = "suspension declared",
		[INFORCE_EV_DEADLINE] = "treaty deadline",
	};
	char id[32];
	if (e->kind == INFORCE_EV_DEADLINE)
		snprintf(buf, size, "%s: %s: %s (%s)", cli_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name, what[e->kind], e->detail ? e->detail : "");
	else if (e->kind == INFORCE_EV_CONSENT && e->act)
		snprintf(buf, size, "%s: %s: %s deposited", cli_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name, inforce_act_kind_name(e->act->kind));
	else
		snprintf(buf, size, "%s: %s%s%s", cli_lower(inforce_treaty_id(e->treaty), id, sizeof id),
			 e->name ? e->name : "", e->name ? ": " : "", what[e->kind]);
	return buf;
}

static json_t *event_json(const inforce_event *e)
{
	char d[INFORCE_DATE_BUFSZ], id[32];
	json_t *o = json_object();
	json_object_set_new(o, "date", json_string(inforce_date_format(e->date, d)));
	json_object_set_new(o, "treaty", json_string(cli_lower(inforce_treaty_id(e->treaty), id, sizeof id)));
	json_object_set_new(o, "event", json_string(inforce_event_name(e->kind)));
	json_object_set_new(o, "iso3", e->iso3 ? json_string(e->iso3) : json_null());
	json_object_set_new(o, "name", e->name ? json_string(e->name) : json_null());
	if (e->iso3) {
		json_object_set_new(o, "status_before", json_string(inforce_status_name(e->before)));
		json_object_set_new(o, "status_after", json_string(inforce_status_name(e->after)));
	}
	if (e->detail)
		json_object_set_new(o, "obligation", json_string(e->detail));
	json_object_set_new(o, "article", e->article ? json_string(e->article) : json_null());
	if (e->act) {
		json_object_set_new(o, "act_id", json_integer(e->act->id));
		json_object_set_new(o, "act", json_string(inforce_act_kind_name(e->act->kind)));
		json_object_set_new(o, "act_date", json_string(inforce_date_format(e->act->date, d)));
		json_object_set_new(o, "source", json_string(e->act->source));
	} else {
		json_object_set_new(o, "source", json_null());
	}
	return o;
}

int render_events(struct cli *c, const inforce_event *ev, size_t n, const char *format,
		  json_t *envelope)
{
	char d[INFORCE_DATE_BUFSZ], text[512], id[32];
	if (format[0] == 'j') {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, event_json(&ev[i]));
		if (!envelope)
			return render_json(c, arr);
		json_object_set_new(envelope, "events", arr);
		return render_json(c, envelope);
	}
	json_decref(envelope);
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
			cli_csv_field(c->out, e->act ? e->act->source : "", 0);
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
		snprintf(text, sizeof text, "%s%s%s%s%s", render_event_text(e, what, sizeof what),
			 status, e->article ? " (art. " : "", e->article ? e->article : "",
			 e->article ? ")" : "");
		cli_wrap_at(c->out, text, 12, 12, 100);
		if (e->act) {
			char src[1024];
			snprintf(src, sizeof src, "act #%lld: %s", (long long)e->act->id, e->act->source);
			cli_wrap(c->out, src, 12, 100);
		}
	}
	if (n == 0)
		fprintf(c->out, "(nothing in that period)\n");
	return EXIT_OK;
}

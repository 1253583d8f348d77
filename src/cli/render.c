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

/*
 * lists.c - the three list answers of the API that have no builder in src/view:
 * the treaties held, the states known, and the groups with their size on a date.
 * Pure formatting of what libinforce returns, in the style of src/view/json.c.
 */
#include <jansson.h>
#include <stdlib.h>

#include "view.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *day_or_null(inforce_day d)
{
	char buf[INFORCE_DATE_BUFSZ];
	return d == INFORCE_DAY_NONE ? json_null() : json_string(inforce_date_format(d, buf));
}

/* {"treaties": [{id, untc, short_name, title, tags, entry_into_force,
 *   published_entry_into_force, instruments}]} */
json_t *view_treaties_json(const inforce_snapshot *snap)
{
	char id[32];
	json_t *o = json_object(), *arr = json_array();
	if (!o || !arr) {
		json_decref(o);
		json_decref(arr);
		return NULL;
	}
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const inforce_eif *e = inforce_treaty_eif(t);
		json_t *x = json_object();
		json_object_set_new(x, "id", json_string(view_lower(inforce_treaty_id(t), id, sizeof id)));
		json_object_set_new(x, "untc", str_or_null(inforce_treaty_meta(t, "untc")));
		json_object_set_new(x, "short_name", str_or_null(inforce_treaty_meta(t, "short_name")));
		json_object_set_new(x, "title", str_or_null(inforce_treaty_meta(t, "title")));
		json_object_set_new(x, "tags", str_or_null(inforce_treaty_meta(t, "tags")));
		json_object_set_new(x, "entry_into_force", day_or_null(e->date));
		view_eif_basis_json(x, t);
		json_object_set_new(x, "published_entry_into_force",
				    str_or_null(inforce_treaty_meta(t, "published_entry_into_force")));
		json_object_set_new(x, "instruments", json_integer(e->instruments_held));
		json_object_set_new(x, "depositary", str_or_null(inforce_treaty_meta(t, "depositary")));
		json_object_set_new(x, "acts", json_integer((json_int_t)inforce_treaty_act_count(t)));
		view_currency_json(x, t, INFORCE_DAY_NONE);
		json_array_append_new(arr, x);
	}
	json_object_set_new(o, "treaties", arr);
	return o;
}

/* {"states": [{iso3, name, kind}]} */
json_t *view_states_json(const inforce_snapshot *snap)
{
	json_t *o = json_object(), *arr = json_array();
	if (!o || !arr) {
		json_decref(o);
		json_decref(arr);
		return NULL;
	}
	for (size_t i = 0; i < inforce_snapshot_state_count(snap); i++) {
		const char *iso3, *name, *kind;
		if (inforce_snapshot_state_at(snap, i, &iso3, &name, &kind))
			break;
		json_t *x = json_object();
		json_object_set_new(x, "iso3", json_string(iso3));
		json_object_set_new(x, "name", str_or_null(name));
		json_object_set_new(x, "kind", str_or_null(kind));
		json_array_append_new(arr, x);
	}
	json_object_set_new(o, "states", arr);
	return o;
}

/* {"on": D, "groups": [{group, members}]}: members is how many belonged on D. */
json_t *view_groups_json(const inforce_snapshot *snap, inforce_day on)
{
	json_t *o = json_object(), *arr = json_array();
	if (!o || !arr) {
		json_decref(o);
		json_decref(arr);
		return NULL;
	}
	size_t ng;
	const char *const *names = inforce_group_names(snap, &ng);
	for (size_t i = 0; i < ng; i++) {
		size_t nm = 0;
		const inforce_member **m = inforce_group_members(snap, names[i], on, &nm);
		json_t *x = json_object();
		json_object_set_new(x, "group", json_string(names[i]));
		json_object_set_new(x, "members", json_integer((json_int_t)nm));
		json_array_append_new(arr, x);
		free(m);
	}
	json_object_set_new(o, "on", day_or_null(on));
	json_object_set_new(o, "groups", arr);
	return o;
}

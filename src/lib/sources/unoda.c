/*
 * unoda.c - the readers of the UN Office for Disarmament Affairs' treaty data:
 *   - the treaty database as harvested (data/unoda-2018-07-10/treatydata.json):
 *     {STATE: {TREATY: {"actions": [...], "dates": [...], "places": [...],
 *     "protocolnames": [...], "protocolactions": [...], "protocoldates": [...]}}},
 *     every signature and deposit with the depositary where it was made (UN,
 *     London, Moscow, Washington, Paris, OAS ...); read with jansson;
 *   - a party list (data/unoda-2026-08-22/parties.csv:
 *     country,treaty,signed,joined,mechanism,withdrew), a secondary source: its
 *     depositary is unknown, and its `withdrew` column is not a withdrawal.
 * The source's treaty names become treaty ids through a mapping file
 * (data/unoda-treaties.csv: source,name,treaty), and state names through the states
 * table, as for the UN's records: a name not known is an error naming it, never a
 * guess. A deposit made with the UN for a treaty whose UN Treaty Collection record is
 * held is left to that record (the depositary's own), and counted as such. Rows a
 * file of holds names (data/unoda-unconfirmed.csv: source,name,treaty,act,date,reason)
 * are kept out and counted: a date that needs a second source stays out.
 * Exports src_unoda_read, src_parties_read, src_listing_release.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "sources.h"

#define MAX_JSON_BYTES ((size_t)64 << 20)

void src_listing_release(struct src_listing *l)
{
	if (!l)
		return;
	vec_release(&l->rows);
	vec_release(&l->treaties);
	pool_release(&l->pool);
	memset(l, 0, sizeof *l);
}

static void listing_init(struct src_listing *l)
{
	memset(l, 0, sizeof *l);
	pool_init(&l->pool);
	vec_init(&l->rows, sizeof(struct src_listed));
	vec_init(&l->treaties, sizeof(const char *));
}

/* The mapping and the holds, read once. */
struct maps {
	struct csvfile map, holds;
	int have_holds;
	int m_src, m_name, m_treaty;
	int h_src, h_name, h_treaty, h_act, h_date;
};

static int read_maps(struct maps *m, const char *map, size_t map_len, const char *holds,
		     size_t holds_len, inforce_error *err)
{
	memset(m, 0, sizeof *m);
	if (csvfile_parse(&m->map, map, map_len, "unoda-treaties.csv", err))
		return -1;
	m->m_src = csvfile_column(&m->map, "source");
	m->m_name = csvfile_column(&m->map, "name");
	m->m_treaty = csvfile_column(&m->map, "treaty");
	if (m->m_src < 0 || m->m_name < 0 || m->m_treaty < 0) {
		csvfile_release(&m->map);
		return ifc_fail(err, INFORCE_EINPUT, "unoda-treaties.csv", 1, NULL,
				"the header must name source, name, treaty");
	}
	if (!holds)
		return 0;
	if (csvfile_parse(&m->holds, holds, holds_len, "unoda-unconfirmed.csv", err)) {
		csvfile_release(&m->map);
		return -1;
	}
	m->have_holds = 1;
	m->h_src = csvfile_column(&m->holds, "source");
	m->h_name = csvfile_column(&m->holds, "name");
	m->h_treaty = csvfile_column(&m->holds, "treaty");
	m->h_act = csvfile_column(&m->holds, "act");
	m->h_date = csvfile_column(&m->holds, "date");
	if (m->h_src < 0 || m->h_name < 0 || m->h_treaty < 0 || m->h_act < 0 || m->h_date < 0) {
		csvfile_release(&m->map);
		csvfile_release(&m->holds);
		return ifc_fail(err, INFORCE_EINPUT, "unoda-unconfirmed.csv", 1, NULL,
				"the header must name source, name, treaty, act, date");
	}
	return 0;
}

static void release_maps(struct maps *m)
{
	csvfile_release(&m->map);
	if (m->have_holds)
		csvfile_release(&m->holds);
}

/* The treaty id the mapping gives a source's name, or NULL (not an error: the
 * caller decides). */
static const char *map_treaty(const struct maps *m, const char *source, const char *name)
{
	for (size_t r = 1; r < m->map.rows.len; r++) {
		const struct csv_row *row = VEC_AT(&m->map.rows, struct csv_row, r);
		if ((size_t)m->m_treaty < row->nfields && strcmp(row->fields[m->m_src], source) == 0 &&
		    strcmp(row->fields[m->m_name], name) == 0)
			return row->fields[m->m_treaty];
	}
	return NULL;
}

static int held_back(const struct maps *m, const char *source, const char *name,
		     const char *treaty, enum inforce_act_kind kind, inforce_day date)
{
	char d[INFORCE_DATE_BUFSZ];
	inforce_date_format(date, d);
	for (size_t r = 1; m->have_holds && r < m->holds.rows.len; r++) {
		const struct csv_row *row = VEC_AT(&m->holds.rows, struct csv_row, r);
		if ((size_t)m->h_date >= row->nfields)
			continue;
		if (strcmp(row->fields[m->h_src], source) == 0 &&
		    strcmp(row->fields[m->h_name], name) == 0 &&
		    ifc_strcasecmp(row->fields[m->h_treaty], treaty) == 0 &&
		    strcmp(row->fields[m->h_act], inforce_act_kind_name(kind)) == 0 &&
		    strcmp(row->fields[m->h_date], d) == 0)
			return 1;
	}
	return 0;
}

/* HTML entities the harvest left in state names ("C&ocirc;te d'Ivoire"). */
static const char *decode_name(struct pool *pool, const char *s)
{
	static const struct {
		const char *ent, *utf8;
	} ents[] = {{"&ocirc;", "\xC3\xB4"}, {"&eacute;", "\xC3\xA9"}, {"&amp;", "&"},
		    {"&#39;", "'"},          {"&rsquo;", "\xE2\x80\x99"}};
	struct sbuf b = {0};
	while (*s) {
		size_t i = 0;
		for (; i < sizeof ents / sizeof ents[0]; i++)
			if (strncmp(s, ents[i].ent, strlen(ents[i].ent)) == 0)
				break;
		if (i < sizeof ents / sizeof ents[0]) {
			sb_str(&b, ents[i].utf8);
			s += strlen(ents[i].ent);
		} else {
			sb_add(&b, s++, 1);
		}
	}
	const char *r = b.oom ? NULL : pool_strdup(pool, sb_cstr(&b));
	free(b.s);
	return r;
}

/* "Deposit of instruments of ratification" -> ratification; "Signature"; "Consent
 * to be bound" (a CCW protocol) -> ratification, as the UN's tables count it. */
static int action_kind(const char *a, enum inforce_act_kind *out)
{
	static const struct {
		const char *text;
		enum inforce_act_kind kind;
	} acts[] = {
		{"Signature", INFORCE_ACT_SIGNATURE},
		{"Deposit of instruments of ratification", INFORCE_ACT_RATIFICATION},
		{"Deposit of instruments of accession", INFORCE_ACT_ACCESSION},
		{"Deposit of instruments of succession", INFORCE_ACT_SUCCESSION},
		{"Deposit of instruments of acceptance", INFORCE_ACT_ACCEPTANCE},
		{"Deposit of instruments of approval", INFORCE_ACT_APPROVAL},
		{"Consent to be bound", INFORCE_ACT_RATIFICATION},
	};
	for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++)
		if (strcmp(a, acts[i].text) == 0) {
			*out = acts[i].kind;
			return 0;
		}
	return -1;
}

/* Whether the store holds a UN Treaty Collection record of the treaty. */
static int has_untc_record(const struct inforce_treaty *t)
{
	for (size_t i = 0; i < t->record_count; i++)
		if (strcmp(t->records[i]->series, "untc") == 0)
			return 1;
	return 0;
}

static int note_treaty(struct src_listing *out, const char *id)
{
	for (size_t i = 0; i < out->treaties.len; i++)
		if (*VEC_AT(&out->treaties, const char *, i) == id)
			return 0;
	const char **slot = vec_push(&out->treaties);
	if (!slot)
		return -1;
	*slot = id;
	return 0;
}

/* One row read: checked, mapped, added (or held back, or left to the UN's record). */
static int add_row(struct src_listing *out, const inforce_snapshot *cat, const struct maps *m,
		   const char *source_kind, const char *file, const char *state_name,
		   const char *treaty_name, const struct inforce_treaty *t, enum inforce_act_kind kind,
		   const char *date_s, const char *place, long line, inforce_error *err)
{
	inforce_day date;
	if (inforce_date_parse(date_s, strlen(date_s), &date))
		return ifc_fail(err, INFORCE_EINPUT, file, line, "date",
				"%s, %s: '%s' is not a real date in YYYY-MM-DD form", state_name,
				treaty_name, date_s);
	const struct state_rec *sr = states_lookup(&cat->states, state_name);
	if (!sr)
		return ifc_fail(err, INFORCE_EINPUT, file, line, "state",
				"unknown state name '%s' (add it to data/states.csv as a name or "
				"variant if it is one)",
				state_name);
	if (held_back(m, source_kind, state_name, t->def.id, kind, date)) {
		out->held_back++;
		return 0;
	}
	if (place && strcmp(place, "UN") == 0 && has_untc_record(t)) {
		out->left_to_untc++;
		return 0;
	}
	struct src_listed *r = vec_push(&out->rows);
	char cell[512];
	snprintf(cell, sizeof cell, "%s: %s %s%s%s", treaty_name, inforce_act_kind_name(kind),
		 date_s, place && place[0] ? " at " : "", place ? place : "");
	if (!r)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	r->treaty = t->def.id;
	r->iso3 = sr->iso3;
	r->participant = state_name;
	r->kind = kind;
	r->date = date;
	r->depositary = place ? pool_strdup(&out->pool, place) : "";
	r->cell = pool_strdup(&out->pool, cell);
	r->line = line;
	if (!r->depositary || !r->cell || note_treaty(out, t->def.id))
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	return 0;
}

int src_unoda_read(struct src_listing *out, const inforce_snapshot *cat, const char *buf,
		   size_t len, const char *file, const char *map, size_t map_len, const char *holds,
		   size_t holds_len, inforce_error *err)
{
	listing_init(out);
	if (len > MAX_JSON_BYTES)
		return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "larger than %zu bytes",
				MAX_JSON_BYTES);
	json_error_t je, again;
	json_t *root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &je);
	/* jansson reports an allocation that failed inside its lexer as a syntax error
	 * (it never hands back a partial tree). A second reading tells them apart: a
	 * file at fault fails the same way again; a failure that moves, or goes away,
	 * was the machine's. */
	int oom = !root && json_error_code(&je) == json_error_out_of_memory;
	if (!root && !oom) {
		root = json_loadb(buf, len, JSON_REJECT_DUPLICATES, &again);
		oom = !root && (json_error_code(&again) == json_error_out_of_memory ||
				again.line != je.line || again.column != je.column ||
				strcmp(again.text, je.text) != 0);
	}
	if (oom)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	if (!root || !json_is_object(root)) {
		json_decref(root);
		return ifc_fail(err, INFORCE_EINPUT, file, root ? 1 : je.line, NULL,
				"not the UNODA treaty database: %s",
				root ? "not a JSON object of states" : je.text);
	}
	struct maps m;
	if (read_maps(&m, map, map_len, holds, holds_len, err)) {
		json_decref(root);
		return -1;
	}
	int rc = 0;
	const char *sname;
	json_t *treaties;
	long line = 0; /* the position of an act in the harvest, for messages and sources */
	json_object_foreach(root, sname, treaties)
	{
		const char *state = decode_name(&out->pool, sname);
		const char *tname;
		json_t *tv;
		if (!state) {
			rc = ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
			break;
		}
		if (!json_is_object(treaties))
			continue;
		json_object_foreach(treaties, tname, tv)
		{
			if (!json_is_object(tv)) /* the harvester's own summary figures */
				continue;
			static const char *const sets[2][3] = {{"actions", "dates", "places"},
							       {"protocolactions", "protocoldates",
								"protocolnames"}};
			for (int set = 0; set < 2 && rc == 0; set++) {
				json_t *acts = json_object_get(tv, sets[set][0]);
				json_t *dates = json_object_get(tv, sets[set][1]);
				json_t *third = json_object_get(tv, sets[set][2]);
				if (!acts)
					continue;
				size_t na = json_array_size(acts);
				if (!json_is_array(acts) || json_array_size(dates) != na ||
				    (third && json_array_size(third) != na)) {
					rc = ifc_fail(err, INFORCE_EINPUT, file, 0, tname,
						      "%s: the lists of actions, dates and places "
						      "differ in length",
						      state);
					break;
				}
				for (size_t i = 0; rc == 0 && i < na; i++) {
					line++;
					const char *act = json_string_value(json_array_get(acts, i));
					const char *date = json_string_value(json_array_get(dates, i));
					const char *x = json_string_value(json_array_get(third, i));
					/* for a protocol, the third list names it and the depositary
					 * is the Convention's: the UN */
					const char *name = set ? x : tname, *place = set ? "UN" : x;
					enum inforce_act_kind kind;
					if (!act || !date || !name) {
						rc = ifc_fail(err, INFORCE_EINPUT, file, 0, tname,
							      "%s: an action without its date", state);
						break;
					}
					if (action_kind(act, &kind)) {
						rc = ifc_fail(err, INFORCE_EINPUT, file, 0, tname,
							      "%s: unknown action '%s'", state, act);
						break;
					}
					const char *id = map_treaty(&m, "unoda-db", name);
					const struct inforce_treaty *t =
						id ? (const struct inforce_treaty *)
							     inforce_snapshot_treaty(cat, id)
						   : NULL;
					if (!id) {
						rc = ifc_fail(err, INFORCE_EINPUT, file, 0, "treaty",
							      "'%s' is not in unoda-treaties.csv", name);
						break;
					}
					if (!t) {
						rc = ifc_fail(err, INFORCE_EINPUT, "unoda-treaties.csv",
							      0, "treaty",
							      "'%s' (for '%s') is not a treaty held", id,
							      name);
						break;
					}
					if (strcmp(id, "-") == 0)
						continue; /* a name mapped to nothing, on purpose */
					rc = add_row(out, cat, &m, "unoda-db", file, state, name, t, kind,
						     date, place, line, err);
				}
			}
			if (rc)
				break;
		}
		if (rc)
			break;
	}
	release_maps(&m);
	json_decref(root);
	if (rc)
		src_listing_release(out);
	return rc;
}

int src_parties_read(struct src_listing *out, const inforce_snapshot *cat, const char *buf,
		     size_t len, const char *file, const char *map, size_t map_len,
		     const char *holds, size_t holds_len, inforce_error *err)
{
	listing_init(out);
	struct csvfile cf;
	if (csvfile_parse(&cf, buf, len, file, err))
		return -1;
	struct maps m;
	if (read_maps(&m, map, map_len, holds, holds_len, err)) {
		csvfile_release(&cf);
		return -1;
	}
	static const char *const cols[] = {"country", "treaty", "signed", "joined", "mechanism",
					   "withdrew"};
	int c[6], rc = 0;
	for (int i = 0; i < 6 && rc == 0; i++)
		if ((c[i] = csvfile_column(&cf, cols[i])) < 0)
			rc = ifc_fail(err, INFORCE_EINPUT, file, 1, cols[i], "missing column");
	size_t width = cf.rows.len ? VEC_AT(&cf.rows, struct csv_row, 0)->nfields : 0;
	for (size_t r = 1; rc == 0 && r < cf.rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf.rows, struct csv_row, r);
		if (row->nfields != width) {
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
				      "%zu fields where the header has %zu", row->nfields, width);
			break;
		}
		char *const *f = row->fields;
		const char *id = map_treaty(&m, "parties", f[c[1]]);
		const struct inforce_treaty *t =
			id ? (const struct inforce_treaty *)inforce_snapshot_treaty(cat, id) : NULL;
		if (!t) {
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "treaty",
				      "'%s' is not a treaty held (see unoda-treaties.csv)", f[c[1]]);
			break;
		}
		const char *state = pool_strdup(&out->pool, f[c[0]]);
		if (!state) {
			rc = ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
			break;
		}
		if (f[c[2]][0])
			rc = add_row(out, cat, &m, "parties", file, state, f[c[1]], t,
				     INFORCE_ACT_SIGNATURE, f[c[2]], NULL, row->line, err);
		enum inforce_act_kind kind = INFORCE_ACT_RATIFICATION;
		const char *mech = f[c[4]];
		if (strcmp(mech, "acceded") == 0)
			kind = INFORCE_ACT_ACCESSION;
		else if (strcmp(mech, "inherited") == 0)
			kind = INFORCE_ACT_SUCCESSION;
		else if (strcmp(mech, "ratified") != 0 && rc == 0)
			rc = ifc_fail(err, INFORCE_EINPUT, file, row->line, "mechanism",
				      "'%s': ratified, acceded or inherited", mech);
		if (rc == 0 && f[c[3]][0])
			rc = add_row(out, cat, &m, "parties", file, state, f[c[1]], t, kind, f[c[3]],
				     NULL, row->line, err);
		/* `withdrew` marks Russia's 2023 revocation of its CTBT ratification, which
		 * is not a withdrawal from the treaty: the curated acts hold it */
		if (rc == 0 && f[c[5]][0])
			out->not_read++;
	}
	release_maps(&m);
	csvfile_release(&cf);
	if (rc)
		src_listing_release(out);
	return rc;
}

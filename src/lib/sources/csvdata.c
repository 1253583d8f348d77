/*
 * csvdata.c - the reader of the project's CSV formats: curated acts, armed-conflict
 * records, deadline extensions, group memberships and obligation records (the
 * formats are in data/SOURCES.md, data/RECORDS.md and data/GROUPS.md). A file's kind
 * is told by its header. Every field of every row is checked here, against the
 * catalogue where it names something, and a refusal names the file, the line and
 * the field; what is read is handed to the importer as acts or as rows for a
 * record table. Exports src_csv_read, src_csv_release, src_csv_kind_name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "sources.h"

const char *src_csv_kind_name(enum src_csv_kind kind)
{
	static const char *const names[] = {"actions", "conflicts", "extensions", "groups",
					    "obligations", "successions"};
	return (unsigned)kind < IFC_ARRAY_LEN(names) ? names[kind] : "?";
}

static const struct inforce_treaty *find_treaty(const inforce_snapshot *cat, const char *id)
{
	return (const struct inforce_treaty *)inforce_snapshot_treaty(cat, id);
}

/* Every field of every row: valid UTF-8 without control characters. */
static int check_text(const struct csvfile *cf, const char *file, inforce_error *err)
{
	const struct csv_row *h = VEC_AT(&cf->rows, struct csv_row, 0);
	for (size_t r = 0; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		for (size_t i = 0; i < row->nfields; i++) {
			const char *why = inforce_text_problem(row->fields[i]);
			if (why)
				return ifc_fail(err, INFORCE_EINPUT, file, row->line,
						i < h->nfields && r > 0 ? h->fields[i] : NULL,
						"the text %s", why);
		}
	}
	return 0;
}

static int width_ok(const struct csvfile *cf, const struct csv_row *row, const char *file,
		    inforce_error *err)
{
	size_t width = VEC_AT(&cf->rows, struct csv_row, 0)->nfields;
	if (row->nfields == width)
		return 0;
	return ifc_fail(err, INFORCE_EINPUT, file, row->line, NULL,
			"%zu fields where the header has %zu", row->nfields, width);
}

static int date_field(const char *s, const char *file, long line, const char *field,
		      inforce_day *out, inforce_error *err)
{
	if (inforce_date_parse(s, strlen(s), out) == 0)
		return 0;
	return ifc_fail(err, INFORCE_EINPUT, file, line, field,
			"'%s' is not a real date in YYYY-MM-DD form", s);
}

/* Column indexes, all required. */
static int columns(const struct csvfile *cf, const char *file, const char *const *names,
		   int *idx, size_t n, inforce_error *err)
{
	for (size_t i = 0; i < n; i++)
		if ((idx[i] = csvfile_column(cf, names[i])) < 0)
			return ifc_fail(err, INFORCE_EINPUT, file, 1, names[i], "missing column");
	return 0;
}

/* ------------------------------------------------------------------ acts */

static const char *const action_cols[] = {"treaty", "state_name", "iso3",  "action",
					  "date",   "effective_date", "source", "notes"};
enum { COL_TREATY, COL_NAME, COL_ISO3, COL_ACTION, COL_DATE, COL_EFFECTIVE, COL_SOURCE,
       COL_NOTES, COL_REQUIRED };

/* An optional column's value in a row, "" when the file has no such column. */
static const char *opt(const struct csv_row *row, int col)
{
	return col >= 0 ? row->fields[col] : "";
}

static int read_acts(struct src_csv *out, const inforce_snapshot *cat, const char *file,
		     inforce_error *err)
{
	const struct csvfile *cf = &out->cf;
	int col[COL_REQUIRED];
	for (int c = 0; c < COL_REQUIRED; c++)
		if ((col[c] = csvfile_column(cf, action_cols[c])) < 0)
			return ifc_fail(err, INFORCE_EINPUT, file, 1, action_cols[c],
					"missing column (the header must name treaty, state_name, "
					"iso3, action, date, effective_date, source, notes)");
	int col_sup = csvfile_column(cf, "supersedes"), col_known = csvfile_column(cf, "known");
	int col_dep = csvfile_column(cf, "depositary"), col_disp = csvfile_column(cf, "disputed");
	out->acts = pool_alloc(&out->pool, sizeof *out->acts * (out->n + 1));
	if (!out->acts)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		inforce_act *a = &out->acts[r - 1];
		long line = row->line;
		if (width_ok(cf, row, file, err))
			return -1;
		char *const *f = row->fields;
		const struct inforce_treaty *t = find_treaty(cat, f[col[COL_TREATY]]);
		if (!t)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "treaty",
					"unknown treaty '%s'", f[col[COL_TREATY]]);
		const char *iso3 = f[col[COL_ISO3]], *name = f[col[COL_NAME]];
		const struct state_rec *sr = iso3[0] ? states_by_iso3(&cat->states, iso3)
						     : states_lookup(&cat->states, name);
		if (!sr)
			return ifc_fail(err, INFORCE_EINPUT, file, line, iso3[0] ? "iso3" : "state_name",
					"unknown state '%s'", iso3[0] ? iso3 : name);
		if (name[0] && iso3[0]) {
			const struct state_rec *byname = states_lookup(&cat->states, name);
			if (!byname)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "state_name",
						"unknown state name '%s' (add it as a variant of %s "
						"in states.csv if it is one)",
						name, iso3);
			if (byname != sr)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "state_name",
						"'%s' is %s, but iso3 says %s", name, byname->iso3,
						iso3);
		}
		if (inforce_act_kind_parse(f[col[COL_ACTION]], &a->kind))
			return ifc_fail(err, INFORCE_EINPUT, file, line, "action",
					"unknown action '%s'", f[col[COL_ACTION]]);
		if (date_field(f[col[COL_DATE]], file, line, "date", &a->date, err))
			return -1;
		const char *e = f[col[COL_EFFECTIVE]];
		a->stated_effective = INFORCE_DAY_NONE;
		if (e[0] && date_field(e, file, line, "effective_date", &a->stated_effective, err))
			return -1;
		if (!f[col[COL_SOURCE]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, line, "source",
					"every action needs its source (a URL or a citation)");
		const char *sup = opt(row, col_sup);
		if (sup[0]) {
			char *end;
			long long id = strtoll(sup, &end, 10);
			if (*end || id <= 0)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "supersedes",
						"'%s' is not an action id", sup);
			a->supersedes = id;
		}
		a->known = INFORCE_DAY_NONE;
		const char *k = opt(row, col_known);
		if (k[0]) {
			if (date_field(k, file, line, "known", &a->known, err))
				return -1;
			if (a->known < a->date)
				return ifc_fail(err, INFORCE_EINPUT, file, line, "known",
						"'%s' is before the act's own date", k);
		}
		const char *dep = opt(row, col_dep);
		if (strlen(dep) > 64)
			return ifc_fail(err, INFORCE_EINPUT, file, line, "depositary",
					"'%.40s...' is longer than 64 bytes: name the capital or "
					"organisation (UN, London, Washington, OAS ...)",
					dep);
		a->treaty = t->def.id;
		a->iso3 = sr->iso3;
		a->state_name = pool_strdup(&out->pool, name[0] ? name : sr->name);
		a->source = pool_strdup(&out->pool, f[col[COL_SOURCE]]);
		a->notes = pool_strdup(&out->pool, f[col[COL_NOTES]]);
		a->depositary = pool_strdup(&out->pool, dep);
		a->disputed = pool_strdup(&out->pool, opt(row, col_disp));
		a->cn = "";
		a->file = file;
		a->line = line;
		if (!a->state_name || !a->source || !a->notes || !a->depositary || !a->disputed)
			return ifc_fail(err, INFORCE_ERUNTIME, file, line, NULL, "out of memory");
	}
	return 0;
}

/* ------------------------------------------------------------------ record tables */

/* Starts out->table with `cols` (the store's column names) for every row. */
static int table_init(struct src_csv *out, const char *table, const char *const *cols,
		      size_t ncols, inforce_error *err)
{
	struct src_table *t = &out->table;
	t->table = table;
	t->columns = cols;
	t->ncols = ncols;
	t->nrows = out->n;
	t->cells = pool_alloc(&out->pool, sizeof *t->cells * (out->n * ncols + 1));
	long *lines = pool_alloc(&out->pool, sizeof *lines * (out->n + 1));
	t->lines = lines;
	for (size_t r = 0; lines && r < out->n; r++)
		lines[r] = VEC_AT(&out->cf.rows, struct csv_row, r + 1)->line;
	if (!t->cells || !lines)
		return ifc_fail(err, INFORCE_ERUNTIME, out->name, 0, NULL, "out of memory");
	return 0;
}

/* "YYYY-MM-DD", or "YYYY-MM" (month precision: its first or last day). */
static int parse_period_day(const char *t, int last, inforce_day *out)
{
	size_t n = strlen(t);
	if (n == 10)
		return inforce_date_parse(t, n, out);
	char full[11];
	if (n != 7)
		return -1;
	snprintf(full, sizeof full, "%s-01", t);
	if (inforce_date_parse(full, 10, out))
		return -1;
	if (last)
		*out = inforce_date_add_days(inforce_date_add_months(*out, 1), -1);
	return 0;
}

static int read_conflicts(struct src_csv *out, const inforce_snapshot *cat, const char *file,
			  inforce_error *err)
{
	static const char *const names[] = {"iso3", "kind", "start", "end", "source", "notes"};
	static const char *const store_cols[] = {"iso3",   "kind",  "start_text", "end_text",
						 "source", "notes", "supersedes"};
	const struct csvfile *cf = &out->cf;
	int c[6];
	if (columns(cf, file, names, c, 6, err) ||
	    table_init(out, "armed_conflict", store_cols, 7, err))
		return -1;
	int sup = csvfile_column(cf, "supersedes");
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		inforce_day a, b = INFORCE_DAY_NONE;
		if (width_ok(cf, row, file, err))
			return -1;
		if (!states_by_iso3(&cat->states, f[c[0]]))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
					"unknown state '%s'", f[c[0]]);
		if (strcmp(f[c[1]], "armed-conflict") != 0 && strcmp(f[c[1]], "occupation") != 0)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "kind",
					"'%s': use 'armed-conflict' or 'occupation'", f[c[1]]);
		if (parse_period_day(f[c[2]], 0, &a))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "start",
					"'%s' is not a real date (YYYY-MM-DD or YYYY-MM)", f[c[2]]);
		if (f[c[3]][0] && parse_period_day(f[c[3]], 1, &b))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "end",
					"'%s' is not a real date (YYYY-MM-DD, YYYY-MM, or empty "
					"while the conflict goes on)",
					f[c[3]]);
		if (b != INFORCE_DAY_NONE && b < a)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "end",
					"'%s' is before the start '%s'", f[c[3]], f[c[2]]);
		if (!f[c[4]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every record needs its source");
		const char *s = opt(row, sup);
		if (s[0]) {
			char *end;
			long long id = strtoll(s, &end, 10);
			int found = 0;
			for (size_t i = 0; i < cat->conflict_count; i++)
				found |= cat->conflicts[i].id == id;
			if (*end || !found)
				return ifc_fail(err, INFORCE_EINPUT, file, row->line, "supersedes",
						"no current armed-conflict record with id '%s'", s);
		}
		const char **cells = out->table.cells + (r - 1) * 7;
		for (int i = 0; i < 6; i++)
			cells[i] = f[c[i]];
		cells[6] = s[0] ? s : NULL;
	}
	return 0;
}

static int has_obligation(const struct treatydef *td, const char *name)
{
	for (size_t i = 0; i < td->obligations.len; i++)
		if (strcmp(VEC_AT(&td->obligations, struct obligation, i)->name, name) == 0)
			return 1;
	return 0;
}

/* A row's treaty, state and obligation, checked; the treaty's stored id in *id. */
static int obligation_of(const inforce_snapshot *cat, const struct csv_row *row, const int *c,
			 const char *file, const char **id, inforce_error *err)
{
	char *const *f = row->fields;
	const struct inforce_treaty *t = find_treaty(cat, f[c[0]]);
	if (!t)
		return ifc_fail(err, INFORCE_EINPUT, file, row->line, "treaty", "unknown treaty '%s'",
				f[c[0]]);
	if (!states_by_iso3(&cat->states, f[c[1]]))
		return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3", "unknown state '%s'",
				f[c[1]]);
	if (!has_obligation(&t->def, f[c[2]]))
		return ifc_fail(err, INFORCE_EINPUT, file, row->line, "obligation",
				"treaty %s has no obligation '%s'", t->def.id, f[c[2]]);
	*id = t->def.id;
	return 0;
}

static int read_extensions(struct src_csv *out, const inforce_snapshot *cat, const char *file,
			   inforce_error *err)
{
	static const char *const names[] = {"treaty", "iso3", "obligation", "deadline", "source",
					    "notes"};
	const struct csvfile *cf = &out->cf;
	int c[6];
	if (columns(cf, file, names, c, 6, err) ||
	    table_init(out, "deadline_extension", names, 6, err))
		return -1;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		const char *id;
		inforce_day d;
		if (width_ok(cf, row, file, err) || obligation_of(cat, row, c, file, &id, err) ||
		    date_field(f[c[3]], file, row->line, "deadline", &d, err))
			return -1;
		if (!f[c[4]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every record needs its source");
		const char **cells = out->table.cells + (r - 1) * 6;
		cells[0] = id;
		for (int i = 1; i < 6; i++)
			cells[i] = f[c[i]];
	}
	return 0;
}

static int read_obligations(struct src_csv *out, const inforce_snapshot *cat, const char *file,
			    inforce_error *err)
{
	static const char *const names[] = {"treaty", "iso3", "obligation", "record", "date",
					    "deadline", "source", "notes"};
	static const char *const records[] = {"applies", "not_applicable", "completed",
					      "extended"};
	const struct csvfile *cf = &out->cf;
	int c[8];
	if (columns(cf, file, names, c, 8, err) ||
	    table_init(out, "obligation_record", names, 8, err))
		return -1;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		const char *id;
		inforce_day d;
		if (width_ok(cf, row, file, err) || obligation_of(cat, row, c, file, &id, err))
			return -1;
		int known = 0;
		for (size_t k = 0; k < IFC_ARRAY_LEN(records); k++)
			known |= strcmp(f[c[3]], records[k]) == 0;
		if (!known)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "record",
					"'%s': use applies, not_applicable, completed or extended",
					f[c[3]]);
		if (f[c[4]][0] && date_field(f[c[4]], file, row->line, "date", &d, err))
			return -1;
		if (f[c[5]][0] && date_field(f[c[5]], file, row->line, "deadline", &d, err))
			return -1;
		if (f[c[5]][0] && strcmp(f[c[3]], "extended") != 0)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "deadline",
					"only an 'extended' record sets a new deadline");
		if (!f[c[6]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every record needs its source");
		const char **cells = out->table.cells + (r - 1) * 8;
		cells[0] = id;
		for (int i = 1; i < 8; i++)
			cells[i] = f[c[i]];
	}
	return 0;
}

static int read_groups(struct src_csv *out, const inforce_snapshot *cat, const char *file,
		       inforce_error *err)
{
	static const char *const names[] = {"group", "iso3", "state_name", "joined", "left",
					    "source"};
	static const char *const store_cols[] = {"grp",    "iso3",    "state_name",
						 "joined", "left_on", "source"};
	const struct csvfile *cf = &out->cf;
	int c[6];
	if (columns(cf, file, names, c, 6, err) ||
	    table_init(out, "group_member", store_cols, 6, err))
		return -1;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		inforce_day a = INFORCE_DAY_NONE, b = INFORCE_DAY_NONE;
		if (width_ok(cf, row, file, err))
			return -1;
		if (!f[c[0]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "group", "empty group");
		const struct state_rec *sr = states_by_iso3(&cat->states, f[c[1]]);
		if (!sr)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
					"unknown state '%s'", f[c[1]]);
		if (f[c[2]][0] && states_lookup(&cat->states, f[c[2]]) != sr)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "state_name",
					"'%s' is not a name of %s", f[c[2]], f[c[1]]);
		if ((f[c[3]][0] && date_field(f[c[3]], file, row->line, "joined", &a, err)) ||
		    (f[c[4]][0] && date_field(f[c[4]], file, row->line, "left", &b, err)))
			return -1;
		if (a != INFORCE_DAY_NONE && b != INFORCE_DAY_NONE && b < a)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "left",
					"'%s' is before joined '%s'", f[c[4]], f[c[3]]);
		if (!f[c[5]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every membership needs its source");
		const char **cells = out->table.cells + (r - 1) * 6;
		for (int i = 0; i < 6; i++)
			cells[i] = f[c[i]];
	}
	return 0;
}

/* Successions of States: who ceased to exist on a day (former), who succeeded whom
 * from a day (successor), who continues whom (continuation). */
static int read_successions(struct src_csv *out, const inforce_snapshot *cat, const char *file,
			    inforce_error *err)
{
	static const char *const names[] = {"iso3", "kind", "predecessor", "date", "source",
					    "notes"};
	const struct csvfile *cf = &out->cf;
	int c[6];
	if (columns(cf, file, names, c, 6, err) || table_init(out, "succession", names, 6, err))
		return -1;
	for (size_t r = 1; r < cf->rows.len; r++) {
		const struct csv_row *row = VEC_AT(&cf->rows, struct csv_row, r);
		char *const *f = row->fields;
		inforce_day d;
		if (width_ok(cf, row, file, err))
			return -1;
		if (!states_by_iso3(&cat->states, f[c[0]]))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "iso3",
					"unknown state '%s'", f[c[0]]);
		int former = strcmp(f[c[1]], "former") == 0;
		if (!former && strcmp(f[c[1]], "successor") != 0 &&
		    strcmp(f[c[1]], "continuation") != 0)
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "kind",
					"'%s': use former, successor or continuation", f[c[1]]);
		if (former ? f[c[2]][0] != '\0' : !states_by_iso3(&cat->states, f[c[2]]))
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "predecessor",
					former ? "'%s': a former state names no predecessor"
					       : "unknown state '%s'",
					f[c[2]]);
		if (date_field(f[c[3]], file, row->line, "date", &d, err))
			return -1;
		if (!f[c[4]][0])
			return ifc_fail(err, INFORCE_EINPUT, file, row->line, "source",
					"every record needs its source");
		const char **cells = out->table.cells + (r - 1) * 6;
		for (int i = 0; i < 6; i++)
			cells[i] = f[c[i]];
	}
	return 0;
}

/* ------------------------------------------------------------------ the file */

int src_csv_read(struct src_csv *out, const inforce_snapshot *cat, const char *buf, size_t len,
		 const char *name, inforce_error *err)
{
	memset(out, 0, sizeof *out);
	pool_init(&out->pool);
	out->name = name;
	if (csvfile_parse(&out->cf, buf, len, name, err)) {
		pool_release(&out->pool);
		return -1;
	}
	const struct csvfile *cf = &out->cf;
	int rc = 0;
	if (cf->rows.len == 0) {
		rc = ifc_fail(err, INFORCE_EINPUT, name, 1, NULL, "empty file: no header row");
	} else {
		out->n = cf->rows.len - 1;
		rc = check_text(cf, name, err);
	}
	if (rc == 0) {
		if (csvfile_column(cf, "group") >= 0) {
			out->kind = SRC_CSV_GROUPS;
			rc = read_groups(out, cat, name, err);
		} else if (csvfile_column(cf, "action") >= 0 ||
			   csvfile_column(cf, "state_name") >= 0) {
			out->kind = SRC_CSV_ACTIONS;
			rc = read_acts(out, cat, name, err);
		} else if (csvfile_column(cf, "kind") >= 0 && csvfile_column(cf, "start") >= 0) {
			out->kind = SRC_CSV_CONFLICTS;
			rc = read_conflicts(out, cat, name, err);
		} else if (csvfile_column(cf, "predecessor") >= 0) {
			out->kind = SRC_CSV_SUCCESSIONS;
			rc = read_successions(out, cat, name, err);
		} else if (csvfile_column(cf, "record") >= 0 &&
			   csvfile_column(cf, "obligation") >= 0) {
			out->kind = SRC_CSV_OBLIGATIONS;
			rc = read_obligations(out, cat, name, err);
		} else if (csvfile_column(cf, "obligation") >= 0) {
			out->kind = SRC_CSV_EXTENSIONS;
			rc = read_extensions(out, cat, name, err);
		} else {
			out->kind = SRC_CSV_ACTIONS; /* names the missing column */
			rc = read_acts(out, cat, name, err);
		}
	}
	if (rc)
		src_csv_release(out);
	return rc;
}

void src_csv_release(struct src_csv *c)
{
	if (!c)
		return;
	csvfile_release(&c->cf);
	pool_release(&c->pool);
	memset(c, 0, sizeof *c);
}

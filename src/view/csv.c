/*
 * csv.c - the export tables (treaties, states, actions, statuses): column
 * definitions, rows and CSV output, shared by `inforce export` and the HTTP API
 * (see csv.h). The columns and rows were moved here from src/cli/cmd_export.c so
 * that both front ends write the same columns from one definition.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "view.h"

static const struct view_column treaty_cols[] = {
	{"id", VIEW_COL_STRING, "inforce id (lower case)"},
	{"untc", VIEW_COL_STRING, "UN Treaty Collection MTDSG reference"},
	{"short_name", VIEW_COL_STRING, "short name"},
	{"title", VIEW_COL_STRING, "full title"},
	{"adopted", VIEW_COL_DATE, "date of adoption"},
	{"opened_for_signature", VIEW_COL_DATE, "date opened for signature"},
	{"depositary", VIEW_COL_STRING, "depositary, with the article"},
	{"tags", VIEW_COL_STRING, "space-separated categories"},
	{"entry_into_force", VIEW_COL_DATE, "computed from the deposits and the treaty's rule"},
	{"published_entry_into_force", VIEW_COL_DATE, "as the sources publish it, for checking"},
	{"source", VIEW_COL_STRING, "where the metadata and rules were read"},
};
static const struct view_column state_cols[] = {
	{"iso3", VIEW_COL_STRING, "ISO 3166-1 alpha-3 (ISO 3166-3 for former states)"},
	{"name", VIEW_COL_STRING, "name as the UN Treaty Collection uses it"},
	{"kind", VIEW_COL_STRING, "state, former or organisation"},
};
static const struct view_column act_cols[] = {
	{"id", VIEW_COL_INT, "store row id"},
	{"treaty", VIEW_COL_STRING, "treaty id"},
	{"iso3", VIEW_COL_STRING, "ISO 3166-1 alpha-3"},
	{"state_name", VIEW_COL_STRING, "the name as the source wrote it"},
	{"action", VIEW_COL_STRING, "kind of act"},
	{"date", VIEW_COL_DATE, "date the depositary received it (signature: date signed)"},
	{"stated_effective", VIEW_COL_DATE, "effective date a source states, for checking only"},
	{"known", VIEW_COL_DATE, "when it became known, if recorded"},
	{"source", VIEW_COL_STRING, "URL or citation"},
	{"notes", VIEW_COL_STRING, "notes"},
	{"recorded_at", VIEW_COL_STRING, "when the store recorded it (UTC)"},
};
static const struct view_column status_cols[] = {
	{"treaty", VIEW_COL_STRING, "treaty id"},
	{"on", VIEW_COL_DATE, "the date the status is computed for"},
	{"iso3", VIEW_COL_STRING, "ISO 3166-1 alpha-3"},
	{"name", VIEW_COL_STRING, "state name"},
	{"status", VIEW_COL_STRING, "signatory, contracting, party or withdrawn"},
	{"signature", VIEW_COL_DATE, "date of signature"},
	{"consent_kind", VIEW_COL_STRING, "ratification, accession, ..."},
	{"consent_date", VIEW_COL_DATE, "date the instrument was deposited"},
	{"entry_into_force", VIEW_COL_DATE, "computed; empty when not in force or unknown"},
	{"entry_into_force_unknown", VIEW_COL_BOOL, "in force, but the date is not in the data"},
	{"withdrawal_notified", VIEW_COL_DATE, "date the withdrawal was notified"},
	{"withdrawal_effective", VIEW_COL_DATE, "computed; empty while delayed by a recorded conflict"},
	{"withdrawal_pending", VIEW_COL_BOOL, "party with a withdrawal not yet in effect"},
};

#define NCOLS(a) (sizeof a / sizeof a[0])

static const struct view_table tables[VIEW_TABLE_COUNT] = {
	[VIEW_TABLE_TREATIES] = {"treaties", treaty_cols, NCOLS(treaty_cols)},
	[VIEW_TABLE_STATES] = {"states", state_cols, NCOLS(state_cols)},
	[VIEW_TABLE_ACTIONS] = {"actions", act_cols, NCOLS(act_cols)},
	[VIEW_TABLE_STATUSES] = {"statuses", status_cols, NCOLS(status_cols)},
};

const struct view_table *view_tables(void)
{
	return tables;
}

int view_table_find(const char *name)
{
	for (int i = 0; i < VIEW_TABLE_COUNT; i++)
		if (strcmp(tables[i].name, name) == 0)
			return i;
	return -1;
}

/* A date, or "" when there is none. */
static const char *day_or_empty(inforce_day d, char buf[INFORCE_DATE_BUFSZ])
{
	if (d == INFORCE_DAY_NONE) {
		buf[0] = '\0';
		return buf;
	}
	return inforce_date_format(d, buf);
}

static int treaty_rows(const inforce_treaty *t, inforce_day on, unsigned which, view_row_fn fn,
		       void *cls, inforce_error *err)
{
	char b[8][INFORCE_DATE_BUFSZ], id[32];
	view_lower(inforce_treaty_id(t), id, sizeof id);
	if (which & (1u << VIEW_TABLE_TREATIES)) {
		const char *v[] = {id,
				   inforce_treaty_meta(t, "untc"),
				   inforce_treaty_meta(t, "short_name"),
				   inforce_treaty_meta(t, "title"),
				   inforce_treaty_meta(t, "adopted"),
				   inforce_treaty_meta(t, "opened_for_signature"),
				   inforce_treaty_meta(t, "depositary"),
				   inforce_treaty_meta(t, "tags"),
				   day_or_empty(inforce_treaty_eif(t)->date, b[0]),
				   inforce_treaty_meta(t, "published_entry_into_force"),
				   inforce_treaty_meta(t, "source")};
		fn(cls, VIEW_TABLE_TREATIES, v);
	}
	if (!(which & (1u << VIEW_TABLE_STATUSES)))
		return 0;
	size_t n;
	inforce_standing *st = inforce_status_treaty(t, on, &n, NULL, err);
	if (!st)
		return -1;
	for (size_t k = 0; k < n; k++) {
		const inforce_standing *s = &st[k];
		const char *w[] = {id,
				   inforce_date_format(on, b[1]),
				   s->iso3,
				   s->name,
				   inforce_status_name(s->status),
				   day_or_empty(s->signature, b[2]),
				   s->consent != INFORCE_DAY_NONE ? inforce_act_kind_name(s->consent_kind)
								  : "",
				   day_or_empty(s->consent, b[3]),
				   day_or_empty(s->entry_into_force, b[4]),
				   s->eif_unknown ? "true" : "false",
				   day_or_empty(s->withdrawal_notified, b[5]),
				   day_or_empty(s->withdrawal_effective, b[6]),
				   s->withdrawal_pending ? "true" : "false"};
		fn(cls, VIEW_TABLE_STATUSES, w);
	}
	free(st);
	return 0;
}

int view_table_rows(const inforce_snapshot *snap, inforce_day on, unsigned which,
		    view_row_fn fn, void *cls, inforce_error *err)
{
	char b[3][INFORCE_DATE_BUFSZ], id[32], num[32];
	if (which & ((1u << VIEW_TABLE_TREATIES) | (1u << VIEW_TABLE_STATUSES)))
		for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++)
			if (treaty_rows(inforce_snapshot_treaty_at(snap, i), on, which, fn, cls, err))
				return -1;
	if (which & (1u << VIEW_TABLE_STATES))
		for (size_t i = 0; i < inforce_snapshot_state_count(snap); i++) {
			const char *iso3, *name, *kind;
			inforce_snapshot_state_at(snap, i, &iso3, &name, &kind);
			const char *v[] = {iso3, name, kind};
			fn(cls, VIEW_TABLE_STATES, v);
		}
	if (which & (1u << VIEW_TABLE_ACTIONS))
		for (size_t i = 0; i < inforce_snapshot_act_count(snap); i++) {
			const inforce_act *a = inforce_snapshot_act_at(snap, i);
			snprintf(num, sizeof num, "%lld", (long long)a->id);
			const char *v[] = {num,
					   view_lower(a->treaty, id, sizeof id),
					   a->iso3,
					   a->state_name,
					   inforce_act_kind_name(a->kind),
					   day_or_empty(a->date, b[0]),
					   day_or_empty(a->stated_effective, b[1]),
					   day_or_empty(a->known, b[2]),
					   a->source,
					   a->notes,
					   a->recorded_at};
			fn(cls, VIEW_TABLE_ACTIONS, v);
		}
	return 0;
}

static const struct view_column panel_cols[] = {
	{"year", VIEW_COL_INT, "the year"},
	{"on", VIEW_COL_DATE, "the day of the year the status is computed for"},
	{"treaty", VIEW_COL_STRING, "treaty id"},
	{"iso3", VIEW_COL_STRING, "ISO 3166-1 alpha-3 (ISO 3166-3 for former states)"},
	{"name", VIEW_COL_STRING, "state name"},
	{"status", VIEW_COL_STRING, "signatory, contracting, party or withdrawn on that day"},
	{"party", VIEW_COL_BOOL, "the treaty is in force for it on that day"},
	{"withdrawal_pending", VIEW_COL_BOOL, "party with a withdrawal not yet in effect"},
	{"data_as_of", VIEW_COL_DATE, "how current the treaty's data is"},
	{"held", VIEW_COL_BOOL, "false when the day is after data_as_of: later acts are not held"},
};
static const struct view_table panel_table = {"panel", panel_cols, NCOLS(panel_cols)};

const struct view_table *view_panel_table(void)
{
	return &panel_table;
}

/* Whether the space-separated tags hold `tag`. */
static int tagged(const char *tags, const char *tag)
{
	size_t n = strlen(tag);
	for (const char *p = tags ? tags : ""; (p = strstr(p, tag)); p += n)
		if ((p == tags || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

int view_panel_rows(const inforce_snapshot *snap, const struct view_panel *p, view_row_fn fn,
		    void *cls, inforce_error *err)
{
	const inforce_treaty *only = p->treaty ? inforce_snapshot_treaty(snap, p->treaty) : NULL;
	char year[16], on_s[INFORCE_DATE_BUFSZ], asof[INFORCE_DATE_BUFSZ], id[32];
	for (int y = p->from_year; y <= p->to_year; y++) {
		int d = p->day;
		if (!inforce_date_valid(y, p->month, d))
			d = 28; /* 29 February in a common year */
		inforce_day on = inforce_date_from_ymd(y, p->month, d);
		size_t n;
		inforce_cell *cells = inforce_cross_section(snap, on, &n, err);
		if (!cells)
			return -1;
		snprintf(year, sizeof year, "%d", y);
		inforce_date_format(on, on_s);
		const inforce_treaty *t = NULL;
		for (size_t i = 0; i < n; i++) {
			const inforce_cell *c = &cells[i];
			if (!t || strcmp(inforce_treaty_id(t), c->treaty) != 0)
				t = inforce_snapshot_treaty(snap, c->treaty);
			if (!t || (only && t != only) ||
			    (p->tag && !tagged(inforce_treaty_meta(t, "tags"), p->tag)))
				continue;
			inforce_day as_of = inforce_treaty_data_as_of(t);
			const char *name = inforce_snapshot_state_name(snap, c->iso3);
			const char *v[] = {year,
					   on_s,
					   view_lower(c->treaty, id, sizeof id),
					   c->iso3,
					   name ? name : c->iso3,
					   inforce_status_name(c->status),
					   c->status == INFORCE_ST_PARTY ? "true" : "false",
					   c->withdrawal_pending ? "true" : "false",
					   day_or_empty(as_of, asof),
					   as_of != INFORCE_DAY_NONE && on <= as_of ? "true" : "false"};
			fn(cls, -1, v);
		}
		free(cells);
	}
	return 0;
}

/* Whether a spreadsheet would run the field as a formula (=, +, @, a tab or CR
 * first; a '-' not starting a number): OWASP's CSV injection. */
static int formula_like(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '@' || s[0] == '\t' || s[0] == '\r' ||
	       (s[0] == '-' && !(s[1] >= '0' && s[1] <= '9'));
}

void view_csv_field(FILE *f, const char *s, int first)
{
	if (!first)
		fputc(',', f);
	if (!s)
		return;
	/* neutralised with a leading apostrophe, inside quotes, so that a spreadsheet
	 * shows it as text; no value inforce writes starts so otherwise */
	int neutral = formula_like(s);
	if (!neutral && !strpbrk(s, ",\"\r\n")) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	if (neutral)
		fputc('\'', f);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

struct csv_out {
	FILE *f;
	size_t ncols;
};

static void csv_row(void *cls, int table, const char *const *v)
{
	const struct csv_out *o = cls;
	(void)table;
	for (size_t i = 0; i < o->ncols; i++)
		view_csv_field(o->f, v[i], i == 0);
	fputc('\n', o->f);
}

int view_table_csv(FILE *out, const inforce_snapshot *snap, int table, inforce_day on,
		   inforce_error *err)
{
	if (table < 0 || table >= VIEW_TABLE_COUNT) {
		if (err) {
			err->kind = INFORCE_EINPUT;
			snprintf(err->msg, sizeof err->msg, "no such table");
		}
		return -1;
	}
	const struct view_table *t = &tables[table];
	struct csv_out o = {out, t->ncols};
	for (size_t i = 0; i < t->ncols; i++)
		view_csv_field(out, t->cols[i].name, i == 0);
	fputc('\n', out);
	return view_table_rows(snap, on, 1u << table, csv_row, &o, err);
}

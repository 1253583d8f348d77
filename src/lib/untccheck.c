/*
 * untccheck.c - `inforce check-untc`: each record of the UN Treaty Collection held
 * (the XML files, the HTML pages), its published Signatories, Parties and entry into
 * force against what inforce computes on that record's own "status as at" date, with
 * the differences that data/untc-differences.csv explains. Exports inforce_untc_check.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static int oom(inforce_error *err, const char *file)
{
	return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
}

/* ------------------------------------------------------------ cross-check */

/* The signatures that a record's table shows in brackets ("no longer stands"):
 * stored when an end note gives the withdrawal that ended them, and not counted in
 * the record's published Signatories; and those only its end notes tell (Canada's
 * first signature of the UNCCD), which the table, and so the count, leave out. Their
 * states' ISO3 and dates, up to max; the count. */
static size_t bracketed_signatures(sqlite3_stmt *st, int64_t import_id, const char **iso3,
				   inforce_day *date, size_t max, struct pool *pool)
{
	size_t n = 0;
	sqlite3_reset(st);
	sqlite3_bind_int64(st, 1, import_id);
	while (n < max && sqlite3_step(st) == SQLITE_ROW) {
		const char *d = (const char *)sqlite3_column_text(st, 1);
		iso3[n] = pool_strdup(pool, (const char *)sqlite3_column_text(st, 0));
		if (iso3[n] && d && inforce_date_parse(d, strlen(d), &date[n]) == 0)
			n++;
	}
	return n;
}

/* Which of a row's figures differ: 1 signatories, 2 parties, 4 entry into force. */
static int differing(const inforce_untc_row *r)
{
	if (r->rows == 0)
		return 0; /* no participant table: nothing to count */
	return (r->published_signatories >= 0 &&
		r->published_signatories != r->computed_signatories) |
	       (r->published_parties >= 0 && r->published_parties != r->computed_parties) << 1 |
	       (r->has_rule && r->published_eif != INFORCE_DAY_NONE &&
		r->published_eif != r->computed_eif)
		       << 2;
}

static int parse_int(const char *s, int *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (!*s || *end || v < 0 || v > 100000)
		return -1;
	*out = (int)v;
	return 0;
}

#define EXPLAINED_MAX_BYTES (4u << 20)

/* Marks the differences that the CSV at `path` explains (see inforce.h). */
static int explain_rows(const char *path, inforce_untc_row *rows, size_t n, inforce_error *err)
{
	static const char *const cols[] = {"reference", "figure", "published", "computed",
					   "explanation", "source"};
	size_t len;
	char *buf = ifc_read_file(path, EXPLAINED_MAX_BYTES, &len, err);
	if (!buf)
		return -1;
	struct csvfile cf;
	int rc = csvfile_parse(&cf, buf, len, path, err);
	free(buf);
	if (rc)
		return -1;
	int idx[6];
	for (size_t i = 0; i < 6 && rc == 0; i++)
		if ((idx[i] = csvfile_column(&cf, cols[i])) < 0)
			rc = ifc_fail(err, INFORCE_EINPUT, path, 1, cols[i], "missing column");
	const struct csv_row *h = VEC_AT(&cf.rows, struct csv_row, 0);
	int col_at = csvfile_column(&cf, "as_at");
	int *explained = calloc(n, sizeof *explained); /* per row: the figures explained */
	if (!explained)
		rc = oom(err, path);
	for (size_t k = 1; rc == 0 && k < cf.rows.len; k++) {
		const struct csv_row *row = VEC_AT(&cf.rows, struct csv_row, k);
		if (row->nfields != h->nfields) {
			rc = ifc_fail(err, INFORCE_EINPUT, path, row->line, NULL,
				      "%zu fields where the header has %zu", row->nfields, h->nfields);
			break;
		}
		char **f = row->fields;
		const char *fig = f[idx[1]], *pub = f[idx[2]], *comp = f[idx[3]];
		int bit = strcmp(fig, "signatories") == 0        ? 1
			  : strcmp(fig, "parties") == 0          ? 2
			  : strcmp(fig, "entry_into_force") == 0 ? 4
								 : 0;
		int pi = 0, ci = 0;
		inforce_day pd = INFORCE_DAY_NONE, cd = INFORCE_DAY_NONE;
		if (!bit)
			rc = ifc_fail(err, INFORCE_EINPUT, path, row->line, "figure",
				      "'%s' is not signatories, parties or entry_into_force", fig);
		else if (bit == 4 ? inforce_date_parse(pub, strlen(pub), &pd) != 0
				  : parse_int(pub, &pi) != 0)
			rc = ifc_fail(err, INFORCE_EINPUT, path, row->line, "published",
				      "'%s' is not a %s", pub, bit == 4 ? "date" : "count");
		else if (bit == 4 ? inforce_date_parse(comp, strlen(comp), &cd) != 0
				  : parse_int(comp, &ci) != 0)
			rc = ifc_fail(err, INFORCE_EINPUT, path, row->line, "computed",
				      "'%s' is not a %s", comp, bit == 4 ? "date" : "count");
		else if (!f[idx[4]][0] || !f[idx[5]][0])
			rc = ifc_fail(err, INFORCE_EINPUT, path, row->line,
				      f[idx[4]][0] ? "source" : "explanation", "empty");
		for (size_t i = 0; rc == 0 && i < n; i++) {
			inforce_untc_row *r = &rows[i];
			if (strcmp(r->reference, f[idx[0]]) != 0 || !(differing(r) & bit))
				continue;
			inforce_day at;
			if (col_at >= 0 && f[col_at][0] &&
			    (inforce_date_parse(f[col_at], strlen(f[col_at]), &at) || at != r->as_at))
				continue;
			int same = bit == 1   ? r->published_signatories == pi &&
							r->computed_signatories == ci
				   : bit == 2 ? r->published_parties == pi && r->computed_parties == ci
					      : r->published_eif == pd && r->computed_eif == cd;
			if (!same)
				continue;
			explained[i] |= bit;
			size_t used = strlen(r->explanation);
			snprintf(r->explanation + used, sizeof r->explanation - used, "%s%s: %s",
				 used ? " " : "", fig, f[idx[4]]);
		}
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		int left = differing(&rows[i]) & ~explained[i];
		rows[i].unexplained = (left & 1) + (left >> 1 & 1) + (left >> 2 & 1);
	}
	free(explained);
	csvfile_release(&cf);
	return rc;
}

int inforce_untc_check(inforce_store *s, const inforce_snapshot *snap, inforce_day on,
		       const char *explained, inforce_untc_row **rows, size_t *n,
		       inforce_error *err)
{
	sqlite3 *db = store_db(s);
	sqlite3_stmt *st, *br;
	*rows = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(db,
			       "SELECT reference, treaty, published_eif, published_signatories,"
			       " published_parties, eif_text, rows, import_id, as_at, format"
			       " FROM record WHERE series = 'untc' ORDER BY reference, as_at, id",
			       -1, &st, NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	if (sqlite3_prepare_v2(db,
			       "SELECT iso3, date FROM flag WHERE import_id = ?1 AND kind = 'bracketed'"
			       " AND act_kind = 'signature' AND iso3 IS NOT NULL"
			       " UNION ALL SELECT a.iso3, a.date FROM record r"
			       " JOIN listing l ON l.record_id = r.id JOIN action a ON a.id = l.action_id"
			       " WHERE r.import_id = ?1 AND a.kind = 'signature'"
			       " AND l.cell NOT GLOB '[0-9[]*'",
			       -1, &br, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	}
	struct pool pool;
	pool_init(&pool);
	size_t cap = 0;
	int rc = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			inforce_untc_row *nr = realloc(*rows, (cap = cap ? cap * 2 : 64) * sizeof **rows);
			if (!nr) {
				rc = oom(err, NULL);
				break;
			}
			*rows = nr;
		}
		inforce_untc_row *r = &(*rows)[(*n)++];
		memset(r, 0, sizeof *r);
		const struct inforce_treaty *t = (const struct inforce_treaty *)inforce_snapshot_treaty(
			snap, (const char *)sqlite3_column_text(st, 1));
		snprintf(r->reference, sizeof r->reference, "%s", sqlite3_column_text(st, 0));
		snprintf(r->treaty, sizeof r->treaty, "%s", t ? t->def.id : "?");
		const char *pe = (const char *)sqlite3_column_text(st, 2);
		r->published_eif = INFORCE_DAY_NONE;
		if (pe)
			inforce_date_parse(pe, strlen(pe), &r->published_eif);
		r->published_signatories = sqlite3_column_type(st, 3) == SQLITE_NULL ? -1
							: sqlite3_column_int(st, 3);
		r->published_parties = sqlite3_column_type(st, 4) == SQLITE_NULL ? -1
							: sqlite3_column_int(st, 4);
		r->computed_eif = INFORCE_DAY_NONE;
		r->rows = sqlite3_column_int(st, 6);
		const char *at = (const char *)sqlite3_column_text(st, 8);
		r->as_at = INFORCE_DAY_NONE;
		if (at)
			inforce_date_parse(at, strlen(at), &r->as_at);
		snprintf(r->format, sizeof r->format, "%s", sqlite3_column_text(st, 9));
		r->on = on != INFORCE_DAY_NONE ? on : r->as_at;
		if (!t)
			continue;
		r->has_rule = t->def.has_eif_rule;
		r->computed_eif = t->derived.eif.computed;
		const char *br_iso3[64];
		inforce_day br_date[64];
		size_t nbr = bracketed_signatures(br, sqlite3_column_int64(st, 7), br_iso3, br_date,
						  64, &pool);
		for (size_t i = 0; i < t->derived.part_count; i++) {
			const struct participant *part = &t->derived.parts[i];
			inforce_standing sd;
			engine_standing(part, r->on, &sd);
			int in = sd.status == INFORCE_ST_PARTY || sd.status == INFORCE_ST_CONTRACTING;
			r->computed_parties += in;
			r->pending_unknown += in && sd.withdrawal_pending &&
					      sd.withdrawal_effective == INFORCE_DAY_NONE;
			/* Signatories as the UN counts them: a signature that stands in the
			 * table, later withdrawals or not (a bracketed one does not count),
			 * of a State that still exists (the tables leave out Czechoslovakia). */
			if (sd.status == INFORCE_ST_CEASED)
				continue;
			int signed_standing = 0;
			for (size_t k = 0; k < part->act_count; k++) {
				const inforce_act *a = part->acts[k];
				int bracketed = 0;
				for (size_t b = 0; b < nbr; b++)
					bracketed |= br_date[b] == a->date &&
						     strcmp(br_iso3[b], part->iso3) == 0;
				signed_standing |= a->kind == INFORCE_ACT_SIGNATURE &&
						   a->date <= r->on && !bracketed;
			}
			r->computed_signatories += signed_standing;
		}
	}
	sqlite3_finalize(st);
	sqlite3_finalize(br);
	pool_release(&pool);
	for (size_t i = 0; rc == 0 && i < *n; i++) {
		int d = differing(&(*rows)[i]);
		(*rows)[i].differences = (d & 1) + (d >> 1 & 1) + (d >> 2 & 1);
		(*rows)[i].unexplained = (*rows)[i].differences;
	}
	if (rc == 0 && explained && *n)
		rc = explain_rows(explained, *rows, *n, err);
	if (rc) {
		free(*rows);
		*rows = NULL;
		*n = 0;
	}
	return rc;
}

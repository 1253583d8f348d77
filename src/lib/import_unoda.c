/*
 * import_unoda.c - the import of the UN Office for Disarmament Affairs' treaty data
 * (read by sources/unoda.c): the database harvest, a record of every treaty it
 * holds as at its date, with every deposit and the depositary it was made with; and
 * a party list, a secondary source whose acts never correct a depositary's record
 * (a different date is flagged as a disagreement, and the stored act stands). Each
 * treaty's acts are merged with what the store holds (import_merge.c) and written
 * as one record of the treaty. Exports inforce_store_import_unoda and
 * import_unoda_in_txn.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "import.h"
#include "sources/sources.h"

#define MAX_FILE ((size_t)64 << 20)

static int oom(inforce_error *err, const char *file)
{
	return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
}

/* One treaty's rows of the listing, merged and written as one record. */
static int import_treaty(inforce_store *s, const inforce_snapshot *snap,
			 const struct src_listing *l, const char *treaty, const char *file,
			 int parties, inforce_day as_at, inforce_unoda_report *rep,
			 inforce_error *err)
{
	const struct inforce_treaty *t =
		(const struct inforce_treaty *)inforce_snapshot_treaty(snap, treaty);
	struct merge m;
	merge_init(&m, parties ? "unoda-parties" : "unoda");
	m.secondary = parties;
	char d[INFORCE_DATE_BUFSZ];
	inforce_date_format(as_at, d);
	int rc = 0, rows = 0;
	for (size_t i = 0; rc == 0 && i < l->rows.len; i++) {
		const struct src_listed *r = VEC_AT(&l->rows, struct src_listed, i);
		if (r->treaty != t->def.id)
			continue;
		rows++;
		char src[1024];
		if (parties)
			snprintf(src, sizeof src,
				 "Party list as at %s derived from the UNODA treaty database (%s line "
				 "%ld), a secondary source: %s",
				 d, file, r->line, r->cell);
		else
			snprintf(src, sizeof src,
				 "UNODA treaty database, harvested %s (%s, entry %ld): %s", d, file,
				 r->line, r->cell);
		const char *source = pool_strdup(&m.pool, src);
		const struct state_rec *sr = states_by_iso3(&snap->states, r->iso3);
		struct merge_in in = {.participant = r->participant, .kind = r->kind, .date = r->date,
				      .effective = INFORCE_DAY_NONE, .depositary = r->depositary,
				      .cell = r->cell, .line = r->line};
		rc = !source || !sr ? oom(err, file)
				    : merge_act(&m, t, t->def.id, sr, &in, source, file, err);
	}
	if (rc == 0)
		rc = merge_settle(&m, &t->def, t, &snap->facts, file, err);
	if (rc == 0) {
		rep->acts_read += rows;
		rep->acts_new += (int)m.acts.len;
		rep->acts_listed += (int)(m.listed.len - m.acts.len);
		for (size_t i = 0; i < m.flags.len; i++) {
			const struct merge_flag *f = VEC_AT(&m.flags, struct merge_flag, i);
			rep->disagreements += strcmp(f->kind, "disagreement") == 0;
			rep->refused += strcmp(f->kind, "refused") == 0;
		}
		rep->treaties++;
	}
	if (rc == 0 && !rep->dry_run) {
		struct store_record rec = {
			.treaty = t->def.id, .series = parties ? "unoda-parties" : "unoda",
			.complete = !parties, .format = parties ? "parties-csv" : "unoda-json",
			.reference = t->def.id, .file = file, .as_at = as_at, .title = "",
			.conclusion = "", .eif_text = "", .registration = "",
			.published_eif = INFORCE_DAY_NONE, .published_signatories = -1,
			.published_parties = -1, .rows = rows, .cells = rows, .repairs = "",
			.legends = "", .url = "", .sha256 = ""};
		rc = merge_write(s, &m, &rec, parties ? "parties" : "unoda", err) < 0 ? -1 : 0;
	}
	merge_release(&m);
	return rc;
}

/* A file of the data folder, or NULL when it is not there. */
static char *read_optional(const char *path, size_t *len, inforce_error *err)
{
	if (access(path, F_OK) != 0) {
		*len = 0;
		return NULL;
	}
	return ifc_read_file(path, MAX_FILE, len, err);
}

int import_unoda_in_txn(inforce_store *s, const char *path, const char *display,
			const char *map_path, const char *holds_path, inforce_day as_at,
			int parties, inforce_unoda_report *rep, inforce_error *err)
{
	int dry = rep->dry_run;
	memset(rep, 0, sizeof *rep);
	rep->dry_run = dry;
	if (as_at == INFORCE_DAY_NONE)
		return ifc_fail(err, INFORCE_EINPUT, display, 0, "as_at",
				"the UNODA data do not say when they were harvested: give the date "
				"(--as-at YYYY-MM-DD)");
	size_t len, map_len, holds_len = 0;
	char *buf = ifc_read_file(path, MAX_FILE, &len, err);
	char *map = buf ? ifc_read_file(map_path, MAX_FILE, &map_len, err) : NULL;
	inforce_error herr = {0};
	char *holds = map && holds_path ? read_optional(holds_path, &holds_len, &herr) : NULL;
	int rc = buf && map ? 0 : -1;
	if (rc == 0 && herr.kind)
		rc = ifc_fail(err, herr.kind, herr.file, herr.line, herr.field, "%s", herr.msg);
	inforce_snapshot *snap = rc == 0 ? snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err)
					 : NULL;
	struct src_listing l;
	if (rc == 0 && !snap)
		rc = -1;
	if (rc == 0)
		rc = parties ? src_parties_read(&l, snap, buf, len, display, map, map_len, holds,
						holds_len, err)
			     : src_unoda_read(&l, snap, buf, len, display, map, map_len, holds,
					      holds_len, err);
	if (rc == 0) {
		for (size_t i = 0; rc == 0 && i < l.treaties.len; i++)
			rc = import_treaty(s, snap, &l, *VEC_AT(&l.treaties, const char *, i),
					   display, parties, as_at, rep, err);
		rep->left_to_untc = (int)l.left_to_untc;
		rep->held_back = (int)l.held_back;
		rep->not_read = (int)l.not_read;
		src_listing_release(&l);
	}
	inforce_snapshot_free(snap);
	if (rc == 0 && !dry) { /* the whole store must still derive */
		inforce_snapshot *check = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
		rc = check ? 0 : -1;
		inforce_snapshot_free(check);
	}
	free(buf);
	free(map);
	free(holds);
	return rc;
}

int inforce_store_import_unoda(inforce_store *s, const char *path, const char *map_path,
			       const char *holds_path, inforce_day as_at, int parties,
			       inforce_unoda_report *rep, inforce_error *err)
{
	if (rep->dry_run)
		return import_unoda_in_txn(s, path, path, map_path, holds_path, as_at, parties, rep,
					   err);
	if (store_begin(s, err))
		return -1;
	return store_finish(s, import_unoda_in_txn(s, path, path, map_path, holds_path, as_at,
						   parties, rep, err),
			    err);
}

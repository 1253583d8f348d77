/*
 * import.c - the importer: what the readers of src/lib/sources/ read is checked
 * against the store (duplicates, corrections of rows that exist, contradictions the
 * engine finds when it re-derives each treaty touched) and written by the store in
 * one transaction: all or nothing. Also the bundled data folder, loaded by `inforce
 * init` in the order its manifest (data/records.csv) gives.
 *
 * Every import is recorded (the import table: file, kind, rows, when, by whom); an
 * import of acts is also a record of each treaty it touches (what the file said as at
 * its date: the manifest's date for a bundled file, else the day of the import), so
 * that every treaty's answers can say how current their data is.
 * Exports inforce_store_import_actions, inforce_store_import_buffer,
 * inforce_store_add_act and inforce_store_load_bundle.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "import.h"
#include "sources/sources.h"

#define MAX_DATA_FILE (64u << 20) /* refuse input files over 64 MiB */

static const struct inforce_treaty *find_treaty(const inforce_snapshot *snap, const char *id)
{
	return (const struct inforce_treaty *)inforce_snapshot_treaty(snap, id);
}

/* Acts compared as duplicates: the same treaty, state, kind, date and depositary. */
static int cmp_dupkey(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	int c = a->treaty == b->treaty ? 0 : ifc_strcasecmp(a->treaty, b->treaty);
	if (c)
		return c;
	if ((c = strcmp(a->iso3, b->iso3)))
		return c;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	/* one instrument deposited with several depositaries: one act at each */
	return strcmp(a->depositary ? a->depositary : "", b->depositary ? b->depositary : "");
}

static int cmp_id64(const void *pa, const void *pb)
{
	int64_t a = *(const int64_t *)pa, b = *(const int64_t *)pb;
	return a < b ? -1 : a > b;
}

static int cmp_act_by_id(const void *pa, const void *pb)
{
	const inforce_act *a = *(const inforce_act *const *)pa, *b = *(const inforce_act *const *)pb;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* Checks the new acts against each other and the stored ones: duplicates,
 * corrections of rows that do not exist, and contradictions the engine finds. Sorted
 * lookups throughout, so a large file against a large store stays n log n. */
/* Today (UTC): a new act may not be dated after it. */
static inforce_day utc_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	if (!gmtime_r(&now, &tm))
		return INFORCE_DAY_NONE;
	return inforce_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/* The stored acts of the treaties the new acts (sorted by treaty) name, into *out
 * (malloc'd, sorted by duplicate key); *extra receives the most acts, dropped ones
 * included, that one of those treaties gives the engine. */
static int stored_of(const inforce_snapshot *snap, const inforce_act *const *nw, size_t n,
		     const inforce_act ***out, size_t *count, size_t *extra)
{
	const struct inforce_treaty **named = malloc(sizeof *named * (n + 1));
	size_t nt = 0, cap = 0;
	*count = *extra = 0;
	*out = NULL;
	if (!named)
		return -1;
	for (size_t i = 0; i < n; i++) { /* each treaty once: nw is sorted by treaty */
		const struct inforce_treaty *tr = find_treaty(snap, nw[i]->treaty);
		if (!tr || (nt && named[nt - 1] == tr))
			continue;
		named[nt++] = tr;
		cap += tr->all_count;
		if (tr->act_count + tr->drop_count > *extra)
			*extra = tr->act_count + tr->drop_count;
	}
	if ((*out = malloc(sizeof **out * (cap + 1)))) {
		for (size_t k = 0; k < nt; k++)
			for (size_t q = 0; q < named[k]->all_count; q++)
				(*out)[(*count)++] = named[k]->all[q];
		qsort(*out, *count, sizeof **out, cmp_dupkey);
	}
	free(named);
	return *out ? 0 : -1;
}

int import_check_acts(const inforce_snapshot *snap, const inforce_act *acts, size_t n,
		      const char *file, inforce_error *err)
{
	const inforce_act **nw = malloc(sizeof *nw * (n + 1));
	const inforce_act **st = NULL, **by_id = NULL, **all = NULL;
	int64_t *replaced = malloc(sizeof *replaced * (n + 1));
	size_t nrep = 0, nst = 0, nid = 0, extra = 0;
	int rc = nw && replaced ? 0 : -1;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		nw[i] = &acts[i];
		if (acts[i].supersedes)
			replaced[nrep++] = acts[i].supersedes;
	}
	if (rc == 0) {
		qsort(nw, n, sizeof *nw, cmp_dupkey);
		qsort(replaced, nrep, sizeof *replaced, cmp_id64);
		/* a new act can duplicate only a stored act of its treaty */
		rc = stored_of(snap, nw, n, &st, &nst, &extra);
	}
	/* ... but a correction may name an act of any treaty (and is refused for it):
	 * every act by id, when the file holds corrections */
	if (rc == 0 && nrep) {
		nid = inforce_snapshot_act_count(snap);
		if ((by_id = malloc(sizeof *by_id * (nid + 1)))) {
			for (size_t j = 0; j < nid; j++)
				by_id[j] = inforce_snapshot_act_at(snap, j);
			qsort(by_id, nid, sizeof *by_id, cmp_act_by_id);
		} else {
			rc = -1;
		}
	}
	if (rc == 0 && !(all = malloc(sizeof *all * (n + extra + 1))))
		rc = -1;
	if (rc)
		rc = ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	/* the same act twice in the file: the later line is the duplicate */
	for (size_t i = 1; rc == 0 && i < n; i++) {
		if (cmp_dupkey(&nw[i - 1], &nw[i]) != 0)
			continue;
		const inforce_act *later = nw[i - 1]->line > nw[i]->line ? nw[i - 1] : nw[i];
		const inforce_act *first = later == nw[i] ? nw[i - 1] : nw[i];
		if (!later->supersedes)
			rc = ifc_fail(err, INFORCE_EINPUT, file, later->line, NULL,
				      "duplicate of line %ld (same treaty, state, action, date and depositary)",
				      first->line);
	}
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const inforce_act *a = &acts[i], *target = NULL;
		if (a->supersedes) {
			inforce_act key = {.id = a->supersedes};
			const inforce_act *kp = &key, *const *hit =
				nid ? bsearch(&kp, by_id, nid, sizeof *by_id, cmp_act_by_id) : NULL;
			target = hit ? *hit : NULL;
			if (!target) {
				rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, "supersedes",
					      "no current action with id %lld (unknown, or already "
					      "superseded)",
					      (long long)a->supersedes);
				break;
			}
			if (ifc_strcasecmp(a->treaty, target->treaty) != 0) {
				rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, "supersedes",
					      "action %lld belongs to treaty %s, not %s",
					      (long long)target->id, target->treaty, a->treaty);
				break;
			}
		}
		/* stored acts hold no duplicate among themselves: at most one matches */
		const inforce_act *const *hit =
			nst ? bsearch(&a, st, nst, sizeof *st, cmp_dupkey) : NULL;
		if (hit && *hit != target)
			rc = ifc_fail(err, INFORCE_EINPUT, file, a->line, NULL,
				      "duplicate of stored action %lld (%s:%ld)", (long long)(*hit)->id,
				      (*hit)->file ? (*hit)->file : "?", (*hit)->line);
	}
	/* What `inforce verify` would call a contradiction is refused here, so that a
	 * store import accepted is one verify calls clean: no source, a date after
	 * today, a signature or consent before the treaty was opened. */
	inforce_day today = utc_today();
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const struct inforce_treaty *tr = find_treaty(snap, acts[i].treaty);
		const char *code, *field;
		char why[512];
		if (verify_act_problem(tr ? &tr->def : NULL, NULL, &acts[i], today, &code, &field,
				       why, sizeof why))
			rc = ifc_fail(err, INFORCE_EINPUT, file, acts[i].line, field, "%s", why);
	}
	/* Run the engine over stored + new acts of every treaty the file touches; the new
	 * acts of one treaty are contiguous in nw (sorted by treaty first). */
	for (size_t i = 0; rc == 0 && i < n;) {
		size_t j = i;
		while (j < n && nw[j]->treaty == nw[i]->treaty)
			j++;
		const struct inforce_treaty *tr = find_treaty(snap, nw[i]->treaty);
		size_t k = 0;
		for (size_t q = i; q < j; q++)
			all[k++] = nw[q];
		for (size_t q = 0; tr && q < tr->act_count; q++)
			if (!nrep || !bsearch(&tr->acts[q]->id, replaced, nrep, sizeof *replaced, cmp_id64))
				all[k++] = tr->acts[q];
		/* an act a newer record dropped with nothing to explain it is checked with
		 * the new ones too: one of them may explain it (Russia's revocation of its
		 * CTBT ratification explains why the 2026 page no longer lists it) */
		for (size_t q = 0; tr && q < tr->drop_count; q++)
			if (tr->drops[q].reason == INFORCE_DROP_UNEXPLAINED)
				all[k++] = tr->drops[q].act;
		struct derived d;
		rc = tr ? engine_derive(&d, &tr->def, all, k, &snap->facts, err) : 0;
		if (tr && rc == 0) {
			/* and a second act of one kind in one participation (a second
			 * signature on another day) that a new act makes */
			size_t from = 0;
			const inforce_act *earlier, *rep = verify_repeat(&d, nw + i, j - i, &earlier,
									 &from);
			if (rep) {
				char d1[INFORCE_DATE_BUFSZ];
				const inforce_act *fresh = rep->id == 0 ? rep : earlier;
				const inforce_act *other = fresh == rep ? earlier : rep;
				rc = ifc_fail(err, INFORCE_EINPUT, file, fresh->line, "action",
					      "second %s of %s in one participation: another is dated "
					      "%s (%s:%ld); a correction must supersede it",
					      inforce_act_kind_name(fresh->kind), fresh->iso3,
					      inforce_date_format(other->date, d1),
					      other->file ? other->file : "store", other->line);
			}
			engine_release(&d);
		}
		i = j;
	}
	free(nw);
	free(st);
	free(by_id);
	free(replaced);
	free(all);
	return rc;
}


/* The records an import of acts makes: one per treaty it touches, as at `as_at`
 * (NONE: the day of the import), listing each of its acts. */
static int record_acts(inforce_store *s, const inforce_act *acts, const int64_t *ids, size_t n,
		       const char *file, const char *series, inforce_day as_at, int64_t import_id,
		       inforce_error *err)
{
	int rc = 0;
	struct store_listing *l = malloc(sizeof *l * (n + 1));
	if (!l)
		return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	const char **done = calloc(n + 1, sizeof *done);
	size_t ndone = 0;
	if (!done)
		rc = ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	for (size_t i = 0; rc == 0 && i < n; i++) {
		int seen = 0;
		for (size_t k = 0; k < ndone && !seen; k++)
			seen = done[k] == acts[i].treaty;
		if (seen)
			continue;
		done[ndone++] = acts[i].treaty;
		inforce_day at = as_at;
		struct store_record r = {.treaty = acts[i].treaty, .series = series, .format =
					 "actions-csv", .reference = file, .file = file, .as_at = at,
					 .published_eif = INFORCE_DAY_NONE, .published_signatories = -1,
					 .published_parties = -1, .import_id = import_id};
		size_t k = 0;
		for (size_t j = i; j < n; j++)
			if (acts[j].treaty == acts[i].treaty) {
				r.rows++;
				if (as_at != INFORCE_DAY_NONE && acts[j].date > at)
					r.as_at = at = acts[j].date; /* never before its own acts */
			}
		int64_t rid = store_insert_record(s, &r, err);
		if (rid < 0) {
			rc = -1;
			break;
		}
		for (size_t j = i; j < n; j++)
			if (acts[j].treaty == acts[i].treaty)
				l[k++] = (struct store_listing){.record_id = rid, .action_id = ids[j],
								.name = acts[j].state_name,
								.cell = "", .line = acts[j].line};
		rc = store_insert_listings(s, l, k, file, err);
	}
	free(done);
	free(l);
	return rc;
}

int import_acts(inforce_store *s, const inforce_snapshot *snap, const inforce_act *acts, size_t n,
		const char *file, const char *kind, inforce_day as_at, inforce_error *err)
{
	if (import_check_acts(snap, acts, n, file, err))
		return -1;
	int64_t import_id = store_add_import(s, file, kind, (int)n, err);
	int64_t *ids = malloc(sizeof *ids * (n + 1));
	int rc = ids && import_id >= 0 ? 0 : -1;
	if (!ids)
		ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
	if (rc == 0)
		rc = store_insert_acts(s, acts, n, import_id, ids, err);
	if (rc == 0)
		rc = record_acts(s, acts, ids, n, file, "curated", as_at, import_id, err);
	free(ids);
	return rc;
}

int inforce_store_add_act(inforce_store *s, const inforce_act *act, const char *file,
			  inforce_error *err)
{
	if (store_begin(s, err))
		return -1;
	inforce_snapshot *snap = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
	int rc = snap ? 0 : -1;
	inforce_act a = *act;
	const struct inforce_treaty *t = snap ? find_treaty(snap, act->treaty) : NULL;
	const struct state_rec *sr = snap ? states_by_iso3(&snap->states, act->iso3) : NULL;
	if (rc == 0 && (!t || !sr))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, t ? "iso3" : "treaty", "unknown %s '%s'",
			      t ? "state" : "treaty", t ? act->iso3 : act->treaty);
	if (rc == 0 && (!a.source || !a.source[0]))
		rc = ifc_fail(err, INFORCE_EINPUT, file, 0, "source", "every action needs its source");
	if (rc == 0) {
		a.treaty = t->def.id;
		a.iso3 = sr->iso3;
		a.file = file;
		if (!a.notes)
			a.notes = "";
		rc = import_acts(s, snap, &a, 1, file, "notification", INFORCE_DAY_NONE, err);
	}
	inforce_snapshot_free(snap);
	return store_finish(s, rc, err);
}

/* Reads a CSV, tells its kind by its header, checks and stores it; the caller holds
 * the transaction. The checks run against `current` when given (a snapshot of the
 * store as it stands), else against one loaded here. */
int import_csv_text(inforce_store *s, const inforce_snapshot *current, const char *buf,
		    size_t len, const char *file, inforce_day as_at, int *added, inforce_error *err)
{
	inforce_snapshot *loaded =
		current ? NULL : snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
	const inforce_snapshot *snap = current ? current : loaded;
	if (!snap)
		return -1;
	struct src_csv c;
	int rc = src_csv_read(&c, snap, buf, len, file, err);
	int read = rc == 0; /* src_csv_read releases c itself when it fails */
	if (rc == 0 && c.kind == SRC_CSV_ACTIONS) {
		rc = import_acts(s, snap, c.acts, c.n, file, "actions", as_at, err);
	} else if (rc == 0) {
		int64_t import_id = store_add_import(s, file, src_csv_kind_name(c.kind), (int)c.n, err);
		rc = import_id < 0 ? -1 : store_insert_rows(s, &c.table, import_id, file, err);
		/* A new record can change a derived date: re-derive everything to check it. */
		if (rc == 0) {
			inforce_snapshot *check =
				snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
			rc = check ? 0 : -1;
			inforce_snapshot_free(check);
		}
	}
	if (rc == 0 && added)
		*added = (int)c.n;
	if (read)
		src_csv_release(&c);
	inforce_snapshot_free(loaded);
	return rc;
}

int inforce_store_import_buffer(inforce_store *s, const char *buf, size_t len, const char *name,
				int *added, inforce_error *err)
{
	return inforce_store_import_buffer_on(s, NULL, buf, len, name, added, err);
}

int inforce_store_import_buffer_on(inforce_store *s, const inforce_snapshot *current,
				   const char *buf, size_t len, const char *name, int *added,
				   inforce_error *err)
{
	if (len > MAX_DATA_FILE)
		return ifc_fail(err, INFORCE_EINPUT, name, 0, NULL, "larger than %u bytes",
				MAX_DATA_FILE);
	if (store_begin(s, err))
		return -1;
	return store_finish(s, import_csv_text(s, current, buf, len, name, INFORCE_DAY_NONE, added,
					       err),
			    err);
}

int inforce_store_import_actions(inforce_store *s, const char *path, int *added,
				 inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	int rc = store_begin(s, err);
	if (rc == 0)
		rc = store_finish(s, import_csv_text(s, NULL, buf, len, path, INFORCE_DAY_NONE, added,
						     err),
				  err);
	free(buf);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Lists the files of dir ending in `suffix`, sorted; the caller frees each and the array. */
static char **list_files(const char *dir, const char *suffix, size_t *n, inforce_error *err)
{
	DIR *d = opendir(dir);
	*n = 0;
	if (!d) {
		ifc_fail(err, INFORCE_EINPUT, dir, 0, NULL, "cannot open the data folder");
		return NULL;
	}
	size_t cap = 16;
	char **names = malloc(cap * sizeof *names);
	struct dirent *e;
	while (names && (e = readdir(d))) {
		size_t nl = strlen(e->d_name), sl = strlen(suffix);
		if (e->d_name[0] == '.' || nl <= sl || strcmp(e->d_name + nl - sl, suffix) != 0)
			continue;
		if (*n == cap) {
			char **nn = realloc(names, (cap *= 2) * sizeof *names);
			if (!nn)
				break;
			names = nn;
		}
		size_t len = strlen(dir) + 1 + nl + 1;
		if (!(names[*n] = malloc(len)))
			break;
		snprintf(names[(*n)++], len, "%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (names)
		qsort(names, *n, sizeof *names, cmp_str);
	else
		ifc_fail(err, INFORCE_ERUNTIME, dir, 0, NULL, "out of memory");
	return names;
}

static void free_list(char **names, size_t n)
{
	for (size_t i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}

/* How a bundled file is named in the store and in messages: "bundle:actions/ccm.csv",
 * the same on every machine whatever the data folder's path. */
static const char *bundle_name(const char *path, const char *datadir, char *buf, size_t size)
{
	size_t dl = strlen(datadir);
	if (strncmp(path, datadir, dl) == 0 && path[dl] == '/')
		path += dl + 1;
	snprintf(buf, size, "bundle:%s", path);
	return buf;
}

static int load_states_file(inforce_store *s, const char *path, const char *name,
			    inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	struct states st;
	states_init(&st);
	int rc = states_parse_csv(&st, buf, len, name, err);
	if (rc == 0 && store_add_import(s, name, "states", (int)st.states.len, err) < 0)
		rc = -1;
	if (rc == 0)
		rc = store_insert_states(s, &st, name, err);
	states_release(&st);
	free(buf);
	return rc;
}

static int load_treaty_file(inforce_store *s, const char *path, const char *name,
			    inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	struct treatydef td;
	treatydef_init(&td);
	int rc = treatydef_parse(&td, buf, len, name, err);
	int64_t import_id = -1;
	if (rc == 0 && (import_id = store_add_import(s, name, "treaty", 1, err)) < 0)
		rc = -1;
	if (rc == 0)
		rc = store_insert_treaty(s, td.id, buf, import_id, name, err);
	treatydef_release(&td);
	free(buf);
	return rc;
}

/* One entry of the bundle's manifest: a file or folder, its format, and the date
 * its record is as at (NONE: the file's own, its newest act for a CSV, each page's
 * "status as at" for the UN's pages). */
struct manifest_row {
	char path[1024];
	char format[32];
	inforce_day as_at;
	long line;
};

#define MANIFEST_MAX 256

/* data/records.csv: path,format,as_at,source. Without one (a data folder of an older
 * layout, or a test's), the order it implies: the acts, the UN's 2018 files, the
 * records. */
static int read_manifest(const char *datadir, struct manifest_row *rows, size_t *n,
			 inforce_error *err)
{
	char path[4096];
	*n = 0;
	snprintf(path, sizeof path, "%s/records.csv", datadir);
	if (access(path, F_OK) != 0) {
		static const char *const implied[][2] = {
			{"actions", "csv"},        {"untc-mtdsg-2018", "untc"},
			{"conflicts.csv", "csv"},  {"extensions.csv", "csv"},
			{"groups.csv", "csv"},     {"obligations.csv", "csv"}};
		for (size_t i = 0; i < IFC_ARRAY_LEN(implied); i++) {
			snprintf(path, sizeof path, "%s/%s", datadir, implied[i][0]);
			if (access(path, F_OK) != 0)
				continue;
			struct manifest_row *r = &rows[(*n)++];
			snprintf(r->path, sizeof r->path, "%s", implied[i][0]);
			snprintf(r->format, sizeof r->format, "%s", implied[i][1]);
			r->as_at = strcmp(implied[i][0], "untc-mtdsg-2018") == 0
					   ? inforce_date_from_ymd(2018, 1, 15)
					   : INFORCE_DAY_NONE;
		}
		return 0;
	}
	size_t len;
	char *buf = ifc_read_file(path, MAX_DATA_FILE, &len, err);
	if (!buf)
		return -1;
	struct csvfile cf;
	int rc = csvfile_parse(&cf, buf, len, "bundle:records.csv", err);
	free(buf);
	if (rc)
		return -1;
	int c[3];
	static const char *const cols[] = {"path", "format", "as_at"};
	for (int i = 0; i < 3 && rc == 0; i++)
		if ((c[i] = csvfile_column(&cf, cols[i])) < 0)
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", 1, cols[i],
				      "missing column");
	for (size_t i = 1; rc == 0 && i < cf.rows.len; i++) {
		const struct csv_row *row = VEC_AT(&cf.rows, struct csv_row, i);
		struct manifest_row *r = &rows[*n];
		const char *fmt = row->nfields > (size_t)c[1] ? row->fields[c[1]] : "";
		const char *at = row->nfields > (size_t)c[2] ? row->fields[c[2]] : "";
		if (*n == MANIFEST_MAX)
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", row->line, NULL,
				      "more than %d entries", MANIFEST_MAX);
		else if (strcmp(fmt, "csv") && strcmp(fmt, "untc") && strcmp(fmt, "unoda") &&
			 strcmp(fmt, "parties"))
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", row->line, "format",
				      "'%s': use csv, untc, unoda or parties", fmt);
		else if (strstr(row->fields[c[0]], "..") || row->fields[c[0]][0] == '/')
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", row->line, "path",
				      "'%s' is not a path inside the data folder", row->fields[c[0]]);
		if (rc)
			break;
		r->as_at = INFORCE_DAY_NONE;
		if (at[0] && inforce_date_parse(at, strlen(at), &r->as_at))
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", row->line, "as_at",
				      "'%s' is not a real date in YYYY-MM-DD form", at);
		snprintf(r->path, sizeof r->path, "%s", row->fields[c[0]]);
		snprintf(r->format, sizeof r->format, "%s", fmt);
		r->line = row->line;
		(*n)++;
	}
	csvfile_release(&cf);
	return rc;
}

/* One CSV of the bundle, or every *.csv of a folder of them. */
static int load_csv(inforce_store *s, const char *datadir, const char *path, inforce_day as_at,
		    inforce_error *err)
{
	char name[4200];
	size_t nf = 1;
	char **files = NULL, *one[1] = {(char *)path};
	DIR *d = opendir(path);
	if (d) {
		closedir(d);
		if (!(files = list_files(path, ".csv", &nf, err)))
			return -1;
	}
	int rc = 0;
	/* a manifest without a date: the file's newest act (see record_acts) */
	inforce_day at = as_at != INFORCE_DAY_NONE ? as_at : inforce_date_from_ymd(1, 1, 1);
	for (size_t i = 0; rc == 0 && i < nf; i++) {
		const char *f = files ? files[i] : one[0];
		size_t len;
		char *buf = ifc_read_file(f, MAX_DATA_FILE, &len, err);
		rc = buf ? import_csv_text(s, NULL, buf, len, bundle_name(f, datadir, name, sizeof name), at,
					   NULL, err)
			 : -1;
		free(buf);
	}
	free_list(files, files ? nf : 0);
	return rc;
}

int inforce_store_load_bundle(inforce_store *s, const char *datadir, inforce_error *err)
{
	char path[4096], name[4200];
	size_t nt = 0, nm = 0;
	char **treaties = NULL;
	struct manifest_row *rows = calloc(MANIFEST_MAX, sizeof *rows);
	if (!rows)
		return ifc_fail(err, INFORCE_ERUNTIME, datadir, 0, NULL, "out of memory");
	int rc = read_manifest(datadir, rows, &nm, err);
	if (rc == 0)
		rc = store_begin(s, err);
	if (rc) {
		free(rows);
		return -1;
	}
	snprintf(path, sizeof path, "%s/states.csv", datadir);
	rc = load_states_file(s, path, bundle_name(path, datadir, name, sizeof name), err);
	if (rc == 0) {
		snprintf(path, sizeof path, "%s/treaties", datadir);
		treaties = list_files(path, ".treaty", &nt, err);
		rc = treaties ? 0 : -1;
	}
	for (size_t i = 0; rc == 0 && i < nt; i++)
		rc = load_treaty_file(s, treaties[i],
				      bundle_name(treaties[i], datadir, name, sizeof name), err);
	for (size_t i = 0; rc == 0 && i < nm; i++) {
		const struct manifest_row *r = &rows[i];
		snprintf(path, sizeof path, "%s/%s", datadir, r->path);
		if (access(path, F_OK) != 0) {
			rc = ifc_fail(err, INFORCE_EINPUT, "bundle:records.csv", r->line, "path",
				      "'%s' is not in the data folder", r->path);
		} else if (strcmp(r->format, "csv") == 0) {
			rc = load_csv(s, datadir, path, r->as_at, err);
		} else if (strcmp(r->format, "untc") == 0) {
			inforce_untc_report rep;
			rc = import_untc_in_txn(s, path, bundle_name(path, datadir, name, sizeof name),
						r->as_at, 0, &rep, err);
		} else { /* unoda, parties */
			char map[4200], holds[4200];
			inforce_unoda_report rep = {0};
			snprintf(map, sizeof map, "%s/unoda-treaties.csv", datadir);
			snprintf(holds, sizeof holds, "%s/unoda-unconfirmed.csv", datadir);
			rc = import_unoda_in_txn(s, path, bundle_name(path, datadir, name, sizeof name),
						 map, holds, r->as_at,
						 strcmp(r->format, "parties") == 0, &rep, err);
		}
	}
	free_list(treaties, nt);
	free(rows);
	return store_finish(s, rc, err);
}

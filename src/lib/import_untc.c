/*
 * import_untc.c - the import of the UN Treaty Collection's status records (the MTDSG
 * XML files and the HTML pages, read by sources/untc_*.c): each file is a record of
 * what the depositary said of one treaty as at its "status as at" date, merged with
 * what the store holds:
 *   - a treaty without a definition file gets one generated from the record's header,
 *     with no rules: its status is deposit-based, as the UN's own "Parties" count,
 *     and each state's own date of entry into force is unknown;
 *   - every participant name must be a known name or variant (data/states.csv):
 *     an unknown name is an error naming it, never a guess;
 *   - the same act (treaty, state, kind, date) already stored, from another source or
 *     an earlier record, stays one act: the record lists it (listing) and, from
 *     another source, it gains the record as a further source (act_source);
 *   - an act that an earlier record of the UN listed with another date or kind is the
 *     depositary's correction: stored as the record says, the earlier one kept (the
 *     snapshot answers from the newest record and shows the other as replaced);
 *   - the same act from another source (a curated file) with another date or kind is a
 *     disagreement: both kept, flagged, the stored act stays in force;
 *   - bracketed acts ("no longer stands") are stored only when an end note states the
 *     withdrawal that ended them (so the withdrawal has its consent); otherwise they
 *     are kept as flags, not counted, as the UN does not count them;
 *   - rescinded withdrawals, end-note acts whose participant is not a known name, and
 *     acts the engine refuses as contradictory are kept as flags with their text:
 *     nothing is dropped silently;
 *   - declarations, objections, end notes and every other text are kept as notes of
 *     the record.
 * What a record no longer lists that an earlier one did is worked out when a snapshot
 * is read (records.c), so that the order of imports does not matter.
 * One transaction for everything given; --dry-run reports the same without storing.
 * Exports inforce_store_import_untc and import_untc_in_txn.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "import.h"
#include "sources/untc.h"

static int oom(inforce_error *err, const char *file)
{
	return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
}

/* What the record says of an act, for the merge. */
static struct merge_in untc_in(const struct untc_act *a)
{
	return (struct merge_in){.participant = a->participant, .kind = a->kind, .date = a->date,
				 .effective = a->effective, .depositary = "UN", .cn = a->cn,
				 .cell = a->raw, .bracketed = a->bracketed, .line = a->line,
				 .notes = a->ambiguous ? "UNTC legend does not tell the kind apart: "
							 "first item taken"
						       : ""};
}

/* "3 February 2026" */
static const char *long_date(inforce_day d, char *buf, size_t size)
{
	static const char *const months[] = {"January", "February", "March",     "April",
					     "May",     "June",     "July",      "August",
					     "September", "October", "November", "December"};
	int y, m, dd;
	inforce_date_to_ymd(d, &y, &m, &dd);
	snprintf(buf, size, "%d %s %d", dd, months[m - 1], y);
	return buf;
}

/* How a source names the record: "UN Treaty Collection, MTDSG XXVI-6, status as at
 * 15 January 2018 (bundle:untc-mtdsg-2018/XXVI-6.en.xml". */
static void record_citation(char *buf, size_t size, const struct untc_file *u, inforce_day as_at,
			    const char *bundle)
{
	char d[32];
	snprintf(buf, size, "UN Treaty Collection, MTDSG %.40s, status as at %s (%.300s", u->reference,
		 long_date(as_at, d, sizeof d), bundle);
}

/* The citation of one table cell: the record, the line, the cell and its column. */
static const char *cell_source(struct pool *pool, const struct untc_file *u, inforce_day as_at,
			       const char *bundle, const struct untc_act *a)
{
	char head[512], buf[2560];
	record_citation(head, sizeof head, u, as_at, bundle);
	if (a->column[0])
		snprintf(buf, sizeof buf, "%s line %ld): '%.400s' under '%.300s'", head, a->line,
			 a->raw, a->column);
	else
		snprintf(buf, sizeof buf, "%s line %ld): end note: %.1200s", head, a->line, a->raw);
	return pool_strdup(pool, buf);
}

/* Writes a definition for a treaty that has no definition file: metadata from the
 * header, no rules. Values are single lines; the result is NUL-terminated. */
static char *generated_definition(const struct untc_file *u, inforce_day as_at, const char *bundle)
{
	char title[2048], eif[INFORCE_DATE_BUFSZ], eiftext[1024], d[32];
	size_t i = 0;
	for (const char *s = u->title; *s && i + 1 < sizeof title; s++)
		title[i++] = (*s == '\n' || *s == '\r' || *s == '\t') ? ' ' : *s;
	title[i] = '\0';
	i = 0;
	for (const char *s = u->eif_text; *s && i + 1 < sizeof eiftext; s++)
		eiftext[i++] = (*s == '\n' || *s == '\r') ? ' ' : *s;
	eiftext[i] = '\0';
	char shortname[96];
	snprintf(shortname, sizeof shortname, "%.80s%s", title[0] ? title : u->reference,
		 strlen(title) > 80 ? "..." : "");
	size_t cap = strlen(title) + strlen(eiftext) + 2048;
	char *def = malloc(cap);
	if (!def)
		return NULL;
	int n = snprintf(def, cap,
			 "# Generated from the UN Treaty Collection record %s (no definition file).\n"
			 "[treaty]\nid: %s\nuntc: %s\nshort_name: %s\ntitle: %s\n"
			 "depositary: Secretary-General of the United Nations\n"
			 "source: UN Treaty Collection, MTDSG %s, status as at %s (%s)\n",
			 bundle, u->reference, u->reference, shortname,
			 title[0] ? title : u->reference, u->reference,
			 long_date(as_at, d, sizeof d), bundle);
	if (u->published_eif != INFORCE_DAY_NONE)
		n += snprintf(def + n, cap - (size_t)n, "published_entry_into_force: %s\n",
			      inforce_date_format(u->published_eif, eif));
	snprintf(def + n, cap - (size_t)n,
		 "notes: No rules are recorded for this treaty: a deposit counts the state as a "
		 "party (the UN's deposit-based count) and its own date of entry into force is "
		 "unknown.%s%s\n",
		 eiftext[0] ? " Entry into force as published: " : "", eiftext);
	return def;
}

/* ------------------------------------------------------------ writing */

/* Where a record came from: its URL and the digest of its bytes (NULL when read from
 * a file given). */
struct origin {
	const char *url, *sha256;
};

/* The column legends met, one a line, into a heap string (NULL: out of memory). */
static char *joined_legends(const struct untc_file *u)
{
	size_t ll = 1, used = 0;
	for (size_t i = 0; i < u->legends.len; i++)
		ll += strlen(*VEC_AT(&u->legends, const char *, i)) + 1;
	char *legends = calloc(1, ll);
	for (size_t i = 0; legends && i < u->legends.len; i++) {
		const char *l = *VEC_AT(&u->legends, const char *, i);
		size_t k = strlen(l);
		if (i)
			legends[used++] = '\n';
		memcpy(legends + used, l, k);
		used += k;
	}
	return legends;
}

static int write_record(inforce_store *s, const struct untc_file *u, const char *treaty_id,
			const char *bundle, const struct origin *from, inforce_day as_at,
			struct merge *m, const struct states *sts, inforce_error *err)
{
	char repairs[256];
	snprintf(repairs, sizeof repairs, "quotes=%d single_quotes=%d dashes=%d spaces=%d ellipses=%d",
		 u->repairs.quotes, u->repairs.single_quotes, u->repairs.dashes, u->repairs.spaces,
		 u->repairs.ellipses);
	char *legends = joined_legends(u);
	if (!legends)
		return oom(err, bundle);
	struct store_record rec = {
		.treaty = treaty_id, .series = "untc", .complete = 1,
		.format = u->format == UNTC_FORMAT_HTML ? "untc-html" : "untc-xml",
		.reference = u->reference, .file = bundle, .as_at = as_at, .title = u->title,
		.conclusion = u->conclusion_text, .eif_text = u->eif_text,
		.registration = u->registration, .published_eif = u->published_eif,
		.published_signatories = u->published_signatories,
		.published_parties = u->published_parties, .rows = u->rows, .cells = u->cells,
		.repairs = repairs, .legends = legends, .url = from ? from->url : "",
		.sha256 = from ? from->sha256 : ""};
	int64_t import_id = merge_write(s, m, &rec, "untc", err);
	free(legends);
	if (import_id < 0)
		return -1;
	sqlite3 *db = store_db(s);
	sqlite3_stmt *note;
	if (sqlite3_prepare_v2(db, "INSERT INTO note (treaty, iso3, participant, kind, idx, text,"
				   " line, import_id) VALUES (?,?,?,?,?,?,?,?)", -1, &note,
			       NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, bundle, 0, NULL, "cannot store: %s",
				sqlite3_errmsg(db));
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < u->notes.len; i++) {
		const struct untc_note *n = VEC_AT(&u->notes, struct untc_note, i);
		/* An end note belongs to the participants whose rows cite it (their name or
		 * date carries its number): one row each, so that a state's notes are found
		 * by its code; a note no row cites is the treaty's. */
		const char *who[64];
		size_t nw = 0;
		if (n->participant)
			who[nw++] = n->participant;
		else if (n->kind == UNTC_NOTE_ENDNOTE && n->index && n->index[0])
			for (size_t k = 0; k < u->acts.len && nw < 64; k++) {
				const struct untc_act *a = VEC_AT(&u->acts, struct untc_act, k);
				int seen = !untc_cites(a->footnotes, n->index);
				for (size_t j = 0; j < nw && !seen; j++)
					seen = strcmp(who[j], a->participant) == 0;
				if (!seen)
					who[nw++] = a->participant;
			}
		for (size_t w = 0; rc == 0 && w < (nw ? nw : 1); w++) {
			const char *p = nw ? who[w] : NULL;
			const struct state_rec *sr = p ? states_lookup(sts, p) : NULL;
			sqlite3_reset(note);
			sqlite3_bind_text(note, 1, treaty_id, -1, SQLITE_STATIC);
			if (sr)
				sqlite3_bind_text(note, 2, sr->iso3, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(note, 2);
			if (p)
				sqlite3_bind_text(note, 3, p, -1, SQLITE_STATIC);
			else
				sqlite3_bind_null(note, 3);
			sqlite3_bind_text(note, 4, untc_note_kind_name(n->kind), -1, SQLITE_STATIC);
			sqlite3_bind_text(note, 5, n->index ? n->index : "", -1, SQLITE_STATIC);
			sqlite3_bind_text(note, 6, n->text ? n->text : "", -1, SQLITE_STATIC);
			sqlite3_bind_int64(note, 7, n->line);
			sqlite3_bind_int64(note, 8, import_id);
			rc = store_step(db, note, bundle, n->line, err);
		}
	}
	sqlite3_finalize(note);
	return rc;
}

/* ------------------------------------------------------------ one file */

static void tally(inforce_untc_report *r, const struct untc_file *u, const struct merge *p)
{
	r->files++;
	r->rows += u->rows;
	r->cells += u->cells;
	r->acts_read += (int)u->acts.len + (int)u->note_acts.len;
	r->acts_new += (int)p->acts.len;
	r->acts_merged += (int)(p->listed.len - p->acts.len);
	r->notes += (int)u->notes.len;
	r->note_acts += (int)u->note_acts.len;
	r->note_unresolved += u->note_unresolved;
	r->repairs_quotes += u->repairs.quotes;
	r->repairs_single_quotes += u->repairs.single_quotes;
	r->repairs_dashes += u->repairs.dashes;
	r->repairs_spaces += u->repairs.spaces;
	r->repairs_ellipses += u->repairs.ellipses;
	for (size_t i = 0; i < p->corrects.len; i++)
		r->corrections += *VEC_AT(&p->corrects, const inforce_act *, i) != NULL;
	for (size_t i = 0; i < p->flags.len; i++) {
		const struct merge_flag *f = VEC_AT(&p->flags, struct merge_flag, i);
		if (strcmp(f->kind, "disagreement") == 0)
			r->disagreements++;
		else if (strcmp(f->kind, "bracketed") == 0)
			r->bracketed++;
		else if (strcmp(f->kind, "refused") == 0)
			r->refused++;
		else
			r->other_flags++;
	}
}

/* Whether an end note of the file states a withdrawal (or denunciation) by the state. */
static int withdrawn_in_notes(const struct untc_file *u, const struct states *sts,
			      const struct state_rec *sr)
{
	for (size_t i = 0; i < u->note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&u->note_acts, struct untc_note_act, i);
		if (!na->rescinded && na->act.kind == INFORCE_ACT_WITHDRAWAL &&
		    states_lookup(sts, na->act.participant) == sr)
			return 1;
	}
	return 0;
}

static int import_buffer(inforce_store *s, inforce_snapshot *snap, const char *buf, size_t len,
			 const char *bundle, const struct origin *from, inforce_day as_at,
			 int dry_run, inforce_untc_report *rep, inforce_error *err)
{
	struct untc_file u;
	int rc = untc_parse(&u, buf, len, bundle, err);
	if (rc)
		return -1;
	/* the page says when its status was current; the XML does not, and the caller
	 * must (inforce import-untc --as-at, the bundle's manifest) */
	if (u.status_as_at != INFORCE_DAY_NONE)
		as_at = u.status_as_at;
	if (as_at == INFORCE_DAY_NONE) {
		untc_release(&u);
		return ifc_fail(err, INFORCE_EINPUT, bundle, 0, "as_at",
				"an MTDSG XML file does not say when its status was current: give "
				"the date it was published or downloaded (--as-at YYYY-MM-DD)");
	}
	struct merge p;
	merge_init(&p, "untc");
	const struct inforce_treaty *t =
		u.reference ? (const struct inforce_treaty *)inforce_snapshot_treaty(snap, u.reference)
			    : NULL;
	struct treatydef gen;
	treatydef_init(&gen);
	const struct treatydef *td = t ? &t->def : NULL;
	char *def = NULL;
	if (!u.reference || !u.reference[0]) {
		rc = ifc_fail(err, INFORCE_EINPUT, bundle, 0, "Header", "no MTDSG reference");
	} else if (!t) {
		def = generated_definition(&u, as_at, bundle);
		rc = def ? treatydef_parse(&gen, def, strlen(def), bundle, err) : oom(err, bundle);
		td = &gen;
	}
	const char *treaty_id = td ? td->id : NULL;
	/* the table's acts: names must be known */
	for (size_t i = 0; rc == 0 && i < u.acts.len; i++) {
		const struct untc_act *a = VEC_AT(&u.acts, struct untc_act, i);
		const struct state_rec *sr = states_lookup(&snap->states, a->participant);
		if (!sr) {
			rc = ifc_fail(err, INFORCE_EINPUT, bundle, a->line, "participant",
				      "unknown state name '%s' (add it to data/states.csv as a name "
				      "or variant if it is one)",
				      a->participant);
			break;
		}
		const char *source = cell_source(&p.pool, &u, as_at, bundle, a);
		struct merge_in in = untc_in(a);
		if (!source)
			rc = oom(err, bundle);
		else if (a->bracketed && !withdrawn_in_notes(&u, &snap->states, sr))
			/* It no longer stands and no end note read says when it ended: the
			 * UN does not count it; kept as a flag, not as an act. */
			rc = merge_flag(&p, bundle, sr->iso3, &in, "bracketed",
					"the date is in brackets in the UN table: the act no longer "
					"stands (see the file's end notes); not counted as an act",
					source, NULL, 1, err);
		else if ((rc = merge_act(&p, t, treaty_id, sr, &in, source, bundle, err)) == 0 &&
			 a->bracketed)
			/* It happened, then the withdrawal an end note states ended it:
			 * stored as an act (the withdrawal closes it), and flagged. */
			rc = merge_flag(&p, bundle, sr->iso3, &in, "bracketed",
					"the date is in brackets in the UN table: the act no longer "
					"stands; stored, with the end note's withdrawal that ended it",
					source, NULL, 1, err);
	}
	/* the end notes' withdrawals, successions and predecessor States' acts */
	int unresolved = 0;
	inforce_day ceased;
	for (size_t i = 0; rc == 0 && i < u.note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&u.note_acts, struct untc_note_act, i);
		const struct state_rec *sr = states_lookup(&snap->states, na->act.participant);
		char head[512], src[2048];
		record_citation(head, sizeof head, &u, as_at, bundle);
		/* a predecessor's act cites its sentence; a withdrawal its whole note,
		 * where the date of effect often follows in another sentence */
		snprintf(src, sizeof src, "%s), end note %.20s: %.1200s", head, na->note_index,
			 na->predecessor ? na->act.raw : na->note_text);
		const char *source = pool_strdup(&p.pool, src);
		struct merge_in in = untc_in(&na->act);
		if (!source)
			rc = oom(err, bundle);
		else if (na->predecessor && (!sr || strcmp(sr->kind, "former") != 0))
			/* "The Republic of Viet Nam had...", "Canada had...": only a State
			 * that no longer exists is one the tables leave out */
			unresolved++;
		else if (na->predecessor &&
			 (ceased = engine_ceased_on(&snap->facts, sr->iso3)) != INFORCE_DAY_NONE &&
			 na->act.date >= ceased)
			rc = merge_flag(&p, bundle, sr->iso3, &in, "after-ceased",
					"the end note dates this act of a former State on or after "
					"the day it ceased to exist (data/successions.csv): not "
					"counted as an act",
					source, NULL, 1, err);
		else if (na->rescinded)
			rc = merge_flag(&p, bundle, sr ? sr->iso3 : NULL, &in, "rescinded",
					"the end note says this notification was withdrawn or "
					"suspended before it took effect",
					source, NULL, 1, err);
		else if (!sr)
			rc = merge_flag(&p, bundle, NULL, &in, "unknown-name",
					"an end note names a participant that is not a known name; "
					"kept as text",
					source, NULL, 1, err);
		else
			rc = merge_act(&p, t, treaty_id, sr, &in, source, bundle, err);
	}
	if (rc == 0)
		rc = merge_settle(&p, td, t, &snap->facts, bundle, err);
	if (rc == 0) {
		tally(rep, &u, &p);
		rep->note_unresolved += unresolved;
	}
	if (rc == 0 && !dry_run) {
		if (!t) {
			int64_t import_id = store_add_import(s, bundle, "untc-treaty", 1, err);
			rc = import_id < 0 ? -1
					   : store_insert_treaty(s, treaty_id, def, import_id, bundle,
								 err);
		}
		if (rc == 0)
			rc = write_record(s, &u, treaty_id, bundle, from, as_at, &p, &snap->states,
					  err);
	}
	free(def);
	treatydef_release(&gen);
	merge_release(&p);
	untc_release(&u);
	return rc;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_record_file(const char *name)
{
	size_t l = strlen(name);
	return (l > 4 && strcmp(name + l - 4, ".xml") == 0) ||
	       (l > 5 && strcmp(name + l - 5, ".html") == 0);
}

int import_untc_in_txn(inforce_store *s, const char *path, const char *display, inforce_day as_at,
		       int dry_run, inforce_untc_report *rep, inforce_error *err)
{
	struct stat stbuf;
	memset(rep, 0, sizeof *rep);
	if (stat(path, &stbuf) != 0)
		return ifc_fail(err, INFORCE_EINPUT, path, 0, NULL, "cannot open: no such file");
	size_t n = 0, cap = 16;
	char **files = malloc(cap * sizeof *files);
	if (!files)
		return oom(err, path);
	if (S_ISDIR(stbuf.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *e;
		while (d && (e = readdir(d))) {
			if (!is_record_file(e->d_name))
				continue;
			if (n == cap) {
				char **nf = realloc(files, (cap *= 2) * sizeof *files);
				if (!nf)
					break;
				files = nf;
			}
			size_t pl = strlen(path) + strlen(e->d_name) + 2;
			if (!(files[n] = malloc(pl)))
				break;
			snprintf(files[n++], pl, "%s/%s", path, e->d_name);
		}
		if (d)
			closedir(d);
		qsort(files, n, sizeof *files, cmp_name);
	} else if ((files[0] = strdup(path))) {
		n = 1;
	}
	int rc = 0;
	inforce_snapshot *snap = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
	if (!snap)
		rc = -1;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		char name[4096];
		const char *base = strrchr(files[i], '/');
		if (display)
			snprintf(name, sizeof name, "%s/%s", display,
				 base && S_ISDIR(stbuf.st_mode) ? base + 1 : files[i]);
		else
			snprintf(name, sizeof name, "%s", files[i]);
		if (display && !S_ISDIR(stbuf.st_mode))
			snprintf(name, sizeof name, "%s", display);
		size_t len;
		char *buf = ifc_read_file(files[i], UNTC_MAX_BYTES, &len, err);
		rc = buf ? import_buffer(s, snap, buf, len, name, NULL, as_at, dry_run, rep, err) : -1;
		free(buf);
	}
	inforce_snapshot_free(snap);
	if (rc == 0 && !dry_run) { /* the whole store must still derive */
		inforce_snapshot *check = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
		rc = check ? 0 : -1;
		inforce_snapshot_free(check);
	}
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return rc;
}

int inforce_store_import_untc(inforce_store *s, const char *path, const char *display,
			      inforce_day as_at, int dry_run, inforce_untc_report *rep,
			      inforce_error *err)
{
	if (dry_run)
		return import_untc_in_txn(s, path, display, as_at, 1, rep, err);
	if (store_begin(s, err))
		return -1;
	return store_finish(s, import_untc_in_txn(s, path, display, as_at, 0, rep, err), err);
}

int import_untc_page(inforce_store *s, const char *buf, size_t len, const char *display,
		     const char *url, const char *sha256, inforce_day as_at,
		     inforce_untc_report *rep, inforce_error *err)
{
	struct origin from = {url, sha256};
	memset(rep, 0, sizeof *rep);
	inforce_snapshot *snap = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
	int rc = snap ? import_buffer(s, snap, buf, len, display, &from, as_at, 0, rep, err) : -1;
	inforce_snapshot_free(snap);
	if (rc == 0) { /* the whole store must still derive */
		inforce_snapshot *check = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, NULL, err);
		rc = check ? 0 : -1;
		inforce_snapshot_free(check);
	}
	return rc;
}

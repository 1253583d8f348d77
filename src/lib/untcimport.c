/*
 * untcimport.c - loads the UN Treaty Collection's MTDSG status files (parsed by
 * untc.c) into the store, merging them with what is already there:
 *   - a treaty without a definition file gets one generated from the file's header,
 *     with no rules: its status is deposit-based, as the UN's own "Parties" count,
 *     and each state's own date of entry into force is unknown;
 *   - every participant name must be a known name or variant (data/states.csv):
 *     an unknown name is an error naming it, never a guess;
 *   - the same act (treaty, state, kind, date) already stored from another source
 *     becomes one act with both sources (act_source);
 *   - the same state's act of the same kind on another date, or a consent of another
 *     kind on the same date, is a disagreement: both kept, flagged (flag), the stored
 *     act stays in force; `inforce verify` lists them;
 *   - bracketed acts ("no longer stands") are stored only when an end note states the
 *     withdrawal that ended them (so the withdrawal has its consent); otherwise they
 *     are kept as flags, not counted, as the UN does not count them;
 *   - rescinded withdrawals, end-note acts whose participant is not a known name, and
 *     acts the engine refuses as contradictory are kept as flags with their text:
 *     nothing is dropped silently;
 *   - declarations, objections, end notes and every other text are kept as notes.
 * One transaction for everything given; --dry-run reports the same without storing.
 * Exports inforce_store_import_untc, inforce_untc_check.
 */
#include <dirent.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "internal.h"
#include "sources/untc.h"

/* A flag to store: something kept aside, with why. */
struct flagrec {
	const char *iso3, *participant, *kind, *message, *source;
	const inforce_act *stored; /* the stored act it concerns, or NULL */
	enum inforce_act_kind act_kind;
	int has_kind;
	inforce_day date;
	long line;
};

struct pending {
	struct pool pool;
	struct vec acts;    /* inforce_act: new acts */
	struct vec sources; /* struct { int64 id; const char *source; long line } */
	struct vec flags;   /* struct flagrec */
};

struct srcrec {
	int64_t action_id;
	const char *source;
	long line;
};

static void pending_init(struct pending *p)
{
	pool_init(&p->pool);
	vec_init(&p->acts, sizeof(inforce_act));
	vec_init(&p->sources, sizeof(struct srcrec));
	vec_init(&p->flags, sizeof(struct flagrec));
}

static void pending_release(struct pending *p)
{
	vec_release(&p->acts);
	vec_release(&p->sources);
	vec_release(&p->flags);
	pool_release(&p->pool);
}

static int oom(inforce_error *err, const char *file)
{
	return ifc_fail(err, INFORCE_ERUNTIME, file, 0, NULL, "out of memory");
}

static int add_flag(struct pending *p, const char *file, const char *iso3, const char *participant,
		    const char *kind, const char *message, const char *source, long line,
		    const inforce_act *stored, const struct untc_act *a, inforce_error *err)
{
	struct flagrec *f = vec_push(&p->flags);
	if (!f)
		return oom(err, file);
	f->iso3 = iso3;
	f->participant = participant ? participant : "";
	f->kind = kind;
	f->message = pool_strdup(&p->pool, message);
	f->source = source;
	f->line = line;
	f->stored = stored;
	f->date = a ? a->date : INFORCE_DAY_NONE;
	f->has_kind = a != NULL;
	f->act_kind = a ? a->kind : INFORCE_ACT_SIGNATURE;
	return f->message ? 0 : oom(err, file);
}

/* The citation of one table cell: the file, its reference and snapshot, the column. */
static const char *cell_source(struct pool *pool, const struct untc_file *u, const char *bundle,
			       const struct untc_act *a)
{
	char buf[2048];
	if (a->column[0])
		snprintf(buf, sizeof buf,
			 "UN Treaty Collection, MTDSG %.40s, status as at 15 January 2018 (%.300s line "
			 "%ld): '%.400s' under '%.300s'",
			 u->reference, bundle, a->line, a->raw, a->column);
	else
		snprintf(buf, sizeof buf,
			 "UN Treaty Collection, MTDSG %.40s, status as at 15 January 2018 (%.300s line "
			 "%ld): end note: %.1200s",
			 u->reference, bundle, a->line, a->raw);
	return pool_strdup(pool, buf);
}

/* Writes a definition for a treaty that has no definition file: metadata from the
 * header, no rules. Values are single lines; the result is NUL-terminated. */
static char *generated_definition(const struct untc_file *u, const char *bundle)
{
	char title[2048], eif[INFORCE_DATE_BUFSZ], eiftext[1024];
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
			 "# Generated from the UN Treaty Collection file %s (no definition file).\n"
			 "[treaty]\nid: %s\nuntc: %s\nshort_name: %s\ntitle: %s\n"
			 "depositary: Secretary-General of the United Nations\n"
			 "source: UN Treaty Collection, MTDSG %s, status as at 15 January 2018 (%s)\n",
			 bundle, u->reference, u->reference, shortname,
			 title[0] ? title : u->reference, u->reference, bundle);
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

static int act_class_same(enum inforce_act_kind a, enum inforce_act_kind b)
{
	return ifc_act_class(a) == ifc_act_class(b);
}

/* The stored acts of one treaty for one state. */
static size_t stored_of(const struct inforce_treaty *t, const char *iso3, const inforce_act **out,
			size_t max)
{
	size_t k = 0;
	for (size_t i = 0; t && i < t->act_count && k < max; i++)
		if (strcmp(t->acts[i]->iso3, iso3) == 0)
			out[k++] = t->acts[i];
	return k;
}

/* Merges one act read from the file with what is stored and already pending. */
static int merge_act(struct pending *p, const struct inforce_treaty *t, const char *treaty_id,
		     const struct state_rec *sr, const struct untc_act *a, const char *source,
		     const char *file, inforce_error *err)
{
	const inforce_act *mine[64];
	size_t n = stored_of(t, sr->iso3, mine, 64);
	/* already pending from this file (a row in two tables): one act */
	for (size_t i = 0; i < p->acts.len; i++) {
		const inforce_act *q = VEC_AT(&p->acts, inforce_act, i);
		if (q->iso3 == sr->iso3 && q->kind == a->kind && q->date == a->date &&
		    strcmp(q->treaty, treaty_id) == 0)
			return 0;
	}
	for (size_t i = 0; i < n; i++)
		if (mine[i]->kind == a->kind && mine[i]->date == a->date) {
			struct srcrec *r = vec_push(&p->sources);
			if (!r)
				return oom(err, file);
			r->action_id = mine[i]->id;
			r->source = source;
			r->line = a->line;
			return 0;
		}
	/* Same kind on another date, or another consent on the same date: when each
	 * source holds one such act for the state, they disagree about the same act. */
	size_t same_class = 0;
	const inforce_act *other = NULL;
	for (size_t i = 0; i < n; i++)
		if (act_class_same(mine[i]->kind, a->kind)) {
			same_class++;
			other = mine[i];
		}
	if (same_class == 1 && (other->kind == a->kind || other->date == a->date)) {
		char msg[512], d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
		snprintf(msg, sizeof msg,
			 "sources disagree: stored %s %s (action %lld, %s:%ld); this file says %s %s",
			 inforce_act_kind_name(other->kind), inforce_date_format(other->date, d1),
			 (long long)other->id, other->file ? other->file : "?", other->line,
			 inforce_act_kind_name(a->kind), inforce_date_format(a->date, d2));
		return add_flag(p, file, sr->iso3, a->participant, "disagreement", msg, source,
				a->line, other, a, err);
	}
	inforce_act *na = vec_push(&p->acts);
	if (!na)
		return oom(err, file);
	na->treaty = treaty_id;
	na->iso3 = sr->iso3;
	na->state_name = a->participant;
	na->kind = a->kind;
	na->date = a->date;
	na->stated_effective = a->effective;
	na->known = INFORCE_DAY_NONE;
	na->source = source;
	na->notes = a->ambiguous ? "UNTC legend does not tell the kind apart: first item taken"
				 : "";
	na->file = file;
	na->line = a->line;
	return 0;
}

/* Runs the engine over the stored and pending acts of the treaty; an act it refuses
 * as contradictory is moved to the flags, and the check runs again. */
static int settle(struct pending *p, const struct treatydef *td, const struct inforce_treaty *t,
		  const struct facts *facts, const char *file, inforce_error *err)
{
	for (int round = 0; round < 1000; round++) {
		size_t n = (t ? t->act_count : 0) + p->acts.len, k = 0;
		const inforce_act **all = malloc(sizeof *all * (n + 1));
		if (!all)
			return oom(err, file);
		for (size_t i = 0; t && i < t->act_count; i++)
			all[k++] = t->acts[i];
		for (size_t i = 0; i < p->acts.len; i++)
			all[k++] = VEC_AT(&p->acts, inforce_act, i);
		struct derived d;
		inforce_error why = {0};
		int rc = engine_derive(&d, td, all, k, facts, &why);
		free(all);
		if (rc == 0) {
			engine_release(&d);
			return 0;
		}
		if (why.kind != INFORCE_EINPUT)
			return ifc_fail(err, why.kind, why.file, why.line, why.field, "%s", why.msg);
		/* find the pending act the engine named (by file and line) */
		size_t bad = p->acts.len;
		for (size_t i = 0; i < p->acts.len; i++) {
			const inforce_act *q = VEC_AT(&p->acts, inforce_act, i);
			if (q->line == why.line && q->file && strcmp(q->file, why.file) == 0)
				bad = i;
		}
		if (bad == p->acts.len) /* a stored act: the store itself is contradictory */
			return ifc_fail(err, INFORCE_EINPUT, why.file, why.line, why.field, "%s",
					why.msg);
		inforce_act q = *VEC_AT(&p->acts, inforce_act, bad);
		struct untc_act ua = {.participant = q.state_name, .kind = q.kind, .date = q.date};
		if (add_flag(p, file, q.iso3, q.state_name, "refused", why.msg, q.source, q.line, NULL,
			     &ua, err))
			return -1;
		memmove(VEC_AT(&p->acts, inforce_act, bad), VEC_AT(&p->acts, inforce_act, bad + 1),
			(p->acts.len - bad - 1) * sizeof(inforce_act));
		p->acts.len--;
	}
	return ifc_fail(err, INFORCE_EINPUT, file, 0, NULL, "too many contradictory acts");
}

/* ------------------------------------------------------------ writing */

static void bind_text_or_null(sqlite3_stmt *st, int col, const char *s)
{
	if (s)
		sqlite3_bind_text(st, col, s, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, col);
}

static int write_file(inforce_store *s, const struct untc_file *u, const char *treaty_id,
		      const char *bundle, struct pending *p, const struct states *sts,
		      inforce_error *err)
{
	sqlite3 *db = store_db(s);
	int64_t import_id = store_add_import(s, bundle, "untc", (int)p->acts.len, err);
	if (import_id < 0 || store_insert_acts(s, p->acts.items, p->acts.len, import_id, err))
		return -1;
	sqlite3_stmt *src = NULL, *flg = NULL, *note = NULL, *hdr = NULL;
	int rc = 0;
	if (sqlite3_prepare_v2(db, "INSERT INTO act_source (action_id, source, line, import_id)"
				   " VALUES (?,?,?,?)", -1, &src, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO flag (treaty, iso3, participant, kind, action_id,"
				   " act_kind, date, message, source, line, import_id)"
				   " VALUES (?,?,?,?,?,?,?,?,?,?,?)", -1, &flg, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO note (treaty, iso3, participant, kind, idx, text,"
				   " line, import_id) VALUES (?,?,?,?,?,?,?,?)", -1, &note,
			       NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO untc_file (reference, treaty, title, eif_text,"
				   " published_eif, published_signatories, published_parties, rows,"
				   " cells, repairs, legends, import_id)"
				   " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", -1, &hdr, NULL) != SQLITE_OK)
		rc = ifc_fail(err, INFORCE_ERUNTIME, bundle, 0, NULL, "cannot store: %s",
			      sqlite3_errmsg(db));
	for (size_t i = 0; rc == 0 && i < p->sources.len; i++) {
		const struct srcrec *r = VEC_AT(&p->sources, struct srcrec, i);
		sqlite3_bind_int64(src, 1, r->action_id);
		sqlite3_bind_text(src, 2, r->source, -1, SQLITE_STATIC);
		sqlite3_bind_int64(src, 3, r->line);
		sqlite3_bind_int64(src, 4, import_id);
		rc = store_step(db, src, bundle, r->line, err);
	}
	char d[INFORCE_DATE_BUFSZ];
	for (size_t i = 0; rc == 0 && i < p->flags.len; i++) {
		const struct flagrec *f = VEC_AT(&p->flags, struct flagrec, i);
		sqlite3_bind_text(flg, 1, treaty_id, -1, SQLITE_STATIC);
		bind_text_or_null(flg, 2, f->iso3);
		sqlite3_bind_text(flg, 3, f->participant, -1, SQLITE_STATIC);
		sqlite3_bind_text(flg, 4, f->kind, -1, SQLITE_STATIC);
		if (f->stored)
			sqlite3_bind_int64(flg, 5, f->stored->id);
		else
			sqlite3_bind_null(flg, 5);
		bind_text_or_null(flg, 6, f->has_kind ? inforce_act_kind_name(f->act_kind) : NULL);
		if (f->date != INFORCE_DAY_NONE)
			sqlite3_bind_text(flg, 7, inforce_date_format(f->date, d), -1, SQLITE_TRANSIENT);
		else
			sqlite3_bind_null(flg, 7);
		sqlite3_bind_text(flg, 8, f->message, -1, SQLITE_STATIC);
		sqlite3_bind_text(flg, 9, f->source ? f->source : bundle, -1, SQLITE_STATIC);
		sqlite3_bind_int64(flg, 10, f->line);
		sqlite3_bind_int64(flg, 11, import_id);
		rc = store_step(db, flg, bundle, f->line, err);
	}
	for (size_t i = 0; rc == 0 && i < u->notes.len; i++) {
		const struct untc_note *n = VEC_AT(&u->notes, struct untc_note, i);
		const struct state_rec *sr = n->participant ? states_lookup(sts, n->participant) : NULL;
		sqlite3_bind_text(note, 1, treaty_id, -1, SQLITE_STATIC);
		bind_text_or_null(note, 2, sr ? sr->iso3 : NULL);
		bind_text_or_null(note, 3, n->participant);
		sqlite3_bind_text(note, 4, untc_note_kind_name(n->kind), -1, SQLITE_STATIC);
		sqlite3_bind_text(note, 5, n->index ? n->index : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(note, 6, n->text ? n->text : "", -1, SQLITE_STATIC);
		sqlite3_bind_int64(note, 7, n->line);
		sqlite3_bind_int64(note, 8, import_id);
		rc = store_step(db, note, bundle, n->line, err);
	}
	if (rc == 0) {
		char repairs[256], *legends = NULL;
		size_t ll = 1, used = 0;
		snprintf(repairs, sizeof repairs, "quotes=%d single_quotes=%d dashes=%d spaces=%d "
						  "ellipses=%d",
			 u->repairs.quotes, u->repairs.single_quotes, u->repairs.dashes,
			 u->repairs.spaces, u->repairs.ellipses);
		for (size_t i = 0; i < u->legends.len; i++)
			ll += strlen(*VEC_AT(&u->legends, const char *, i)) + 1;
		if (!(legends = calloc(1, ll)))
			rc = oom(err, bundle);
		for (size_t i = 0; rc == 0 && i < u->legends.len; i++) {
			const char *l = *VEC_AT(&u->legends, const char *, i);
			size_t k = strlen(l);
			if (i)
				legends[used++] = '\n';
			memcpy(legends + used, l, k);
			used += k;
		}
		if (rc == 0) {
			sqlite3_bind_text(hdr, 1, u->reference, -1, SQLITE_STATIC);
			sqlite3_bind_text(hdr, 2, treaty_id, -1, SQLITE_STATIC);
			sqlite3_bind_text(hdr, 3, u->title ? u->title : "", -1, SQLITE_STATIC);
			sqlite3_bind_text(hdr, 4, u->eif_text ? u->eif_text : "", -1, SQLITE_STATIC);
			if (u->published_eif != INFORCE_DAY_NONE)
				sqlite3_bind_text(hdr, 5, inforce_date_format(u->published_eif, d), -1,
						  SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(hdr, 5);
			if (u->published_signatories >= 0)
				sqlite3_bind_int(hdr, 6, u->published_signatories);
			else
				sqlite3_bind_null(hdr, 6);
			if (u->published_parties >= 0)
				sqlite3_bind_int(hdr, 7, u->published_parties);
			else
				sqlite3_bind_null(hdr, 7);
			sqlite3_bind_int(hdr, 8, u->rows);
			sqlite3_bind_int(hdr, 9, u->cells);
			sqlite3_bind_text(hdr, 10, repairs, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(hdr, 11, legends, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(hdr, 12, import_id);
			rc = store_step(db, hdr, bundle, 0, err);
		}
		free(legends);
	}
	sqlite3_finalize(src);
	sqlite3_finalize(flg);
	sqlite3_finalize(note);
	sqlite3_finalize(hdr);
	return rc;
}

/* ------------------------------------------------------------ one file */

static void tally(inforce_untc_report *r, const struct untc_file *u, const struct pending *p)
{
	r->files++;
	r->rows += u->rows;
	r->cells += u->cells;
	r->acts_read += (int)u->acts.len + (int)u->note_acts.len;
	r->acts_new += (int)p->acts.len;
	r->acts_merged += (int)p->sources.len;
	r->notes += (int)u->notes.len;
	r->note_acts += (int)u->note_acts.len;
	r->note_unresolved += u->note_unresolved;
	r->repairs_quotes += u->repairs.quotes;
	r->repairs_single_quotes += u->repairs.single_quotes;
	r->repairs_dashes += u->repairs.dashes;
	r->repairs_spaces += u->repairs.spaces;
	r->repairs_ellipses += u->repairs.ellipses;
	for (size_t i = 0; i < p->flags.len; i++) {
		const struct flagrec *f = VEC_AT(&p->flags, struct flagrec, i);
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

static int import_one(inforce_store *s, inforce_snapshot *snap, const char *path,
		      const char *bundle, int dry_run, inforce_untc_report *rep, inforce_error *err)
{
	size_t len;
	char *buf = ifc_read_file(path, UNTC_MAX_BYTES, &len, err);
	if (!buf)
		return -1;
	struct untc_file u;
	int rc = untc_parse(&u, buf, len, bundle, err);
	free(buf);
	if (rc)
		return -1;
	struct pending p;
	pending_init(&p);
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
		def = generated_definition(&u, bundle);
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
		const char *source = cell_source(&p.pool, &u, bundle, a);
		if (!source)
			rc = oom(err, bundle);
		else if (a->bracketed && !withdrawn_in_notes(&u, &snap->states, sr))
			/* It no longer stands and no end note read says when it ended: the
			 * UN does not count it; kept as a flag, not as an act. */
			rc = add_flag(&p, bundle, sr->iso3, a->participant, "bracketed",
				      "the date is in brackets in the UN table: the act no longer "
				      "stands (see the file's end notes); not counted as an act",
				      source, a->line, NULL, a, err);
		else if ((rc = merge_act(&p, t, treaty_id, sr, a, source, bundle, err)) == 0 &&
			 a->bracketed)
			/* It happened, then the withdrawal an end note states ended it:
			 * stored as an act (the withdrawal closes it), and flagged. */
			rc = add_flag(&p, bundle, sr->iso3, a->participant, "bracketed",
				      "the date is in brackets in the UN table: the act no longer "
				      "stands; stored, with the end note's withdrawal that ended it",
				      source, a->line, NULL, a, err);
	}
	/* the end notes' withdrawals and successions */
	for (size_t i = 0; rc == 0 && i < u.note_acts.len; i++) {
		const struct untc_note_act *na = VEC_AT(&u.note_acts, struct untc_note_act, i);
		const struct state_rec *sr = states_lookup(&snap->states, na->act.participant);
		char src[2048];
		snprintf(src, sizeof src,
			 "UN Treaty Collection, MTDSG %.40s, status as at 15 January 2018 (%.300s), "
			 "end note %.20s: %.1200s",
			 u.reference, bundle, na->note_index, na->note_text);
		const char *source = pool_strdup(&p.pool, src);
		if (!source)
			rc = oom(err, bundle);
		else if (na->rescinded)
			rc = add_flag(&p, bundle, sr ? sr->iso3 : NULL, na->act.participant,
				      "rescinded",
				      "the end note says this notification was withdrawn or suspended "
				      "before it took effect",
				      source, na->act.line, NULL, &na->act, err);
		else if (!sr)
			rc = add_flag(&p, bundle, NULL, na->act.participant, "unknown-name",
				      "an end note names a participant that is not a known name; kept "
				      "as text",
				      source, na->act.line, NULL, &na->act, err);
		else
			rc = merge_act(&p, t, treaty_id, sr, &na->act, source, bundle, err);
	}
	if (rc == 0)
		rc = settle(&p, td, t, &snap->facts, bundle, err);
	if (rc == 0)
		tally(rep, &u, &p);
	if (rc == 0 && !dry_run) {
		if (!t)
			rc = store_insert_treaty(s, treaty_id, def,
						 store_add_import(s, bundle, "untc-treaty", 1, err),
						 bundle, err);
		if (rc == 0)
			rc = write_file(s, &u, treaty_id, bundle, &p, &snap->states, err);
	}
	free(def);
	treatydef_release(&gen);
	pending_release(&p);
	untc_release(&u);
	return rc;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int untc_import_in_txn(inforce_store *s, const char *path, const char *display, int dry_run,
		       inforce_untc_report *rep, inforce_error *err)
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
			size_t l = strlen(e->d_name);
			if (l < 5 || strcmp(e->d_name + l - 4, ".xml") != 0)
				continue;
			if (n == cap) {
				char **nf = realloc(files, (cap *= 2) * sizeof *files);
				if (!nf)
					break;
				files = nf;
			}
			size_t pl = strlen(path) + l + 2;
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
	inforce_snapshot *snap = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, err);
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
		rc = import_one(s, snap, files[i], name, dry_run, rep, err);
	}
	inforce_snapshot_free(snap);
	if (rc == 0 && !dry_run) { /* the whole store must still derive */
		inforce_snapshot *check = snapshot_load_db(store_db(s), INFORCE_DAY_NONE, err);
		rc = check ? 0 : -1;
		inforce_snapshot_free(check);
	}
	for (size_t i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return rc;
}

int inforce_store_import_untc(inforce_store *s, const char *path, const char *display, int dry_run,
			      inforce_untc_report *rep, inforce_error *err)
{
	if (dry_run)
		return untc_import_in_txn(s, path, display, 1, rep, err);
	if (store_begin(s, err))
		return -1;
	return store_finish(s, untc_import_in_txn(s, path, display, 0, rep, err), err);
}

/* ------------------------------------------------------------ cross-check */

/* The signatures of treaty `id` that the UN table shows in brackets ("no longer
 * stands"): stored when an end note gives the withdrawal that ended them, and not
 * counted in the file's published Signatories. Their states' ISO3 and dates, up to
 * max; the count. */
static size_t bracketed_signatures(sqlite3_stmt *st, const char *id, const char **iso3,
				   inforce_day *date, size_t max, struct pool *pool)
{
	size_t n = 0;
	sqlite3_reset(st);
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
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
			       " published_parties, eif_text, rows FROM untc_file ORDER BY reference",
			       -1, &st, NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "cannot read the store: %s",
				sqlite3_errmsg(db));
	if (sqlite3_prepare_v2(db,
			       "SELECT iso3, date FROM flag WHERE treaty = ? AND kind = 'bracketed'"
			       " AND act_kind = 'signature' AND iso3 IS NOT NULL",
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
		if (!t)
			continue;
		r->has_rule = t->def.has_eif_rule;
		r->computed_eif = t->derived.eif.date;
		const char *br_iso3[64];
		inforce_day br_date[64];
		size_t nbr = bracketed_signatures(br, (const char *)sqlite3_column_text(st, 1),
						  br_iso3, br_date, 64, &pool);
		for (size_t i = 0; i < t->derived.part_count; i++) {
			const struct participant *part = &t->derived.parts[i];
			inforce_standing sd;
			engine_standing(part, on, &sd);
			int in = sd.status == INFORCE_ST_PARTY || sd.status == INFORCE_ST_CONTRACTING;
			r->computed_parties += in;
			r->pending_unknown += in && sd.withdrawal_pending &&
					      sd.withdrawal_effective == INFORCE_DAY_NONE;
			/* Signatories as the UN counts them: a signature that stands in the
			 * table, later withdrawals or not (a bracketed one does not count). */
			int signed_standing = 0;
			for (size_t k = 0; k < part->act_count; k++) {
				const inforce_act *a = part->acts[k];
				int bracketed = 0;
				for (size_t b = 0; b < nbr; b++)
					bracketed |= br_date[b] == a->date &&
						     strcmp(br_iso3[b], part->iso3) == 0;
				signed_standing |= a->kind == INFORCE_ACT_SIGNATURE && a->date <= on &&
						   !bracketed;
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

/*
 * verify.c - `inforce verify`: the store's current record checked for
 * contradictions, each reported with the row it concerns (act id, file, line).
 *
 * It reads the store with its own SQL rather than through a snapshot: a snapshot
 * refuses to load when the engine refuses an act, and such a store is exactly what
 * must be checked. What it checks:
 *   - before-opening: a signature or a consent dated before the treaty was opened
 *     for signature (its `opened_for_signature`, else its `adopted` date; treaties
 *     with neither are not checked);
 *   - refused: every act the engine refuses when it re-derives the treaty. A treaty
 *     the engine accepts whole has none; otherwise each state's acts are given to
 *     the engine one by one in its own order, and each act it refuses is reported
 *     and left out, so that one bad act does not hide the next;
 *   - repeated: two acts of the same kind on different dates in one participation
 *     episode (as the engine cuts them), reported on the later act;
 *   - future: an act dated after `today`;
 *   - bad-text: an act whose name, source, notes or other text is not valid UTF-8
 *     or holds a control character;
 *   - no-source: an act, a further source of an act (act_source), an armed-conflict
 *     record, an extension or a membership whose source is blank;
 *   - definition: a stored treaty definition that no longer parses.
 * The flags of the UNTC importer (table `flag`) are added as informational
 * findings, and so is every act that a newer record of the same source no longer
 * lists with nothing to explain it ("dropped", records.c); acts a newer record
 * replaced or dropped that way are left out of the engine's re-derivation, as a
 * snapshot leaves them out. Exports inforce_verify_*.
 */
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define NONE INFORCE_DAY_NONE

struct inforce_verification {
	struct pool pool;
	struct vec findings; /* inforce_finding */
	inforce_verify_counts totals;
};

/* What the checks read, all owned here. */
struct vtreaty {
	struct treatydef def;
	const char *file;   /* the definition's import file */
	int parsed;
	const inforce_act **acts; /* this treaty's current acts, engine order */
	size_t act_count;
};

struct verifier {
	inforce_verification *out;
	sqlite3 *db;
	const char *path;
	inforce_day today;
	struct pool pool;
	struct states states;
	struct vtreaty *treaties;
	size_t treaty_count;
	inforce_act *acts;
	size_t act_count;
	inforce_conflict *conflicts;
	size_t conflict_count;
	struct facts facts;
	int64_t *excluded;    /* acts answers do not come from (records.c), sorted */
	size_t excluded_count;
	inforce_error *err;
};

/* ------------------------------------------------------------ findings */

static int add_finding(struct verifier *vf, const char *check, int informational,
		       const inforce_act *a, const char *treaty, const char *iso3,
		       const char *file, long line, const char *fmt, ...) IFC_PRINTF(9, 10);

static int add_finding(struct verifier *vf, const char *check, int informational,
		       const inforce_act *a, const char *treaty, const char *iso3,
		       const char *file, long line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	for (char *p = msg; *p; p++) /* one line each: texts from the files may hold breaks */
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	struct pool *pool = &vf->out->pool;
	inforce_finding *f = vec_push(&vf->out->findings);
	if (!f)
		return ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL, "out of memory");
	if (a) {
		treaty = a->treaty;
		iso3 = a->iso3;
		file = a->file;
		line = a->line;
		f->act_id = a->id;
	}
	f->check = pool_strdup(pool, check);
	f->informational = informational;
	f->treaty = pool_strdup(pool, treaty ? treaty : "");
	f->iso3 = pool_strdup(pool, iso3 ? iso3 : "");
	f->file = pool_strdup(pool, file ? file : "");
	f->line = line;
	f->message = pool_strdup(pool, msg);
	if (!f->check || !f->treaty || !f->iso3 || !f->file || !f->message)
		return ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL, "out of memory");
	if (informational)
		vf->out->totals.flags++;
	else
		vf->out->totals.contradictions++;
	return 0;
}

static int cmp_finding(const void *pa, const void *pb)
{
	const inforce_finding *a = pa, *b = pb;
	int c;
	if (a->informational != b->informational)
		return a->informational - b->informational;
	if ((c = ifc_strcasecmp(a->treaty, b->treaty)) || (c = strcmp(a->iso3, b->iso3)) ||
	    (c = strcmp(a->file, b->file)))
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->act_id != b->act_id)
		return a->act_id < b->act_id ? -1 : 1;
	if ((c = strcmp(a->check, b->check)))
		return c;
	return strcmp(a->message, b->message);
}

/* ------------------------------------------------------------ reading */

static const char *col_text(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? (const char *)t : "";
}

static int prep(struct verifier *vf, const char *sql, sqlite3_stmt **st)
{
	if (sqlite3_prepare_v2(vf->db, sql, -1, st, NULL) == SQLITE_OK)
		return 0;
	return ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL, "cannot read the store: %s",
			sqlite3_errmsg(vf->db));
}

static int done(struct verifier *vf, sqlite3_stmt *st, int rc)
{
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE)
		return 0;
	return ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL, "cannot read the store: %s",
			sqlite3_errmsg(vf->db));
}

/* Steps a `SELECT count(*)` and finalizes it: the count in *n, or -1 when it cannot
 * be read (a count taken for 0 would check nothing and report a clean store). */
static int count_rows(struct verifier *vf, sqlite3_stmt *st, size_t *n)
{
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(st, 0) : 0;
	return done(vf, st, rc == SQLITE_ROW ? SQLITE_DONE : rc);
}

static int oom(struct verifier *vf)
{
	return ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL, "out of memory");
}

static const struct state_rec *state_of(const struct verifier *vf, const char *iso3)
{
	return vf->states.states.len ? states_by_iso3(&vf->states, iso3) : NULL;
}

static int read_states(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(vf, "SELECT iso3, name, kind, source FROM state", &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (states_add(&vf->states, col_text(st, 0), col_text(st, 1), col_text(st, 2), NULL,
			       col_text(st, 3), "store", 0, vf->err)) {
			sqlite3_finalize(st);
			return -1;
		}
	if (done(vf, st, rc) || prep(vf, "SELECT iso3, name FROM state_name", &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (states_add_variant(&vf->states, col_text(st, 0), col_text(st, 1))) {
			sqlite3_finalize(st);
			return oom(vf);
		}
	if (done(vf, st, rc))
		return -1;
	/* An empty table is left as it is: there is nothing to sort or look up. */
	return vf->states.states.len ? states_finish(&vf->states, "store", vf->err) : 0;
}

static int read_treaties(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(vf, "SELECT count(*) FROM treaty", &st))
		return -1;
	size_t n;
	if (count_rows(vf, st, &n))
		return -1;
	if (!(vf->treaties = calloc(n + 1, sizeof *vf->treaties)))
		return oom(vf);
	if (prep(vf,
		 "SELECT t.id, t.definition, i.file FROM treaty t JOIN import i ON i.id = t.import_id"
		 " ORDER BY t.id COLLATE NOCASE",
		 &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && vf->treaty_count < n) {
		struct vtreaty *t = &vf->treaties[vf->treaty_count++];
		const char *id = col_text(st, 0), *def = col_text(st, 1);
		inforce_error perr = {0};
		treatydef_init(&t->def);
		if (!(t->file = pool_strdup(&vf->pool, col_text(st, 2)))) {
			sqlite3_finalize(st);
			return oom(vf);
		}
		t->parsed = treatydef_parse(&t->def, def, strlen(def), t->file, &perr) == 0;
		if (!t->parsed) {
			char msg[1024];
			inforce_error_format(&perr, msg, sizeof msg);
			/* Keep the stored id, so that its acts are matched and skipped. */
			if (!(t->def.id = pool_strdup(&t->def.pool, id)) ||
			    add_finding(vf, "definition", 0, NULL, id, "", t->file, perr.line,
					"the stored definition of %s does not parse: %s", id, msg)) {
				sqlite3_finalize(st);
				return -1;
			}
		}
	}
	return done(vf, st, rc == SQLITE_ROW ? SQLITE_DONE : rc);
}

static struct vtreaty *treaty_of(struct verifier *vf, const char *id)
{
	for (size_t i = 0; i < vf->treaty_count; i++)
		if (vf->treaties[i].def.id && ifc_strcasecmp(vf->treaties[i].def.id, id) == 0)
			return &vf->treaties[i];
	return NULL;
}

/* The current acts: every row no other row supersedes. */
static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* What the records say: when the store loads as a snapshot, the acts it leaves out
 * (a newer record replaced or dropped them) and a finding for each drop nothing
 * explains. A store that does not load is checked act by act all the same. */
static int read_drops(struct verifier *vf)
{
	inforce_error ignored = {0};
	inforce_snapshot *snap = snapshot_load_db(vf->db, INFORCE_DAY_NONE, NULL, &ignored);
	if (!snap)
		return 0;
	size_t n = 0;
	for (size_t t = 0; t < inforce_snapshot_treaty_count(snap); t++)
		n += inforce_treaty_drop_count(inforce_snapshot_treaty_at(snap, t));
	vf->excluded = malloc(sizeof *vf->excluded * (n + 1));
	int rc = vf->excluded ? 0 : oom(vf);
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ], d3[INFORCE_DATE_BUFSZ];
	for (size_t t = 0; rc == 0 && t < inforce_snapshot_treaty_count(snap); t++) {
		const inforce_treaty *tr = inforce_snapshot_treaty_at(snap, t);
		for (size_t i = 0; rc == 0 && i < inforce_treaty_drop_count(tr); i++) {
			const inforce_drop *d = inforce_treaty_drop_at(tr, i);
			if (d->reason != INFORCE_DROP_ENDED)
				vf->excluded[vf->excluded_count++] = d->act->id;
			if (d->reason != INFORCE_DROP_UNEXPLAINED)
				continue;
			rc = add_finding(vf, "dropped", 1, d->act, NULL, NULL, NULL, 0,
					 "the record of %s (%s) lists this %s of %s; the newer record "
					 "of %s (%s) does not, and no act explains why: answers follow "
					 "the newer record, and the status in between is uncertain",
					 inforce_date_format(d->last_listed->as_at, d1),
					 d->last_listed->file, inforce_act_kind_name(d->act->kind),
					 inforce_date_format(d->act->date, d2),
					 inforce_date_format(d->dropped_by->as_at, d3), d->dropped_by->file);
		}
	}
	if (rc == 0 && vf->excluded_count)
		qsort(vf->excluded, vf->excluded_count, sizeof *vf->excluded, cmp_i64);
	inforce_snapshot_free(snap);
	return rc;
}

static int read_acts(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(vf, "SELECT count(*) FROM current_action", &st))
		return -1;
	size_t n;
	if (count_rows(vf, st, &n))
		return -1;
	if (!(vf->acts = calloc(n + 1, sizeof *vf->acts)))
		return oom(vf);
	if (prep(vf,
		 "SELECT a.id, a.treaty, a.iso3, a.state_name, a.kind, a.date, a.source, a.notes,"
		 " i.file, a.line, a.stated_effective, a.depositary FROM current_action a"
		 " JOIN import i ON i.id = a.import_id"
		 " ORDER BY a.treaty COLLATE NOCASE, a.iso3, a.date, a.id",
		 &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && vf->act_count < n) {
		inforce_act *a = &vf->acts[vf->act_count];
		const char *date = col_text(st, 5);
		const struct vtreaty *t = treaty_of(vf, col_text(st, 1));
		const struct state_rec *sr = state_of(vf, col_text(st, 2));
		a->id = sqlite3_column_int64(st, 0);
		a->treaty = t ? t->def.id : pool_strdup(&vf->pool, col_text(st, 1));
		a->iso3 = sr ? sr->iso3 : pool_strdup(&vf->pool, col_text(st, 2));
		a->state_name = pool_strdup(&vf->pool, col_text(st, 3));
		a->source = pool_strdup(&vf->pool, col_text(st, 6));
		a->notes = pool_strdup(&vf->pool, col_text(st, 7));
		a->file = pool_strdup(&vf->pool, col_text(st, 8));
		a->line = (long)sqlite3_column_int64(st, 9);
		a->depositary = pool_strdup(&vf->pool, col_text(st, 11));
		a->cn = a->disputed = "";
		a->known = NONE;
		/* the engine takes a stated date of effect where no withdrawal rule is
		 * recorded: read it as the snapshot does */
		const char *eff = col_text(st, 10);
		a->stated_effective = NONE;
		if (eff[0])
			inforce_date_parse(eff, strlen(eff), &a->stated_effective);
		if (!a->treaty || !a->iso3 || !a->state_name || !a->source || !a->notes || !a->file ||
		    !a->depositary) {
			sqlite3_finalize(st);
			return oom(vf);
		}
		if (vf->excluded_count &&
		    bsearch(&a->id, vf->excluded, vf->excluded_count, sizeof *vf->excluded, cmp_i64))
			continue; /* a newer record replaced or dropped it */
		/* The schema and the importers make these impossible; say so if not. */
		const char *bad = !t ? "unknown treaty"
				  : !sr ? "unknown state"
				  : inforce_act_kind_parse(col_text(st, 4), &a->kind) ? "unknown kind"
				  : inforce_date_parse(date, strlen(date), &a->date) ? "impossible date"
										     : NULL;
		if (bad) {
			if (add_finding(vf, "definition", 0, a, NULL, NULL, NULL, 0,
					"row is not consistent: %s ('%s', '%s', '%s', '%s')", bad,
					col_text(st, 1), col_text(st, 2), col_text(st, 4), date)) {
				sqlite3_finalize(st);
				return -1;
			}
			continue; /* not counted, not checked further */
		}
		vf->act_count++;
	}
	return done(vf, st, rc == SQLITE_ROW ? SQLITE_DONE : rc);
}

/* "YYYY-MM-DD", or "YYYY-MM" (its first or last day), as the importer accepts. */
static inforce_day record_day(const char *t, int last)
{
	inforce_day d;
	char full[11];
	size_t n = strlen(t);
	if (n == 10)
		return inforce_date_parse(t, 10, &d) ? NONE : d;
	if (n != 7)
		return NONE;
	snprintf(full, sizeof full, "%s-01", t);
	if (inforce_date_parse(full, 10, &d))
		return NONE;
	return last ? inforce_date_add_days(inforce_date_add_months(d, 1), -1) : d;
}

/* The current armed-conflict records: the engine needs them to date withdrawals. */
static int read_conflicts(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(vf, "SELECT count(*) FROM current_conflict", &st))
		return -1;
	size_t n;
	if (count_rows(vf, st, &n))
		return -1;
	if (!(vf->conflicts = calloc(n + 1, sizeof *vf->conflicts)))
		return oom(vf);
	if (prep(vf,
		 "SELECT c.id, c.iso3, c.kind, c.start_text, c.end_text, c.source, c.notes, i.file,"
		 " c.line FROM current_conflict c JOIN import i ON i.id = c.import_id"
		 " ORDER BY c.iso3, c.start_text, c.id",
		 &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && vf->conflict_count < n) {
		inforce_conflict *c = &vf->conflicts[vf->conflict_count++];
		const struct state_rec *sr = state_of(vf, col_text(st, 1));
		c->id = sqlite3_column_int64(st, 0);
		c->iso3 = sr ? sr->iso3 : "?";
		c->kind = strcmp(col_text(st, 2), "occupation") == 0 ? "occupation" : "armed-conflict";
		c->start_text = pool_strdup(&vf->pool, col_text(st, 3));
		c->end_text = pool_strdup(&vf->pool, col_text(st, 4));
		c->source = pool_strdup(&vf->pool, col_text(st, 5));
		c->notes = pool_strdup(&vf->pool, col_text(st, 6));
		c->file = pool_strdup(&vf->pool, col_text(st, 7));
		c->line = (long)sqlite3_column_int64(st, 8);
		if (!c->start_text || !c->end_text || !c->source || !c->notes || !c->file) {
			sqlite3_finalize(st);
			return oom(vf);
		}
		c->start = record_day(c->start_text, 0);
		c->end = c->end_text[0] ? record_day(c->end_text, 1) : NONE;
	}
	if (done(vf, st, rc == SQLITE_ROW ? SQLITE_DONE : rc))
		return -1;
	vf->facts.states = &vf->states;
	vf->facts.conflicts = vf->conflicts;
	vf->facts.conflict_count = vf->conflict_count;
	return 0;
}

/* ------------------------------------------------------------ checks */

static int blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n')
			return 0;
	return 1;
}

int verify_act_problem(const struct treatydef *td, const char *td_file, const inforce_act *a,
		       inforce_day today, const char **code, const char **field, char *why,
		       size_t size)
{
	char d1[INFORCE_DATE_BUFSZ], d2[INFORCE_DATE_BUFSZ];
	const char *kind = inforce_act_kind_name(a->kind);
	/* text every reader hands on: a bare CR or a form feed would break the feeds and
	 * exports made from it, and invalid UTF-8 the JSON */
	const struct {
		const char *name, *value;
	} texts[] = {{"state_name", a->state_name}, {"source", a->source}, {"notes", a->notes},
		     {"depositary", a->depositary}, {"cn", a->cn}, {"disputed", a->disputed}};
	for (size_t i = 0; i < IFC_ARRAY_LEN(texts); i++) {
		const char *bad = texts[i].value ? inforce_text_problem(texts[i].value) : NULL;
		if (bad) {
			*code = "bad-text";
			*field = texts[i].name;
			snprintf(why, size, "%s of %s dated %s: its %s %s", kind, a->iso3,
				 inforce_date_format(a->date, d1), texts[i].name, bad);
			return 1;
		}
	}
	for (size_t i = 0; i < a->also_count; i++)
		if (inforce_text_problem(a->also[i])) {
			*code = "bad-text";
			*field = "source";
			snprintf(why, size, "%s of %s dated %s: a further source %s", kind, a->iso3,
				 inforce_date_format(a->date, d1), inforce_text_problem(a->also[i]));
			return 1;
		}
	*field = "date";
	if (blank(a->source)) {
		*code = "no-source";
		*field = "source";
		snprintf(why, size, "%s of %s dated %s has no source", kind, a->iso3,
			 inforce_date_format(a->date, d1));
		return 1;
	}
	if (today != NONE && a->date > today) {
		*code = "future";
		snprintf(why, size, "%s of %s dated %s, after today (%s)", kind, a->iso3,
			 inforce_date_format(a->date, d1), inforce_date_format(today, d2));
		return 1;
	}
	enum act_class cls = ifc_act_class(a->kind);
	if (!td || (cls != ACT_CLASS_SIGNATURE && cls != ACT_CLASS_CONSENT))
		return 0;
	const char *key = "opened_for_signature", *opened = treatydef_meta(td, key);
	if (!opened)
		opened = treatydef_meta(td, key = "adopted");
	/* The negotiating States may sign on the day of adoption, before the treaty is
	 * opened to others (the PTBT's Original Parties signed at Moscow on 5 August
	 * 1963; it was opened for signature on the 8th). */
	const char *adopted = treatydef_meta(td, "adopted");
	inforce_day o, ad;
	if (cls == ACT_CLASS_SIGNATURE && adopted &&
	    inforce_date_parse(adopted, strlen(adopted), &ad) == 0 && a->date == ad)
		return 0;
	if (opened && inforce_date_parse(opened, strlen(opened), &o) == 0 && a->date < o) {
		*code = "before-opening";
		snprintf(why, size, "%s of %s dated %s, before the treaty was %s on %s (%s in %s)",
			 kind, a->iso3, inforce_date_format(a->date, d1),
			 key[0] == 'a' ? "adopted" : "opened for signature", opened, key,
			 td_file ? td_file : "its definition");
		return 1;
	}
	return 0;
}

static int check_act(struct verifier *vf, const struct vtreaty *t, const inforce_act *a)
{
	char why[512];
	const char *code, *field;
	if (!verify_act_problem(t->parsed ? &t->def : NULL, t->file, a, vf->today, &code, &field,
				why, sizeof why))
		return 0;
	return add_finding(vf, code, 0, a, NULL, NULL, NULL, 0, "%s", why);
}

const inforce_act *verify_repeat(const struct derived *d, const inforce_act *const *among,
				 size_t n, const inforce_act **earlier, size_t *from)
{
	for (size_t i = *from; i < d->part_count; i++) {
		const struct participant *p = &d->parts[i];
		for (size_t e = 0; e < p->episode_count; e++) {
			const struct episode *ep = &p->episodes[e];
			for (size_t k = 1; k < ep->act_count; k++) {
				const inforce_act *b = p->acts[ep->first_act + k];
				for (size_t j = 0; j < k; j++) {
					const inforce_act *a = p->acts[ep->first_act + j];
					if (a->kind != b->kind || a->date == b->date ||
					    b->kind == INFORCE_ACT_SUSPENSION)
						continue;
					if (a->depositary[0] && b->depositary[0] &&
					    strcmp(a->depositary, b->depositary) != 0)
						continue; /* one instrument, two depositaries */
					int hit = !among;
					for (size_t q = 0; !hit && q < n; q++)
						hit = among[q] == a || among[q] == b;
					if (!hit)
						break;
					*earlier = a;
					*from = i + 1;
					return b;
				}
			}
		}
	}
	*from = d->part_count;
	return NULL;
}

/* Two acts of one kind on different dates within one participation episode. */
static int check_repeats(struct verifier *vf, const struct derived *d)
{
	char d1[INFORCE_DATE_BUFSZ];
	size_t from = 0;
	const inforce_act *a, *b;
	while ((b = verify_repeat(d, NULL, 0, &a, &from)))
		if (add_finding(vf, "repeated", 0, b, NULL, NULL, NULL, 0,
				"second %s of %s in one participation episode: an earlier one is "
				"dated %s (action %lld, %s:%ld)",
				inforce_act_kind_name(b->kind), b->iso3,
				inforce_date_format(a->date, d1), (long long)a->id, a->file, a->line))
			return -1;
	return 0;
}

/* Re-derives one treaty. When the engine refuses it, finds every act it refuses,
 * state by state, then checks the episodes of what it accepts. */
static int check_treaty(struct verifier *vf, struct vtreaty *t)
{
	struct derived d;
	inforce_error e = {0};
	const inforce_act **acts = t->acts;
	size_t n = t->act_count;
	if (engine_derive(&d, &t->def, acts, n, &vf->facts, &e) == 0) {
		int rc = check_repeats(vf, &d);
		engine_release(&d);
		return rc;
	}
	if (e.kind == INFORCE_ERUNTIME)
		return ifc_fail(vf->err, e.kind, e.file, e.line, e.field, "%s", e.msg);
	const inforce_act **kept = malloc(sizeof *kept * (n + 1));
	if (!kept)
		return oom(vf);
	size_t nk = 0;
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n;) {
		size_t j = i, base = nk;
		while (j < n && strcmp(acts[j]->iso3, acts[i]->iso3) == 0)
			j++;
		for (size_t k = i; rc == 0 && k < j; k++) {
			kept[nk] = acts[k]; /* last in the engine's order: it is the one judged */
			memset(&e, 0, sizeof e);
			if (engine_derive(&d, &t->def, kept + base, nk - base + 1, &vf->facts, &e) == 0) {
				engine_release(&d);
				nk++;
			} else if (e.kind == INFORCE_ERUNTIME) {
				rc = ifc_fail(vf->err, e.kind, e.file, e.line, e.field, "%s", e.msg);
			} else {
				rc = add_finding(vf, "refused", 0, acts[k], NULL, NULL, NULL, 0,
						 "the engine refuses it: %s", e.msg);
			}
		}
		i = j;
	}
	if (rc == 0) {
		memset(&e, 0, sizeof e);
		if (engine_derive(&d, &t->def, kept, nk, &vf->facts, &e) == 0) {
			rc = check_repeats(vf, &d);
			engine_release(&d);
		} else {
			rc = ifc_fail(vf->err, e.kind == INFORCE_OK ? INFORCE_ERUNTIME : e.kind, e.file,
				      e.line, e.field, "%s", e.msg);
		}
	}
	free(kept);
	return rc;
}

static int check_acts(struct verifier *vf)
{
	const inforce_act **ptrs = malloc(sizeof *ptrs * (vf->act_count + 1));
	if (!ptrs)
		return oom(vf);
	for (size_t i = 0; i < vf->act_count; i++)
		ptrs[i] = &vf->acts[i];
	int rc = 0;
	size_t i = 0;
	/* Acts are in treaty order (case-insensitive), as the treaties are. */
	for (size_t k = 0; rc == 0 && k < vf->treaty_count; k++) {
		struct vtreaty *t = &vf->treaties[k];
		size_t j = i;
		while (j < vf->act_count && vf->acts[j].treaty == t->def.id)
			j++;
		t->acts = ptrs + i;
		t->act_count = j - i;
		for (size_t a = i; rc == 0 && a < j; a++)
			rc = check_act(vf, t, &vf->acts[a]);
		if (rc == 0 && t->parsed) {
			qsort(t->acts, t->act_count, sizeof *t->acts, engine_cmp_acts);
			rc = check_treaty(vf, t);
		}
		i = j;
	}
	if (rc == 0 && i != vf->act_count) /* the order of the two lists disagrees */
		rc = ifc_fail(vf->err, INFORCE_ERUNTIME, vf->path, 0, NULL,
			      "acts and treaties are not in the same order");
	vf->out->totals.acts = vf->act_count;
	vf->out->totals.treaties = vf->treaty_count;
	free(ptrs);
	return rc;
}

/* Further sources of acts and the other records: a blank source. */
static int check_records(struct verifier *vf)
{
	static const char sql[] =
		"SELECT 'armed-conflict record', c.id, '', c.iso3, c.source, i.file, c.line"
		"  FROM current_conflict c JOIN import i ON i.id = c.import_id"
		" UNION ALL SELECT 'deadline extension', e.id, e.treaty, e.iso3, e.source, i.file,"
		"  e.line FROM deadline_extension e JOIN import i ON i.id = e.import_id"
		" UNION ALL SELECT 'membership of ' || g.grp, g.id, '', g.iso3, g.source, i.file,"
		"  g.line FROM group_member g JOIN import i ON i.id = g.import_id"
		" UNION ALL SELECT 'further source of action ' || s.action_id, s.id, a.treaty,"
		"  a.iso3, s.source, i.file, s.line FROM act_source s JOIN action a ON"
		"  a.id = s.action_id JOIN import i ON i.id = s.import_id";
	sqlite3_stmt *st;
	int rc;
	if (prep(vf, sql, &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *what = col_text(st, 0);
		if (strncmp(what, "further", 7) != 0)
			vf->out->totals.records++;
		if (blank(col_text(st, 4)) &&
		    add_finding(vf, "no-source", 0, NULL, col_text(st, 2), col_text(st, 3),
				col_text(st, 5), (long)sqlite3_column_int64(st, 6),
				"%s (row %lld) has no source", what,
				(long long)sqlite3_column_int64(st, 1))) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	return done(vf, st, rc);
}

/* The UNTC importer's flags: documented data questions, informational. */
static int read_flags(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc;
	if (prep(vf,
		 "SELECT f.treaty, coalesce(f.iso3, ''), f.participant, f.kind,"
		 " coalesce(f.action_id, 0), coalesce(f.act_kind, ''), coalesce(f.date, ''),"
		 " f.message, i.file, f.line FROM flag f JOIN import i ON i.id = f.import_id",
		 &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *act_kind = col_text(st, 5), *date = col_text(st, 6);
		int64_t id = sqlite3_column_int64(st, 4);
		char what[160] = "";
		if (act_kind[0] || date[0])
			snprintf(what, sizeof what, "%s%s%s: ", act_kind, act_kind[0] && date[0] ? " " : "",
				 date);
		inforce_finding *f;
		if (add_finding(vf, col_text(st, 3), 1, NULL, col_text(st, 0), col_text(st, 1),
				col_text(st, 8), (long)sqlite3_column_int64(st, 9), "%s: %s%s",
				col_text(st, 2), what, col_text(st, 7))) {
			sqlite3_finalize(st);
			return -1;
		}
		f = VEC_AT(&vf->out->findings, inforce_finding, vf->out->findings.len - 1);
		f->act_id = id;
	}
	return done(vf, st, rc);
}

/* ------------------------------------------------------------ the API */

/* Physical damage (SQLite's quick_check: pages, indexes, free lists) and cycles of
 * supersedes (A corrects B corrects A: no act of the cycle counts, silently), which no
 * importer makes but an edit or a broken disk can. Returns 1 when the store is
 * damaged, so that the other checks, which would read damaged pages, are skipped. */
static int check_physical(struct verifier *vf)
{
	sqlite3_stmt *st;
	int rc, damaged = 0;
	if (prep(vf, "PRAGMA quick_check(20)", &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *m = col_text(st, 0);
		if (strcmp(m, "ok") == 0)
			continue;
		damaged = 1;
		if (add_finding(vf, "damaged", 0, NULL, NULL, NULL, vf->path, 0,
				"the store file is damaged: %s (restore it from a backup: inforce "
				"backup)",
				m)) {
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
		return add_finding(vf, "damaged", 0, NULL, NULL, NULL, vf->path, 0,
				   "the store file is damaged: %s (restore it from a backup)",
				   sqlite3_errmsg(vf->db))
			       ? -1
			       : 1;
	if (damaged)
		return 1;
	if (prep(vf,
		 "WITH RECURSIVE chain(start, at, depth) AS ("
		 " SELECT id, supersedes, 1 FROM action WHERE supersedes IS NOT NULL"
		 " UNION ALL SELECT c.start, a.supersedes, c.depth + 1 FROM chain c"
		 " JOIN action a ON a.id = c.at"
		 " WHERE a.supersedes IS NOT NULL AND c.at <> c.start AND c.depth < 10000)"
		 " SELECT DISTINCT c.start, a.treaty, a.iso3, i.file, a.line FROM chain c"
		 " JOIN action a ON a.id = c.start JOIN import i ON i.id = a.import_id"
		 " WHERE c.at = c.start ORDER BY c.start",
		 &st))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (add_finding(vf, "supersede-cycle", 0, NULL, col_text(st, 1), col_text(st, 2),
				col_text(st, 3), sqlite3_column_int64(st, 4),
				"action %lld is in a cycle of corrections (each supersedes the "
				"next, back to it): none of them counts",
				(long long)sqlite3_column_int64(st, 0))) {
			sqlite3_finalize(st);
			return -1;
		}
	return done(vf, st, rc) ? -1 : 0;
}

inforce_verification *inforce_verify_load(inforce_store *store, inforce_day today,
					  inforce_error *err)
{
	inforce_verification *v = calloc(1, sizeof *v);
	if (!v) {
		ifc_fail(err, INFORCE_ERUNTIME, NULL, 0, NULL, "out of memory");
		return NULL;
	}
	pool_init(&v->pool);
	vec_init(&v->findings, sizeof(inforce_finding));
	struct verifier vf = {.out = v, .db = store_db(store), .today = today, .err = err};
	vf.path = sqlite3_db_filename(vf.db, "main");
	if (!vf.path)
		vf.path = "store";
	pool_init(&vf.pool);
	states_init(&vf.states);
	/* One read transaction: every table as of one moment. */
	int rc = sqlite3_exec(vf.db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK
			 ? 0
			 : ifc_fail(err, INFORCE_ERUNTIME, vf.path, 0, NULL,
				    "cannot read the store: %s", sqlite3_errmsg(vf.db));
	int damaged = rc == 0 ? check_physical(&vf) : 0;
	if (damaged < 0)
		rc = -1;
	if (rc == 0 && !damaged)
		rc = read_states(&vf) || read_treaties(&vf) || read_drops(&vf) || read_acts(&vf) ||
				     read_conflicts(&vf) || check_acts(&vf) || check_records(&vf) ||
				     read_flags(&vf)
			     ? -1
			     : 0;
	sqlite3_exec(vf.db, "COMMIT", NULL, NULL, NULL);
	for (size_t i = 0; i < vf.treaty_count; i++)
		treatydef_release(&vf.treaties[i].def);
	free(vf.treaties);
	free(vf.acts);
	free(vf.conflicts);
	free(vf.excluded);
	states_release(&vf.states);
	pool_release(&vf.pool);
	if (rc) {
		inforce_verify_free(v);
		return NULL;
	}
	if (v->findings.len)
		qsort(v->findings.items, v->findings.len, sizeof(inforce_finding), cmp_finding);
	return v;
}

void inforce_verify_free(inforce_verification *v)
{
	if (!v)
		return;
	vec_release(&v->findings);
	pool_release(&v->pool);
	free(v);
}

size_t inforce_verify_count(const inforce_verification *v)
{
	return v->findings.len;
}

const inforce_finding *inforce_verify_at(const inforce_verification *v, size_t i)
{
	return i < v->findings.len ? VEC_AT(&v->findings, inforce_finding, i) : NULL;
}

const inforce_verify_counts *inforce_verify_totals(const inforce_verification *v)
{
	return &v->totals;
}

/*
 * test_bundle.c - the bundled data, loaded as `inforce init` loads it:
 *   - every effective_date a source states equals the date inforce computes from
 *     the rules (a mismatch is a bug or a data question to write down);
 *   - the treaties' entries into force computed from the deposits;
 *   - the figures of the article the project grew from.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "internal.h"

struct env {
	char path[256];
	inforce_store *store;
	inforce_snapshot *snap;
};

/* Copies the file at `from` to `to`; 0 or -1. */
static int copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
	char buf[1 << 16];
	size_t n;
	int rc = in && out ? 0 : -1;
	while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
		rc = fwrite(buf, 1, n, out) == n ? 0 : -1;
	if (in && ferror(in))
		rc = -1;
	if (out && fclose(out) != 0)
		rc = -1;
	if (in)
		fclose(in);
	return rc;
}

/* The bundle loaded here, or (INFORCE_TEST_BUNDLE_STORE, which make check sets
 * under valgrind, where loading it takes minutes) a copy of a store that `inforce
 * init` loaded the same way: the plain and ASan runs load it here. */
static int setup(void **state)
{
	struct env *e = calloc(1, sizeof *e);
	inforce_error err = {0};
	const char *made = getenv("INFORCE_TEST_BUNDLE_STORE");
	snprintf(e->path, sizeof e->path, "/tmp/inforce-test-bundle-%ld.db", (long)getpid());
	unlink(e->path);
	if (made && made[0] && copy_file(made, e->path)) {
		fprintf(stderr, "cannot copy %s to %s\n", made, e->path);
		free(e);
		return -1;
	}
	e->store = inforce_store_open(e->path, INFORCE_OPEN_WRITE, &err);
	if (!e->store || (!(made && made[0]) && inforce_store_load_bundle(e->store, INFORCE_DATADIR, &err)) ||
	    !(e->snap = inforce_snapshot_load(e->store, &err))) {
		char msg[1024];
		inforce_error_format(&err, msg, sizeof msg);
		fprintf(stderr, "cannot load the bundle: %s\n", msg);
		inforce_store_close(e->store);
		free(e);
		return -1;
	}
	*state = e;
	return 0;
}

static int teardown(void **state)
{
	struct env *e = *state;
	inforce_snapshot_free(e->snap);
	inforce_store_close(e->store);
	char side[300];
	unlink(e->path);
	snprintf(side, sizeof side, "%s-wal", e->path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", e->path);
	unlink(side);
	free(e);
	return 0;
}

static inforce_day D(const char *s)
{
	inforce_day d = INFORCE_DAY_NONE;
	assert_int_equal(inforce_date_parse(s, strlen(s), &d), 0);
	return d;
}

static void stated_effective_dates_match(void **state)
{
	struct env *e = *state;
	int compared = 0, mismatches = 0;
	for (size_t t = 0; t < e->snap->treaty_count; t++) {
		const struct derived *d = &e->snap->treaties[t].derived;
		for (size_t p = 0; p < d->part_count; p++) {
			const struct participant *part = &d->parts[p];
			for (size_t k = 0; k < part->episode_count; k++) {
				const struct episode *ep = &part->episodes[k];
				for (size_t i = 0; i < ep->act_count; i++) {
					const inforce_act *a = part->acts[ep->first_act + i];
					/* what the engine computes: a consent's entry into force
					 * (when a rule is recorded), a withdrawal's effect; not a
					 * disputed withdrawal's claimed date */
					if (a->stated_effective == INFORCE_DAY_NONE ||
					    (ifc_act_class(a->kind) == ACT_CLASS_CONSENT &&
					     !e->snap->treaties[t].def.has_eif_rule) ||
					    (ifc_act_class(a->kind) != ACT_CLASS_CONSENT &&
					     a->kind != INFORCE_ACT_WITHDRAWAL) ||
					    a->disputed[0])
						continue;
					inforce_day computed =
						ifc_act_class(a->kind) == ACT_CLASS_CONSENT ? ep->eif
						: a->kind == INFORCE_ACT_WITHDRAWAL ? ep->wd_effective
										    : INFORCE_DAY_NONE;
					compared++;
					if (computed != a->stated_effective) {
						char s1[INFORCE_DATE_BUFSZ], s2[INFORCE_DATE_BUFSZ];
						fprintf(stderr, "%s:%ld: %s %s %s: source says %s, computed %s\n",
							a->file, a->line, a->treaty, a->iso3,
							inforce_act_kind_name(a->kind),
							inforce_date_format(a->stated_effective, s1),
							inforce_date_format(computed, s2));
						mismatches++;
					}
				}
			}
		}
	}
	fprintf(stderr, "compared %d stated effective dates: %d mismatches\n", compared, mismatches);
	assert_true(compared > 100);
	assert_int_equal(mismatches, 0);
}

static void entries_into_force_computed(void **state)
{
	struct env *e = *state;
	const inforce_treaty *ccm = inforce_snapshot_treaty(e->snap, "ccm");
	const inforce_treaty *apmbt = inforce_snapshot_treaty(e->snap, "APMBT");
	assert_non_null(ccm);
	assert_non_null(apmbt);
	assert_ptr_equal(inforce_snapshot_treaty(e->snap, "xxvi-6"), ccm);
	assert_int_equal(inforce_treaty_eif(ccm)->date, D("2010-08-01"));
	assert_int_equal(inforce_treaty_eif(ccm)->trigger_date, D("2010-02-16"));
	assert_int_equal(inforce_treaty_eif(apmbt)->date, D("1999-03-01"));
	assert_int_equal(inforce_treaty_eif(apmbt)->trigger_date, D("1998-09-16"));
}

static void counts(const inforce_treaty *t, const char *on, int deposited, int signatories,
		   int withdrawn, int pending)
{
	size_t n;
	inforce_counts k;
	inforce_error err = {0};
	inforce_standing *st = inforce_status_treaty(t, D(on), &n, &k, &err);
	assert_non_null(st);
	free(st);
	assert_int_equal(k.deposited, deposited);
	assert_int_equal(k.signatories, signatories);
	assert_int_equal(k.withdrawn, withdrawn);
	assert_int_equal(k.withdrawal_pending, pending);
}

static void article_figures(void **state)
{
	struct env *e = *state;
	const inforce_treaty *ccm = inforce_snapshot_treaty(e->snap, "ccm");
	counts(ccm, "2025-03-05", 112, 12, 0, 1);
	counts(ccm, "2025-03-06", 111, 12, 1, 0);
	inforce_standing s;
	assert_int_equal(inforce_status_one(ccm, "LTU", D("2025-03-05"), &s), 0);
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	assert_true(s.withdrawal_pending);
	assert_int_equal(s.entry_into_force, D("2011-09-01"));
	assert_int_equal(s.withdrawal_effective, D("2025-03-06"));
	inforce_status_one(ccm, "LTU", D("2025-03-06"), &s);
	assert_int_equal(s.status, INFORCE_ST_WITHDRAWN);
	/* Vanuatu: 112th State Party on deposit (2025-09-05), bound from 2026-03-01 */
	inforce_status_one(ccm, "VUT", D("2026-02-28"), &s);
	assert_int_equal(s.status, INFORCE_ST_CONTRACTING);
	inforce_status_one(ccm, "VUT", D("2026-03-01"), &s);
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	/* APMBT: five withdrawals in effect by 2026-02-20, 161 States Parties remain,
	 * Ukraine among them despite its declared suspension. */
	const inforce_treaty *apmbt = inforce_snapshot_treaty(e->snap, "apmbt");
	counts(apmbt, "2026-02-20", 161, 0, 5, 0);
	inforce_status_one(apmbt, "UKR", D("2026-02-20"), &s);
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	assert_int_equal(s.suspension, D("2025-07-18"));
	inforce_status_one(apmbt, "POL", D("2026-02-19"), &s);
	assert_int_equal(s.status, INFORCE_ST_PARTY);
	assert_true(s.withdrawal_pending);
}

static int64_t count(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Acts are never updated or deleted; a correction supersedes and both rows stay. */
static void corrections_supersede(void **state)
{
	struct env *e = *state;
	sqlite3 *db = store_db(e->store);
	assert_int_equal(inforce_store_version(e->store), 9);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE action SET date = '2000-01-01' WHERE id = 1",
					  NULL, NULL, NULL),
			     SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM action WHERE id = 1", NULL, NULL, NULL),
			     SQLITE_OK);
	int64_t rows = count(db, "SELECT count(*) FROM action");
	int64_t current = count(db, "SELECT count(*) FROM current_action");
	assert_int_equal(rows, current);
	int64_t gnb = count(db, "SELECT id FROM action WHERE treaty = 'CCM' AND iso3 = 'GNB'"
				" AND kind = 'signature'");
	char path[] = "/tmp/inforce-test-correction-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	char csv[1024];
	int len = snprintf(csv, sizeof csv,
			   "treaty,state_name,iso3,action,date,effective_date,source,notes,"
			   "supersedes\nCCM,Guinea-Bissau,GNB,signature,2008-12-03,,test,"
			   "correction,%lld\n",
			   (long long)gnb);
	assert_int_equal(write(fd, csv, (size_t)len), len);
	close(fd);
	inforce_error err = {0};
	int added = 0;
	assert_int_equal(inforce_store_import_actions(e->store, path, &added, &err), 0);
	assert_int_equal(added, 1);
	/* superseding the same row twice is refused */
	assert_int_equal(inforce_store_import_actions(e->store, path, &added, &err), -1);
	if (strcmp(err.field, "supersedes") != 0)
		fail_msg("unexpected error: %s: %s", err.field, err.msg);
	unlink(path);
	assert_int_equal(count(db, "SELECT count(*) FROM action"), rows + 1);
	assert_int_equal(count(db, "SELECT count(*) FROM current_action"), current);
	inforce_snapshot *snap = inforce_snapshot_load(e->store, &err);
	assert_non_null(snap);
	inforce_standing s;
	inforce_status_one(inforce_snapshot_treaty(snap, "ccm"), "GNB", D("2026-01-01"), &s);
	assert_int_equal(s.signature, D("2008-12-03"));
	inforce_snapshot_free(snap);
}

/* The CCM and Mine Ban Treaty acts in the UN's records (the XML of 15 January 2018,
 * the pages of 3 February 2026) are the curated acts: every curated act dated by 15
 * January 2018 gained the XML file as a further source, every one dated by 3 February
 * 2026 is listed by the 2026 page but Ukraine's declared suspension (which the page
 * does not show, as its README says), the records added no act of their own, and
 * the only flags are the brackets of the 2025 withdrawals. */
static void untc_equals_curated(void **state)
{
	struct env *e = *state;
	sqlite3 *db = store_db(e->store);
	assert_int_equal(count(db, "SELECT count(*) FROM record WHERE format = 'untc-xml'"), 407);
	assert_int_equal(count(db, "SELECT count(*) FROM record WHERE format = 'untc-html'"), 30);
	assert_int_equal(count(db, "SELECT count(*) FROM action a JOIN import i ON i.id = a.import_id"
				   " WHERE a.treaty IN ('CCM','APMBT') AND i.kind = 'untc'"),
			 0);
	assert_int_equal(count(db, "SELECT count(*) FROM action a JOIN import i ON i.id = a.import_id"
				   " WHERE a.treaty IN ('CCM','APMBT') AND i.kind = 'actions'"
				   " AND a.date <= '2018-01-15' AND NOT EXISTS (SELECT 1 FROM act_source s"
				   " WHERE s.action_id = a.id)"),
			 0);
	assert_int_equal(count(db, "SELECT count(*) FROM action a JOIN import i ON i.id = a.import_id"
				   " WHERE a.treaty IN ('CCM','APMBT') AND i.kind = 'actions'"
				   " AND a.date <= '2026-02-03' AND NOT EXISTS (SELECT 1 FROM listing l"
				   " JOIN record r ON r.id = l.record_id WHERE l.action_id = a.id"
				   " AND r.format = 'untc-html') AND NOT (a.iso3 = 'UKR'"
				   " AND a.kind = 'suspension_notification')"),
			 0);
	assert_true(count(db, "SELECT count(*) FROM act_source s JOIN action a ON a.id = s.action_id"
			      " WHERE a.treaty IN ('CCM','APMBT')") > 400);
	assert_int_equal(count(db, "SELECT count(*) FROM flag WHERE treaty IN ('CCM','APMBT')"
				   " AND kind <> 'bracketed'"),
			 0);
	/* every participant row of the 2018 corpus was read: 21,720 (README of the files) */
	assert_int_equal(count(db, "SELECT sum(rows) FROM record WHERE format = 'untc-xml'"),
			 21720);
}

/* A snapshot of one treaty answers exactly as the whole store does: for a sample of
 * the treaties (every 16th, and the CCM, the APMBT and the Kyoto Protocol, whose
 * withdrawal takes the stated date), loaded by id and by UNTC reference, every
 * participant's standing and the counts on three dates. */
static void one_treaty_snapshot_equals_full(void **state)
{
	struct env *e = *state;
	const char *days[] = {"1999-03-01", "2018-01-15", "2026-11-29"};
	size_t checked = 0;
	for (size_t i = 0; i < inforce_snapshot_treaty_count(e->snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(e->snap, i);
		const char *id = inforce_treaty_id(t), *ref = inforce_treaty_meta(t, "untc");
		if (i % 16 && strcmp(id, "CCM") && strcmp(id, "APMBT") && strcmp(id, "XXVII-7-a"))
			continue;
		for (int by_ref = 0; by_ref < 2; by_ref++) {
			if (by_ref && (!ref || !ref[0]))
				continue;
			inforce_error err = {0};
			inforce_snapshot *one = inforce_snapshot_load_treaty(
				e->store, by_ref ? ref : id, INFORCE_DAY_NONE, &err);
			assert_non_null(one);
			assert_int_equal(inforce_snapshot_treaty_count(one), 1);
			const inforce_treaty *u = inforce_snapshot_treaty(one, id);
			assert_non_null(u);
			assert_int_equal(inforce_treaty_eif(u)->date, inforce_treaty_eif(t)->date);
			for (size_t d = 0; d < 3; d++) {
				size_t n1, n2;
				inforce_counts k1, k2;
				inforce_standing *a = inforce_status_treaty(t, D(days[d]), &n1, &k1, &err);
				inforce_standing *b = inforce_status_treaty(u, D(days[d]), &n2, &k2, &err);
				assert_non_null(a);
				assert_non_null(b);
				assert_int_equal(n1, n2);
				assert_memory_equal(&k1, &k2, sizeof k1);
				for (size_t k = 0; k < n1; k++) {
					assert_string_equal(a[k].iso3, b[k].iso3);
					assert_int_equal(a[k].status, b[k].status);
					assert_int_equal(a[k].signature, b[k].signature);
					assert_int_equal(a[k].consent, b[k].consent);
					assert_int_equal(a[k].entry_into_force, b[k].entry_into_force);
					assert_int_equal(a[k].withdrawal_notified, b[k].withdrawal_notified);
					assert_int_equal(a[k].withdrawal_effective,
							 b[k].withdrawal_effective);
				}
				free(a);
				free(b);
			}
			inforce_snapshot_free(one);
			checked++;
		}
	}
	assert_true(checked > 30);
}

/* The cross-section holds, for every treaty, exactly the statuses (and pending
 * withdrawals) of its full status list, in the same order. */
static void cross_section_equals_status(void **state)
{
	struct env *e = *state;
	const char *days[] = {"1999-03-01", "2018-01-15", "2026-11-29"};
	for (size_t d = 0; d < 3; d++) {
		size_t nc, k = 0;
		inforce_error err = {0};
		inforce_cell *cells = inforce_cross_section(e->snap, D(days[d]), &nc, &err);
		assert_non_null(cells);
		for (size_t i = 0; i < inforce_snapshot_treaty_count(e->snap); i++) {
			const inforce_treaty *t = inforce_snapshot_treaty_at(e->snap, i);
			size_t n;
			inforce_standing *st = inforce_status_treaty(t, D(days[d]), &n, NULL, &err);
			assert_non_null(st);
			for (size_t j = 0; j < n; j++, k++) {
				assert_true(k < nc);
				assert_string_equal(cells[k].treaty, inforce_treaty_id(t));
				assert_string_equal(cells[k].iso3, st[j].iso3);
				assert_int_equal(cells[k].status, st[j].status);
				assert_int_equal(cells[k].withdrawal_pending, st[j].withdrawal_pending);
			}
			free(st);
		}
		assert_int_equal(k, nc);
		assert_true(nc > 10000); /* the 2018 files alone hold more cells than that */
		free(cells);
	}
}

/* b answers every question as a does: the same treaties, acts (by row id, in order),
 * records, notes and dropped acts of each, entries into force, and the status and
 * pending withdrawal of every (treaty, state) on three dates. */
static void same_answers(const inforce_snapshot *a, const inforce_snapshot *b)
{
	assert_int_equal(inforce_snapshot_treaty_count(a), inforce_snapshot_treaty_count(b));
	assert_int_equal(inforce_snapshot_act_count(a), inforce_snapshot_act_count(b));
	for (size_t i = 0; i < inforce_snapshot_act_count(a); i++) {
		const inforce_act *x = inforce_snapshot_act_at(a, i), *y = inforce_snapshot_act_at(b, i);
		assert_int_equal(x->id, y->id);
		assert_string_equal(x->file, y->file);
		assert_string_equal(x->source, y->source);
		assert_string_equal(x->cn, y->cn);
		assert_int_equal(x->also_count, y->also_count);
		assert_int_equal(x->listed_count, y->listed_count);
		for (size_t k = 0; k < x->also_count; k++)
			assert_string_equal(x->also[k], y->also[k]);
	}
	for (size_t i = 0; i < inforce_snapshot_treaty_count(a); i++) {
		const inforce_treaty *x = inforce_snapshot_treaty_at(a, i),
				     *y = inforce_snapshot_treaty_at(b, i);
		assert_string_equal(inforce_treaty_id(x), inforce_treaty_id(y));
		assert_ptr_equal(inforce_snapshot_treaty(b, inforce_treaty_id(x)), y);
		assert_int_equal(inforce_treaty_act_count(x), inforce_treaty_act_count(y));
		assert_int_equal(inforce_treaty_record_count(x), inforce_treaty_record_count(y));
		assert_int_equal(inforce_treaty_note_count(x), inforce_treaty_note_count(y));
		assert_int_equal(inforce_treaty_drop_count(x), inforce_treaty_drop_count(y));
		assert_int_equal(inforce_treaty_eif(x)->date, inforce_treaty_eif(y)->date);
	}
	const char *days[] = {"1999-03-01", "2018-01-15", "2026-11-29"};
	for (size_t d = 0; d < 3; d++) {
		size_t na, nb;
		inforce_error err = {0};
		inforce_cell *ca = inforce_cross_section(a, D(days[d]), &na, &err);
		inforce_cell *cb = inforce_cross_section(b, D(days[d]), &nb, &err);
		assert_non_null(ca);
		assert_non_null(cb);
		assert_int_equal(na, nb);
		for (size_t k = 0; k < na; k++) {
			assert_string_equal(ca[k].treaty, cb[k].treaty);
			assert_string_equal(ca[k].iso3, cb[k].iso3);
			assert_int_equal(ca[k].status, cb[k].status);
			assert_int_equal(ca[k].withdrawal_pending, cb[k].withdrawal_pending);
		}
		free(ca);
		free(cb);
	}
}

/* A state with no act on treaty t. */
static const char *no_act_on(const inforce_snapshot *snap, const inforce_treaty *t)
{
	for (size_t i = 0; i < inforce_snapshot_state_count(snap); i++) {
		const char *iso3, *name, *kind;
		inforce_snapshot_state_at(snap, i, &iso3, &name, &kind);
		inforce_standing s;
		if (strcmp(kind, "state") == 0 &&
		    (inforce_status_one(t, iso3, D("2026-11-30"), &s) != 0 || s.status == INFORCE_ST_NONE))
			return iso3;
	}
	return NULL;
}

/* Writes a signature of treaty `id` by a state without an act on it, against snap. */
static void sign(struct env *e, const inforce_snapshot *snap, const char *id)
{
	const char *iso3 = no_act_on(snap, inforce_snapshot_treaty(snap, id));
	assert_non_null(iso3);
	char csv[512];
	int len = snprintf(csv, sizeof csv,
			   "treaty,state_name,iso3,action,date,effective_date,source,notes\n"
			   "%s,,%s,signature,2026-11-30,,test of updates,\n", id, iso3);
	inforce_error err = {0};
	int added = 0;
	if (inforce_store_import_buffer_on(e->store, snap, csv, (size_t)len, "update-test", &added,
					   &err) != 0)
		fail_msg("cannot write: %s: %s", err.field, err.msg);
	assert_int_equal(added, 1);
}

/* A snapshot updated after a write reads the treaties written to and nothing else,
 * and answers as a snapshot read whole does: after one write, a second on another
 * treaty, a third on the first again, none; and a change every treaty reads (a
 * state's name) reads the whole store. Freed in another order than made. */
static void update_equals_load(void **state)
{
	struct env *e = *state;
	inforce_error err = {0};
	inforce_counts k0, k1;
	size_t n;
	free(inforce_status_treaty(inforce_snapshot_treaty(e->snap, "CCM"), D("2026-12-01"), &n, &k0,
				   &err));
	sign(e, e->snap, "CCM");
	inforce_snapshot *one = inforce_snapshot_update(e->store, e->snap, &err);
	assert_non_null(one);
	assert_int_equal(inforce_snapshot_treaties_read(one), 1);
	inforce_snapshot *full = inforce_snapshot_load(e->store, &err);
	assert_non_null(full);
	same_answers(full, one);
	free(inforce_status_treaty(inforce_snapshot_treaty(one, "CCM"), D("2026-12-01"), &n, &k1,
				   &err));
	assert_int_equal(k1.signatories, k0.signatories + 1);
	/* the treaties not written to are the previous snapshot's own */
	assert_ptr_equal(inforce_snapshot_treaty(one, "APMBT"), inforce_snapshot_treaty(e->snap, "APMBT"));
	assert_ptr_not_equal(inforce_snapshot_treaty(one, "CCM"), inforce_snapshot_treaty(e->snap, "CCM"));
	inforce_snapshot_free(full);

	sign(e, one, "APMBT");
	inforce_snapshot *two = inforce_snapshot_update(e->store, one, &err);
	assert_non_null(two);
	assert_int_equal(inforce_snapshot_treaties_read(two), 1);
	assert_ptr_equal(inforce_snapshot_treaty(two, "CCM"), inforce_snapshot_treaty(one, "CCM"));
	sign(e, two, "CCM");
	inforce_snapshot *three = inforce_snapshot_update(e->store, two, &err);
	assert_non_null(three);
	assert_int_equal(inforce_snapshot_treaties_read(three), 1);
	assert_ptr_equal(inforce_snapshot_treaty(three, "APMBT"), inforce_snapshot_treaty(two, "APMBT"));
	inforce_snapshot_free(one); /* before those that share its parts */
	inforce_snapshot *same = inforce_snapshot_update(e->store, three, &err);
	assert_non_null(same);
	assert_int_equal(inforce_snapshot_treaties_read(same), 0);
	full = inforce_snapshot_load(e->store, &err);
	assert_non_null(full);
	same_answers(full, three);
	same_answers(full, same);
	inforce_snapshot_free(full);

	/* a new name of a state: every treaty may read it */
	assert_int_equal(sqlite3_exec(store_db(e->store),
				      "INSERT INTO state_name (iso3, name) VALUES ('FRA', 'Gaul (test)')",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	inforce_snapshot *all = inforce_snapshot_update(e->store, same, &err);
	assert_non_null(all);
	assert_int_equal(inforce_snapshot_treaties_read(all), inforce_snapshot_treaty_count(all));
	assert_string_equal(inforce_snapshot_state_iso3(all, "Gaul (test)"), "FRA");
	assert_null(inforce_snapshot_state_iso3(same, "Gaul (test)"));
	inforce_snapshot_free(same);
	inforce_snapshot_free(two);
	inforce_snapshot_free(three);
	inforce_snapshot_free(all);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(stated_effective_dates_match),
		cmocka_unit_test(entries_into_force_computed),
		cmocka_unit_test(article_figures),
		cmocka_unit_test(untc_equals_curated),
		cmocka_unit_test(one_treaty_snapshot_equals_full),
		cmocka_unit_test(cross_section_equals_status),
		cmocka_unit_test(corrections_supersede), /* these last: they write */
		cmocka_unit_test(update_equals_load),
	};
	return cmocka_run_group_tests_name("bundle", tests, setup, teardown);
}

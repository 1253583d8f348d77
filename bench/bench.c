/*
 * bench.c - inforce-bench: times libinforce on a store, for bench/run.
 *
 *   inforce-bench --db STORE --on DATE --treaty ID --state ISO3 --from DATE --to DATE
 *                 --pairs FILE --out DIR [--repeat R] [--min-time SECONDS]
 *   inforce-bench --load-only --db STORE [--repeat R]      (to profile the load)
 *
 * Opens the store, times inforce_snapshot_load (median of R loads), and then, on
 * one snapshot, the five questions of the benchmark:
 *   (a) one (treaty, state) status on a date: inforce_status_one over the pairs of
 *       FILE (treaty,iso3,on), many calls, divided;
 *   (b) one treaty's full status on DATE: inforce_status_treaty;
 *   (c) that treaty's counts every month from FROM to TO: inforce_timeline;
 *   (d) one state's status in every treaty on DATE: inforce_status_one per treaty;
 *   (e) every treaty and state on DATE: inforce_cross_section.
 * Each figure is the median over R measurements (CLOCK_MONOTONIC; the process's CPU
 * time is reported beside it, under "cpu", to tell a busy machine); a measurement
 * repeats its question until it has run for at least --min-time seconds and divides.
 * The answers go to DIR/{a,b,c,d,e}.csv for bench/run to compare with the baselines;
 * the figures go to standard output as one JSON object.
 * Not a test and not installed: meson builds it beside inforce.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "inforce/inforce.h"
#include "internal.h" /* snapshot_bytes: where the bytes an act go */

#define MAX_REPEAT 101

static double clock_s(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Wall time; CPU time of the process is kept beside it, to tell a busy machine. */
static double now(void)
{
	return clock_s(CLOCK_MONOTONIC);
}

static double cpu(void)
{
	return clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

/* Resident set size now, in bytes (/proc/self/statm). */
static long rss_now(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long size = 0, resident = 0;
	if (f) {
		if (fscanf(f, "%ld %ld", &size, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * 4096L;
}

static long rss_peak(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss * 1024L;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof *v, cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

_Noreturn static void die(const char *what, const inforce_error *err)
{
	char buf[1024] = "";
	if (err)
		inforce_error_format(err, buf, sizeof buf);
	fprintf(stderr, "inforce-bench: %s%s%s\n", what, buf[0] ? ": " : "", buf);
	exit(1);
}

static inforce_day parse_day(const char *s)
{
	inforce_day d = INFORCE_DAY_NONE;
	if (!s || inforce_date_parse(s, strlen(s), &d))
		die("a date must be YYYY-MM-DD", NULL);
	return d;
}

/* ---------------------------------------------------------------- the questions */

struct pair {
	const inforce_treaty *t;
	char iso3[4];
	inforce_day on;
};

struct ctx {
	const inforce_snapshot *snap;
	const inforce_treaty *treaty;
	const char *state;
	inforce_day on, from, to;
	struct pair *pairs;
	size_t npairs;
	unsigned long sink; /* keeps the compiler from dropping the work */
};

/* One call of each question; returns how many unit questions it answered. */
static size_t q_a(struct ctx *c)
{
	inforce_standing s;
	for (size_t i = 0; i < c->npairs; i++) {
		inforce_status_one(c->pairs[i].t, c->pairs[i].iso3, c->pairs[i].on, &s);
		c->sink += (unsigned)s.status;
	}
	return c->npairs;
}

static size_t q_b(struct ctx *c)
{
	size_t n;
	inforce_counts k;
	inforce_error err = {0};
	inforce_standing *v = inforce_status_treaty(c->treaty, c->on, &n, &k, &err);
	if (!v)
		die("status_treaty", &err);
	c->sink += n + (unsigned)k.parties;
	free(v);
	return 1;
}

static size_t q_c(struct ctx *c)
{
	size_t n;
	inforce_error err = {0};
	inforce_point *v = inforce_timeline(c->treaty, c->from, c->to, INFORCE_STEP_MONTH, &n, &err);
	if (!v)
		die("timeline", &err);
	c->sink += n + (unsigned)v[n - 1].counts.parties;
	free(v);
	return 1;
}

static size_t q_d(struct ctx *c)
{
	inforce_standing s;
	size_t nt = inforce_snapshot_treaty_count(c->snap);
	for (size_t i = 0; i < nt; i++) {
		inforce_status_one(inforce_snapshot_treaty_at(c->snap, i), c->state, c->on, &s);
		c->sink += (unsigned)s.status;
	}
	return 1;
}

static size_t q_e(struct ctx *c)
{
	size_t n;
	inforce_error err = {0};
	inforce_cell *v = inforce_cross_section(c->snap, c->on, &n, &err);
	if (!v)
		die("cross_section", &err);
	c->sink += n;
	free(v);
	return 1;
}

/* Median seconds per unit question: R measurements of at least min_time each.
 * *cpu_s receives the median CPU seconds per unit question. */
static double measure(size_t (*q)(struct ctx *), struct ctx *c, int repeat, double min_time,
		      long *calls, double *cpu_s)
{
	double v[MAX_REPEAT], w[MAX_REPEAT];
	q(c); /* warm up */
	for (int r = 0; r < repeat; r++) {
		size_t units = 0;
		double t0 = now(), c0 = cpu(), t;
		do
			units += q(c);
		while ((t = now() - t0) < min_time);
		v[r] = t / (double)units;
		w[r] = (cpu() - c0) / (double)units;
		*calls = (long)units;
	}
	*cpu_s = median(w, repeat);
	return median(v, repeat);
}

/* ---------------------------------------------------------------- the answers */

static FILE *open_out(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	if (!f) {
		fprintf(stderr, "inforce-bench: cannot write %s\n", path);
		exit(1);
	}
	return f;
}

static void print_counts(FILE *f, const inforce_counts *k)
{
	fprintf(f, "%d,%d,%d,%d,%d,%d\n", k->parties, k->withdrawal_pending, k->contracting,
		k->signatories, k->withdrawn, k->deposited);
}

#define COUNTS_HEADER "parties,withdrawal_pending,contracting,signatories,withdrawn,deposited"

static void dump(struct ctx *c, const char *dir)
{
	char d[INFORCE_DATE_BUFSZ];
	inforce_standing s;
	inforce_error err = {0};
	size_t n;
	FILE *f = open_out(dir, "a.csv");
	fprintf(f, "treaty,iso3,on,status\n");
	for (size_t i = 0; i < c->npairs; i++) {
		inforce_status_one(c->pairs[i].t, c->pairs[i].iso3, c->pairs[i].on, &s);
		fprintf(f, "%s,%s,%s,%s\n", inforce_treaty_id(c->pairs[i].t), c->pairs[i].iso3,
			inforce_date_format(c->pairs[i].on, d), inforce_status_name(s.status));
	}
	fclose(f);

	inforce_counts k;
	inforce_standing *v = inforce_status_treaty(c->treaty, c->on, &n, &k, &err);
	if (!v)
		die("status_treaty", &err);
	f = open_out(dir, "b.csv");
	fprintf(f, "%s\n", COUNTS_HEADER);
	print_counts(f, &k);
	fprintf(f, "iso3,status,withdrawal_pending\n");
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s,%s,%d\n", v[i].iso3, inforce_status_name(v[i].status),
			v[i].withdrawal_pending);
	fclose(f);
	free(v);

	inforce_point *p = inforce_timeline(c->treaty, c->from, c->to, INFORCE_STEP_MONTH, &n, &err);
	if (!p)
		die("timeline", &err);
	f = open_out(dir, "c.csv");
	fprintf(f, "date,%s\n", COUNTS_HEADER);
	for (size_t i = 0; i < n; i++) {
		fprintf(f, "%s,", inforce_date_format(p[i].date, d));
		print_counts(f, &p[i].counts);
	}
	fclose(f);
	free(p);

	size_t nt = inforce_snapshot_treaty_count(c->snap);
	f = open_out(dir, "d.csv");
	fprintf(f, "treaty,status\n");
	for (size_t i = 0; i < nt; i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(c->snap, i);
		inforce_status_one(t, c->state, c->on, &s);
		if (s.status != INFORCE_ST_NONE)
			fprintf(f, "%s,%s\n", inforce_treaty_id(t), inforce_status_name(s.status));
	}
	fclose(f);

	f = open_out(dir, "e.csv");
	fprintf(f, "treaty,iso3,status,withdrawal_pending\n");
	inforce_cell *cells = inforce_cross_section(c->snap, c->on, &n, &err);
	if (!cells)
		die("cross_section", &err);
	for (size_t j = 0; j < n; j++)
		fprintf(f, "%s,%s,%s,%d\n", cells[j].treaty, cells[j].iso3,
			inforce_status_name(cells[j].status), cells[j].withdrawal_pending);
	free(cells);
	fclose(f);
}

/* Reads treaty,iso3,on lines (a header first). */
static void read_pairs(struct ctx *c, const char *path)
{
	FILE *f = fopen(path, "r");
	char line[256];
	size_t cap = 0;
	if (!f)
		die("cannot read the pairs file", NULL);
	if (!fgets(line, sizeof line, f))
		die("empty pairs file", NULL);
	while (fgets(line, sizeof line, f)) {
		char *t = strtok(line, ",\n"), *s = strtok(NULL, ",\n"), *d = strtok(NULL, ",\n");
		if (!t || !s || !d || strlen(s) != 3)
			die("pairs: each line is treaty,iso3,YYYY-MM-DD", NULL);
		if (c->npairs == cap) {
			cap = cap ? cap * 2 : 1024;
			c->pairs = realloc(c->pairs, cap * sizeof *c->pairs);
			if (!c->pairs)
				die("out of memory", NULL);
		}
		struct pair *p = &c->pairs[c->npairs++];
		if (!(p->t = inforce_snapshot_treaty(c->snap, t)))
			die("pairs: unknown treaty", NULL);
		memcpy(p->iso3, s, 4);
		p->on = parse_day(d);
	}
	fclose(f);
	if (!c->npairs)
		die("no pairs", NULL);
}

int main(int argc, char **argv)
{
	const char *db = NULL, *on = NULL, *treaty = NULL, *state = NULL, *from = NULL,
		   *to = NULL, *pairs = NULL, *out = NULL;
	int repeat = 5, load_only = 0;
	double min_time = 0.05;
	for (int i = 1; i < argc; i += 2) {
		const char *k = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
		if (!strcmp(k, "--load-only")) { /* to profile the load: no question asked */
			load_only = 1;
			i--;
			continue;
		}
		if (!v) {
			fprintf(stderr, "inforce-bench: %s needs a value\n", k);
			return 2;
		}
		if (!strcmp(k, "--db")) db = v;
		else if (!strcmp(k, "--on")) on = v;
		else if (!strcmp(k, "--treaty")) treaty = v;
		else if (!strcmp(k, "--state")) state = v;
		else if (!strcmp(k, "--from")) from = v;
		else if (!strcmp(k, "--to")) to = v;
		else if (!strcmp(k, "--pairs")) pairs = v;
		else if (!strcmp(k, "--out")) out = v;
		else if (!strcmp(k, "--repeat")) repeat = atoi(v);
		else if (!strcmp(k, "--min-time")) min_time = atof(v);
		else {
			fprintf(stderr, "inforce-bench: unknown option %s\n", k);
			return 2;
		}
	}
	if (!db || (!load_only && (!on || !treaty || !state || !from || !to || !pairs || !out)) ||
	    repeat < 1 || repeat > MAX_REPEAT) {
		fprintf(stderr, "usage: inforce-bench --db STORE --on DATE --treaty ID --state ISO3"
				" --from DATE --to DATE --pairs FILE --out DIR [--repeat R (1-%d)]"
				" [--min-time S]\n       inforce-bench --load-only --db STORE [--repeat R]\n",
			MAX_REPEAT);
		return 2;
	}
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(db, INFORCE_OPEN_READONLY, &err);
	if (!store)
		die("cannot open the store", &err);

	/* Load: R times, one snapshot alive at a time (each freed but the last, which the
	 * questions use); the RSS growth is the first load's. */
	double loads[MAX_REPEAT], load_cpu[MAX_REPEAT];
	long rss0 = rss_now(), rss1 = 0;
	inforce_snapshot *snap = NULL;
	for (int r = 0; r < repeat; r++) {
		double t0 = now(), c0 = cpu();
		snap = inforce_snapshot_load(store, &err);
		loads[r] = now() - t0;
		load_cpu[r] = cpu() - c0;
		if (!snap)
			die("snapshot load", &err);
		if (r == 0)
			rss1 = rss_now();
		if (r + 1 < repeat)
			inforce_snapshot_free(snap);
	}
	double load_s = median(loads, repeat), load_cpu_s = median(load_cpu, repeat);
	size_t acts = inforce_snapshot_act_count(snap);
	if (load_only) {
		struct snapshot_bytes by;
		double n = acts ? (double)acts : 1.0;
		snapshot_bytes(snap, &by);
		printf("{\"acts\": %zu, \"repeat\": %d, \"load\": %.9g, \"load_cpu\": %.9g,"
		       " \"peak_rss\": %ld, \"load_rss_growth\": %ld, \"bytes_per_act\": {"
		       "\"rss\": %.1f, \"act_records\": %.1f, \"act_text\": %.1f,"
		       " \"derived\": %.1f, \"definitions\": %.1f, \"states\": %.1f}}\n",
		       acts, repeat, load_s, load_cpu_s, rss_peak(), rss1 - rss0,
		       (double)(rss1 - rss0) / n, (double)by.act_records / n, (double)by.act_text / n,
		       (double)by.derived / n, (double)by.definitions / n, (double)by.states / n);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return 0;
	}

	struct ctx c = {.snap = snap, .state = state};
	c.on = parse_day(on);
	c.from = parse_day(from);
	c.to = parse_day(to);
	if (!(c.treaty = inforce_snapshot_treaty(snap, treaty)))
		die("unknown treaty", NULL);
	read_pairs(&c, pairs);
	dump(&c, out);

	long calls[5];
	double cpus[5];
	double a = measure(q_a, &c, repeat, min_time, &calls[0], &cpus[0]);
	double b = measure(q_b, &c, repeat, min_time, &calls[1], &cpus[1]);
	double cc = measure(q_c, &c, repeat, min_time, &calls[2], &cpus[2]);
	double d = measure(q_d, &c, repeat, min_time, &calls[3], &cpus[3]);
	double e = measure(q_e, &c, repeat, min_time, &calls[4], &cpus[4]);

	printf("{\"acts\": %zu, \"treaties\": %zu, \"repeat\": %d, \"load\": %.9g,"
	       " \"peak_rss\": %ld, \"load_rss_growth\": %ld, \"bytes_per_act\": %.1f,"
	       " \"a\": %.9g, \"b\": %.9g, \"c\": %.9g, \"d\": %.9g, \"e\": %.9g,"
	       " \"calls\": [%ld, %ld, %ld, %ld, %ld], \"cpu\": {\"load\": %.9g, \"a\": %.9g,"
	       " \"b\": %.9g, \"c\": %.9g, \"d\": %.9g, \"e\": %.9g}, \"sink\": %lu}\n",
	       acts, inforce_snapshot_treaty_count(snap), repeat, load_s, rss_peak(), rss1 - rss0,
	       acts ? (double)(rss1 - rss0) / (double)acts : 0.0, a, b, cc, d, e, calls[0],
	       calls[1], calls[2], calls[3], calls[4], load_cpu_s, cpus[0], cpus[1], cpus[2],
	       cpus[3], cpus[4], c.sink);
	free(c.pairs);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return 0;
}

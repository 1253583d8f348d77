/*
 * cmd_site.c - `inforce site OUT_DIR [--on DATE] [--web DIR]`: the dashboard as static
 * files, to publish on any static host. It copies the page (web/: index.html, css,
 * js, vendor, data) and writes, under OUT_DIR/api/v1/, every answer the page asks
 * the HTTP API for (docs/api.md), computed for DATE, at paths a plain file server can
 * serve: `status/ccm.json` where the API has `status/ccm?on=DATE`. It replaces the
 * page's mode.json with one that says so: the page reads it first and then asks for
 * those paths instead of query strings.
 *
 * No logic lives here. Everything comes from src/view over one snapshot, as the
 * HTTP server does it: the JSON builders (view.h), the event selections for diff
 * and upcoming (select.h), the export tables (csv.h), the feeds; the chart is the
 * library's. Only the two lists that have no builder (treaties, states) are
 * formatted here, in the shapes docs/api.md gives.
 */
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csv.h"
#include "select.h"
#include "inforce_site.h" /* INFORCE_WEBDIR, written by meson.build */

#ifndef INFORCE_VERSION
#define INFORCE_VERSION "0"
#endif

#define PATHSZ 4096

struct site {
	struct cli *c;
	const char *out;   /* OUT_DIR */
	size_t files;      /* counted at the end, over OUT_DIR */
	unsigned long long bytes;
};

/* out/rel into buf; -1 (and a message) when it does not fit. */
static int join(struct site *s, char *buf, const char *a, const char *b)
{
	int n = snprintf(buf, PATHSZ, "%s/%s", a, b);
	if (n < 0 || n >= PATHSZ) {
		fprintf(s->c->errs, "inforce site: path too long: %s/%s\n", a, b);
		return -1;
	}
	return 0;
}

/* Creates every missing folder of path (like mkdir -p). */
static int make_dirs(struct site *s, const char *path)
{
	char p[PATHSZ];
	size_t len = strlen(path);
	if (len >= sizeof p)
		return -1;
	memcpy(p, path, len + 1);
	for (size_t i = 1; i <= len; i++) {
		if (p[i] != '/' && p[i] != '\0')
			continue;
		char keep = p[i];
		p[i] = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			fprintf(s->c->errs, "inforce site: cannot create %s: %s\n", p, strerror(errno));
			return -1;
		}
		p[i] = keep;
	}
	return 0;
}

/* Opens OUT_DIR/rel for writing, creating its folders. */
static FILE *open_out(struct site *s, const char *rel)
{
	char path[PATHSZ];
	if (join(s, path, s->out, rel) != 0)
		return NULL;
	char *slash = strrchr(path, '/');
	*slash = '\0';
	int bad = make_dirs(s, path);
	*slash = '/';
	FILE *f = bad ? NULL : fopen(path, "wb");
	if (!f && !bad)
		fprintf(s->c->errs, "inforce site: cannot write %s: %s\n", path, strerror(errno));
	return f;
}

static int close_out(struct site *s, FILE *f, const char *rel)
{
	int bad = ferror(f);
	bad |= fclose(f);
	if (bad) {
		fprintf(s->c->errs, "inforce site: cannot write %s/%s\n", s->out, rel);
		return EXIT_RUNTIME;
	}
	return EXIT_OK;
}

/* Writes v (taking the reference) compactly to OUT_DIR/rel. */
static int write_json(struct site *s, const char *rel, json_t *v)
{
	if (!v) {
		fprintf(s->c->errs, "inforce site: %s: out of memory\n", rel);
		return EXIT_RUNTIME;
	}
	FILE *f = open_out(s, rel);
	int rc = EXIT_RUNTIME;
	if (f) {
		int bad = json_dumpf(v, f, JSON_COMPACT) != 0;
		fputc('\n', f);
		rc = close_out(s, f, rel);
		if (bad && rc == EXIT_OK) {
			fprintf(s->c->errs, "inforce site: cannot write %s/%s\n", s->out, rel);
			rc = EXIT_RUNTIME;
		}
	}
	json_decref(v);
	return rc;
}

static int write_bytes(struct site *s, const char *rel, const char *buf, size_t len)
{
	FILE *f = open_out(s, rel);
	if (!f)
		return EXIT_RUNTIME;
	fwrite(buf, 1, len, f);
	return close_out(s, f, rel);
}

static int copy_file(struct site *s, const char *from, const char *rel)
{
	FILE *in = fopen(from, "rb");
	if (!in) {
		fprintf(s->c->errs, "inforce site: cannot read %s: %s\n", from, strerror(errno));
		return EXIT_RUNTIME;
	}
	FILE *out = open_out(s, rel);
	if (!out) {
		fclose(in);
		return EXIT_RUNTIME;
	}
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, in)) > 0)
		fwrite(buf, 1, n, out);
	int bad = ferror(in);
	fclose(in);
	int rc = close_out(s, out, rel);
	if (bad) {
		fprintf(s->c->errs, "inforce site: cannot read %s\n", from);
		rc = EXIT_RUNTIME;
	}
	return rc;
}

/* What of web/ is not part of the page: the npm and build material. */
static int skipped(const char *rel)
{
	static const char *const skip[] = {"node_modules", "tools", "package.json",
					   "package-lock.json", "build.sh", "README.md", "api",
					   "mode.json"};
	for (size_t i = 0; i < sizeof skip / sizeof skip[0]; i++)
		if (strcmp(rel, skip[i]) == 0)
			return 1;
	return 0;
}

/* Copies the folder dir (web/ itself when rel is "") into OUT_DIR/rel: regular files
 * and folders only, no hidden names. */
static int copy_tree(struct site *s, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(s->c->errs, "inforce site: cannot read %s: %s\n", dir, strerror(errno));
		return EXIT_RUNTIME;
	}
	int rc = EXIT_OK;
	struct dirent *e;
	while (rc == EXIT_OK && (e = readdir(d))) {
		char from[PATHSZ], to[PATHSZ];
		struct stat st;
		if (e->d_name[0] == '.')
			continue;
		if (join(s, from, dir, e->d_name) != 0)
			rc = EXIT_RUNTIME;
		else if (rel[0] ? join(s, to, rel, e->d_name) != 0
				: snprintf(to, sizeof to, "%s", e->d_name) >= (int)sizeof to)
			rc = EXIT_RUNTIME;
		else if (!rel[0] && skipped(to))
			continue;
		else if (lstat(from, &st) != 0)
			rc = EXIT_RUNTIME;
		else if (S_ISDIR(st.st_mode))
			rc = copy_tree(s, from, to);
		else if (S_ISREG(st.st_mode))
			rc = copy_file(s, from, to);
	}
	closedir(d);
	return rc;
}

/* Counts the files and bytes under path. */
static void measure(struct site *s, const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		char p[PATHSZ];
		struct stat st;
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0 ||
		    join(s, p, path, e->d_name) != 0 || lstat(p, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode))
			measure(s, p);
		else if (S_ISREG(st.st_mode)) {
			s->files++;
			s->bytes += (unsigned long long)st.st_size;
		}
	}
	if (d)
		closedir(d);
}

/* A name used in a path: not empty, no '/', not starting with '.'. */
static int safe_name(const char *n)
{
	return n && n[0] && n[0] != '.' && !strchr(n, '/');
}

/* Everything about one treaty: its JSON, status on `on`, changes, acts (diff), chart. */
static int write_treaty(struct site *s, const inforce_snapshot *snap, const inforce_treaty *t,
			inforce_day on)
{
	char id[32], rel[PATHSZ];
	view_lower(inforce_treaty_id(t), id, sizeof id);
	if (!safe_name(id)) {
		fprintf(s->c->errs, "inforce site: treaty id '%s' cannot name a file\n", id);
		return EXIT_RUNTIME;
	}
	int rc;
	snprintf(rel, sizeof rel, "api/v1/treaties/%s.json", id);
	if ((rc = write_json(s, rel, view_treaty_json(snap, t))))
		return rc;
	snprintf(rel, sizeof rel, "api/v1/notes/%s.json", id);
	if ((rc = write_json(s, rel, view_notes_json(t, NULL, NULL))))
		return rc;
	snprintf(rel, sizeof rel, "api/v1/changes/%s.json", id);
	if ((rc = write_json(s, rel, view_changes_json(t))))
		return rc;

	size_t n;
	inforce_counts k;
	inforce_error err = {0};
	inforce_standing *st = inforce_status_treaty(t, on, &n, &k, &err);
	if (!st)
		return cli_fail(s->c, &err);
	snprintf(rel, sizeof rel, "api/v1/status/%s.json", id);
	rc = write_json(s, rel, view_status_json(t, on, INFORCE_DAY_NONE, st, n, &k));
	free(st);
	if (rc)
		return rc;

	size_t len;
	char *svg = inforce_chart_svg(t, INFORCE_DAY_NONE, on, &len, &err);
	if (!svg)
		return cli_fail(s->c, &err);
	snprintf(rel, sizeof rel, "api/v1/charts/%s.svg", id);
	rc = write_bytes(s, rel, svg, len);
	free(svg);
	if (rc)
		return rc;

	/* GET /api/v1/diff/{id}?from=1900-01-01&to=ON, what the page asks for the acts:
	 * the events after `from` up to `to`, as `inforce diff` writes them. */
	inforce_day from = inforce_date_from_ymd(1900, 1, 1);
	inforce_event *ev = NULL;
	if (view_diff_events(snap, t, from, on, &ev, &n) != 0) {
		fprintf(s->c->errs, "inforce site: out of memory\n");
		return EXIT_RUNTIME;
	}
	snprintf(rel, sizeof rel, "api/v1/diff/%s.json", id);
	rc = write_json(s, rel, view_events_json("from_after", from, "to", on, ev, n));
	free(ev);
	return rc;
}

/* Everything that is not per treaty or per state: what lies ahead (GET
 * /api/v1/upcoming with from=ON and the default 365 days, as JSON, iCalendar and
 * Atom) and the tables of GET /api/v1/export/{table}.csv?on=ON. */
static int write_common(struct site *s, const inforce_snapshot *snap, inforce_day on,
			inforce_day today)
{
	inforce_day to = inforce_date_add_days(on, 365);
	inforce_event *ev = NULL;
	size_t n = 0;
	if (view_upcoming_events(snap, NULL, on, to, &ev, &n) != 0) {
		fprintf(s->c->errs, "inforce site: out of memory\n");
		return EXIT_RUNTIME;
	}
	int rc = write_json(s, "api/v1/upcoming.json", view_events_json("from", on, "to", to, ev, n));
	FILE *f;
	if (rc == EXIT_OK && (f = open_out(s, "api/v1/upcoming.ics"))) {
		view_ics(f, ev, n, today);
		rc = close_out(s, f, "api/v1/upcoming.ics");
	} else if (rc == EXIT_OK) {
		rc = EXIT_RUNTIME;
	}
	if (rc == EXIT_OK && (f = open_out(s, "api/v1/upcoming.atom"))) {
		view_atom(f, ev, n, today);
		rc = close_out(s, f, "api/v1/upcoming.atom");
	} else if (rc == EXIT_OK) {
		rc = EXIT_RUNTIME;
	}
	free(ev);
	const struct view_table *tabs = view_tables();
	for (int i = 0; rc == EXIT_OK && i < VIEW_TABLE_COUNT; i++) {
		char rel[PATHSZ];
		inforce_error err = {0};
		snprintf(rel, sizeof rel, "api/v1/export/%s.csv", tabs[i].name);
		if (!(f = open_out(s, rel)))
			return EXIT_RUNTIME;
		int bad = view_table_csv(f, snap, i, on, &err) != 0;
		rc = close_out(s, f, rel);
		if (bad)
			rc = cli_fail(s->c, &err);
	}
	return rc;
}

int cmd_site(struct cli *c, int argc, char **argv)
{
	const char *on_t = NULL, *web = NULL, *pos[1];
	const struct opt opts[] = {
		{"on", 1, &on_t, "DATE  the date every answer is computed for (default: today)"},
		{"web", 1, &web, "DIR   the page to copy (default $INFORCE_WEB or " INFORCE_WEBDIR ")"},
		{0},
	};
	int help, rc = cli_parse(c, "site", "OUT_DIR [--on DATE] [--web DIR]",
				 "Writes the dashboard as static files to OUT_DIR (created if missing;\n"
				 "files of the same name are replaced): the page, and every answer it\n"
				 "needs, computed for DATE, at paths a plain file server can serve.",
				 opts, argc, argv, pos, 1, 1, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	inforce_day today;
	if ((rc = cli_date(c, "site", "--on", on_t, &on)) ||
	    (rc = cli_date(c, "site", "today", NULL, &today)))
		return rc;
	if (!web)
		web = getenv("INFORCE_WEB");
	if (!web || !*web)
		web = INFORCE_WEBDIR;

	struct site s = {.c = c, .out = pos[0]};
	char probe[PATHSZ], on_buf[INFORCE_DATE_BUFSZ];
	static const char *const needed[] = {"index.html", "vendor/d3-geo.min.js",
					     "data/iso-numeric.json"};
	for (size_t i = 0; i < sizeof needed / sizeof needed[0]; i++) {
		struct stat st;
		if (join(&s, probe, web, needed[i]) != 0)
			return EXIT_RUNTIME;
		if (stat(probe, &st) != 0 && i == 0) {
			fprintf(c->errs, "inforce site: %s: not the dashboard's folder (no index.html)\n",
				web);
			return EXIT_RUNTIME;
		}
		if (stat(probe, &st) != 0) {
			fprintf(c->errs, "inforce site: %s is missing: the page is not built "
					 "(run scripts/install-deps, or npm ci --prefix web && "
					 "web/build.sh)\n", probe);
			return EXIT_RUNTIME;
		}
	}
	inforce_date_format(on, on_buf);
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	if (make_dirs(&s, s.out) != 0)
		rc = EXIT_RUNTIME;
	if (rc == EXIT_OK)
		rc = copy_tree(&s, web, "");
	if (rc == EXIT_OK)
		rc = write_json(&s, "api/v1/treaties.json", view_treaties_json(snap));
	if (rc == EXIT_OK)
		rc = write_json(&s, "api/v1/states.json", view_states_json(snap));
	for (size_t i = 0; rc == EXIT_OK && i < inforce_snapshot_treaty_count(snap); i++)
		rc = write_treaty(&s, snap, inforce_snapshot_treaty_at(snap, i), on);
	size_t nstates = inforce_snapshot_state_count(snap);
	for (size_t i = 0; rc == EXIT_OK && i < nstates; i++) {
		const char *iso3, *name, *kind;
		char rel[PATHSZ];
		inforce_snapshot_state_at(snap, i, &iso3, &name, &kind);
		if (!safe_name(iso3))
			continue;
		snprintf(rel, sizeof rel, "api/v1/states/%s.json", iso3);
		rc = write_json(&s, rel, view_state_json(snap, iso3, on));
	}
	if (rc == EXIT_OK)
		rc = write_common(&s, snap, on, today);
	if (rc == EXIT_OK && join(&s, probe, web, "../docs/openapi.json") == 0) {
		struct stat st;
		if (stat(probe, &st) == 0)
			rc = copy_file(&s, probe, "api/v1/openapi.json");
	}
	if (rc == EXIT_OK) {
		/* Last: the page reads this first and, seeing "static", asks for files. */
		json_t *mode = json_object();
		json_object_set_new(mode, "static", json_true());
		json_object_set_new(mode, "on", json_string(on_buf));
		json_object_set_new(mode, "generator", json_string("inforce site " INFORCE_VERSION));
		json_object_set_new(mode, "treaties",
				    json_integer((json_int_t)inforce_snapshot_treaty_count(snap)));
		json_object_set_new(mode, "states", json_integer((json_int_t)nstates));
		rc = write_json(&s, "mode.json", mode);
	}
	if (rc == EXIT_OK) {
		measure(&s, s.out);
		fprintf(c->out, "wrote %s: the dashboard on %s, %zu treaties, %zu states: %zu files, "
				"%.1f MB\n",
			s.out, on_buf, inforce_snapshot_treaty_count(snap), nstates, s.files,
			(double)s.bytes / 1e6);
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

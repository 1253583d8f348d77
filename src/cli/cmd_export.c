/*
 * cmd_export.c - `inforce export --format csv|json|ndjson --out DIR [--on DATE]`:
 * treaties, states, actions and the statuses computed on a date, as files, with a
 * Frictionless Data Package descriptor (datapackage.json) describing them. Dates
 * are ISO 8601, states ISO 3166-1 alpha-3. The tables, their columns and their rows
 * are the ones the HTTP API serves (src/view/csv.c); this file only writes them.
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "csv.h"

/* The files being written: one per table, and the panel's (index -1 of the row
 * callback, held at PANEL). */
enum { PANEL = VIEW_TABLE_COUNT };
struct out {
	const char *format;
	FILE *f[VIEW_TABLE_COUNT + 1];
	size_t rows[VIEW_TABLE_COUNT + 1];
};

/* Creates (or truncates) a file of the output folder, never through a symbolic link
 * planted there: that would write wherever it points. */
static FILE *create_file(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0)
		return NULL;
	FILE *f = fdopen(fd, "w");
	if (!f)
		close(fd);
	return f;
}

static const char *create_error(void)
{
	return errno == ELOOP ? "it is a symbolic link (not followed)" : strerror(errno);
}

/* Creates DIR/TABLE.FORMAT and writes what comes before the rows: the CSV header, or
 * the JSON array's opening. */
static int open_table(struct cli *c, const char *dir, const struct view_table *t,
		      const char *format, FILE **f)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.%s", dir, t->name, format);
	if (!(*f = create_file(path))) {
		fprintf(c->errs, "inforce: cannot write %s: %s\n", path, create_error());
		return EXIT_RUNTIME;
	}
	if (format[0] == 'c') {
		for (size_t k = 0; k < t->ncols; k++)
			view_csv_field(*f, t->cols[k].name, k == 0);
		fputc('\n', *f);
	} else if (format[0] == 'j') {
		fputs("[\n", *f);
	}
	return EXIT_OK;
}

static json_t *typed(const struct view_column *col, const char *v)
{
	if (!v || !v[0])
		return json_null();
	if (col->type == VIEW_COL_INT)
		return json_integer(strtoll(v, NULL, 10));
	if (col->type == VIEW_COL_BOOL)
		return json_boolean(strcmp(v, "true") == 0);
	return json_string(v);
}

/* One row of one table, in the chosen format. */
static void write_row(void *cls, int table, const char *const *v)
{
	struct out *o = cls;
	if (table < 0)
		table = PANEL;
	const struct view_table *t = table == PANEL ? view_panel_table() : &view_tables()[table];
	FILE *f = o->f[table];
	if (o->format[0] == 'c') {
		for (size_t i = 0; i < t->ncols; i++)
			view_csv_field(f, v[i], i == 0);
		fputc('\n', f);
	} else {
		json_t *obj = json_object();
		for (size_t i = 0; i < t->ncols; i++)
			json_object_set_new(obj, t->cols[i].name, typed(&t->cols[i], v[i]));
		if (o->format[0] == 'j' && o->rows[table] > 0)
			fputs(",\n", f);
		json_dumpf(obj, f, JSON_COMPACT);
		if (o->format[0] == 'n')
			fputc('\n', f);
		json_decref(obj);
	}
	o->rows[table]++;
}

static json_t *resource(const struct view_table *t, const char *format)
{
	static const char *const types[] = {"string", "date", "integer", "boolean"};
	char path[128];
	json_t *r = json_object(), *schema = json_object(), *fields = json_array();
	snprintf(path, sizeof path, "%s.%s", t->name, format);
	json_object_set_new(r, "name", json_string(t->name));
	json_object_set_new(r, "path", json_string(path));
	json_object_set_new(r, "format", json_string(format));
	json_object_set_new(r, "mediatype", json_string(format[0] == 'c'   ? "text/csv"
							: format[0] == 'j' ? "application/json"
									   : "application/x-ndjson"));
	json_object_set_new(r, "encoding", json_string("utf-8"));
	if (format[0] == 'c')
		json_object_set_new(r, "profile", json_string("tabular-data-resource"));
	for (size_t i = 0; i < t->ncols; i++) {
		json_t *f = json_object();
		json_object_set_new(f, "name", json_string(t->cols[i].name));
		json_object_set_new(f, "type", json_string(types[t->cols[i].type]));
		json_object_set_new(f, "description", json_string(t->cols[i].description));
		json_array_append_new(fields, f);
	}
	json_object_set_new(schema, "fields", fields);
	json_object_set_new(r, "schema", schema);
	return r;
}

static int write_package(struct cli *c, const char *dir, const char *format, inforce_day on,
			 const struct view_panel *panel)
{
	char d[INFORCE_DATE_BUFSZ], path[4096];
	json_t *pkg = json_object(), *res = json_array(), *lic = json_array(), *l = json_object();
	json_object_set_new(pkg, "profile", json_string("data-package"));
	json_object_set_new(pkg, "name", json_string("inforce-export"));
	json_object_set_new(pkg, "title", json_string("inforce: treaty acts and statuses"));
	json_object_set_new(pkg, "description",
			    json_string("Acts deposited with treaty depositaries, each with its source, "
					"and the statuses inforce computes from them and from each "
					"treaty's clauses."));
	json_object_set_new(pkg, "statuses_on", json_string(inforce_date_format(on, d)));
	json_object_set_new(l, "name", json_string("other-pd"));
	json_object_set_new(l, "title", json_string("Facts compiled from the public sources cited row by row"));
	json_array_append_new(lic, l);
	json_object_set_new(pkg, "licenses", lic);
	for (int i = 0; i < VIEW_TABLE_COUNT; i++)
		json_array_append_new(res, resource(&view_tables()[i], format));
	if (panel) {
		char days[64];
		snprintf(days, sizeof days, "%04d-%02d-%02d ... %04d-%02d-%02d", panel->from_year,
			 panel->month, panel->day, panel->to_year, panel->month, panel->day);
		json_object_set_new(pkg, "panel_days", json_string(days));
		json_array_append_new(res, resource(view_panel_table(), format));
	}
	json_object_set_new(pkg, "resources", res);
	snprintf(path, sizeof path, "%s/datapackage.json", dir);
	FILE *f = create_file(path);
	int rc = f && json_dumpf(pkg, f, JSON_INDENT(2)) == 0 ? EXIT_OK : EXIT_RUNTIME;
	if (f && fclose(f) != 0)
		rc = EXIT_RUNTIME;
	if (rc)
		fprintf(c->errs, "inforce: cannot write %s: %s\n", path, create_error());
	json_decref(pkg);
	return rc;
}

/* A year of the panel: 1000 to 9999. */
static int year_of(struct cli *c, const char *opt, const char *text, int *out)
{
	char *end;
	long y = strtol(text, &end, 10);
	if (*text == '\0' || *end != '\0' || y < 1000 || y > 9999)
		return cli_usage_error(c, "export", "%s: '%s' is not a year (1000 to 9999)", opt,
				       text);
	*out = (int)y;
	return EXIT_OK;
}

static int panel_options(struct cli *c, const char *from_t, const char *to_t, const char *day_t,
			 struct view_panel *p)
{
	inforce_day today;
	int rc, y, m, d;
	if ((rc = cli_date(c, "export", "--to", NULL, &today)))
		return rc;
	inforce_date_to_ymd(today, &y, &m, &d);
	p->to_year = y;
	if ((from_t && (rc = year_of(c, "--from", from_t, &p->from_year))) ||
	    (to_t && (rc = year_of(c, "--to", to_t, &p->to_year))))
		return rc;
	if (p->to_year < p->from_year)
		return cli_usage_error(c, "export", "--to %d is before --from %d", p->to_year,
				       p->from_year);
	if (day_t) {
		char extra;
		if (sscanf(day_t, "%2d-%2d%c", &m, &d, &extra) != 2 || strlen(day_t) != 5 ||
		    !inforce_date_valid(2000, m, d)) /* 2000: 02-29 allowed */
			return cli_usage_error(c, "export", "--day: '%s' is not a day of the year "
							    "(MM-DD)", day_t);
		p->month = m;
		p->day = d;
	}
	return EXIT_OK;
}

int cmd_export(struct cli *c, int argc, char **argv)
{
	const char *format = "csv", *dir = NULL, *on_t = NULL, *panel_opt = NULL;
	const char *from_t = NULL, *to_t = NULL, *day_t = NULL, *treaty = NULL, *tag = NULL;
	const struct opt opts[] = {
		{"format", 1, &format, "FMT   csv, json or ndjson (default csv)"},
		{"out", 1, &dir, "DIR   folder to write (created if missing)"},
		{"on", 1, &on_t, "DATE  date of the computed statuses (default: today)"},
		{"panel", 0, &panel_opt, "      also the country-year panel (panel.csv)"},
		{"from", 1, &from_t, "YEAR  the panel's first year (default 1945)"},
		{"to", 1, &to_t, "YEAR  its last year (default: this year)"},
		{"day", 1, &day_t, "MM-DD the day of each year (default 12-31)"},
		{"treaty", 1, &treaty, "ID    the panel of this treaty only"},
		{"tag", 1, &tag, "TAG   the panel of the treaties with this tag only"},
		{0},
	};
	int help, rc = cli_parse(c, "export",
				 "--out DIR [--format csv|json|ndjson] [--on DATE] [--panel [--from "
				 "YEAR] [--to YEAR] [--day MM-DD] [--treaty ID] [--tag TAG]]",
				 "Writes treaties, states, actions and the statuses on DATE to DIR,\n"
				 "with a Frictionless datapackage.json describing every file. With\n"
				 "--panel, also one row per treaty, state and year: the status on\n"
				 "that year's day, for every participant on that day.",
				 opts, argc, argv, NULL, 0, 0, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if (!dir)
		return cli_usage_error(c, "export", "--out DIR is required");
	struct view_panel panel = {.from_year = 1945, .month = 12, .day = 31,
				   .treaty = treaty, .tag = tag};
	if (panel_opt && (rc = panel_options(c, from_t, to_t, day_t, &panel)))
		return rc;
	if (!panel_opt && (from_t || to_t || day_t || treaty || tag))
		return cli_usage_error(c, "export", "--from, --to, --day, --treaty and --tag go "
						    "with --panel");
	if ((rc = cli_format(c, "export", format, "csv,json,ndjson", &format)) ||
	    (rc = cli_date(c, "export", "--on", on_t, &on)))
		return rc;
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(c->errs, "inforce: cannot create %s: %s\n", dir, strerror(errno));
		return EXIT_RUNTIME;
	}
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	struct out o = {.format = format};
	for (int i = 0; i < VIEW_TABLE_COUNT && rc == EXIT_OK; i++)
		rc = open_table(c, dir, &view_tables()[i], format, &o.f[i]);
	if (rc == EXIT_OK && treaty && !inforce_snapshot_treaty(snap, treaty)) {
		cli_unknown_treaty(c, snap, treaty);
		rc = EXIT_USAGE;
	}
	if (rc == EXIT_OK && panel_opt)
		rc = open_table(c, dir, view_panel_table(), format, &o.f[PANEL]);
	inforce_error err = {0};
	if (rc == EXIT_OK && view_table_rows(snap, on, VIEW_TABLES_ALL, write_row, &o, &err))
		rc = cli_fail(c, &err);
	if (rc == EXIT_OK && panel_opt && view_panel_rows(snap, &panel, write_row, &o, &err))
		rc = cli_fail(c, &err);
	for (int i = 0; i <= PANEL; i++) {
		if (!o.f[i])
			continue;
		if (format[0] == 'j')
			fputs("\n]\n", o.f[i]);
		if (fclose(o.f[i]) != 0)
			rc = EXIT_RUNTIME;
	}
	if (rc == EXIT_OK &&
	    (rc = write_package(c, dir, format, on, panel_opt ? &panel : NULL)) == EXIT_OK) {
		char d[INFORCE_DATE_BUFSZ], extra[96] = "";
		if (panel_opt)
			snprintf(extra, sizeof extra, ", %zu panel rows (%d to %d)", o.rows[PANEL],
				 panel.from_year, panel.to_year);
		fprintf(c->out, "wrote %s: %zu treaties, %zu states, %zu actions, %zu statuses on %s%s, "
				"and datapackage.json\n",
			dir, o.rows[VIEW_TABLE_TREATIES], o.rows[VIEW_TABLE_STATES],
			o.rows[VIEW_TABLE_ACTIONS], o.rows[VIEW_TABLE_STATUSES], inforce_date_format(on, d),
			extra);
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

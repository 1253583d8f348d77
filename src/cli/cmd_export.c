/*
 * cmd_export.c - `inforce export --format csv|json|ndjson --out DIR [--on DATE]`:
 * treaties, states, actions and the statuses computed on a date, as files, with a
 * Frictionless Data Package descriptor (datapackage.json) describing them. Dates
 * are ISO 8601, states ISO 3166-1 alpha-3.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

enum coltype { T_STRING, T_DATE, T_INT, T_BOOL };

struct column {
	const char *name;
	enum coltype type;
	const char *description;
};

/* One table being written: its columns and the open file. */
struct table {
	const char *name;
	const struct column *cols;
	size_t ncols;
	FILE *f;
	const char *format;
	size_t rows;
};

static json_t *typed(const struct column *col, const char *v)
{
	if (!v || !v[0])
		return json_null();
	if (col->type == T_INT)
		return json_integer(strtoll(v, NULL, 10));
	if (col->type == T_BOOL)
		return json_boolean(strcmp(v, "true") == 0);
	return json_string(v);
}

static void row(struct table *t, const char *const *v)
{
	if (t->format[0] == 'c') {
		for (size_t i = 0; i < t->ncols; i++)
			cli_csv_field(t->f, v[i], i == 0);
		fputc('\n', t->f);
	} else {
		json_t *o = json_object();
		for (size_t i = 0; i < t->ncols; i++)
			json_object_set_new(o, t->cols[i].name, typed(&t->cols[i], v[i]));
		if (t->format[0] == 'j' && t->rows > 0)
			fputs(",\n", t->f);
		json_dumpf(o, t->f, JSON_COMPACT);
		if (t->format[0] == 'n')
			fputc('\n', t->f);
		json_decref(o);
	}
	t->rows++;
}

static int open_table(struct cli *c, struct table *t, const char *dir, const char *ext)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.%s", dir, t->name, ext);
	if (!(t->f = fopen(path, "w"))) {
		fprintf(c->errs, "inforce: cannot write %s: %s\n", path, strerror(errno));
		return EXIT_RUNTIME;
	}
	if (t->format[0] == 'c')
		for (size_t i = 0; i < t->ncols; i++)
			cli_csv_field(t->f, t->cols[i].name, i == 0);
	if (t->format[0] == 'c')
		fputc('\n', t->f);
	else if (t->format[0] == 'j')
		fputs("[\n", t->f);
	return EXIT_OK;
}

static int close_table(struct table *t)
{
	if (t->format[0] == 'j')
		fputs("\n]\n", t->f);
	return fclose(t->f) == 0 ? EXIT_OK : EXIT_RUNTIME;
}

static json_t *resource(const struct table *t, const char *ext, const char *format)
{
	static const char *const types[] = {"string", "date", "integer", "boolean"};
	char path[128];
	json_t *r = json_object(), *schema = json_object(), *fields = json_array();
	snprintf(path, sizeof path, "%s.%s", t->name, ext);
	json_object_set_new(r, "name", json_string(t->name));
	json_object_set_new(r, "path", json_string(path));
	json_object_set_new(r, "format", json_string(ext));
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

static const struct column treaty_cols[] = {
	{"id", T_STRING, "inforce id (lower case)"},
	{"untc", T_STRING, "UN Treaty Collection MTDSG reference"},
	{"short_name", T_STRING, "short name"},
	{"title", T_STRING, "full title"},
	{"adopted", T_DATE, "date of adoption"},
	{"opened_for_signature", T_DATE, "date opened for signature"},
	{"depositary", T_STRING, "depositary, with the article"},
	{"tags", T_STRING, "space-separated categories"},
	{"entry_into_force", T_DATE, "computed from the deposits and the treaty's rule"},
	{"published_entry_into_force", T_DATE, "as the sources publish it, for checking"},
	{"source", T_STRING, "where the metadata and rules were read"},
};
static const struct column state_cols[] = {
	{"iso3", T_STRING, "ISO 3166-1 alpha-3 (ISO 3166-3 for former states)"},
	{"name", T_STRING, "name as the UN Treaty Collection uses it"},
	{"kind", T_STRING, "state, former or organisation"},
};
static const struct column act_cols[] = {
	{"id", T_INT, "store row id"},
	{"treaty", T_STRING, "treaty id"},
	{"iso3", T_STRING, "ISO 3166-1 alpha-3"},
	{"state_name", T_STRING, "the name as the source wrote it"},
	{"action", T_STRING, "kind of act"},
	{"date", T_DATE, "date the depositary received it (signature: date signed)"},
	{"stated_effective", T_DATE, "effective date a source states, for checking only"},
	{"known", T_DATE, "when it became known, if recorded"},
	{"source", T_STRING, "URL or citation"},
	{"notes", T_STRING, "notes"},
	{"recorded_at", T_STRING, "when the store recorded it (UTC)"},
};
static const struct column status_cols[] = {
	{"treaty", T_STRING, "treaty id"},
	{"on", T_DATE, "the date the status is computed for"},
	{"iso3", T_STRING, "ISO 3166-1 alpha-3"},
	{"name", T_STRING, "state name"},
	{"status", T_STRING, "signatory, contracting, party or withdrawn"},
	{"signature", T_DATE, "date of signature"},
	{"consent_kind", T_STRING, "ratification, accession, ..."},
	{"consent_date", T_DATE, "date the instrument was deposited"},
	{"entry_into_force", T_DATE, "computed; empty when not in force or unknown"},
	{"entry_into_force_unknown", T_BOOL, "in force, but the date is not in the data"},
	{"withdrawal_notified", T_DATE, "date the withdrawal was notified"},
	{"withdrawal_effective", T_DATE, "computed; empty while delayed by a recorded conflict"},
	{"withdrawal_pending", T_BOOL, "party with a withdrawal not yet in effect"},
};

static void export_rows(struct table *tabs, const inforce_snapshot *snap, inforce_day on)
{
	char b[8][INFORCE_DATE_BUFSZ], id[32], num[32];
	for (size_t i = 0; i < inforce_snapshot_treaty_count(snap); i++) {
		const inforce_treaty *t = inforce_snapshot_treaty_at(snap, i);
		const char *v[] = {cli_lower(inforce_treaty_id(t), id, sizeof id),
				   inforce_treaty_meta(t, "untc"), inforce_treaty_meta(t, "short_name"),
				   inforce_treaty_meta(t, "title"), inforce_treaty_meta(t, "adopted"),
				   inforce_treaty_meta(t, "opened_for_signature"),
				   inforce_treaty_meta(t, "depositary"), inforce_treaty_meta(t, "tags"),
				   cli_day(inforce_treaty_eif(t)->date, b[0]),
				   inforce_treaty_meta(t, "published_entry_into_force"),
				   inforce_treaty_meta(t, "source")};
		row(&tabs[0], v);
		size_t n;
		inforce_standing *st = inforce_status_treaty(t, on, &n, NULL, NULL);
		for (size_t k = 0; st && k < n; k++) {
			const inforce_standing *s = &st[k];
			const char *w[] = {id,
					   inforce_date_format(on, b[1]),
					   s->iso3,
					   s->name,
					   inforce_status_name(s->status),
					   cli_day(s->signature, b[2]),
					   s->consent != INFORCE_DAY_NONE ? inforce_act_kind_name(s->consent_kind) : "",
					   cli_day(s->consent, b[3]),
					   cli_day(s->entry_into_force, b[4]),
					   s->eif_unknown ? "true" : "false",
					   cli_day(s->withdrawal_notified, b[5]),
					   cli_day(s->withdrawal_effective, b[6]),
					   s->withdrawal_pending ? "true" : "false"};
			row(&tabs[3], w);
		}
		free(st);
	}
	for (size_t i = 0; i < inforce_snapshot_state_count(snap); i++) {
		const char *iso3, *name, *kind;
		inforce_snapshot_state_at(snap, i, &iso3, &name, &kind);
		const char *v[] = {iso3, name, kind};
		row(&tabs[1], v);
	}
	for (size_t i = 0; i < inforce_snapshot_act_count(snap); i++) {
		const inforce_act *a = inforce_snapshot_act_at(snap, i);
		snprintf(num, sizeof num, "%lld", (long long)a->id);
		const char *v[] = {num,
				   cli_lower(a->treaty, id, sizeof id),
				   a->iso3,
				   a->state_name,
				   inforce_act_kind_name(a->kind),
				   cli_day(a->date, b[0]),
				   cli_day(a->stated_effective, b[1]),
				   cli_day(a->known, b[2]),
				   a->source,
				   a->notes,
				   a->recorded_at};
		row(&tabs[2], v);
	}
}

int cmd_export(struct cli *c, int argc, char **argv)
{
	const char *format = "csv", *out = NULL, *on_t = NULL;
	const struct opt opts[] = {
		{"format", 1, &format, "FMT   csv, json or ndjson (default csv)"},
		{"out", 1, &out, "DIR   folder to write (created if missing)"},
		{"on", 1, &on_t, "DATE  date of the computed statuses (default: today)"},
		{0},
	};
	int help, rc = cli_parse(c, "export", "--out DIR [--format csv|json|ndjson] [--on DATE]",
				 "Writes treaties, states, actions and the statuses on DATE to DIR,\n"
				 "with a Frictionless datapackage.json describing every file.",
				 opts, argc, argv, NULL, 0, 0, &help);
	inforce_day on;
	if (rc || help)
		return rc;
	if (!out)
		return cli_usage_error(c, "export", "--out DIR is required");
	if ((rc = cli_format(c, "export", format, "csv,json,ndjson", &format)) ||
	    (rc = cli_date(c, "export", "--on", on_t, &on)))
		return rc;
	if (mkdir(out, 0777) != 0 && errno != EEXIST) {
		fprintf(c->errs, "inforce: cannot create %s: %s\n", out, strerror(errno));
		return EXIT_RUNTIME;
	}
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	struct table tabs[] = {
		{"treaties", treaty_cols, sizeof treaty_cols / sizeof treaty_cols[0], NULL, format, 0},
		{"states", state_cols, sizeof state_cols / sizeof state_cols[0], NULL, format, 0},
		{"actions", act_cols, sizeof act_cols / sizeof act_cols[0], NULL, format, 0},
		{"statuses", status_cols, sizeof status_cols / sizeof status_cols[0], NULL, format, 0},
	};
	const size_t nt = sizeof tabs / sizeof tabs[0];
	size_t opened = 0;
	for (; opened < nt && rc == EXIT_OK; opened++)
		rc = open_table(c, &tabs[opened], out, format);
	if (rc == EXIT_OK)
		export_rows(tabs, snap, on);
	for (size_t i = 0; i < opened; i++)
		if (tabs[i].f && close_table(&tabs[i]) != EXIT_OK)
			rc = EXIT_RUNTIME;
	if (rc == EXIT_OK) {
		char d[INFORCE_DATE_BUFSZ], path[4096];
		json_t *pkg = json_object(), *res = json_array(), *lic = json_array(), *l = json_object();
		json_object_set_new(pkg, "profile", json_string("data-package"));
		json_object_set_new(pkg, "name", json_string("inforce-export"));
		json_object_set_new(pkg, "title", json_string("inforce: treaty acts and statuses"));
		json_object_set_new(pkg, "description",
				    json_string("Acts deposited with treaty depositaries, each with its "
						"source, and the statuses inforce computes from them and "
						"from each treaty's clauses."));
		json_object_set_new(pkg, "statuses_on", json_string(inforce_date_format(on, d)));
		json_object_set_new(l, "name", json_string("other-pd"));
		json_object_set_new(l, "title", json_string("Facts compiled from the public sources cited row by row"));
		json_array_append_new(lic, l);
		json_object_set_new(pkg, "licenses", lic);
		for (size_t i = 0; i < nt; i++)
			json_array_append_new(res, resource(&tabs[i], format, format));
		json_object_set_new(pkg, "resources", res);
		snprintf(path, sizeof path, "%s/datapackage.json", out);
		if (json_dump_file(pkg, path, JSON_INDENT(2)) != 0) {
			fprintf(c->errs, "inforce: cannot write %s\n", path);
			rc = EXIT_RUNTIME;
		} else {
			fprintf(c->out, "wrote %s: %zu treaties, %zu states, %zu actions, %zu statuses "
					"on %s, and datapackage.json\n",
				out, tabs[0].rows, tabs[1].rows, tabs[2].rows, tabs[3].rows, d);
		}
		json_decref(pkg);
	}
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return rc;
}

/*
 * cli.c - shared plumbing of the command files: option parsing, error reporting,
 * loading the snapshot, dates and formats, and table/CSV output helpers.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static void print_help(FILE *f, const char *cmd, const char *synopsis, const char *about,
		       const struct opt *opts)
{
	fprintf(f, "usage: inforce %s %s\n\n%s\n\nOptions:\n", cmd, synopsis, about);
	for (const struct opt *o = opts; o && o->name; o++)
		fprintf(f, "  --%-18s %s\n", o->name, o->help);
	fprintf(f, "  --%-18s %s\n", "db PATH", "the store (default $INFORCE_DB or inforce.db)");
	fprintf(f, "  --%-18s %s\n", "data DIR", "the bundled data folder");
	fprintf(f, "  --%-18s %s\n", "help", "show this help");
}

int cli_usage_error(struct cli *c, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(c->errs, "inforce %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(c->errs, fmt, ap);
	va_end(ap);
	fprintf(c->errs, "\n(see 'inforce %s --help')\n", cmd);
	return EXIT_USAGE;
}

int cli_parse(struct cli *c, const char *cmd, const char *synopsis, const char *about,
	      const struct opt *opts, int argc, char **argv, const char **pos, int minpos,
	      int maxpos, int *help_shown)
{
	int npos = 0;
	*help_shown = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0) {
			for (i++; i < argc; i++) {
				if (npos == maxpos)
					return cli_usage_error(c, cmd, "too many arguments");
				pos[npos++] = argv[i];
			}
			break;
		}
		if (a[0] != '-' || a[1] == '\0') {
			if (npos == maxpos)
				return cli_usage_error(c, cmd, "unexpected argument '%s'", a);
			pos[npos++] = a;
			continue;
		}
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			print_help(c->out, cmd, synopsis, about, opts);
			*help_shown = 1;
			return EXIT_OK;
		}
		if (strncmp(a, "--", 2) != 0)
			return cli_usage_error(c, cmd, "unknown option '%s'", a);
		const char *name = a + 2, *eq = strchr(name, '=');
		size_t nl = eq ? (size_t)(eq - name) : strlen(name);
		const char **dest = NULL;
		int takes = 1;
		if (nl == 2 && strncmp(name, "db", 2) == 0)
			dest = &c->db;
		else if (nl == 4 && strncmp(name, "data", 4) == 0)
			dest = &c->datadir;
		for (const struct opt *o = opts; !dest && o && o->name; o++)
			if (strlen(o->name) == nl && strncmp(o->name, name, nl) == 0) {
				dest = o->value;
				takes = o->takes_arg;
			}
		if (!dest)
			return cli_usage_error(c, cmd, "unknown option '--%.*s'", (int)nl, name);
		if (!takes) {
			if (eq)
				return cli_usage_error(c, cmd, "option '--%.*s' takes no value",
						       (int)nl, name);
			*dest = "1";
		} else if (eq) {
			*dest = eq + 1;
		} else if (i + 1 < argc) {
			*dest = argv[++i];
		} else {
			return cli_usage_error(c, cmd, "option '--%s' needs a value", name);
		}
	}
	if (npos < minpos)
		return cli_usage_error(c, cmd, "missing argument; usage: inforce %s %s", cmd,
				       synopsis);
	for (int k = npos; k < maxpos; k++)
		pos[k] = NULL;
	return EXIT_OK;
}

int cli_fail(struct cli *c, const inforce_error *err)
{
	char msg[1024];
	if (err->kind == INFORCE_OK) { /* a step that failed without saying why: a bug */
		fprintf(c->errs, "inforce: failed, and the failing step gave no reason (a bug: "
				 "please report it)\n");
		return EXIT_RUNTIME;
	}
	inforce_error_format(err, msg, sizeof msg);
	fprintf(c->errs, "inforce: %s\n", msg);
	return err->kind == INFORCE_ERUNTIME || err->kind == INFORCE_EBUSY ? EXIT_RUNTIME : EXIT_USAGE;
}

inforce_snapshot *cli_load(struct cli *c, inforce_store **store, int *code)
{
	inforce_error err = {0};
	*store = inforce_store_open(c->db, INFORCE_OPEN_READONLY, &err);
	inforce_snapshot *snap = *store ? inforce_snapshot_load(*store, &err) : NULL;
	if (!snap) {
		*code = cli_fail(c, &err);
		inforce_store_close(*store);
		*store = NULL;
	}
	return snap;
}

inforce_snapshot *cli_load_as(struct cli *c, const char *cmd, const char *as_recorded,
			      inforce_store **store, int *code)
{
	return cli_load_treaty(c, cmd, NULL, as_recorded, store, code);
}

inforce_snapshot *cli_load_treaty(struct cli *c, const char *cmd, const char *treaty,
				  const char *as_recorded, inforce_store **store, int *code)
{
	inforce_day day = INFORCE_DAY_NONE;
	*store = NULL;
	if (!as_recorded && !treaty)
		return cli_load(c, store, code);
	if (as_recorded && (*code = cli_date(c, cmd, "--as-recorded", as_recorded, &day)))
		return NULL;
	inforce_error err = {0};
	*store = inforce_store_open(c->db, INFORCE_OPEN_READONLY, &err);
	inforce_snapshot *snap =
		!*store   ? NULL
		: treaty ? inforce_snapshot_load_treaty(*store, treaty, day, &err)
			  : inforce_snapshot_load_as_recorded(*store, day, &err);
	if (!snap) {
		*code = cli_fail(c, &err);
		inforce_store_close(*store);
		*store = NULL;
	}
	return snap;
}

int cli_date(struct cli *c, const char *cmd, const char *opt, const char *text, inforce_day *out)
{
	if (!text) { /* today: $INFORCE_TODAY pins it for tests, else the UTC clock */
		const char *pin = getenv("INFORCE_TODAY");
		if (pin && *pin)
			text = pin;
		else {
			time_t now = time(NULL);
			struct tm tm;
			gmtime_r(&now, &tm);
			*out = inforce_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
			return EXIT_OK;
		}
	}
	if (inforce_date_parse(text, strlen(text), out))
		return cli_usage_error(c, cmd,
				       "%s: '%s' is not a real date in YYYY-MM-DD form", opt, text);
	return EXIT_OK;
}

int cli_format(struct cli *c, const char *cmd, const char *given, const char *allowed,
	       const char **out)
{
	size_t gl = strlen(given);
	for (const char *p = allowed; *p;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == gl && strncmp(p, given, n) == 0) {
			*out = given;
			return EXIT_OK;
		}
		p += n + (comma ? 1 : 0);
	}
	return cli_usage_error(c, cmd, "--format: '%s' is not one of %s", given, allowed);
}

size_t cli_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

void cli_cell(FILE *f, const char *s, size_t w)
{
	size_t sw = cli_width(s);
	if (sw <= w) {
		fputs(s, f);
		for (; sw < w; sw++)
			fputc(' ', f);
		return;
	}
	size_t keep = w > 3 ? w - 3 : 0, cols = 0;
	const char *p = s;
	while (*p) {
		if (((unsigned char)*p & 0xC0) != 0x80) {
			if (cols == keep)
				break;
			cols++;
		}
		fputc(*p++, f);
	}
	fputs(w >= 3 ? "..." : "", f);
}


const char *cli_day(inforce_day d, char buf[INFORCE_DATE_BUFSZ])
{
	if (d == INFORCE_DAY_NONE) {
		buf[0] = '\0';
		return buf;
	}
	return inforce_date_format(d, buf);
}


void cli_wrap(FILE *f, const char *text, size_t indent, size_t width)
{
	cli_wrap_at(f, text, 0, indent, width);
}

void cli_wrap_at(FILE *f, const char *text, size_t col0, size_t indent, size_t width)
{
	size_t col = col0;
	int first = col0 > 0;
	const char *p = text;
	while (*p) {
		while (*p == ' ')
			p++;
		if (*p == '\n') { /* a line break in the text: a new line, indented */
			while (*p == '\n' || *p == ' ')
				p++;
			if (col > 0 || first)
				fputc('\n', f);
			col = 0;
			first = 0;
			continue;
		}
		const char *w = p;
		while (*p && *p != ' ' && *p != '\n')
			p++;
		size_t len = (size_t)(p - w);
		if (len == 0)
			break;
		char word[1024];
		snprintf(word, sizeof word, "%.*s", (int)len, w);
		size_t ww = cli_width(word);
		if (col > indent && !first && col + 1 + ww > width) {
			fputc('\n', f);
			col = 0;
		}
		if (first) {
			first = 0;
		} else if (col == 0) {
			fprintf(f, "%*s", (int)indent, "");
			col = indent;
		} else {
			fputc(' ', f);
			col++;
		}
		fputs(word, f);
		col += ww;
	}
	if (col > 0)
		fputc('\n', f);
}

int cli_require_store(struct cli *c)
{
	if (access(c->db, F_OK) == 0)
		return EXIT_OK;
	fprintf(c->errs, "inforce: no store at %s; run 'inforce init' first\n", c->db);
	return EXIT_USAGE;
}

/* The newest record of t: the one its data_as_of comes from (NULL: none). */
static const inforce_record *newest_record(const inforce_treaty *t)
{
	const inforce_record *best = NULL;
	for (size_t i = 0; i < inforce_treaty_record_count(t); i++) {
		const inforce_record *r = inforce_treaty_record_at(t, i);
		if (!best || r->as_at >= best->as_at)
			best = r;
	}
	return best;
}

const char *cli_data_as_of(const inforce_treaty *t, char *buf, size_t size)
{
	char d[INFORCE_DATE_BUFSZ];
	inforce_day asof = inforce_treaty_data_as_of(t);
	if (!inforce_treaty_has_data(t)) {
		snprintf(buf, size, "no data held");
		return buf;
	}
	const inforce_record *r = newest_record(t);
	const char *what = !r                                    ? "the day its acts were recorded"
			   : strcmp(r->format, "untc-html") == 0 ? "UN Treaty Collection status page"
			   : strcmp(r->format, "untc-xml") == 0  ? "UN Treaty Collection MTDSG file"
								  : r->file;
	if (r && r->as_at == asof)
		snprintf(buf, size, "%s (%s)", inforce_date_format(asof, d), what);
	else
		snprintf(buf, size, "%s", inforce_date_format(asof, d));
	return buf;
}

void cli_currency_note(struct cli *c, const inforce_treaty *t, inforce_day on)
{
	char d[INFORCE_DATE_BUFSZ];
	inforce_day asof = inforce_treaty_data_as_of(t);
	if (asof != INFORCE_DAY_NONE && on != INFORCE_DAY_NONE && on > asof)
		fprintf(c->errs, "inforce: note: %s's data is current to %s; acts after that day are "
				 "not held\n",
			inforce_treaty_id(t), inforce_date_format(asof, d));
}

int cli_no_data(struct cli *c, const inforce_treaty *t)
{
	if (inforce_treaty_has_data(t))
		return 0;
	fprintf(c->out,
		"%s (%s): no data held. No act of this treaty is recorded in the store, so no\n"
		"status can be given (not \"0 parties\"). Its rules: 'inforce treaty %s'.\n",
		inforce_treaty_meta(t, "short_name"), inforce_treaty_id(t), inforce_treaty_id(t));
	return 1;
}

void cli_unknown_treaty(struct cli *c, const inforce_snapshot *snap, const char *name)
{
	const char *near = inforce_snapshot_suggest_treaty(snap, name);
	fprintf(c->errs, "inforce: unknown treaty '%s'%s%s%s (see 'inforce treaty --list')\n", name,
		near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
}

void cli_unknown_state(struct cli *c, const inforce_snapshot *snap, const char *name)
{
	const char *near = inforce_snapshot_suggest_state(snap, name);
	fprintf(c->errs, "inforce: unknown state '%s'%s%s%s (use an ISO3 code or a name in "
			 "data/states.csv)\n",
		name, near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
}

/*
 * cli.h - what the command files of the `inforce` tool share: the context built
 * by main, the option parser, and output helpers. The CLI is a thin front end:
 * it parses arguments, calls libinforce, and prints. Only this layer prints or
 * chooses an exit code.
 */
#ifndef INFORCE_CLI_H
#define INFORCE_CLI_H

#include <stdio.h>

#include "inforce/inforce.h"
#include "csv.h"
#include "view.h"

/* Exit codes (documented in inforce(1) and the README). */
enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_USAGE = 2 };

struct cli {
	const char *prog;     /* "inforce" */
	const char *db;       /* --db, else $INFORCE_DB, else "inforce.db" */
	const char *datadir;  /* --data, else $INFORCE_DATA, else the built-in path */
	FILE *out, *errs;
	int color;            /* 0 when NO_COLOR is set or output is not a terminal */
};

/* One option a command accepts. `value` receives the argument (or "1" for flags). */
struct opt {
	const char *name;     /* long name without "--" */
	int takes_arg;
	const char **value;
	const char *help;     /* "PATH  where the store is" */
};

/* Parses argv[1..] against opts (plus --db, --data and --help, which every command
 * takes), collecting positional arguments into pos (at most maxpos). Returns 0,
 * or prints usage and returns EXIT_USAGE; *help_shown is set when --help was
 * asked (then the caller returns EXIT_OK). */
int cli_parse(struct cli *c, const char *cmd, const char *synopsis, const char *about,
	      const struct opt *opts, int argc, char **argv, const char **pos, int minpos,
	      int maxpos, int *help_shown);

/* Prints an error ("inforce: file:line: field: message") and returns the exit code
 * that fits its kind. */
int cli_fail(struct cli *c, const inforce_error *err);
/* Prints a usage error and returns EXIT_USAGE. */
int cli_usage_error(struct cli *c, const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* EXIT_OK when the store exists; else says to run 'inforce init' and EXIT_USAGE. */
int cli_require_store(struct cli *c);
/* Opens the store read-only and loads a snapshot; on failure prints and returns
 * NULL with *code set. The caller frees both. */
inforce_snapshot *cli_load(struct cli *c, inforce_store **store, int *code);
/* The same, as recorded on the date given by --as-recorded (NULL: current). */
inforce_snapshot *cli_load_as(struct cli *c, const char *cmd, const char *as_recorded,
			      inforce_store **store, int *code);
/* The same for a question about one treaty: a snapshot holding that treaty alone
 * (inforce_snapshot_load_treaty), which loads in a fraction of the time. */
inforce_snapshot *cli_load_treaty(struct cli *c, const char *cmd, const char *treaty,
				  const char *as_recorded, inforce_store **store, int *code);

/* Parses --on (NULL: today, from the clock, in UTC). EXIT_OK or EXIT_USAGE. */
int cli_date(struct cli *c, const char *cmd, const char *opt, const char *text, inforce_day *out);
/* Checks --format against the allowed list ("table,csv,json"). */
int cli_format(struct cli *c, const char *cmd, const char *given, const char *allowed,
	       const char **out);

/* Output helpers. */
/* Display width of a UTF-8 string in columns (code points). */
size_t cli_width(const char *s);
/* Prints s padded (or cut with "...") to exactly w columns. */
void cli_cell(FILE *f, const char *s, size_t w);
/* Prints one CSV field (RFC 4180 quoting), with a separator before it unless first. */
#define cli_csv_field view_csv_field
/* Prints text word-wrapped to `width` columns, each line indented by `indent`. */
void cli_wrap(FILE *f, const char *text, size_t indent, size_t width);
/* The same when the cursor already stands at column col0 of the first line. */
void cli_wrap_at(FILE *f, const char *text, size_t col0, size_t indent, size_t width);
const char *cli_day(inforce_day d, char buf[INFORCE_DATE_BUFSZ]);
/* "inforce: unknown treaty 'cmm'; did you mean 'CCM'? (see 'inforce treaty --list')",
 * and the same for states. */
void cli_unknown_treaty(struct cli *c, const inforce_snapshot *snap, const char *name);
void cli_unknown_state(struct cli *c, const inforce_snapshot *snap, const char *name);
/* Lowercase copy of a treaty id for machine output ("ccm"). */
#define cli_lower view_lower

/* How current t's data is, in words: "2026-02-03 (UN Treaty Collection status page)",
 * or "no data held". */
const char *cli_data_as_of(const inforce_treaty *t, char *buf, size_t size);
/* A one-line note on stderr when `on` is after the date t's data is current to. */
void cli_currency_note(struct cli *c, const inforce_treaty *t, inforce_day on);
/* When the store holds no act of t: says so ("no data held", never "0 parties") on
 * stdout and returns 1; else 0. */
int cli_no_data(struct cli *c, const inforce_treaty *t);

/* render.c: one standing, the same in every command and format (JSON: view.h). */
/* "ratification 2011-03-24" or "" */
const char *render_consent(const inforce_standing *s, char *buf, size_t size);
/* "2013-04-09 a": the consent date with the UNTC mark of its kind, or "" */
const char *render_consent_mark(const inforce_standing *s, char *buf, size_t size);
/* "2024-09-06 -> 2025-03-06" or "" */
const char *render_withdrawal(const inforce_standing *s, char *buf, size_t size);
/* "2011-09-01", "unknown" (succession, no rule) or "" */
const char *render_eif(const inforce_standing *s, char *buf, size_t size);
/* Prints a JSON value followed by a newline, and frees it. EXIT_OK or EXIT_RUNTIME. */
int render_json(struct cli *c, struct json_t *v);
/* Events (diff, upcoming, firsts) as a table, CSV or JSON array. */
int render_events(struct cli *c, const inforce_event *ev, size_t n, const char *format,
		  const char *from_key, inforce_day from, const char *to_key, inforce_day to);


/* Subcommands: one file each. */
int cmd_init(struct cli *c, int argc, char **argv);
int cmd_import(struct cli *c, int argc, char **argv);
int cmd_status(struct cli *c, int argc, char **argv);
int cmd_treaty(struct cli *c, int argc, char **argv);
int cmd_notes(struct cli *c, int argc, char **argv);
int cmd_records(struct cli *c, int argc, char **argv);
/* cmd_records.c: what changed from the record before r (of its source) to r: a line
 * of counts, and with details a line a change (else the unexplained drops only). */
void records_report(struct cli *c, const inforce_treaty *t, const inforce_record *r, int details);
int cmd_state(struct cli *c, int argc, char **argv);
int cmd_report(struct cli *c, int argc, char **argv);
int cmd_explain(struct cli *c, int argc, char **argv);
int cmd_timeline(struct cli *c, int argc, char **argv);
int cmd_diff(struct cli *c, int argc, char **argv);
int cmd_group(struct cli *c, int argc, char **argv);
int cmd_firsts(struct cli *c, int argc, char **argv);
int cmd_upcoming(struct cli *c, int argc, char **argv);
int cmd_export(struct cli *c, int argc, char **argv);
int cmd_chart(struct cli *c, int argc, char **argv);
int cmd_serve(struct cli *c, int argc, char **argv);
int cmd_site(struct cli *c, int argc, char **argv);
int cmd_import_untc(struct cli *c, int argc, char **argv);
int cmd_fetch(struct cli *c, int argc, char **argv);
int cmd_import_unoda(struct cli *c, int argc, char **argv);
int cmd_check_untc(struct cli *c, int argc, char **argv);
int cmd_verify(struct cli *c, int argc, char **argv);
int cmd_backup(struct cli *c, int argc, char **argv);
int cmd_import_notification(struct cli *c, int argc, char **argv);
int cmd_token(struct cli *c, int argc, char **argv);

#endif

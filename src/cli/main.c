/*
 * main.c - the `inforce` command: global options, then dispatch to one command
 * file per subcommand through a table, in the manner of git.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef INFORCE_VERSION
#define INFORCE_VERSION "0"
#endif
#ifndef INFORCE_DATADIR
#define INFORCE_DATADIR "data"
#endif

static const struct command {
	const char *name;
	int (*fn)(struct cli *, int, char **);
	const char *summary;
} commands[] = {
	{"init", cmd_init, "create the store and load the bundled data"},
	{"import", cmd_import, "load a CSV of actions in the bundled format"},
	{"import-untc", cmd_import_untc, "load UN Treaty Collection status records (XML, HTML)"},
	{"import-unoda", cmd_import_unoda, "load UNODA treaty data (other depositaries' treaties)"},
	{"fetch", cmd_fetch, "download the UN Treaty Collection's current status pages"},
	{"check-untc", cmd_check_untc, "published UNTC figures against the computed ones"},
	{"import-notification", cmd_import_notification, "read a depositary notification (C.N.)"},
	{"token", cmd_token, "make or revoke a token for writing through the API"},
	{"status", cmd_status, "every participant of a treaty with its status on a date"},
	{"treaty", cmd_treaty, "a treaty's metadata, rules and computed entry into force"},
	{"records", cmd_records, "a treaty's records and what changed from one to the next"},
	{"notes", cmd_notes, "a treaty's declarations, reservations, objections and notes"},
	{"state", cmd_state, "a state's acts and status in every treaty"},
	{"explain", cmd_explain, "how each date of a state in a treaty was reached"},
	{"timeline", cmd_timeline, "counts by status over a period"},
	{"diff", cmd_diff, "every change between two dates, with its act and source"},
	{"group", cmd_group, "which members of a group are in or out of a treaty"},
	{"firsts", cmd_firsts, "the first states to do an act"},
	{"upcoming", cmd_upcoming, "what takes effect or falls due ahead (also iCalendar, Atom)"},
	{"export", cmd_export, "treaties, states, actions and statuses as CSV/JSON files"},
	{"chart", cmd_chart, "an SVG chart of a treaty's participants over time"},
	{"report", cmd_report, "the Markdown report on a treaty on a date"},
	{"verify", cmd_verify, "check the store for contradictions (exit 1 if any)"},
	{"backup", cmd_backup, "a consistent copy of the store (SQLite online backup)"},
	{"serve", cmd_serve, "the HTTP API and the dashboard, read-only, on 127.0.0.1:8080"},
	{"site", cmd_site, "the web dashboard as static files, for any static host"},
};

static void usage(FILE *f)
{
	fprintf(f, "usage: inforce [--db PATH] [--data DIR] COMMAND [ARGS]\n\n"
		   "The status of multilateral treaties on any date, computed from the\n"
		   "depositary's record of acts and the treaties' own clauses.\n\n"
		   "Commands:\n");
	int w = 8; /* the longest command sets the column */
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if ((int)strlen(commands[i].name) > w)
			w = (int)strlen(commands[i].name);
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		fprintf(f, "  %-*s %s\n", w, commands[i].name, commands[i].summary);
	fprintf(f, "\nEvery command takes --help, --db PATH (default $INFORCE_DB or inforce.db)\n"
		   "and --data DIR (bundled data; default $INFORCE_DATA or the built-in path).\n"
		   "Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad input.\n");
}

int main(int argc, char **argv)
{
	struct cli c = {
		.prog = "inforce",
		.db = getenv("INFORCE_DB"),
		.datadir = getenv("INFORCE_DATA"),
		.out = stdout,
		.errs = stderr,
	};
	if (!c.db || !*c.db)
		c.db = "inforce.db";
	if (!c.datadir || !*c.datadir)
		c.datadir = INFORCE_DATADIR;
	c.color = !getenv("NO_COLOR") && isatty(STDOUT_FILENO);

	int i = 1;
	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(a, "--version") == 0) {
			printf("inforce %s\n", INFORCE_VERSION);
			return EXIT_OK;
		}
		const char **dest = strncmp(a, "--db", 4) == 0     ? &c.db
				    : strncmp(a, "--data", 6) == 0 ? &c.datadir
								   : NULL;
		const char *eq = strchr(a, '=');
		size_t nl = eq ? (size_t)(eq - a) : strlen(a);
		if (!dest || (nl != 4 && nl != 6) || (dest == &c.db) != (nl == 4)) {
			fprintf(stderr, "inforce: unknown option '%s'\n", a);
			usage(stderr);
			return EXIT_USAGE;
		}
		if (eq)
			*dest = eq + 1;
		else if (i + 1 < argc)
			*dest = argv[++i];
		else {
			fprintf(stderr, "inforce: option '%s' needs a value\n", a);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++)
		if (strcmp(commands[k].name, argv[i]) == 0)
			return commands[k].fn(&c, argc - i, argv + i);
	const char *near = NULL;
	int best = 3;
	for (size_t k = 0; k < sizeof commands / sizeof commands[0]; k++) {
		int d = inforce_edit_distance(argv[i], commands[k].name, 2);
		if (d < best)
			best = d, near = commands[k].name;
	}
	fprintf(stderr, "inforce: '%s' is not an inforce command%s%s%s; see 'inforce --help'\n",
		argv[i], near ? "; did you mean '" : "", near ? near : "", near ? "'?" : "");
	return EXIT_USAGE;
}

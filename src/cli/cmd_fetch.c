/*
 * cmd_fetch.c - `inforce fetch [REF...] [--chapter XXVI] [--held] ...`: keeps the
 * store current from the UN Treaty Collection itself. Each status page is
 * downloaded (politely: one request a second by default, a User-Agent naming
 * inforce, conditional on the last fetch, retries with backoff that honour
 * Retry-After) and imported as a record in its own transaction; a page that fails
 * changes nothing and is reported, and the others go on. Exit status 1 when any
 * failed.
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#ifndef INFORCE_VERSION
#define INFORCE_VERSION "0"
#endif

/* The references to fetch: those given, those of a chapter, every one held. */
static int collect(const inforce_snapshot *snap, const char *chapter, int held, const char **pos,
		   int npos, const char ***out, size_t *n)
{
	size_t cap = (size_t)npos + inforce_snapshot_treaty_count(snap) + 1;
	const char **refs = calloc(cap, sizeof *refs);
	if (!refs)
		return -1;
	*n = 0;
	for (int i = 0; i < npos; i++)
		refs[(*n)++] = pos[i];
	size_t cl = chapter ? strlen(chapter) : 0;
	for (size_t i = 0; (chapter || held) && i < inforce_snapshot_treaty_count(snap); i++) {
		const char *ref = inforce_treaty_meta(inforce_snapshot_treaty_at(snap, i), "untc");
		if (!ref || (chapter && (strncmp(ref, chapter, cl) != 0 || ref[cl] != '-')))
			continue;
		int seen = 0;
		for (size_t k = 0; k < *n && !seen; k++)
			seen = strcmp(refs[k], ref) == 0;
		if (!seen)
			refs[(*n)++] = ref;
	}
	*out = refs;
	return 0;
}

static void sleep_for(double s)
{
	struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
	while (s > 0 && nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

int cmd_fetch(struct cli *c, int argc, char **argv)
{
	const char *chapter = NULL, *held = NULL, *format = "html", *base = NULL, *delay_t = "1",
		   *cache = NULL, *dry = NULL, *timeout_t = NULL, *retries_t = NULL,
		   *pos[64] = {0};
	const struct opt opts[] = {
		{"chapter", 1, &chapter, "ROMAN every treaty held of this chapter (XXVI)"},
		{"held", 0, &held, "      every treaty held that has a UNTC reference"},
		{"format", 1, &format, "FMT   html (the status page, default) or xml (MTDSG file)"},
		{"base-url", 1, &base, "URL   another server (tests: http://127.0.0.1:PORT)"},
		{"delay", 1, &delay_t, "S     seconds between requests (default 1)"},
		{"cache", 1, &cache, "DIR   keep each page imported there, with its fetch data"},
		{"dry-run", 0, &dry, "      download and read, store nothing"},
		{"timeout", 1, &timeout_t, "S     seconds for one transfer (default 60)"},
		{"retries", 1, &retries_t, "N     further attempts on 429 and 5xx (default 3)"},
		{0},
	};
	int help, rc = cli_parse(c, "fetch",
				 "[REF...] [--chapter ROMAN] [--held] [--format html|xml] "
				 "[--base-url URL] [--delay S] [--cache DIR] [--dry-run]",
				 "Downloads the UN Treaty Collection's status records of the treaties\n"
				 "named (MTDSG references such as XXVI-6), of a chapter, or every one\n"
				 "held, and imports each as a record of its date, in its own\n"
				 "transaction. Polite by default: one request a second, conditional\n"
				 "requests, retries that honour Retry-After.",
				 opts, argc, argv, pos, 0, 64, &help);
	if (rc || help)
		return rc;
	if ((rc = cli_format(c, "fetch", format, "html,xml", &format)))
		return rc;
	char *end;
	double delay = strtod(delay_t, &end);
	if (*end || delay < 0 || delay > 3600)
		return cli_usage_error(c, "fetch", "--delay '%s': seconds between 0 and 3600", delay_t);
	long timeout = timeout_t ? strtol(timeout_t, &end, 10) : 60;
	if (timeout_t && (*end || timeout < 1 || timeout > 3600))
		return cli_usage_error(c, "fetch", "--timeout '%s': seconds between 1 and 3600",
				       timeout_t);
	long retries = retries_t ? strtol(retries_t, &end, 10) : 3;
	if (retries_t && (*end || retries < 0 || retries > 10))
		return cli_usage_error(c, "fetch", "--retries '%s': between 0 and 10", retries_t);
	int npos = 0;
	while (npos < 64 && pos[npos])
		npos++;
	if (!npos && !chapter && !held)
		return cli_usage_error(c, "fetch", "name references, or use --chapter or --held");
	if ((rc = cli_require_store(c)))
		return rc;
	inforce_error err = {0};
	inforce_store *store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err);
	inforce_snapshot *snap = store ? inforce_snapshot_load(store, &err) : NULL;
	if (!snap) {
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	const char **refs;
	size_t n;
	if (collect(snap, chapter, held != NULL, pos, npos, &refs, &n)) {
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_RUNTIME;
	}
	inforce_day today;
	cli_date(c, "fetch", "--today", NULL, &today);
	inforce_fetch_options o = {
		.base_url = base, .format = format, .cache_dir = cache,
		.user_agent = "inforce/" INFORCE_VERSION " (treaty-status engine; +https://github.com/inforce)",
		.timeout = timeout, .retries = (int)retries, .dry_run = dry != NULL, .today = today,
	};
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		free(refs);
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		fprintf(c->errs, "inforce: cannot start libcurl\n");
		return EXIT_RUNTIME;
	}
	int tty = isatty(fileno(c->errs)), failed = 0, imported = 0, unchanged = 0;
	for (size_t i = 0; i < n; i++) {
		inforce_fetch_result r;
		inforce_error e = {0};
		if (i > 0)
			sleep_for(delay);
		if (tty)
			fprintf(c->errs, "[%zu/%zu] %s ...\r", i + 1, n, refs[i]);
		int frc = inforce_fetch(store, refs[i], &o, &r, &e);
		if (tty)
			fprintf(c->errs, "%*s\r", 40, "");
		if (frc) {
			char msg[1024];
			inforce_error_format(&e, msg, sizeof msg);
			fprintf(c->out, "%-10s failed: %s\n", refs[i], msg);
			failed++;
		} else if (r.not_modified) {
			fprintf(c->out, "%-10s not modified (%d)\n", refs[i], r.http_status);
			unchanged++;
		} else if (!r.imported) {
			fprintf(c->out, "%-10s read, %zu bytes (dry run: nothing stored)\n", refs[i],
				r.bytes);
		} else {
			fprintf(c->out,
				"%-10s imported: %zu bytes, %d new acts, %d listed again, %d corrections"
				"%s%s\n",
				refs[i], r.bytes, r.report.acts_new, r.report.acts_merged,
				r.report.corrections, r.cache_path[0] ? "; kept in " : "", r.cache_path);
			imported++;
		}
	}
	fprintf(c->out, "%zu pages: %d imported, %d not modified, %d failed\n", n, imported,
		unchanged, failed);
	curl_global_cleanup();
	free(refs);
	inforce_snapshot_free(snap);
	inforce_store_close(store);
	return failed ? EXIT_RUNTIME : EXIT_OK;
}

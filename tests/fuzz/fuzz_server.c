/*
 * fuzz_server.c - libFuzzer target for the HTTP API's request handling below
 * libmicrohttpd (src/server/): the route table and its pattern matching
 * (route_match, route_takes), the text checks (inforce_text_problem, http_echo), every
 * handler's query-parameter parsing (dates, numbers, steps, actions...) and what
 * the handler then computes, plus the --listen/--port parsers.
 *
 * The input is what libmicrohttpd would hand over once it has percent-decoded a
 * request: the first line is the path, each further line one query parameter,
 * "name=value" (or "name" alone: an empty value). The dispatch mirrors
 * server.c's answer_api: a URL longer than HTTP_MAX_URL, a path that is not clean
 * text, more than HTTP_MAX_ARGS parameters, an unknown path, parameters the route
 * does not take, a repeated or unclean parameter: each stops there, as the server
 * answers it. The rest goes to the route's handler, over a snapshot of the curated
 * bundle with today pinned to 2026-11-29.
 *
 * Properties: a handler returns 0 exactly when its reply is a 200, which has a body;
 * otherwise the reply is a 400, 404 or 501 with a JSON error body. A 500 (or
 * anything else) is a failure: the server would have had nothing wrong with it but
 * itself.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"
#include "http.h"
#include "internal.h"

/* Harness state, set up once (fuzz.h). */
static struct fuzz_bundle bundle;

static const char *const bundle_parts[] = {"states.csv",    "treaties",       "actions",
					   "conflicts.csv", "extensions.csv", "groups.csv"};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	fuzz_bundle_open(&bundle, "server", bundle_parts, IFC_ARRAY_LEN(bundle_parts), 1);
	atexit(fuzz_cleanup);
	return 0;
}

void fuzz_cleanup(void)
{
	fuzz_bundle_close(&bundle);
}

/* server.c's check_args, as the server applies it before any handler runs. */
static int args_ok(const struct route *rt, const struct arg *args, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (!route_takes(rt->params, args[i].name) || inforce_text_problem(args[i].value))
			return 0;
		for (size_t j = 0; j < i; j++)
			if (strcmp(args[j].name, args[i].name) == 0)
				return 0;
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	FUZZ_CHECK(text != NULL);
	memcpy(text, data, size);
	text[size] = '\0';

	/* Split: the path, then parameters (strings end at a NUL, as decoded ones do). */
	struct arg args[HTTP_MAX_ARGS + 1];
	size_t nargs = 0, bytes = 0;
	char *path = text, *nl = strchr(text, '\n');
	if (nl)
		*nl = '\0';
	for (char *p = nl ? nl + 1 : NULL; p && nargs <= HTTP_MAX_ARGS;) {
		char *end = strchr(p, '\n');
		if (end)
			*end = '\0';
		char *eq = strchr(p, '=');
		if (eq)
			*eq = '\0';
		args[nargs].name = p;
		args[nargs].value = eq ? eq + 1 : "";
		bytes += strlen(p) + strlen(args[nargs].value) + 2;
		nargs++;
		p = end ? end + 1 : NULL;
	}

	/* The listen and port parsers take the first line as well. */
	struct server_config cfg;
	inforce_error err = {0};
	char echo[96];
	server_config_init(&cfg);
	if (server_parse_listen(path, &cfg, &err) == 0)
		FUZZ_CHECK(cfg.port <= 65535 && (cfg.family == AF_INET || cfg.family == AF_INET6));
	if (server_parse_port(path, &cfg, &err) == 0)
		FUZZ_CHECK(cfg.port <= 65535);
	FUZZ_CHECK(strlen(http_echo(path, echo, sizeof echo)) < sizeof echo);

	if (strlen(path) + bytes > HTTP_MAX_URL || inforce_text_problem(path) ||
	    nargs > HTTP_MAX_ARGS || strncmp(path, "/api", 4) != 0) {
		free(text);
		return 0;
	}
	size_t nroutes;
	const struct route *table = routes_table(&nroutes), *rt = NULL;
	struct request rq;
	memset(&rq, 0, sizeof rq);
	for (size_t i = 0; i < nroutes && !rt; i++)
		if (route_match(table[i].pattern, path, &rq))
			rt = &table[i];
	if (!rt || !rt->fn || !args_ok(rt, args, nargs)) { /* no fn: the write route */
		free(text);
		return 0;
	}
	FUZZ_CHECK(rq.ncap <= HTTP_MAX_CAPS);
	for (size_t i = 0; i < rq.ncap; i++)
		FUZZ_CHECK(rq.cap[i] && rq.cap[i][0] && strlen(rq.cap[i]) <= strlen(path));
	rq.snap = bundle.snap;
	rq.today = inforce_date_from_ymd(2026, 11, 29);
	rq.args = args;
	rq.nargs = nargs;
	struct reply r = {0};
	int rc = rt->fn(&rq, &r);
	if (r.status != 200 && r.status != 400 && r.status != 404 && r.status != 501) {
		fprintf(stderr, "%s: status %u: %.*s\n", path, r.status, (int)(r.len > 300 ? 300 : r.len),
			r.body ? r.body : "");
		FUZZ_CHECK(!"a reply other than 200, 400, 404 or 501");
	}
	FUZZ_CHECK((rc == 0) == (r.status == 200));
	FUZZ_CHECK(r.body != NULL && r.ctype != NULL);
	if (r.status != 200)
		FUZZ_CHECK(r.len > 0 && memcmp(r.body, "{\"error\"", 8) == 0);
	http_reply_release(&r);
	free(text);
	return 0;
}

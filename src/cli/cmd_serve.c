/*
 * cmd_serve.c - `inforce serve [--listen ADDR:PORT] [--port N] [--web DIR]`: the
 * HTTP API of docs/api.md and the dashboard's files, answered from one immutable
 * snapshot read at start (the store is opened read-only and closed again before
 * the first request: no query runs SQL). It runs until SIGINT or SIGTERM, which
 * it takes with sigwait in the main thread, so no signal handler and no global
 * flag are needed; the worker threads start with both signals blocked.
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "server.h"

int cmd_serve(struct cli *c, int argc, char **argv)
{
	const char *listen_t = NULL, *port_t = NULL, *web = NULL, *threads_t = NULL;
	const struct opt opts[] = {
		{"listen", 1, &listen_t, "A:P   address and port (default 127.0.0.1:8080; [::1]:8080; "
					 "port 0: any free one)"},
		{"port", 1, &port_t, "N     the port alone (0: any free one)"},
		{"web", 1, &web, "DIR   the dashboard's files (default: the built-in web folder)"},
		{"threads", 1, &threads_t, "N     worker threads (default 2, at most 64)"},
		{0},
	};
	int help, rc = cli_parse(c, "serve", "[--listen ADDR:PORT] [--port N] [--web DIR]",
				 "Answers the HTTP API (/api/v1/..., described at\n"
				 "/api/v1/openapi.json) and serves the dashboard, read-only, until\n"
				 "interrupted. It listens on 127.0.0.1 unless --listen says otherwise.",
				 opts, argc, argv, NULL, 0, 0, &help);
	if (rc || help)
		return rc;
	struct server_config cfg;
	inforce_error err = {0};
	server_config_init(&cfg);
	cfg.web_dir = web ? web : server_default_web_dir();
	if ((listen_t && server_parse_listen(listen_t, &cfg, &err)) ||
	    (port_t && server_parse_port(port_t, &cfg, &err)))
		return cli_usage_error(c, "serve", "%s: %s", err.field, err.msg);
	if (threads_t) {
		char *end;
		long n = strtol(threads_t, &end, 10);
		if (*end || end == threads_t || n < 1 || n > 64)
			return cli_usage_error(c, "serve", "--threads: '%s' is not from 1 to 64",
					       threads_t);
		cfg.threads = (unsigned)n;
	}
	const char *pin = getenv("INFORCE_TODAY"); /* tests pin "today" */
	if (pin && *pin && (rc = cli_date(c, "serve", "INFORCE_TODAY", pin, &cfg.today)))
		return rc;

	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	inforce_store_close(store);

	sigset_t stop, old;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	if (pthread_sigmask(SIG_BLOCK, &stop, &old) != 0) {
		fprintf(c->errs, "inforce: cannot block SIGINT and SIGTERM\n");
		inforce_snapshot_free(snap);
		return EXIT_RUNTIME;
	}
	struct server *srv = server_start(snap, &cfg, &err);
	if (!srv) {
		rc = cli_fail(c, &err);
		goto out;
	}
	fprintf(c->out, "inforce: serving %s (%zu treaties, %zu acts)\n", server_url(srv),
		inforce_snapshot_treaty_count(snap), inforce_snapshot_act_count(snap));
	fflush(c->out);
	int sig = 0;
	while (sigwait(&stop, &sig) != 0)
		;
	server_stop(srv);
	fprintf(c->out, "inforce: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	inforce_snapshot_free(snap);
	return EXIT_OK; /* the signals stay blocked: a second one cannot cut the exit short */
out:
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	inforce_snapshot_free(snap);
	return rc;
}

/*
 * cmd_serve.c - `inforce serve [--listen ADDR:PORT] [--port N] [--web DIR]
 * [--threads N] [--write]`: the HTTP API of docs/api.md and the dashboard's files,
 * answered from an immutable snapshot of the store (no query runs SQL). The store
 * stays open, read-only unless --write, so that the server can load and swap in a
 * new snapshot when it changes: after each write through the API, when another
 * process commits (checked every REFRESH_S seconds) and on SIGHUP. It runs until
 * SIGINT or SIGTERM. The main thread takes the signals with sigtimedwait, so no
 * signal handler and no global flag are needed; the worker threads start with
 * them blocked.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "server.h"

#define TICK_S 1    /* the deadline sweep */
#define REFRESH_S 2 /* the look for another process's change */

/* Runs until SIGINT or SIGTERM, refreshing the snapshot meanwhile. The signal. */
static int run(struct cli *c, struct server *srv, const sigset_t *wanted)
{
	const struct timespec tick = {TICK_S, 0};
	for (unsigned n = 1;; n++) {
		int sig = sigtimedwait(wanted, NULL, &tick);
		if (sig == SIGINT || sig == SIGTERM)
			return sig;
		if (sig < 0 && errno != EAGAIN)
			continue; /* EINTR */
		server_sweep(srv);
		if (sig != SIGHUP && n % (REFRESH_S / TICK_S))
			continue;
		inforce_error err = {0};
		int rc = server_refresh(srv, sig == SIGHUP, &err);
		if (rc < 0) {
			char msg[1024];
			inforce_error_format(&err, msg, sizeof msg);
			fprintf(c->errs, "inforce: serve: cannot load the changed store, still "
					 "answering from the previous snapshot: %s\n",
				msg);
		} else if (rc > 0) {
			fprintf(c->out, "inforce: the store changed: answering from a new snapshot\n");
			fflush(c->out);
		}
	}
}

int cmd_serve(struct cli *c, int argc, char **argv)
{
	const char *listen_t = NULL, *port_t = NULL, *web = NULL, *threads_t = NULL, *write_t = NULL;
	const struct opt opts[] = {
		{"listen", 1, &listen_t, "A:P   address and port (default 127.0.0.1:8080; [::1]:8080; "
					 "port 0: any free one)"},
		{"port", 1, &port_t, "N     the port alone (0: any free one)"},
		{"web", 1, &web, "DIR   the dashboard's files (default: the built-in web folder)"},
		{"threads", 1, &threads_t, "N     worker threads (default 2, at most 64)"},
		{"write", 0, &write_t, "      take writes: POST /api/v1/import with a token of "
				     "'inforce token add'"},
		{0},
	};
	int help, rc = cli_parse(c, "serve", "[--listen ADDR:PORT] [--port N] [--web DIR] [--write]",
				 "Answers the HTTP API (/api/v1/..., described at\n"
				 "/api/v1/openapi.json) and serves the dashboard until interrupted.\n"
				 "It listens on 127.0.0.1 unless --listen says otherwise. It only\n"
				 "reads unless --write is given; then POST /api/v1/import stores CSV\n"
				 "rows sent with 'Authorization: Bearer TOKEN', recorded with the\n"
				 "token's name. When the store changes (a write, another process, or\n"
				 "SIGHUP), it answers from a new snapshot.",
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

	int write = cfg.write = write_t != NULL;

	/* Read-only first: a missing store is an error, not a new empty one. */
	inforce_store *store;
	inforce_snapshot *snap = cli_load(c, &store, &rc);
	if (!snap)
		return rc;
	if (write) {
		inforce_store_close(store);
		if (!(store = inforce_store_open(c->db, INFORCE_OPEN_WRITE, &err))) {
			inforce_snapshot_free(snap);
			return cli_fail(c, &err);
		}
	}
	size_t ntreaties = inforce_snapshot_treaty_count(snap),
	       nacts = inforce_snapshot_act_count(snap);

	sigset_t wanted, old;
	sigemptyset(&wanted);
	sigaddset(&wanted, SIGINT);
	sigaddset(&wanted, SIGTERM);
	sigaddset(&wanted, SIGHUP);
	if (pthread_sigmask(SIG_BLOCK, &wanted, &old) != 0) {
		fprintf(c->errs, "inforce: cannot block SIGINT, SIGTERM and SIGHUP\n");
		inforce_snapshot_free(snap);
		inforce_store_close(store);
		return EXIT_RUNTIME;
	}
	struct server *srv = server_start(snap, store, &cfg, &err); /* takes snap */
	if (!srv) {
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		inforce_store_close(store);
		return cli_fail(c, &err);
	}
	fprintf(c->out, "inforce: serving %s (%zu treaties, %zu acts%s)\n", server_url(srv),
		ntreaties, nacts, write ? "; writes on" : "");
	fflush(c->out);
	int sig = run(c, srv, &wanted);
	server_stop(srv);
	inforce_store_close(store);
	fprintf(c->out, "inforce: stopped (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
	return EXIT_OK; /* the signals stay blocked: a second one cannot cut the exit short */
}

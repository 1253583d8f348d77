/*
 * server.h - the HTTP server of `inforce serve`, as the CLI sees it: parse where to
 * listen, start answering docs/api.md from an immutable snapshot, swap in a new
 * one when the store changes, stop. The server
 * never prints; errors come back in an inforce_error (EINPUT: bad option, ERUNTIME:
 * the socket or the daemon could not be set up).
 */
#ifndef INFORCE_SERVER_H
#define INFORCE_SERVER_H

#include "inforce/inforce.h"

struct server_config {
	int family;               /* AF_INET or AF_INET6 */
	unsigned char addr[16];   /* the address, in network order (4 or 16 bytes) */
	unsigned port;            /* 0: any free port (see server_url) */
	const char *web_dir;      /* the dashboard's static files (may not exist) */
	inforce_day today;        /* a pinned "today", or INFORCE_DAY_NONE: the UTC clock */
	unsigned threads;         /* worker threads (1-64) */
	int write;                /* nonzero: POST /api/v1/import with a bearer token */
};

/* Defaults: 127.0.0.1:8080, the built-in web folder, today from the clock, 2 threads. */
void server_config_init(struct server_config *cfg);

/* Parses "A.B.C.D:PORT" or "[IPv6]:PORT" strictly (numeric addresses only, port
 * 0-65535 in decimal) into cfg. 0, or -1 with err saying what is wrong. */
int server_parse_listen(const char *text, struct server_config *cfg, inforce_error *err);
/* Parses a port number 0-65535 into cfg. 0 or -1. */
int server_parse_port(const char *text, struct server_config *cfg, inforce_error *err);

/* The web folder compiled in (the source tree's web/, or the installed one). */
const char *server_default_web_dir(void);

struct server;

/* Binds, listens and starts the worker threads, answering from snap (taken over,
 * also on failure), loaded from store (borrowed: it must outlive the server, and be
 * open for writing when cfg->write). NULL with err filled on failure. */
struct server *server_start(inforce_snapshot *snap, inforce_store *store,
			    const struct server_config *cfg, inforce_error *err);
/* When another process changed the store since (or with force), loads a new
 * snapshot and swaps it in; requests under way finish on the old one. 1 swapped,
 * 0 unchanged, -1 with err filled (the server goes on with what it had). */
int server_refresh(struct server *s, int force, inforce_error *err);
/* Shuts down the connections whose request did not arrive in time (a client that
 * sends its headers a line a second). Call every second or two. How many. */
unsigned server_sweep(struct server *s);
/* "http://127.0.0.1:8080", with the port actually bound (borrowed from s). */
const char *server_url(const struct server *s);
/* Stops accepting, finishes, joins the threads and frees everything. NULL is fine. */
void server_stop(struct server *s);

#endif

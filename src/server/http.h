/*
 * http.h - what the files of the HTTP server share (internal to src/server/): the
 * limits, a reply as a handler produces it, the request a handler is given, the
 * route table's shape, and the helpers around them. Only server.c and cache.c
 * know libmicrohttpd; handlers see plain bytes.
 */
#ifndef INFORCE_SERVER_HTTP_H
#define INFORCE_SERVER_HTTP_H

#include <jansson.h>
#include <stddef.h>

#include "inforce/inforce.h"
#include "server.h"

/* Limits. */
#define HTTP_MAX_URL 2048            /* path + query, decoded: 414 beyond */
#define HTTP_MAX_ARGS 8              /* query parameters: 400 beyond */
#define HTTP_MAX_CAPS 3              /* {...} parts of a route pattern */
#define HTTP_GZIP_MIN 1024           /* bodies larger than this are gzipped on request */
#define HTTP_MAX_AGE_API 60          /* Cache-Control max-age of API answers */
#define HTTP_MAX_AGE_STATIC 300      /* ... and of the dashboard's files */
#define HTTP_MAX_STATIC_FILE (8u << 20) /* larger static files are not served */
#define HTTP_MAX_DAYS 36525          /* days, and points of a timeline or chart: 100 years */
#define HTTP_MAX_LIMIT 1000          /* firsts' limit */
#define HTTP_MAX_BODY (1u << 20)     /* a write's body (serve --write): 413 beyond */

/* What a handler produces. The body is owned by the reply until handed on. */
struct reply {
	unsigned status;
	const char *ctype;      /* a static string */
	char *body;             /* malloc'd */
	size_t len;
	unsigned max_age;       /* Cache-Control: public, max-age=N; 0: no-store */
	const char *allow;      /* the Allow header of a 405, else NULL */
	const char *challenge;  /* the WWW-Authenticate header of a 401, else NULL */
	unsigned retry_after;   /* the Retry-After header (seconds) of a 503, else 0 */
};

/* Replaces r's content by the JSON error body {"error": {"status", "message"}}
 * with the message formatted from fmt. Returns -1, so a handler can end with
 * `return http_error(...)`. */
int http_error(struct reply *r, unsigned status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* The same for a library error: EINPUT 400, ENOTFOUND 404, EBUSY 503 with
 * Retry-After, else 500. A runtime error names the store by its file name only:
 * where it lives on the server's disk is not the client's business. */
int http_lib_error(struct reply *r, const inforce_error *err);
/* Takes v (a new reference; NULL means out of memory) and makes r a 200 JSON reply
 * of it, compact. 0, or -1 with a 500 in r. */
int http_json(struct reply *r, json_t *v);
/* Makes r a 200 reply of the malloc'd body (taken over; NULL means out of memory:
 * -1 with a 500). */
int http_body(struct reply *r, const char *ctype, char *body, size_t len, unsigned max_age);
/* Frees the body, if any. */
void http_reply_release(struct reply *r);

/* Text from a client is echoed in messages only through this: at most 80 bytes,
 * anything but printable ASCII shown as '?'. */
const char *http_echo(const char *s, char *buf, size_t size);

/* One query parameter, decoded (value "" when given without '='). */
struct arg {
	const char *name, *value;
};

/* What a handler is given. */
struct request {
	const inforce_snapshot *snap;     /* held for the request */
	struct keeper *keeper;            /* the store, for the record as it stood on a past
					   * day (as_recorded); NULL: not served */
	inforce_day today;
	const char *cap[HTTP_MAX_CAPS];   /* the {...} parts of the path, in order */
	size_t ncap;
	char capbuf[HTTP_MAX_URL + HTTP_MAX_CAPS]; /* where cap[] point */
	const struct arg *args;           /* checked against the route's parameters */
	size_t nargs;
};

typedef int (*http_handler)(const struct request *rq, struct reply *r);

struct route {
	const char *method;     /* "GET" (HEAD is answered as GET, without the body) */
	const char *pattern;    /* "/api/v1/status/{treaty}", "/api/v1/charts/{treaty}.svg" */
	const char *params;     /* the query parameters it takes, comma-separated */
	http_handler fn;
	int heavy;              /* its answer may be large and slow (all treaties' changes,
				 * a whole table): computed one at a time, else 503 */
};

/* routes.c: the route table, and pattern matching into rq->cap. */
const struct route *routes_table(size_t *n);
/* 1 when path matches pattern (captures written to rq), else 0. */
int route_match(const char *pattern, const char *path, struct request *rq);
/* Nonzero when `name` is in the comma-separated list. */
int route_takes(const char *params, const char *name);

/* The list answers (treaties, states, groups) are built by src/view/lists.c. */

/* static.c: a file of the web folder, never outside it. 0 (200 in r) or -1. */
int static_file(const char *root, const char *path, struct reply *r);

/* gzip.c: gzip (RFC 1952) of len bytes into a malloc'd *out. 0 or -1. */
int http_gzip(const char *in, size_t len, char **out, size_t *outlen);

/* listen.c: the listening socket (bound, listening, non-blocking) for cfg, and
 * the port it got. 0, or -1 with err filled. */
int listen_open(const struct server_config *cfg, int *fd, unsigned *port, inforce_error *err);
/* Fills err (kind, field, message); returns -1. */
int server_fail(inforce_error *err, enum inforce_errkind kind, const char *field,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* snapshots.c: the current snapshot, held by reference by each request. */
struct snapshots;
struct held;
/* Takes `first` over as generation 1. NULL when out of memory (first not taken). */
struct snapshots *snapshots_new(inforce_snapshot *first);
/* Frees the current snapshot; no request may hold one any more. NULL is fine. */
void snapshots_free(struct snapshots *ss);
/* A reference on the current snapshot, kept until snapshots_release. */
struct held *snapshots_acquire(struct snapshots *ss);
void snapshots_release(struct snapshots *ss, struct held *h);
const inforce_snapshot *held_snapshot(const struct held *h);
unsigned long held_generation(const struct held *h);
/* Makes `next` (taken over) the current snapshot; the old one is freed when its
 * last request ends. 0, or -1 when out of memory (next freed, nothing changed). */
int snapshots_swap(struct snapshots *ss, inforce_snapshot *next);

/* keeper.c: the store behind the snapshots: writes and refreshes. */
struct keeper;
/* Borrows store and ss. With writable, POST /api/v1/import is answered. NULL: out
 * of memory. */
struct keeper *keeper_new(inforce_store *store, struct snapshots *ss, int writable);
void keeper_free(struct keeper *k);
int keeper_writable(const struct keeper *k);
/* Whether an Authorization header value carries a valid token: 1 with its name in
 * who, else 0 with a 401 in r. */
int keeper_authorize(struct keeper *k, const char *authorization, char who[64],
		     struct reply *r);
/* Imports body (a CSV) recorded as "token:WHO" and swaps in the new snapshot: 0
 * with a 201 in r, or -1 with the error in r (400: the import's message, nothing
 * stored). */
int keeper_import(struct keeper *k, const char *who, const char *body, size_t len,
		  struct reply *r);
/* A snapshot of one treaty (its stored id) as recorded on `day`, read from the
 * store; the caller frees it. NULL with err filled. */
inforce_snapshot *keeper_load_as_recorded(struct keeper *k, const char *treaty, inforce_day day,
					  inforce_error *err);
/* When the store was changed by another connection (or with force): loads a new
 * snapshot and swaps it in. 1 swapped, 0 unchanged, -1 with err filled. */
int keeper_refresh(struct keeper *k, int force, inforce_error *err);

/* The OpenAPI document, embedded at build time from docs/openapi.json. */
extern const unsigned char server_openapi[];
extern const size_t server_openapi_len;

#endif

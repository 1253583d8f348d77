/*
 * server.c - the HTTP server of `inforce serve` on libmicrohttpd: the daemon (a
 * pool of worker threads, each with its own epoll loop) and the dispatch of each
 * request. Every request is checked before anything is computed:
 *   - method: GET and HEAD (HEAD: the same answer without the body); POST only on
 *     /api/v1/import and only with --write; else 405 with Allow;
 *   - size: the decoded path and query at most HTTP_MAX_URL bytes (414), at most
 *     HTTP_MAX_ARGS query parameters; the request line and headers must fit the
 *     per-connection memory limit (libmicrohttpd answers 414/431 itself beyond); a
 *     write's body at most HTTP_MAX_BODY bytes (413);
 *   - text: the path and every parameter valid UTF-8 without control characters;
 *   - route: /api/v1/... through the route table (routes.c), 404 when none matches;
 *     only the parameters the route takes, each at most once (400);
 *   - a write: its token (401), its Content-Type (415), all before its body is read;
 *   - everything else: a file of the web folder (static.c).
 * Each request holds the snapshot that was current when it came (snapshots.c);
 * a write or a change of the store swaps in a new one (keeper.c). API answers
 * that succeed are kept in the response cache (cache.c), keyed with the
 * snapshot's generation. Connections are bounded in number (in total and per
 * client address), in idle time, and in the time a request may take to arrive
 * (guard.c); expensive answers are computed one at a time (route.heavy).
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <stdatomic.h>

#include "guard.h"

#include "respond.h"

#define MAX_CONNECTIONS 512u
#define MAX_PER_CLIENT 128u
#define IDLE_TIMEOUT_S 15u
#define REQUEST_WAIT_S 10u  /* a request's line and headers, from the connection or the
			     * previous answer (guard.c) */
#define UPLOAD_WAIT_S 30u   /* and a write's body, on top */
#define HEAVY_AT_ONCE 1u    /* expensive answers computed at a time (route.heavy) */
#define CONNECTION_MEMORY (16u * 1024u) /* request line, headers, response headers */
#define CACHE_SLOTS 512u
#define CACHE_BYTES (64u << 20)

struct server {
	struct MHD_Daemon *daemon;
	struct snapshots *ss;
	struct keeper *keeper;
	struct cache *cache;
	struct guard *guard;
	atomic_uint heavy;       /* expensive answers being computed */
	const char *web_dir;
	inforce_day today;       /* pinned, or INFORCE_DAY_NONE: the clock */
	char url[80];
};

/* A write's body as it comes in, and who sent it. */
struct upload {
	char who[64];
	char *buf;
	size_t len, cap;
	int too_big;
};

/* The query parameters of a request, as libmicrohttpd decoded them. */
struct scan {
	struct arg args[HTTP_MAX_ARGS];
	size_t n;
	size_t bytes;
	int too_many;
};

static enum MHD_Result scan_arg(void *cls, enum MHD_ValueKind kind, const char *key,
				const char *value)
{
	struct scan *sc = cls;
	(void)kind;
	sc->bytes += strlen(key) + (value ? strlen(value) + 1 : 0) + 1;
	if (sc->n == HTTP_MAX_ARGS) {
		sc->too_many = 1;
		return MHD_YES;
	}
	sc->args[sc->n].name = key;
	sc->args[sc->n].value = value ? value : "";
	sc->n++;
	return MHD_YES;
}

static inforce_day today(const struct server *s)
{
	if (s->today != INFORCE_DAY_NONE)
		return s->today;
	return (inforce_day)(time(NULL) / 86400); /* days since 1970-01-01, UTC */
}

/* Sends a reply that is not kept: gzipped only when the client takes it. */
static enum MHD_Result send_reply(struct MHD_Connection *conn, struct reply *r, int gz,
				  const char *inm)
{
	struct prepared p;
	if (prepared_make(&p, r, gz)) {
		http_reply_release(r);
		return MHD_NO; /* out of memory: drop the connection */
	}
	enum MHD_Result res = prepared_send(conn, &p, gz, inm);
	prepared_release(&p);
	return res;
}

static int is_get(const char *method)
{
	return strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0;
}

/* Whether the request announces a body (Content-Length other than 0, or chunked). */
static int has_body(struct MHD_Connection *conn)
{
	const char *cl =
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	return (cl && strcmp(cl, "0") != 0) ||
	       MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING);
}

/* Why a path or parameter is refused as text, or NULL: what the store keeps, and no
 * tab or line feed either (no name, date or id holds one). */
static const char *url_text_problem(const char *s)
{
	const char *why = inforce_text_problem(s);
	return why ? why : strpbrk(s, "\t\n") ? "holds a control character" : NULL;
}

/* Checks the parameters against the route: known, once each, clean text. 0 or -1. */
static int check_args(const struct route *rt, const struct scan *sc, struct reply *r)
{
	char e[96];
	if (sc->too_many)
		return http_error(r, 400, "too many query parameters (at most %d)", HTTP_MAX_ARGS);
	for (size_t i = 0; i < sc->n; i++) {
		const struct arg *a = &sc->args[i];
		if (!route_takes(rt->params, a->name))
			return http_error(r, 400, "unknown parameter '%s' (%s%s)",
					  http_echo(a->name, e, sizeof e),
					  rt->params[0] ? "this path takes: " : "this path takes none",
					  rt->params);
		for (size_t j = 0; j < i; j++)
			if (strcmp(sc->args[j].name, a->name) == 0)
				return http_error(r, 400, "%s: given more than once", a->name);
		const char *why = url_text_problem(a->value);
		if (why)
			return http_error(r, 400, "%s: the text %s", a->name, why);
	}
	return 0;
}

static size_t put(char *buf, size_t k, size_t size, const char *s)
{
	size_t n = strlen(s);
	if (k + n < size) {
		memcpy(buf + k, s, n);
		k += n;
	} else {
		k = size; /* too long: the caller does not cache */
	}
	return k;
}

/* The cache key: the snapshot's generation, today, the decoded path, the parameters
 * sorted by name. Returns its length, or 0 when it does not fit (then the answer is
 * not cached). */
static size_t make_key(char *key, size_t size, unsigned long generation, inforce_day day,
		       const char *url, const struct scan *sc)
{
	const struct arg *sorted[HTTP_MAX_ARGS];
	for (size_t i = 0; i < sc->n; i++) {
		size_t j = i;
		for (; j > 0 && strcmp(sorted[j - 1]->name, sc->args[i].name) > 0; j--)
			sorted[j] = sorted[j - 1];
		sorted[j] = &sc->args[i];
	}
	int n = snprintf(key, size, "%lu %ld ", generation, (long)day);
	size_t k = n > 0 ? (size_t)n : 0;
	k = put(key, k, size, url);
	for (size_t i = 0; i < sc->n; i++) {
		k = put(key, k, size, "\x1f");
		k = put(key, k, size, sorted[i]->name);
		k = put(key, k, size, "\x1e");
		k = put(key, k, size, sorted[i]->value);
	}
	return k < size ? k : 0;
}

/* Answers a GET or HEAD of the API from the snapshot current now. */
static enum MHD_Result answer_get(struct server *s, struct MHD_Connection *conn,
				  const struct route *rt, struct request *rq,
				  const struct scan *sc, const char *url, int gz, const char *inm)
{
	struct reply r = {0};
	if (check_args(rt, sc, &r))
		return send_reply(conn, &r, gz, inm);
	struct held *h = snapshots_acquire(s->ss);
	rq->snap = held_snapshot(h);
	rq->keeper = s->keeper;
	rq->today = today(s);
	rq->args = sc->args;
	rq->nargs = sc->n;
	char key[HTTP_MAX_URL + 64];
	size_t klen = make_key(key, sizeof key, held_generation(h), rq->today, url, sc);
	enum MHD_Result res;
	if (klen && cache_send(s->cache, key, klen, conn, gz, inm, &res))
		goto out;
	/* an expensive answer not in the cache: at most HEAVY_AT_ONCE at a time, so
	 * that a flood of them cannot hold every worker while cheap requests wait */
	int heavy = rt->heavy;
	if (heavy && atomic_fetch_add(&s->heavy, 1) >= HEAVY_AT_ONCE) {
		atomic_fetch_sub(&s->heavy, 1);
		http_error(&r, 503, "another expensive answer is being computed: try again in a "
				    "second, or narrow the question (one treaty, a shorter span)");
		r.retry_after = 1;
		res = send_reply(conn, &r, gz, inm);
		goto out;
	}
	int failed = rt->fn(rq, &r) != 0;
	if (heavy)
		atomic_fetch_sub(&s->heavy, 1);
	if (failed || r.status != MHD_HTTP_OK || !klen) {
		res = send_reply(conn, &r, gz, inm);
		goto out;
	}
	struct prepared p;
	if (prepared_make(&p, &r, gz)) {
		res = MHD_NO;
		goto out;
	}
	res = prepared_send(conn, &p, gz, inm);
	cache_put(s->cache, key, klen, &p);
out:
	snapshots_release(s->ss, h);
	return res;
}

/* The first call of a write, with its headers only: checks them all, so that a
 * bad request is refused before its body is read. Leaves an upload in *req_cls,
 * or queues the refusal. */
static enum MHD_Result begin_upload(struct server *s, struct MHD_Connection *conn,
				    const struct scan *sc, void **req_cls)
{
	struct reply r = {0};
	struct upload u = {.buf = NULL};
	char e[96];
	const char *ctype =
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
	const char *cl =
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
	if (sc->n)
		http_error(&r, 400, "unknown parameter '%s' (this path takes none)",
			   http_echo(sc->args[0].name, e, sizeof e));
	else if (!keeper_authorize(s->keeper,
				   MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
							       MHD_HTTP_HEADER_AUTHORIZATION),
				   u.who, &r))
		; /* the 401 is in r */
	else if (!ctype || strncasecmp(ctype, "text/csv", 8) != 0 || (ctype[8] && ctype[8] != ';'))
		http_error(&r, 415, "Content-Type: send the rows as text/csv");
	else if (!has_body(conn))
		http_error(&r, 400, "the body is empty: send the rows as CSV with their header");
	else if (cl && (strlen(cl) > 9 || strtoul(cl, NULL, 10) > HTTP_MAX_BODY))
		http_error(&r, 413, "the body is larger than %u bytes", HTTP_MAX_BODY);
	else {
		struct upload *up = malloc(sizeof *up);
		if (!up)
			return MHD_NO;
		*up = u;
		*req_cls = up;
		return MHD_YES;
	}
	return send_reply(conn, &r, 0, NULL);
}

/* Takes a piece of a write's body; beyond the limit the rest is read and dropped. */
static int take_upload(struct upload *u, const char *data, size_t n)
{
	if (u->too_big || n > HTTP_MAX_BODY - u->len) {
		u->too_big = 1;
		return 0;
	}
	if (u->len + n > u->cap) {
		size_t cap = u->cap ? u->cap : 16384;
		while (cap < u->len + n)
			cap *= 2;
		char *b = realloc(u->buf, cap);
		if (!b)
			return -1;
		u->buf = b;
		u->cap = cap;
	}
	memcpy(u->buf + u->len, data, n);
	u->len += n;
	return 0;
}

static enum MHD_Result finish_upload(struct server *s, struct MHD_Connection *conn,
				     struct upload *u)
{
	struct reply r = {0};
	if (u->too_big)
		http_error(&r, 413, "the body is larger than %u bytes", HTTP_MAX_BODY);
	else if (u->len == 0)
		http_error(&r, 400, "the body is empty: send the rows as CSV with their header");
	else
		keeper_import(s->keeper, u->who, u->buf, u->len, &r);
	return send_reply(conn, &r, 0, NULL);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct server *s = cls;
	(void)toe;
	guard_waiting(s->guard, conn, 0); /* for the next request on this connection */
	if (*req_cls && *req_cls != cls) { /* an upload (else the plain mark) */
		struct upload *u = *req_cls;
		free(u->buf);
		free(u);
	}
	*req_cls = NULL;
}

static enum MHD_Result answer_api(struct server *s, struct MHD_Connection *conn, const char *url,
				  const char *method, const struct scan *sc, int gz,
				  const char *inm, void **req_cls)
{
	struct request rq;
	struct reply r = {0};
	const struct route *rt = NULL;
	size_t nroutes;
	const struct route *table = routes_table(&nroutes);
	char e[96];
	for (size_t i = 0; i < nroutes && !rt; i++)
		if (route_match(table[i].pattern, url, &rq))
			rt = &table[i];
	if (!rt) {
		http_error(&r, 404, "no such path: %s (see /api/v1/openapi.json)",
			   http_echo(url, e, sizeof e));
	} else if (strcmp(rt->method, MHD_HTTP_METHOD_POST) == 0) {
		if (strcmp(method, MHD_HTTP_METHOD_POST) != 0) {
			http_error(&r, 405, "%s: this path takes POST", http_echo(method, e, sizeof e));
			r.allow = "POST";
		} else if (!keeper_writable(s->keeper)) {
			http_error(&r, 403, "this server only reads: writing needs 'inforce serve "
					    "--write'");
		} else {
			guard_waiting(s->guard, conn, UPLOAD_WAIT_S); /* its body comes */
			return begin_upload(s, conn, sc, req_cls);
		}
	} else if (!is_get(method)) {
		http_error(&r, 405, "%s: this path takes GET and HEAD",
			   http_echo(method, e, sizeof e));
		r.allow = "GET, HEAD";
	} else {
		return answer_get(s, conn, rt, &rq, sc, url, gz, inm);
	}
	return send_reply(conn, &r, gz, inm);
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
				  const char *method, const char *version,
				  const char *upload_data, size_t *upload_data_size,
				  void **req_cls)
{
	struct server *s = cls;
	struct scan sc = {0};
	struct reply r = {0};
	char e[96];
	(void)version;
	/* libmicrohttpd calls this once when the headers are in, again for each piece
	 * of a body, and once more when the request is complete. An answer queued at
	 * the first call makes it close the connection after the reply (the body, if
	 * any, is never read): right for a method or a request refused. A plain GET or
	 * HEAD is answered at the last call, so that the connection is kept alive. A
	 * write accepted at the first call (begin_upload) leaves its upload in
	 * *req_cls; any other request leaves the server as a mark. */
	if (!*req_cls) {
		*req_cls = s;
		guard_working(s->guard, conn); /* the line and headers are in */
		if (is_get(method) && !has_body(conn))
			return MHD_YES;
	} else if (*req_cls != s) {
		struct upload *u = *req_cls;
		if (*upload_data_size) {
			if (take_upload(u, upload_data, *upload_data_size))
				return MHD_NO; /* out of memory: drop the connection */
			*upload_data_size = 0;
			return MHD_YES;
		}
		guard_working(s->guard, conn);
		return finish_upload(s, conn, u);
	} else if (*upload_data_size) {
		*upload_data_size = 0; /* not reached: a request with a body is answered early */
		return MHD_YES;
	}
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, scan_arg, &sc);
	int gz = accepts_gzip(
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING));
	const char *inm =
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
	const char *bad_text = url_text_problem(url);
	if (strlen(url) + sc.bytes > HTTP_MAX_URL)
		http_error(&r, 414, "the URL is longer than %d bytes", HTTP_MAX_URL);
	else if (bad_text)
		http_error(&r, 400, "path: the text %s", bad_text);
	else if (strcmp(url, "/api") == 0 || strncmp(url, "/api/", 5) == 0)
		return answer_api(s, conn, url, method, &sc, gz, inm, req_cls);
	else if (!is_get(method)) {
		http_error(&r, 405, "%s: this server only reads (GET, HEAD)",
			   http_echo(method, e, sizeof e));
		r.allow = "GET, HEAD";
	} else
		static_file(s->web_dir, url, &r);
	return send_reply(conn, &r, gz, inm);
}

static int hexval(char c)
{
	return c >= '0' && c <= '9'   ? c - '0'
	       : c >= 'a' && c <= 'f' ? c - 'a' + 10
	       : c >= 'A' && c <= 'F' ? c - 'A' + 10
				      : -1;
}

/* Percent-decoding of the path and of each query key and value, in place. "%00"
 * is left as it is, so no decoded string holds a NUL that would cut it short
 * ("/%00/../x" must not become "/"); a '%' without two hex digits stays too. */
static size_t unescape(void *cls, struct MHD_Connection *conn, char *s)
{
	char *w = s;
	(void)cls;
	(void)conn;
	for (const char *p = s; *p; p++) {
		int hi, lo;
		if (p[0] == '%' && (hi = hexval(p[1])) >= 0 && (lo = hexval(p[2])) >= 0 &&
		    (hi | lo) != 0) {
			*w++ = (char)(hi * 16 + lo);
			p += 2;
		} else {
			*w++ = *p;
		}
	}
	*w = '\0';
	return (size_t)(w - s);
}

/* Frees what server_start set up (any part may be missing). */
static void teardown(struct server *s)
{
	keeper_free(s->keeper);
	guard_free(s->guard);
	snapshots_free(s->ss);
	cache_free(s->cache);
	free(s);
}

struct server *server_start(inforce_snapshot *snap, inforce_store *store,
			    const struct server_config *cfg, inforce_error *err)
{
	char host[64];
	int fd;
	unsigned port;
	if (cfg->threads < 1 || cfg->threads > 64) {
		inforce_snapshot_free(snap);
		server_fail(err, INFORCE_EINPUT, "--threads", "from 1 to 64");
		return NULL;
	}
	struct server *s = calloc(1, sizeof *s);
	if (s && !(s->ss = snapshots_new(snap)))
		inforce_snapshot_free(snap);
	if (!s || !s->ss || !(s->cache = cache_new(CACHE_SLOTS, CACHE_BYTES)) ||
	    !(s->guard = guard_new(REQUEST_WAIT_S)) ||
	    !(s->keeper = keeper_new(store, s->ss, cfg->write))) {
		if (s)
			teardown(s);
		else
			inforce_snapshot_free(snap);
		server_fail(err, INFORCE_ERUNTIME, NULL, "out of memory");
		return NULL;
	}
	s->web_dir = cfg->web_dir;
	s->today = cfg->today;
	if (listen_open(cfg, &fd, &port, err)) {
		teardown(s);
		return NULL;
	}
	/* No MHD_USE_ERROR_LOG: what libmicrohttpd would log is a client's doing (a
	 * request too big, a connection broken off), already answered to that client. */
	unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD;
	if (cfg->family == AF_INET6)
		flags |= MHD_USE_IPv6;
	s->daemon = MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, s, MHD_OPTION_LISTEN_SOCKET, fd,
		MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL, MHD_OPTION_NOTIFY_COMPLETED,
		on_completed, s, MHD_OPTION_NOTIFY_CONNECTION, guard_notify, s->guard,
		MHD_OPTION_THREAD_POOL_SIZE, cfg->threads,
		MHD_OPTION_CONNECTION_LIMIT, MAX_CONNECTIONS, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
		MAX_PER_CLIENT, MHD_OPTION_CONNECTION_TIMEOUT, IDLE_TIMEOUT_S,
		MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)CONNECTION_MEMORY, MHD_OPTION_END);
	if (!s->daemon) {
		close(fd);
		teardown(s);
		server_fail(err, INFORCE_ERUNTIME, NULL, "cannot start the HTTP daemon");
		return NULL;
	}
	if (!inet_ntop(cfg->family, cfg->addr, host, sizeof host))
		snprintf(host, sizeof host, "?");
	snprintf(s->url, sizeof s->url, cfg->family == AF_INET6 ? "http://[%s]:%u" : "http://%s:%u",
		 host, port);
	return s;
}

const char *server_url(const struct server *s)
{
	return s->url;
}

int server_refresh(struct server *s, int force, inforce_error *err)
{
	return keeper_refresh(s->keeper, force, err);
}

unsigned server_sweep(struct server *s)
{
	return guard_sweep(s->guard);
}

void server_stop(struct server *s)
{
	if (!s)
		return;
	MHD_stop_daemon(s->daemon); /* joins the threads and closes the socket */
	teardown(s);
}

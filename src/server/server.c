/*
 * server.c - the HTTP server of `inforce serve` on libmicrohttpd: the daemon (a
 * pool of worker threads, each with its own epoll loop) and the dispatch of each
 * request. Every request is checked before anything is computed:
 *   - method: only GET and HEAD (HEAD: the same answer without the body), else 405
 *     with Allow;
 *   - size: the decoded path and query at most HTTP_MAX_URL bytes (414), at most
 *     HTTP_MAX_ARGS query parameters; the request line and headers must fit the
 *     per-connection memory limit (libmicrohttpd answers 414/431 itself beyond);
 *   - text: the path and every parameter valid UTF-8 without control characters;
 *   - route: /api/v1/... through the route table (routes.c), 404 when none matches;
 *     only the parameters the route takes, each at most once (400);
 *   - everything else: a file of the web folder (static.c).
 * API answers that succeed are kept in the response cache (cache.c). Connections
 * are bounded in number (in total and per client address) and in idle time.
 */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "respond.h"

#define MAX_CONNECTIONS 256u
#define MAX_PER_CLIENT 128u
#define IDLE_TIMEOUT_S 15u
#define CONNECTION_MEMORY (16u * 1024u) /* request line, headers, response headers */
#define CACHE_SLOTS 512u
#define CACHE_BYTES (64u << 20)

struct server {
	struct MHD_Daemon *daemon;
	const inforce_snapshot *snap;
	struct cache *cache;
	const char *web_dir;
	inforce_day today;       /* pinned, or INFORCE_DAY_NONE: the clock */
	char url[80];
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
		if (!http_text_ok(a->value))
			return http_error(r, 400, "%s: not valid UTF-8 text", a->name);
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

/* The cache key: today, the decoded path, the parameters sorted by name. Returns
 * its length, or 0 when it does not fit (then the answer is not cached). */
static size_t make_key(char *key, size_t size, inforce_day day, const char *url,
		       const struct scan *sc)
{
	const struct arg *sorted[HTTP_MAX_ARGS];
	for (size_t i = 0; i < sc->n; i++) {
		size_t j = i;
		for (; j > 0 && strcmp(sorted[j - 1]->name, sc->args[i].name) > 0; j--)
			sorted[j] = sorted[j - 1];
		sorted[j] = &sc->args[i];
	}
	int n = snprintf(key, size, "%ld ", (long)day);
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

static enum MHD_Result answer_api(struct server *s, struct MHD_Connection *conn, const char *url,
				  const char *method, const struct scan *sc, int gz,
				  const char *inm)
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
		return send_reply(conn, &r, gz, inm);
	}
	if (!is_get(method) || strcmp(rt->method, MHD_HTTP_METHOD_GET) != 0) {
		http_error(&r, 405, "%s: this server only reads (GET, HEAD)",
			   http_echo(method, e, sizeof e));
		r.allow = "GET, HEAD";
		return send_reply(conn, &r, gz, inm);
	}
	if (check_args(rt, sc, &r))
		return send_reply(conn, &r, gz, inm);
	rq.snap = s->snap;
	rq.today = today(s);
	rq.args = sc->args;
	rq.nargs = sc->n;
	char key[HTTP_MAX_URL + 64];
	size_t klen = make_key(key, sizeof key, rq.today, url, sc);
	enum MHD_Result res;
	if (klen && cache_send(s->cache, key, klen, conn, gz, inm, &res))
		return res;
	if (rt->fn(&rq, &r) != 0 || r.status != MHD_HTTP_OK || !klen)
		return send_reply(conn, &r, gz, inm);
	struct prepared p;
	if (prepared_make(&p, &r, 1))
		return MHD_NO;
	res = prepared_send(conn, &p, gz, inm);
	cache_put(s->cache, key, klen, &p);
	return res;
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
	(void)upload_data;
	/* libmicrohttpd calls this once when the headers are in, and again when the
	 * request is complete. An answer queued at the first call makes it close the
	 * connection after the reply (the body, if any, is never read): right for a
	 * method this server refuses or a request that carries a body; a plain GET or
	 * HEAD is answered at the second call, so that the connection is kept alive. */
	if (!*req_cls) {
		*req_cls = s; /* any non-NULL mark: nothing to free */
		if (is_get(method) && !has_body(conn))
			return MHD_YES;
	} else if (*upload_data_size) {
		*upload_data_size = 0; /* not reached: a request with a body is answered early */
		return MHD_YES;
	}
	MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, scan_arg, &sc);
	int gz = accepts_gzip(
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_ENCODING));
	const char *inm =
		MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
	if (strlen(url) + sc.bytes > HTTP_MAX_URL)
		http_error(&r, 414, "the URL is longer than %d bytes", HTTP_MAX_URL);
	else if (!http_text_ok(url))
		http_error(&r, 400, "path: not valid UTF-8 text");
	else if (strcmp(url, "/api") == 0 || strncmp(url, "/api/", 5) == 0)
		return answer_api(s, conn, url, method, &sc, gz, inm);
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

struct server *server_start(const inforce_snapshot *snap, const struct server_config *cfg,
			    inforce_error *err)
{
	char host[64];
	int fd;
	unsigned port;
	if (cfg->threads < 1 || cfg->threads > 64) {
		server_fail(err, INFORCE_EINPUT, "--threads", "from 1 to 64");
		return NULL;
	}
	struct server *s = calloc(1, sizeof *s);
	if (!s || !(s->cache = cache_new(CACHE_SLOTS, CACHE_BYTES))) {
		free(s);
		server_fail(err, INFORCE_ERUNTIME, NULL, "out of memory");
		return NULL;
	}
	s->snap = snap;
	s->web_dir = cfg->web_dir;
	s->today = cfg->today;
	if (listen_open(cfg, &fd, &port, err)) {
		cache_free(s->cache);
		free(s);
		return NULL;
	}
	/* No MHD_USE_ERROR_LOG: what libmicrohttpd would log is a client's doing (a
	 * request too big, a connection broken off), already answered to that client. */
	unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD;
	if (cfg->family == AF_INET6)
		flags |= MHD_USE_IPv6;
	s->daemon = MHD_start_daemon(
		flags, 0, NULL, NULL, on_request, s, MHD_OPTION_LISTEN_SOCKET, fd,
		MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL,
		MHD_OPTION_THREAD_POOL_SIZE, cfg->threads, MHD_OPTION_CONNECTION_LIMIT,
		MAX_CONNECTIONS, MHD_OPTION_PER_IP_CONNECTION_LIMIT, MAX_PER_CLIENT,
		MHD_OPTION_CONNECTION_TIMEOUT, IDLE_TIMEOUT_S, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
		(size_t)CONNECTION_MEMORY, MHD_OPTION_END);
	if (!s->daemon) {
		close(fd);
		cache_free(s->cache);
		free(s);
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

void server_stop(struct server *s)
{
	if (!s)
		return;
	MHD_stop_daemon(s->daemon); /* joins the threads and closes the socket */
	cache_free(s->cache);
	free(s);
}

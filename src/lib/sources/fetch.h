/*
 * fetch.h - one polite, bounded HTTP GET on libcurl (fetch.c), for `inforce fetch`.
 * The body of a result belongs to it: src_http_release frees it.
 */
#ifndef INFORCE_FETCH_H
#define INFORCE_FETCH_H

#include <stddef.h>

#include "../internal.h"

struct src_http_opts {
	const char *user_agent;
	long connect_timeout;   /* seconds */
	long timeout;           /* seconds for a whole transfer */
	long low_speed_bytes;   /* slower than this ... */
	long low_speed_time;    /* ... for this many seconds: cut off */
	size_t max_bytes;
	int retries;            /* further attempts on 429 and 5xx */
	double backoff;         /* seconds before the first retry, doubled each time */
	long max_wait;          /* the longest Retry-After honoured, seconds */
};

/* What the previous fetch of the URL returned, for a conditional request. */
struct src_http_cond {
	const char *etag, *last_modified;
};

struct src_http_result {
	int status;             /* the last HTTP status, 0 when no answer came */
	int attempts;
	double waited;          /* seconds spent backing off */
	int not_modified;       /* 304: the page has not changed */
	char *body;             /* NUL-terminated, len bytes (NULL when not modified) */
	size_t len;
	char url[1024];         /* where it came from, after redirects */
	char etag[256], last_modified[128];
};

/* GETs url under o (see fetch.c). 0 with a 200 or 304 in *out; -1 with err filled
 * (the URL and what went wrong) for anything else. */
int src_http_get(const char *url, const struct src_http_opts *o, const struct src_http_cond *cond,
		 struct src_http_result *out, inforce_error *err);
void src_http_release(struct src_http_result *r);

#endif /* INFORCE_FETCH_H */

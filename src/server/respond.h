/*
 * respond.h - replies made into libmicrohttpd responses (internal to src/server/):
 * a "prepared" reply holds the full response and the 304 answer, for the body as
 * it is and, when worth it, gzipped, each with its ETag and the common headers;
 * and the response cache that keeps prepared replies of the API by URL.
 */
#ifndef INFORCE_SERVER_RESPOND_H
#define INFORCE_SERVER_RESPOND_H

#include <microhttpd.h>

#include "http.h"

/* One representation: the full response and its 304, with their ETag. */
struct variant {
	struct MHD_Response *full, *not_modified; /* not_modified only for a 200 */
	char etag[32];
};

/* A reply ready to send: v[0] identity, v[1] gzip (when has_gz). */
struct prepared {
	unsigned status;
	struct variant v[2];
	int has_gz;
	int gz_skipped;          /* a body over HTTP_GZIP_MIN made without with_gz: a
				  * client that takes gzip is answered by making it again */
	size_t bytes;            /* body bytes held, both variants */
};

/* Makes p from r, taking r's body. With with_gz and a body over HTTP_GZIP_MIN
 * bytes, the gzip variant is made too. 0, or -1 (out of memory; p holds nothing). */
int prepared_make(struct prepared *p, struct reply *r, int with_gz);
/* Drops this holder's reference on the responses (MHD frees them when sent). */
void prepared_release(struct prepared *p);
/* Queues the variant the client takes (gz), or its 304 when if_none_match (the
 * request's header, or NULL) names its ETag. */
enum MHD_Result prepared_send(struct MHD_Connection *conn, const struct prepared *p, int gz,
			      const char *if_none_match);

/* Whether an Accept-Encoding header value accepts gzip. */
int accepts_gzip(const char *accept_encoding);

/* The response cache: a fixed number of slots, a budget of body bytes; thread-safe.
 * Sound because the snapshot never changes: an answer depends only on the URL and
 * on today's date, which is part of the key. */
struct cache;
struct cache *cache_new(size_t slots, size_t max_bytes);
void cache_free(struct cache *c);
/* When key is held, queues its answer (as prepared_send) and returns 1 with *res
 * set; else 0. */
int cache_send(struct cache *c, const char *key, size_t klen, struct MHD_Connection *conn,
	       int gz, const char *if_none_match, enum MHD_Result *res);
/* Keeps p under key, taking it over (it is released when it does not fit). */
void cache_put(struct cache *c, const char *key, size_t klen, struct prepared *p);

#endif

/*
 * respond.c - turns a reply into libmicrohttpd responses with the headers every
 * answer carries: Content-Type, ETag (FNV-1a 64 of the body, quoted; "-gz" for the
 * gzipped form), Cache-Control, Vary: Accept-Encoding, and the security headers
 * (Content-Security-Policy without inline script, X-Content-Type-Options: nosniff,
 * Referrer-Policy). Also conditional requests (If-None-Match: 304) and the choice
 * of gzip from Accept-Encoding.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "respond.h"

#define CSP "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " \
	    "frame-ancestors 'none'"

static uint64_t fnv1a(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

static int add_headers(struct MHD_Response *resp, const struct reply *r, const char *etag,
		       int gz, int not_modified)
{
	char cc[48], retry[16];
	snprintf(retry, sizeof retry, "%u", r->retry_after);
	if (r->max_age)
		snprintf(cc, sizeof cc, "public, max-age=%u", r->max_age);
	else
		snprintf(cc, sizeof cc, "no-store");
	return (!not_modified && MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
							 r->ctype) != MHD_YES) ||
	       MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, etag) != MHD_YES ||
	       MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, cc) != MHD_YES ||
	       MHD_add_response_header(resp, MHD_HTTP_HEADER_VARY, "Accept-Encoding") != MHD_YES ||
	       (gz && !not_modified &&
		MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip") != MHD_YES) ||
	       (r->allow && MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow) != MHD_YES) ||
	       (r->challenge && MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE,
							r->challenge) != MHD_YES) ||
	       (r->retry_after && MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER,
							  retry) != MHD_YES) ||
	       MHD_add_response_header(resp, "Content-Security-Policy", CSP) != MHD_YES ||
	       MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff") != MHD_YES ||
	       MHD_add_response_header(resp, "Referrer-Policy", "no-referrer") != MHD_YES
		       ? -1
		       : 0;
}

/* A response owning body (malloc'd; freed here on failure), or a bodiless 304. */
static struct MHD_Response *make(const struct reply *r, char *body, size_t len, const char *etag,
				 int gz, int not_modified)
{
	struct MHD_Response *resp;
	if (not_modified || len == 0) {
		free(body);
		resp = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	} else {
		resp = MHD_create_response_from_buffer(len, body, MHD_RESPMEM_MUST_FREE);
		if (!resp)
			free(body);
	}
	if (resp && add_headers(resp, r, etag, gz, not_modified)) {
		MHD_destroy_response(resp);
		resp = NULL;
	}
	return resp;
}

static int make_variant(struct variant *v, const struct reply *r, char *body, size_t len, int gz)
{
	v->full = make(r, body, len, v->etag, gz, 0);
	if (v->full && r->status == MHD_HTTP_OK)
		v->not_modified = make(r, NULL, 0, v->etag, gz, 1);
	return v->full && (r->status != MHD_HTTP_OK || v->not_modified) ? 0 : -1;
}

int prepared_make(struct prepared *p, struct reply *r, int with_gz)
{
	char *gz = NULL;
	size_t gzlen = 0;
	memset(p, 0, sizeof *p);
	p->status = r->status;
	uint64_t h = fnv1a(r->body ? r->body : "", r->len);
	snprintf(p->v[0].etag, sizeof p->v[0].etag, "\"%016" PRIx64 "\"", h);
	snprintf(p->v[1].etag, sizeof p->v[1].etag, "\"%016" PRIx64 "-gz\"", h);
	if (with_gz && r->len > HTTP_GZIP_MIN && http_gzip(r->body, r->len, &gz, &gzlen) == 0)
		p->has_gz = 1;
	p->gz_skipped = !with_gz && r->len > HTTP_GZIP_MIN;
	p->bytes = r->len + gzlen;
	size_t len = r->len;
	char *body = r->body;
	r->body = NULL; /* taken */
	r->len = 0;
	int rc = make_variant(&p->v[0], r, body, len, 0);
	if (p->has_gz)
		rc |= make_variant(&p->v[1], r, gz, gzlen, 1);
	if (rc) {
		prepared_release(p);
		return -1;
	}
	return 0;
}

void prepared_release(struct prepared *p)
{
	for (int i = 0; i < 2; i++) {
		if (p->v[i].full)
			MHD_destroy_response(p->v[i].full);
		if (p->v[i].not_modified)
			MHD_destroy_response(p->v[i].not_modified);
		p->v[i].full = p->v[i].not_modified = NULL;
	}
	p->has_gz = 0;
}

/* Whether an If-None-Match list ("a", W/"b", *) names etag (weak comparison). */
static int etag_match(const char *list, const char *etag)
{
	size_t el = strlen(etag);
	for (const char *p = list; *p;) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '*')
			return 1;
		if (p[0] == 'W' && p[1] == '/')
			p += 2;
		const char *end = p;
		if (*end == '"') {
			end = strchr(end + 1, '"');
			if (!end)
				return 0;
			end++;
		} else {
			while (*end && *end != ',')
				end++;
		}
		if ((size_t)(end - p) == el && memcmp(p, etag, el) == 0)
			return 1;
		if (end == p)
			break;
		p = end;
	}
	return 0;
}

enum MHD_Result prepared_send(struct MHD_Connection *conn, const struct prepared *p, int gz,
			      const char *if_none_match)
{
	const struct variant *v = &p->v[gz && p->has_gz ? 1 : 0];
	if (v->not_modified && if_none_match && etag_match(if_none_match, v->etag))
		return MHD_queue_response(conn, MHD_HTTP_NOT_MODIFIED, v->not_modified);
	return MHD_queue_response(conn, p->status, v->full);
}

/* gzip, x-gzip or * in the list, without q=0. */
int accepts_gzip(const char *ae)
{
	int star = 0;
	for (const char *p = ae ? ae : ""; *p;) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		const char *name = p;
		while (*p && *p != ',' && *p != ';' && *p != ' ' && *p != '\t')
			p++;
		size_t nl = (size_t)(p - name);
		int q0 = 0;
		while (*p && *p != ',') {
			if (*p == ';') {
				p++;
				while (*p == ' ' || *p == '\t')
					p++;
				if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
					const char *v = p + 2;
					q0 = v[0] == '0';
					for (v++; q0 && *v && *v != ',' && *v != ';' && *v != ' '; v++)
						q0 = *v == '.' || *v == '0';
				}
				continue;
			}
			p++;
		}
		if ((nl == 4 && strncasecmp(name, "gzip", 4) == 0) ||
		    (nl == 6 && strncasecmp(name, "x-gzip", 6) == 0))
			return !q0;
		if (nl == 1 && name[0] == '*')
			star = !q0;
	}
	return star;
}

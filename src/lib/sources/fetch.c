/*
 * fetch.c - the fetcher of the UN's pages, on libcurl: one HTTP GET, polite and
 * bounded (src_http_get). What it does, so that the UN's servers and the user's
 * store are both safe:
 *   - only http and https, and a redirect is followed only to the same host (and
 *     scheme and port), at most 5 times; any other is refused;
 *   - a User-Agent that names inforce and its version;
 *   - conditional requests: If-None-Match and If-Modified-Since from the previous
 *     fetch; a 304 is "not modified";
 *   - timeouts: connecting, the whole transfer, and a floor on the speed (a server
 *     trickling bytes is cut off);
 *   - a size cap, from Content-Length before anything is read and on the bytes read;
 *     a body shorter than its Content-Length is an error (a truncated page);
 *   - retries on 429 and 5xx with exponential backoff, honouring Retry-After (in
 *     seconds or as an HTTP date) up to a limit; other statuses are final.
 * The caller (the CLI) has called curl_global_init once; nothing here keeps state
 * between calls. Exports src_http_get.
 */
#include <curl/curl.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../text.h"
#include "fetch.h"

struct body {
	char *data;
	size_t len, cap, max;
	int too_big;
};

static size_t on_body(char *ptr, size_t size, size_t nmemb, void *userdata)
{
	struct body *b = userdata;
	size_t n = size * nmemb;
	if (b->len + n > b->max) {
		b->too_big = 1;
		return 0; /* aborts the transfer */
	}
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 65536;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *nd = realloc(b->data, cap);
		if (!nd)
			return 0;
		b->data = nd;
		b->cap = cap;
	}
	memcpy(b->data + b->len, ptr, n);
	b->len += n;
	b->data[b->len] = '\0';
	return n;
}

struct headers {
	char etag[256], last_modified[128], location[1024], retry_after[128];
};

/* "Name: value\r\n" into the field it names. */
static size_t on_header(char *ptr, size_t size, size_t nitems, void *userdata)
{
	struct headers *h = userdata;
	size_t n = size * nitems;
	static const struct {
		const char *name;
		size_t off, cap;
	} wanted[] = {
		{"etag:", offsetof(struct headers, etag), sizeof((struct headers *)0)->etag},
		{"last-modified:", offsetof(struct headers, last_modified),
		 sizeof((struct headers *)0)->last_modified},
		{"location:", offsetof(struct headers, location), sizeof((struct headers *)0)->location},
		{"retry-after:", offsetof(struct headers, retry_after),
		 sizeof((struct headers *)0)->retry_after},
	};
	if (n >= 5 && strncmp(ptr, "HTTP/", 5) == 0) { /* a new response (after a 100) */
		memset(h, 0, sizeof *h);
		return n;
	}
	for (size_t i = 0; i < sizeof wanted / sizeof wanted[0]; i++) {
		size_t k = strlen(wanted[i].name);
		if (n < k || !txt_starts_with_ci(ptr, wanted[i].name))
			continue;
		const char *v = ptr + k;
		size_t vl = n - k;
		while (vl && (*v == ' ' || *v == '\t'))
			v++, vl--;
		while (vl && (v[vl - 1] == '\r' || v[vl - 1] == '\n' || v[vl - 1] == ' '))
			vl--;
		char *dst = (char *)h + wanted[i].off;
		if (vl >= wanted[i].cap)
			vl = wanted[i].cap - 1;
		memcpy(dst, v, vl);
		dst[vl] = '\0';
	}
	return n;
}

/* scheme://host[:port] of a URL, into buf; -1 when it has none. */
static int origin_of(const char *url, char *buf, size_t size)
{
	const char *p = strstr(url, "://");
	if (!p)
		return -1;
	p += 3;
	size_t n = strcspn(p, "/?#");
	size_t total = (size_t)(p - url) + n;
	if (total >= size || n == 0)
		return -1;
	for (size_t i = 0; i < total; i++)
		buf[i] = (char)txt_to_lower((unsigned char)url[i]);
	buf[total] = '\0';
	return 0;
}

/* The redirect target as an absolute URL (a Location may be relative). */
static int resolve(const char *base, const char *loc, char *out, size_t size)
{
	char org[512];
	if (strstr(loc, "://"))
		return snprintf(out, size, "%s", loc) < (int)size ? 0 : -1;
	if (origin_of(base, org, sizeof org))
		return -1;
	if (loc[0] == '/')
		return snprintf(out, size, "%s%s", org, loc) < (int)size ? 0 : -1;
	/* relative to the base's folder */
	const char *path = base + strlen(org);
	const char *slash = strrchr(path, '/');
	size_t keep = slash ? (size_t)(slash - base) + 1 : strlen(org);
	return snprintf(out, size, "%.*s%s%s", (int)keep, base, slash ? "" : "/", loc) < (int)size
		       ? 0
		       : -1;
}

/* Seconds a Retry-After asks for: a number, or an HTTP date from now; -1 if neither. */
static long retry_after(const char *v, time_t now)
{
	if (!v[0])
		return -1;
	char *end;
	errno = 0;
	long s = strtol(v, &end, 10);
	if (end != v && *end == '\0' && errno == 0)
		return s < 0 ? 0 : s;
	time_t t = curl_getdate(v, NULL);
	if (t == -1)
		return -1;
	return t > now ? (long)(t - now) : 0;
}

static void sleep_seconds(double s)
{
	if (s <= 0)
		return;
	struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* One request, no redirect followed. 0 with *status set, or -1 (err filled). */
static int request(CURL *h, const char *url, const struct src_http_opts *o,
		   const struct src_http_cond *cond, struct body *b, struct headers *hd,
		   long *status, inforce_error *err)
{
	char errbuf[CURL_ERROR_SIZE] = "";
	struct curl_slist *hl = NULL;
	char line[512];
	curl_easy_reset(h);
	if (cond && cond->etag && cond->etag[0]) {
		snprintf(line, sizeof line, "If-None-Match: %s", cond->etag);
		hl = curl_slist_append(hl, line);
	}
	if (cond && cond->last_modified && cond->last_modified[0]) {
		snprintf(line, sizeof line, "If-Modified-Since: %s", cond->last_modified);
		hl = curl_slist_append(hl, line);
	}
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, o->user_agent);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, o->connect_timeout);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, o->timeout);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, o->low_speed_bytes);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, o->low_speed_time);
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)o->max_bytes);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); /* gzip, deflate: what curl has */
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, b);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, hd);
	CURLcode cc = curl_easy_perform(h);
	curl_slist_free_all(hl);
	*status = 0;
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, status);
	if (cc == CURLE_OK)
		return 0;
	if (b->too_big || cc == CURLE_FILESIZE_EXCEEDED)
		return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL,
				"the page is larger than the limit of %zu bytes: refused",
				o->max_bytes);
	if (cc == CURLE_PARTIAL_FILE)
		return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL,
				"the page was cut short: fewer bytes than its Content-Length (%s)",
				errbuf[0] ? errbuf : curl_easy_strerror(cc));
	if (cc == CURLE_OPERATION_TIMEDOUT)
		return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL,
				"timed out (%s): the server is too slow or not answering",
				errbuf[0] ? errbuf : curl_easy_strerror(cc));
	return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL, "cannot fetch: %s",
			errbuf[0] ? errbuf : curl_easy_strerror(cc));
}

int src_http_get(const char *url, const struct src_http_opts *o, const struct src_http_cond *cond,
		 struct src_http_result *out, inforce_error *err)
{
	memset(out, 0, sizeof *out);
	char here[1024], first_origin[512], org[512];
	snprintf(here, sizeof here, "%s", url);
	snprintf(out->url, sizeof out->url, "%s", url);
	if (origin_of(url, first_origin, sizeof first_origin) ||
	    (strncmp(first_origin, "http://", 7) != 0 && strncmp(first_origin, "https://", 8) != 0))
		return ifc_fail(err, INFORCE_EINPUT, url, 0, "url",
				"not an http or https URL");
	CURL *h = curl_easy_init();
	if (!h)
		return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL, "cannot start libcurl");
	struct body b = {.max = o->max_bytes};
	struct headers hd;
	int rc = 0, redirects = 0;
	for (;;) {
		long status;
		memset(&hd, 0, sizeof hd);
		free(b.data);
		b = (struct body){.max = o->max_bytes};
		out->attempts++;
		rc = request(h, here, o, cond, &b, &hd, &status, err);
		out->status = (int)status;
		if (rc == 0 && status >= 300 && status < 400 && status != 304) {
			char next[1024];
			if (!hd.location[0] || resolve(here, hd.location, next, sizeof next)) {
				rc = ifc_fail(err, INFORCE_ERUNTIME, here, 0, NULL,
					      "redirect (%ld) without a usable Location", status);
				break;
			}
			if (origin_of(next, org, sizeof org) || strcmp(org, first_origin) != 0) {
				rc = ifc_fail(err, INFORCE_ERUNTIME, here, 0, NULL,
					      "redirect (%ld) to another host refused: %s", status,
					      next);
				break;
			}
			if (++redirects > 5) {
				rc = ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL,
					      "more than 5 redirects");
				break;
			}
			snprintf(here, sizeof here, "%s", next);
			continue;
		}
		int transient = rc == 0 && (status == 429 || status >= 500);
		if (!transient || out->attempts > o->retries) {
			if (transient)
				rc = ifc_fail(err, INFORCE_ERUNTIME, here, 0, NULL,
					      "the server answered %ld %d times: giving up", status,
					      out->attempts);
			break;
		}
		/* back off: 1, 2, 4 ... seconds (o->backoff scales it), or what the
		 * server asks for, when it asks for no more than max_wait */
		double wait = o->backoff * (double)(1L << (out->attempts - 1));
		long asked = retry_after(hd.retry_after, time(NULL));
		if (asked > o->max_wait) {
			rc = ifc_fail(err, INFORCE_ERUNTIME, here, 0, NULL,
				      "the server answered %ld and asks to wait %ld s, longer than "
				      "%ld s: giving up",
				      status, asked, o->max_wait);
			break;
		}
		if (asked >= 0 && (double)asked > wait)
			wait = (double)asked;
		out->waited += wait;
		sleep_seconds(wait);
	}
	curl_easy_cleanup(h);
	snprintf(out->url, sizeof out->url, "%s", here);
	if (rc == 0 && out->status != 200 && out->status != 304)
		rc = ifc_fail(err, INFORCE_ERUNTIME, here, 0, NULL, "the server answered %d",
			      out->status);
	if (rc) {
		free(b.data);
		return -1;
	}
	out->not_modified = out->status == 304;
	out->body = b.data;
	out->len = b.len;
	snprintf(out->etag, sizeof out->etag, "%s", hd.etag);
	snprintf(out->last_modified, sizeof out->last_modified, "%s", hd.last_modified);
	if (!out->not_modified && !out->body)
		out->body = calloc(1, 1); /* an empty 200 */
	return out->body || out->not_modified ? 0
					      : ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL,
							 "out of memory");
}

void src_http_release(struct src_http_result *r)
{
	free(r->body);
	r->body = NULL;
}

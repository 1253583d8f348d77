/*
 * reply.c - filling a reply: a JSON body, any other body, or the JSON error body
 * {"error": {"status": N, "message": "..."}} that every failure answers with; and
 * the checks on text that comes from a client.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"

#define CT_JSON "application/json"

void http_reply_release(struct reply *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
}

int http_body(struct reply *r, const char *ctype, char *body, size_t len, unsigned max_age)
{
	if (!body)
		return http_error(r, 500, "out of memory");
	http_reply_release(r);
	r->status = 200;
	r->ctype = ctype;
	r->body = body;
	r->len = len;
	r->max_age = max_age;
	return 0;
}

int http_json(struct reply *r, json_t *v)
{
	if (!v)
		return http_error(r, 500, "out of memory");
	char *s = json_dumps(v, JSON_COMPACT);
	json_decref(v);
	return http_body(r, CT_JSON, s, s ? strlen(s) : 0, HTTP_MAX_AGE_API);
}

/* The error body, written by hand: it must not fail for want of memory. */
int http_error(struct reply *r, unsigned status, const char *fmt, ...)
{
	char msg[1024], esc[2048];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	size_t k = 0;
	for (const char *p = msg; *p && k + 7 < sizeof esc; p++) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '"' || ch == '\\') {
			esc[k++] = '\\';
			esc[k++] = (char)ch;
		} else if (ch < 0x20 || ch == 0x7f) {
			k += (size_t)snprintf(esc + k, sizeof esc - k, "\\u%04x", ch);
		} else {
			esc[k++] = (char)ch;
		}
	}
	esc[k] = '\0';
	http_reply_release(r);
	r->status = status;
	r->ctype = CT_JSON;
	r->max_age = 0;
	size_t cap = k + 64;
	char *body = malloc(cap);
	if (body) {
		int n = snprintf(body, cap, "{\"error\":{\"status\":%u,\"message\":\"%s\"}}", status,
				 esc);
		r->body = body;
		r->len = n > 0 ? (size_t)n : 0;
	}
	return -1;
}

/* Cuts the folder off each occurrence of the file name `path` in s. */
static void strip_dir(char *s, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return;
	size_t cut = (size_t)(slash + 1 - path);
	for (char *at = strstr(s, path); at; at = strstr(at, path))
		memmove(at, at + cut, strlen(at + cut) + 1);
}

int http_lib_error(struct reply *r, const inforce_error *err)
{
	char msg[1024];
	inforce_error e = *err;
	if (e.kind == INFORCE_ERUNTIME || e.kind == INFORCE_EBUSY) {
		strip_dir(e.file, err->file);
		strip_dir(e.msg, err->file);
	}
	inforce_error_format(&e, msg, sizeof msg);
	int rc = http_error(r, e.kind == INFORCE_EINPUT      ? 400
			       : e.kind == INFORCE_ENOTFOUND ? 404
			       : e.kind == INFORCE_EBUSY     ? 503
							     : 500,
			    "%s", msg);
	if (e.kind == INFORCE_EBUSY)
		r->retry_after = 2;
	return rc;
}

const char *http_echo(const char *s, char *buf, size_t size)
{
	size_t k = 0;
	for (; *s && k + 4 < size && k < 80; s++)
		buf[k++] = (unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f ? *s : '?';
	if (*s && k + 4 <= size) {
		memcpy(buf + k, "...", 3);
		k += 3;
	}
	buf[k] = '\0';
	return buf;
}


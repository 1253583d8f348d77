/*
 * import_fetch.c - `inforce fetch`: the UN Treaty Collection's status record of a
 * treaty downloaded (sources/fetch.c), read (sources/untc_*.c) and imported as a
 * record in its own transaction, with the ETag and Last-Modified the server gave kept
 * in the store (fetch_state) for the next conditional request. A page that fails to
 * download, or that is not a status page of the reference asked for, changes
 * nothing: the transaction is rolled back and the cache is not written.
 * Exports inforce_fetch_url and inforce_fetch.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "import.h"
#include "sources/fetch.h"
#include "sources/untc.h"
#include "text.h"

/* The chapter of a reference, from its Roman numerals ("XXVI-6" -> 26); 0 if none. */
static int chapter_of(const char *ref, char roman[16])
{
	static const struct {
		char c;
		int v;
	} digits[] = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}};
	size_t n = strcspn(ref, "-");
	if (n == 0 || n >= 16 || ref[n] != '-')
		return 0;
	int total = 0, prev = 0;
	for (size_t i = n; i-- > 0;) {
		int v = 0;
		for (size_t k = 0; k < sizeof digits / sizeof digits[0]; k++)
			if (ref[i] == digits[k].c)
				v = digits[k].v;
		if (!v)
			return 0;
		total += v < prev ? -v : v;
		prev = v > prev ? v : prev;
	}
	memcpy(roman, ref, n);
	roman[n] = '\0';
	return total > 0 && total < 100 ? total : 0;
}

static int ref_ok(const char *ref)
{
	size_t n = strlen(ref);
	if (n == 0 || n > 31)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!txt_is_alnum((unsigned char)ref[i]) && ref[i] != '-')
			return 0;
	return 1;
}

int inforce_fetch_url(const char *ref, const inforce_fetch_options *o, char *buf, size_t size)
{
	char roman[16];
	int ch = ref_ok(ref) ? chapter_of(ref, roman) : 0;
	if (!ch)
		return -1;
	const char *base = o && o->base_url ? o->base_url : "https://treaties.un.org";
	size_t bl = strlen(base);
	while (bl && base[bl - 1] == '/')
		bl--;
	int n;
	if (o && o->format && strcmp(o->format, "xml") == 0)
		/* the MTDSG is published in two volumes: chapters I to XI, then XII on */
		n = snprintf(buf, size, "%.*s/doc/Publication/MTDSG/Volume%%20%s/Chapter%%20%s/%s.en.xml",
			     (int)bl, base, ch <= 11 ? "I" : "II", roman, ref);
	else
		n = snprintf(buf, size,
			     "%.*s/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=%s&chapter=%d&clang=_en",
			     (int)bl, base, ref, ch);
	return n > 0 && (size_t)n < size ? 0 : -1;
}

/* The ETag, Last-Modified and digest of the previous fetch of url ("" when none). */
static void previous_fetch(sqlite3 *db, const char *url, char etag[256], char lm[128],
			   char sha[65])
{
	sqlite3_stmt *st;
	etag[0] = lm[0] = sha[0] = '\0';
	if (sqlite3_prepare_v2(db, "SELECT etag, last_modified, sha256 FROM fetch_state"
				   " WHERE url = ?", -1, &st, NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		snprintf(etag, 256, "%s", (const char *)sqlite3_column_text(st, 0));
		snprintf(lm, 128, "%s", (const char *)sqlite3_column_text(st, 1));
		snprintf(sha, 65, "%s", (const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
}

static int remember_fetch(sqlite3 *db, const char *url, const struct src_http_result *r,
			  const char *sha, inforce_error *err)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO fetch_state (url, etag, last_modified,"
				   " fetched_at, sha256) VALUES (?,?,?,"
				   " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),?)", -1, &st,
			       NULL) != SQLITE_OK)
		return ifc_fail(err, INFORCE_ERUNTIME, url, 0, NULL, "cannot store: %s",
				sqlite3_errmsg(db));
	sqlite3_bind_text(st, 1, url, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->etag, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->last_modified, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, sha, -1, SQLITE_STATIC);
	int rc = store_step(db, st, url, 0, err);
	sqlite3_finalize(st);
	return rc;
}

/* Writes the page and a line of metadata into the cache, through temporary files
 * renamed into place; the paths in *path. */
static int write_cache(const char *dir, const char *ref, const char *format,
		       const struct src_http_result *r, const char *sha, char *path,
		       size_t size, inforce_error *err)
{
	char tmp[4200], meta[4200], mtmp[4300];
	snprintf(path, size, "%s/%s.en.%s", dir, ref, format);
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld", path, (long)getpid());
	snprintf(meta, sizeof meta, "%s.meta", path);
	snprintf(mtmp, sizeof mtmp, "%s.tmp-%ld", meta, (long)getpid());
	FILE *f = fopen(tmp, "wb");
	int ok = f && fwrite(r->body, 1, r->len, f) == r->len;
	ok = (f && fclose(f) == 0) && ok;
	FILE *m = ok ? fopen(mtmp, "w") : NULL;
	ok = m && fprintf(m, "url %s\netag %s\nlast_modified %s\nsha256 %s\n", r->url, r->etag,
			  r->last_modified, sha) > 0;
	ok = (m && fclose(m) == 0) && ok;
	if (ok && rename(tmp, path) == 0 && rename(mtmp, meta) == 0)
		return 0;
	unlink(tmp);
	unlink(mtmp);
	return ifc_fail(err, INFORCE_ERUNTIME, path, 0, NULL, "cannot write the cache");
}

int inforce_fetch(inforce_store *s, const char *ref, const inforce_fetch_options *o,
		  inforce_fetch_result *out, inforce_error *err)
{
	memset(out, 0, sizeof *out);
	const char *format = o->format && strcmp(o->format, "xml") == 0 ? "xml" : "html";
	if (inforce_fetch_url(ref, o, out->url, sizeof out->url))
		return ifc_fail(err, INFORCE_EINPUT, ref, 0, "reference",
				"'%s' is not an MTDSG reference (a chapter in Roman numerals, a "
				"dash, the section: XXVI-6, IV-11-b)", ref);
	struct src_http_opts ho = {
		.user_agent = o->user_agent ? o->user_agent : "inforce (treaty-status engine)",
		.connect_timeout = 15,
		.timeout = o->timeout > 0 ? o->timeout : 60,
		.low_speed_bytes = 64,
		.low_speed_time = o->low_speed_time > 0 ? o->low_speed_time : 30,
		.max_bytes = o->max_bytes ? o->max_bytes : UNTC_MAX_BYTES,
		.retries = o->retries >= 0 ? o->retries : 0,
		.backoff = o->backoff > 0 ? o->backoff : 2,
		.max_wait = o->max_wait > 0 ? o->max_wait : 300,
	};
	char etag[256], lm[128], prev_sha[65], sha[65];
	sqlite3 *db = store_db(s);
	char first_url[1024];
	snprintf(first_url, sizeof first_url, "%s", out->url);
	previous_fetch(db, first_url, etag, lm, prev_sha);
	struct src_http_cond cond = {etag, lm};
	struct src_http_result r;
	int rc = src_http_get(first_url, &ho, &cond, &r, err);
	out->http_status = r.status;
	out->attempts = r.attempts;
	out->waited = r.waited;
	snprintf(out->url, sizeof out->url, "%s", r.url);
	if (rc)
		return -1;
	if (r.not_modified) {
		out->not_modified = 1;
		return 0;
	}
	out->bytes = r.len;
	ifc_sha256_bytes_hex(r.body, r.len, sha);
	if (prev_sha[0] && strcmp(sha, prev_sha) == 0) { /* the server ignored the condition */
		out->not_modified = 1;
		src_http_release(&r);
		return 0;
	}
	/* It must be the status record of the reference asked for. */
	struct untc_file u;
	rc = untc_parse(&u, r.body, r.len, first_url, err);
	if (rc == 0 && strcmp(u.reference, ref) != 0)
		rc = ifc_fail(err, INFORCE_EINPUT, first_url, 0, "reference",
			      "the page is the record of %s, not of %s", u.reference, ref);
	if (rc == 0)
		untc_release(&u);
	if (rc || o->dry_run) {
		src_http_release(&r);
		return rc;
	}
	rc = store_begin(s, err);
	if (rc == 0)
		rc = import_untc_page(s, r.body, r.len, first_url, first_url, sha, o->today,
				      &out->report, err);
	if (rc == 0)
		rc = remember_fetch(db, first_url, &r, sha, err);
	if (rc == 0 && o->cache_dir)
		rc = write_cache(o->cache_dir, ref, format, &r, sha, out->cache_path,
				 sizeof out->cache_path, err);
	if (store_finish(s, rc, err) == 0) {
		out->imported = 1;
	} else {
		rc = -1;
		if (out->cache_path[0]) { /* the store did not take it: neither does the cache */
			char meta[4200];
			snprintf(meta, sizeof meta, "%s.meta", out->cache_path);
			unlink(out->cache_path);
			unlink(meta);
			out->cache_path[0] = '\0';
		}
	}
	src_http_release(&r);
	return rc;
}

/*
 * gzip.c - gzip compression (RFC 1952) of a response body with zlib, the standard
 * deflate implementation, for clients that send Accept-Encoding: gzip.
 */
#include <stdint.h>
#include <stdlib.h>

#define ZLIB_CONST /* next_in is const: zlib never writes through it */
#include <zlib.h>

#include "http.h"

int http_gzip(const char *in, size_t len, char **out, size_t *outlen)
{
	z_stream z = {0};
	*out = NULL;
	*outlen = 0;
	if (len > (size_t)UINT32_MAX / 2)
		return -1;
	/* windowBits 15 + 16: a gzip header and trailer instead of zlib's */
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	uLong cap = deflateBound(&z, (uLong)len);
	char *buf = malloc(cap);
	if (!buf) {
		deflateEnd(&z);
		return -1;
	}
	z.next_in = (const Bytef *)in;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)buf;
	z.avail_out = (uInt)cap;
	int rc = deflate(&z, Z_FINISH);
	size_t produced = (size_t)z.total_out;
	deflateEnd(&z);
	if (rc != Z_STREAM_END) {
		free(buf);
		return -1;
	}
	*out = buf;
	*outlen = produced;
	return 0;
}

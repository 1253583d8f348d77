/*
 * sha256.c - SHA-256, for API tokens stored as hashes only and for the digest of
 * fetched pages: Nettle's implementation (the hash is a library's job, not ours),
 * behind the two helpers the rest of libinforce calls. Exports ifc_sha256,
 * ifc_sha256_hex and ifc_sha256_bytes_hex.
 */
#include <nettle/sha2.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

void ifc_sha256(const void *data, size_t len, unsigned char out[32])
{
	struct sha256_ctx ctx;
	sha256_init(&ctx);
	sha256_update(&ctx, len, data);
	sha256_digest(&ctx, SHA256_DIGEST_SIZE, out);
}

void ifc_sha256_bytes_hex(const void *data, size_t len, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char d[32];
	ifc_sha256(data, len, d);
	for (int i = 0; i < 32; i++) {
		out[2 * i] = hex[d[i] >> 4];
		out[2 * i + 1] = hex[d[i] & 15];
	}
	out[64] = '\0';
}

void ifc_sha256_hex(const char *s, char out[65])
{
	ifc_sha256_bytes_hex(s, strlen(s), out);
}

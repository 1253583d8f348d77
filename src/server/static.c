/*
 * static.c - the dashboard's files, served from the web folder and never from
 * outside it. A path is refused (400) when any segment is empty, "." or "..",
 * starts with a dot, or holds a backslash or a control character (the path has
 * been percent-decoded already, so %2e%2e is caught too); then the file's real
 * path (symlinks resolved) must lie under the folder's real path, and only a
 * regular file is opened, without following a final symlink.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "http.h"

static const struct {
	const char *ext, *type;
} types[] = {
	{".html", "text/html; charset=utf-8"},
	{".js", "text/javascript; charset=utf-8"},
	{".mjs", "text/javascript; charset=utf-8"},
	{".css", "text/css; charset=utf-8"},
	{".json", "application/json"},
	{".svg", "image/svg+xml"},
	{".png", "image/png"},
	{".ico", "image/x-icon"},
	{".txt", "text/plain; charset=utf-8"},
	{".csv", "text/csv; charset=utf-8"},
	{".woff2", "font/woff2"},
	{".webmanifest", "application/manifest+json"},
};

static const char *type_of(const char *path)
{
	size_t pl = strlen(path);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
		size_t el = strlen(types[i].ext);
		if (pl > el && strcmp(path + pl - el, types[i].ext) == 0)
			return types[i].type;
	}
	return "application/octet-stream";
}

/* 0 when every segment of path ("/a/b.js") is a plain name. */
static int check_path(const char *path)
{
	if (path[0] != '/')
		return -1;
	for (const char *p = path + 1; *p;) {
		const char *end = strchr(p, '/');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == 0 || p[0] == '.')
			return -1; /* "//", ".", "..", ".hidden" */
		for (size_t i = 0; i < n; i++)
			if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f || p[i] == '\\')
				return -1;
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

static int read_all(int fd, size_t size, char **out)
{
	char *buf = malloc(size ? size : 1);
	size_t got = 0;
	if (!buf)
		return -1;
	while (got < size) {
		ssize_t k = read(fd, buf + got, size - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			free(buf);
			return -1;
		}
		got += (size_t)k;
	}
	*out = buf;
	return 0;
}

int static_file(const char *root, const char *path, struct reply *r)
{
	char want[PATH_MAX], real_root[PATH_MAX], real[PATH_MAX];
	if (check_path(path))
		return http_error(r, 400, "path: only plain names are served (no '..', '.', "
					  "empty or hidden segments)");
	/* "/" and "/dir/" name the folder's index.html */
	const char *index = path[strlen(path) - 1] == '/' ? "index.html" : "";
	if (!realpath(root, real_root))
		return http_error(r, 404, "not found: no web page is installed (%s)",
				  errno == ENOENT ? "the web folder does not exist"
						  : "the web folder cannot be read");
	int n = snprintf(want, sizeof want, "%s%s%s", real_root, path, index);
	if (n < 0 || (size_t)n >= sizeof want)
		return http_error(r, 404, "not found");
	if (!realpath(want, real))
		return http_error(r, 404, "not found");
	size_t rl = strlen(real_root);
	if (strncmp(real, real_root, rl) != 0 || real[rl] != '/')
		return http_error(r, 404, "not found"); /* a symlink out of the folder */
	int fd = open(real, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return http_error(r, 404, "not found");
	struct stat st;
	char *body = NULL;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return http_error(r, 404, "not found");
	}
	if ((unsigned long long)st.st_size > HTTP_MAX_STATIC_FILE) {
		close(fd);
		return http_error(r, 500, "file too large to serve");
	}
	int rc = read_all(fd, (size_t)st.st_size, &body);
	close(fd);
	if (rc)
		return http_error(r, 500, "cannot read the file");
	return http_body(r, type_of(real), body, (size_t)st.st_size, HTTP_MAX_AGE_STATIC);
}

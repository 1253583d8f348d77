/*
 * faultshim.c - an LD_PRELOAD library that makes one kind of call fail at its Nth
 * use, for tests/faults/run.py. INFORCE_FAULT says which:
 *   write:N   the Nth write to a regular file, and every later one, fail with
 *             ENOSPC (a disk that fills up stays full): write, pwrite, pwrite64
 *             and writev, as SQLite calls them (stdio's own writes are glibc's
 *             internal calls, not seen here);
 *   fsync:N   the Nth fsync or fdatasync fails with EIO (once);
 *   malloc:N  the Nth malloc, calloc or realloc returns NULL (once);
 *   count     nothing fails.
 * With INFORCE_FAULT_REPORT=FILE the counts of each kind (and whether the fault
 * was hit) are written to FILE when the process exits, so that the test learns
 * how many calls an operation makes and where to inject.
 *
 * Allocation goes through glibc's __libc_* entry points, so the shim never calls
 * dlsym (which allocates) from inside malloc. The counters are atomics: the server
 * calls from several threads. Only the test suite builds this; inforce does not
 * know it exists.
 */
/* both pwrite and pwrite64 are defined here: not the build's 64-bit aliasing */
#undef _FILE_OFFSET_BITS
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

enum kind { K_NONE, K_WRITE, K_FSYNC, K_MALLOC };

static enum kind fault_kind = K_NONE;
static long fault_at;
static atomic_long n_write, n_fsync, n_malloc;
static atomic_int hit;
static int armed; /* the environment was read */

static void arm(void)
{
	if (armed)
		return;
	armed = 1;
	const char *f = getenv("INFORCE_FAULT");
	if (!f)
		return;
	const char *colon = strchr(f, ':');
	if (!colon)
		return;
	fault_at = strtol(colon + 1, NULL, 10);
	if (strncmp(f, "write:", 6) == 0)
		fault_kind = K_WRITE;
	else if (strncmp(f, "fsync:", 6) == 0)
		fault_kind = K_FSYNC;
	else if (strncmp(f, "malloc:", 7) == 0)
		fault_kind = K_MALLOC;
}

__attribute__((constructor)) static void shim_init(void)
{
	arm();
}

__attribute__((destructor)) static void shim_report(void)
{
	const char *path = getenv("INFORCE_FAULT_REPORT");
	if (!path)
		return;
	char buf[160];
	int n = snprintf(buf, sizeof buf, "write %ld\nfsync %ld\nmalloc %ld\nhit %d\n",
			 atomic_load(&n_write), atomic_load(&n_fsync), atomic_load(&n_malloc),
			 atomic_load(&hit));
	FILE *f = fopen(path, "w");
	if (f) {
		fwrite(buf, 1, (size_t)n, f);
		fclose(f);
	}
}

static int regular(int fd)
{
	struct stat sb;
	return fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* Whether this write to fd must fail. */
static int write_fails(int fd)
{
	if (!regular(fd))
		return 0;
	long n = atomic_fetch_add(&n_write, 1) + 1;
	if (fault_kind == K_WRITE && n >= fault_at) {
		atomic_store(&hit, 1);
		errno = ENOSPC;
		return 1;
	}
	return 0;
}

static int fsync_fails(void)
{
	long n = atomic_fetch_add(&n_fsync, 1) + 1;
	if (fault_kind == K_FSYNC && n == fault_at) {
		atomic_store(&hit, 1);
		errno = EIO;
		return 1;
	}
	return 0;
}

static int malloc_fails(void)
{
	long n = atomic_fetch_add(&n_malloc, 1) + 1;
	if (fault_kind == K_MALLOC && n == fault_at) {
		atomic_store(&hit, 1);
		errno = ENOMEM;
		return 1;
	}
	return 0;
}

/* The next definition of a function (libc's), as POSIX says to take it from dlsym. */
#define NEXT(var, name)                                                                   \
	do {                                                                              \
		void *sym_ = dlsym(RTLD_NEXT, name);                                       \
		memcpy(&(var), &sym_, sizeof sym_);                                        \
	} while (0)

ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t (*next)(int, const void *, size_t);
	if (write_fails(fd))
		return -1;
	NEXT(next, "write");
	return next(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	ssize_t (*next)(int, const void *, size_t, off_t);
	if (write_fails(fd))
		return -1;
	NEXT(next, "pwrite");
	return next(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	ssize_t (*next)(int, const void *, size_t, off64_t);
	if (write_fails(fd))
		return -1;
	NEXT(next, "pwrite64");
	return next(fd, buf, n, off);
}

ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	ssize_t (*next)(int, const struct iovec *, int);
	if (write_fails(fd))
		return -1;
	NEXT(next, "writev");
	return next(fd, iov, cnt);
}

int fsync(int fd)
{
	int (*next)(int);
	if (fsync_fails())
		return -1;
	NEXT(next, "fsync");
	return next(fd);
}

int fdatasync(int fd)
{
	int (*next)(int);
	if (fsync_fails())
		return -1;
	NEXT(next, "fdatasync");
	return next(fd);
}

void *malloc(size_t n)
{
	if (armed && malloc_fails())
		return NULL;
	return __libc_malloc(n);
}

void *calloc(size_t a, size_t b)
{
	if (armed && malloc_fails())
		return NULL;
	return __libc_calloc(a, b);
}

void *realloc(void *p, size_t n)
{
	if (armed && malloc_fails())
		return NULL;
	return __libc_realloc(p, n);
}

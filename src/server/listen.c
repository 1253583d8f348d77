/*
 * listen.c - where the server listens: the strict parsing of --listen
 * ("127.0.0.1:8080", "[::1]:8080": numeric addresses only, never a name to
 * resolve) and --port, the defaults (127.0.0.1:8080), and the listening socket
 * itself, opened here so that a failure to bind is reported with its reason and
 * so that port 0 can report the port the kernel chose.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "http.h"
#include "inforce_site.h" /* INFORCE_WEBDIR: the dashboard's folder, as `inforce site` uses it */

int server_fail(inforce_error *err, enum inforce_errkind kind, const char *field,
		const char *fmt, ...)
{
	va_list ap;
	memset(err, 0, sizeof *err);
	err->kind = kind;
	snprintf(err->field, sizeof err->field, "%s", field ? field : "");
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

const char *server_default_web_dir(void)
{
	return INFORCE_WEBDIR;
}

void server_config_init(struct server_config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->family = AF_INET;
	cfg->addr[0] = 127;
	cfg->addr[3] = 1;
	cfg->port = 8080;
	cfg->web_dir = INFORCE_WEBDIR;
	cfg->today = INFORCE_DAY_NONE;
	cfg->threads = 2;
}

/* 1 to 5 decimal digits, at most 65535. */
static int parse_port(const char *s, unsigned *out)
{
	unsigned v = 0;
	size_t i = 0;
	for (; s[i] >= '0' && s[i] <= '9' && i < 5; i++)
		v = v * 10 + (unsigned)(s[i] - '0');
	if (i == 0 || s[i] || v > 65535)
		return -1;
	*out = v;
	return 0;
}

int server_parse_port(const char *text, struct server_config *cfg, inforce_error *err)
{
	if (parse_port(text, &cfg->port))
		return server_fail(err, INFORCE_EINPUT, "--port",
				   "'%s' is not a port number (0-65535; 0: any free port)", text);
	return 0;
}

int server_parse_listen(const char *text, struct server_config *cfg, inforce_error *err)
{
	char host[64];
	const char *port;
	int family;
	if (text[0] == '[') {
		const char *close = strchr(text, ']');
		if (!close || close[1] != ':' || (size_t)(close - text - 1) >= sizeof host)
			return server_fail(err, INFORCE_EINPUT, "--listen",
					   "'%s' is not [IPv6]:PORT", text);
		memcpy(host, text + 1, (size_t)(close - text - 1));
		host[close - text - 1] = '\0';
		port = close + 2;
		family = AF_INET6;
	} else {
		const char *colon = strrchr(text, ':');
		if (!colon || (size_t)(colon - text) >= sizeof host)
			return server_fail(err, INFORCE_EINPUT, "--listen",
					   "'%s' is not ADDRESS:PORT (e.g. 127.0.0.1:8080 or "
					   "[::1]:8080)",
					   text);
		memcpy(host, text, (size_t)(colon - text));
		host[colon - text] = '\0';
		port = colon + 1;
		family = AF_INET;
	}
	unsigned char addr[16];
	if (family == AF_INET && strchr(host, ':'))
		return server_fail(err, INFORCE_EINPUT, "--listen",
				   "'%s': an IPv6 address goes in brackets, [%s]:PORT", text, host);
	if (inet_pton(family, host, addr) != 1)
		return server_fail(err, INFORCE_EINPUT, "--listen",
				   "'%s' is not a numeric %s address", host,
				   family == AF_INET ? "IPv4" : "IPv6");
	unsigned p;
	if (parse_port(port, &p))
		return server_fail(err, INFORCE_EINPUT, "--listen",
				   "'%s' is not a port number (0-65535; 0: any free port)", port);
	cfg->family = family;
	memcpy(cfg->addr, addr, family == AF_INET ? 4 : 16);
	cfg->port = p;
	return 0;
}

int listen_open(const struct server_config *cfg, int *fd_out, unsigned *port,
		inforce_error *err)
{
	struct sockaddr_storage ss;
	socklen_t len;
	memset(&ss, 0, sizeof ss);
	if (cfg->family == AF_INET6) {
		struct sockaddr_in6 *a = (struct sockaddr_in6 *)&ss;
		a->sin6_family = AF_INET6;
		a->sin6_port = htons((uint16_t)cfg->port);
		memcpy(&a->sin6_addr, cfg->addr, 16);
		len = sizeof *a;
	} else {
		struct sockaddr_in *a = (struct sockaddr_in *)&ss;
		a->sin_family = AF_INET;
		a->sin_port = htons((uint16_t)cfg->port);
		memcpy(&a->sin_addr, cfg->addr, 4);
		len = sizeof *a;
	}
	int fd = socket(cfg->family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	if (fd < 0)
		return server_fail(err, INFORCE_ERUNTIME, "--listen", "cannot open a socket: %s",
				   strerror(errno));
	int on = 1;
	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on) != 0 ||
	    (cfg->family == AF_INET6 &&
	     setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on) != 0) ||
	    bind(fd, (struct sockaddr *)&ss, len) != 0 || listen(fd, 128) != 0) {
		int e = errno;
		close(fd);
		return server_fail(err, INFORCE_ERUNTIME, "--listen", "cannot listen there: %s",
				   strerror(e));
	}
	len = sizeof ss;
	if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0) {
		int e = errno;
		close(fd);
		return server_fail(err, INFORCE_ERUNTIME, "--listen", "getsockname: %s", strerror(e));
	}
	*port = ntohs(cfg->family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
					      : ((struct sockaddr_in *)&ss)->sin_port);
	*fd_out = fd;
	return 0;
}

/*
 * guard.c - a deadline for each request. libmicrohttpd closes a connection that
 * stays silent for its idle timeout, but a client that sends one header line a
 * second is never silent, and can hold a connection for as long as the header
 * memory lasts. The guard gives every request a deadline: its line and headers
 * (and a write's body) must arrive within GUARD_WAIT_S seconds of the connection
 * opening or of the previous answer being sent. The main thread sweeps every few
 * seconds and shuts down the connections past their deadline, unless bytes the
 * client sent wait unread (then the server is the slow one); libmicrohttpd then
 * sees the socket end and closes the connection as it would any other.
 *
 * Ownership: the guard owns one `struct watch` per open connection, linked in a
 * list under the guard's lock; libmicrohttpd holds a pointer to it as the
 * connection's socket context. A watch is unlinked and freed when libmicrohttpd
 * says the connection is closed, which it says before it closes the socket, so a
 * sweep (which holds the lock) never shuts down a descriptor that was reused.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>

#include "guard.h"

struct watch {
	struct watch *prev, *next;
	int fd;
	time_t deadline; /* 0: the server is at work on the request, no deadline */
};

struct guard {
	pthread_mutex_t lock;
	struct watch *head;
	unsigned wait_s;
	unsigned long cut; /* connections shut down so far */
};

static time_t now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec;
}

struct guard *guard_new(unsigned wait_s)
{
	struct guard *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	if (pthread_mutex_init(&g->lock, NULL) != 0) {
		free(g);
		return NULL;
	}
	g->wait_s = wait_s;
	return g;
}

void guard_free(struct guard *g)
{
	if (!g)
		return;
	for (struct watch *w = g->head, *next; w; w = next) {
		next = w->next;
		free(w);
	}
	pthread_mutex_destroy(&g->lock);
	free(g);
}

void guard_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
		  enum MHD_ConnectionNotificationCode code)
{
	struct guard *g = cls;
	if (code == MHD_CONNECTION_NOTIFY_STARTED) {
		const union MHD_ConnectionInfo *ci =
			MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CONNECTION_FD);
		struct watch *w = ci ? calloc(1, sizeof *w) : NULL;
		*socket_context = w;
		if (!w)
			return; /* not watched: the idle timeout still holds */
		w->fd = ci->connect_fd;
		w->deadline = now_s() + g->wait_s;
		pthread_mutex_lock(&g->lock);
		w->next = g->head;
		if (g->head)
			g->head->prev = w;
		g->head = w;
		pthread_mutex_unlock(&g->lock);
		return;
	}
	struct watch *w = *socket_context;
	if (!w)
		return;
	pthread_mutex_lock(&g->lock);
	if (w->prev)
		w->prev->next = w->next;
	else
		g->head = w->next;
	if (w->next)
		w->next->prev = w->prev;
	pthread_mutex_unlock(&g->lock);
	free(w);
	*socket_context = NULL;
}

/* Sets the deadline of the connection's watch (0: none). */
static void set_deadline(struct guard *g, struct MHD_Connection *conn, time_t deadline)
{
	const union MHD_ConnectionInfo *ci =
		MHD_get_connection_info(conn, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
	struct watch *w = ci ? ci->socket_context : NULL;
	if (!w)
		return;
	pthread_mutex_lock(&g->lock);
	w->deadline = deadline;
	pthread_mutex_unlock(&g->lock);
}

void guard_working(struct guard *g, struct MHD_Connection *conn)
{
	set_deadline(g, conn, 0);
}

void guard_waiting(struct guard *g, struct MHD_Connection *conn, unsigned extra_s)
{
	set_deadline(g, conn, now_s() + g->wait_s + extra_s);
}

unsigned guard_sweep(struct guard *g)
{
	unsigned n = 0;
	time_t now = now_s();
	pthread_mutex_lock(&g->lock);
	for (struct watch *w = g->head; w; w = w->next) {
		if (!w->deadline || now <= w->deadline)
			continue;
		/* bytes the client sent that the server has not read yet: the delay is
		 * the server's (its worker busy), not the client's; look again later */
		int pending = 0;
		if (ioctl(w->fd, FIONREAD, &pending) == 0 && pending > 0)
			continue;
		shutdown(w->fd, SHUT_RDWR);
		w->deadline = 0; /* once: libmicrohttpd closes it */
		n++;
	}
	g->cut += n;
	pthread_mutex_unlock(&g->lock);
	return n;
}

/*
 * guard.h - a deadline for each request (guard.c): a client must send a whole
 * request within the guard's time, or its connection is shut down at the next sweep.
 */
#ifndef INFORCE_GUARD_H
#define INFORCE_GUARD_H

#include <microhttpd.h>

struct guard;

/* A guard giving each request wait_s seconds to arrive. NULL: out of memory. */
struct guard *guard_new(unsigned wait_s);
/* Frees it, with any watch left (after the daemon stopped). NULL is fine. */
void guard_free(struct guard *g);
/* libmicrohttpd's MHD_OPTION_NOTIFY_CONNECTION callback (cls: the guard): watches
 * each connection from its start, forgets it when it closes. */
void guard_notify(void *cls, struct MHD_Connection *conn, void **socket_context,
		  enum MHD_ConnectionNotificationCode code);
/* The request is in and the server is at work on it: no deadline until its answer
 * is sent. */
void guard_working(struct guard *g, struct MHD_Connection *conn);
/* The server waits for the client again (the answer was sent, or a write's body
 * comes): the deadline is wait_s + extra_s seconds from now. */
void guard_waiting(struct guard *g, struct MHD_Connection *conn, unsigned extra_s);
/* Shuts down each connection past its deadline. How many. */
unsigned guard_sweep(struct guard *g);

#endif

#!/bin/sh
# bench/load.sh - a bounded load test of `inforce serve` with wrk, on 127.0.0.1 only.
#
#   bench/load.sh [PATH]      default PATH: /api/v1/status/ccm?on=2025-03-06
#
# Makes a scratch store from the bundled data, starts the server on a free port of
# 127.0.0.1, runs `wrk -t2 -c32 -d10s --latency` against PATH, prints requests/s,
# the latency percentiles (p50, p90, p99) and the errors, and stops the server.
# Settings (environment): DURATION (10s), CONNECTIONS (32), WRK_THREADS (2),
# SERVER_THREADS (2), GZIP (1: send Accept-Encoding: gzip), BUILD (build).
# wrk comes from Debian's package of that name, installed here when missing.
set -eu

cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
SERVER_THREADS=${SERVER_THREADS:-2}
URLPATH=${1:-/api/v1/status/ccm?on=2025-03-06}

case "$URLPATH" in
/*) ;;
*) echo "load.sh: PATH must start with /" >&2; exit 2 ;;
esac

if ! command -v wrk >/dev/null 2>&1; then
	echo "load.sh: installing wrk (Debian package)" >&2
	SUDO=""
	[ "$(id -u)" -ne 0 ] && SUDO=sudo
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
[ -x "$BUILD/inforce" ] || { echo "load.sh: no $BUILD/inforce; run make first" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/inforce-load.XXXXXX")
pid=""
# Stops the server: SIGTERM, then SIGKILL if it has not gone within 30 s.
stop_server() {
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null || true
	for _ in $(seq 1 300); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	pid=""
}
cleanup() {
	stop_server
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

INFORCE_DATA="$(pwd)/data" "$BUILD/inforce" --db "$tmp/load.db" init >/dev/null
: >"$tmp/server.out"
"$BUILD/inforce" --db "$tmp/load.db" serve --listen 127.0.0.1:0 --threads "$SERVER_THREADS" \
	>"$tmp/server.out" 2>"$tmp/server.err" &
pid=$!

port=""
for _ in $(seq 1 300); do
	port=$(sed -n 's|^inforce: serving http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$tmp/server.out" || true)
	[ -n "$port" ] && break
	kill -0 "$pid" 2>/dev/null || { cat "$tmp/server.err" >&2; exit 1; }
	sleep 0.1
done
[ -n "$port" ] || { echo "load.sh: the server did not start" >&2; exit 1; }
head -1 "$tmp/server.out"

# CPU seconds (user + system) the server has used: fields 14 and 15 of /proc/PID/stat
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$pid/stat"; }

url="http://127.0.0.1:$port$URLPATH"
set -- -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency
[ "${GZIP:-0}" = 1 ] && set -- "$@" -H "Accept-Encoding: gzip"
echo "wrk $* $url"
cpu0=$(cpu)
timeout 300 wrk "$@" "$url" >"$tmp/wrk.txt"
cpu1=$(cpu)

awk -v cpu0="$cpu0" -v cpu1="$cpu1" -v load="$(cut -d' ' -f1-3 /proc/loadavg)" '
	/Requests\/sec:/ { rps = $2 }
	/Transfer\/sec:/ { tps = $2 }
	/^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
	/requests in/ { total = $1 }
	/Socket errors:/ { sock = $0; sub(/^ +/, "", sock) }
	/Non-2xx or 3xx responses:/ { non2xx = $NF }
	END {
		printf "requests/s: %s (%s requests, %s/s)\n", rps, total, tps
		printf "latency: p50 %s, p90 %s, p99 %s\n", p50, p90, p99
		printf "errors: %s; non-2xx/3xx: %s\n", sock == "" ? "no socket errors" : sock, non2xx == "" ? 0 : non2xx
		total += 0
		if (total > 0)
			printf "server CPU: %.2f s, %.1f us per request; load average after: %s\n", cpu1 - cpu0, (cpu1 - cpu0) * 1e6 / total, load
	}' "$tmp/wrk.txt"

kill -TERM "$pid"
rc=0
wait "$pid" || rc=$?
pid=""
if [ "$rc" -ne 0 ] || [ -s "$tmp/server.err" ]; then
	echo "load.sh: the server exited $rc; its stderr:" >&2
	cat "$tmp/server.err" >&2
	exit 1
fi

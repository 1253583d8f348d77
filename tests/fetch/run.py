#!/usr/bin/env python3
"""inforce fetch against a local server on 127.0.0.1 that replays the 30 recorded
UN Treaty Collection pages at their real paths
(/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26&clang=_en) and, on
request, misbehaves: 304 on a matching ETag, 404, 429 with Retry-After, 500 then
200, 500 for good, a slow trickle, a truncated body, an oversized body, a redirect
to another host, a redirect on the same host, and a page that is not a status page.
After every failure the store must be byte for byte what it was.

It also prints the time to fetch all 30 pages with --delay 0 (bench/RESULTS.md).

usage: run.py INFORCE DATADIR
"""
import hashlib
import http.server
import os
import shutil
import socketserver
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402

HTML_DIR_NAME = "untc-html-2026-02-03"


class State:
    def __init__(self, pages):
        self.pages = pages          # ref -> bytes
        self.modes = {}             # ref -> mode
        self.hits = {}              # ref -> requests seen
        self.agents = set()
        self.port = 0
        self.lock = threading.Lock()


def make_handler(st):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def send_page(self, body, etag=None, length=None):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body) if length is None else length))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", "Tue, 03 Feb 2026 15:16:18 GMT")
            self.end_headers()
            self.wfile.write(body)

        def simple(self, code, headers=(), body=b""):
            self.send_response(code)
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            q = urllib.parse.parse_qs(url.query)
            st.agents.add(self.headers.get("User-Agent", ""))
            if url.path != "/Pages/ViewDetails.aspx" or q.get("src") != ["TREATY"]:
                return self.simple(404, body=b"not found")
            ref = q.get("mtdsg_no", [""])[0]
            with st.lock:
                mode = st.modes.get(ref, "ok")
                n = st.hits[ref] = st.hits.get(ref, 0) + 1
            body = st.pages.get(ref)
            if body is None or mode == "404":
                return self.simple(404, body=b"<html><body>Not found</body></html>")
            etag = '"%s"' % hashlib.sha256(body).hexdigest()[:16]
            if mode == "429once" and n == 1:
                return self.simple(429, [("Retry-After", "1")])
            if mode == "500once" and n == 1:
                return self.simple(500)
            if mode == "500always":
                return self.simple(500)
            if mode == "redirect-other":
                return self.simple(302, [("Location", "http://127.0.0.2:%d%s" % (st.port, self.path))])
            if mode == "redirect-same" and "moved" not in q:
                return self.simple(301, [("Location", self.path + "&moved=1")])
            if mode == "notstatus":
                return self.send_page(b"<!DOCTYPE html><html><body><form action='./Search.aspx'>"
                                      b"<p>No treaty matches your search.</p></form></body></html>")
            if mode == "truncated":
                self.send_page(body[: len(body) // 2], etag, length=len(body))
                self.close_connection = True
                return
            if mode == "big":
                big = body + b"<!--" + b"x" * (17 << 20) + b"-->"
                return self.send_page(big)
            if mode == "slow":
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    for i in range(0, 40):
                        self.wfile.write(body[i:i + 1])
                        self.wfile.flush()
                        time.sleep(0.25)
                except OSError:
                    pass
                self.close_connection = True
                return
            if self.headers.get("If-None-Match") == etag:
                return self.simple(304, [("ETag", etag)])
            return self.send_page(body, etag)

    return Handler


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        # a client that gives up on purpose (a page over the size cap, a trickle cut
        # off) resets its connection: expected, not worth a trace
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    inforce, datadir = sys.argv[1], sys.argv[2]
    html = os.path.join(datadir, HTML_DIR_NAME)
    pages = {}
    for name in sorted(os.listdir(html)):
        if name.endswith(".en.html"):
            with open(os.path.join(html, name), "rb") as f:
                pages[name[: -len(".en.html")]] = f.read()
    assert len(pages) == 30, len(pages)
    st = State(pages)
    srv = Server(("127.0.0.1", 0), make_handler(st))
    st.port = srv.server_address[1]
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:%d" % st.port
    tmp = tempfile.mkdtemp(prefix="inforce-fetch-")
    failures = []
    try:
        db = os.path.join(tmp, "store.db")
        cache = os.path.join(tmp, "cache")
        os.mkdir(cache)
        env = dict(os.environ, INFORCE_TODAY="2026-12-05")

        def run(*args, timeout=120):
            return subprocess.run([inforce, "--db", db, "--data", datadir, *args], env=env,
                                  capture_output=True, text=True, timeout=timeout)

        r = bundle_store(inforce, db, dict(env, INFORCE_DATA=datadir))
        assert r.returncode == 0, r.stderr

        def check(name, cond, detail=""):
            print(("ok   " if cond else "FAIL ") + name + ("" if cond else ": " + detail))
            if not cond:
                failures.append(name)

        def fetch(*args, timeout=120):
            return run("fetch", "--base-url", base, "--delay", "0", *args, timeout=timeout)

        # 1. a page, then the same page again: 304, nothing written
        r = fetch("XXVI-6", "--cache", cache)
        check("200 imported", r.returncode == 0 and "XXVI-6     imported" in r.stdout,
              r.stdout + r.stderr)
        check("cache kept", os.path.exists(os.path.join(cache, "XXVI-6.en.html")) and
              os.path.exists(os.path.join(cache, "XXVI-6.en.html.meta")))
        check("user agent names inforce", any(a.startswith("inforce/") for a in st.agents),
              repr(st.agents))
        before = digest(db)
        r = fetch("XXVI-6")
        check("304 not modified", r.returncode == 0 and "not modified (304)" in r.stdout,
              r.stdout + r.stderr)
        check("304 leaves the store as it was", digest(db) == before)
        r = run("records", "ccm")
        check("the fetched page is a record", base in r.stdout, r.stdout)

        # 2. failures: each changes nothing and is reported, exit 1
        cases = [
            ("404", "XXVI-8", [], "answered 404"),
            ("500always", "XXVI-8", ["--retries", "1"], "answered 500 2 times"),
            ("slow", "XXVI-8", ["--timeout", "3"], "timed out"),
            ("truncated", "XXVI-8", [], "cut short"),
            ("big", "XXVI-8", [], "larger than the limit"),
            ("redirect-other", "XXVI-8", [], "another host refused"),
            ("notstatus", "XXVI-8", [], "not a UN Treaty Collection status page"),
        ]
        for mode, ref, extra, text in cases:
            st.modes = {ref: mode}
            st.hits = {}
            before = digest(db)
            t0 = time.time()
            r = fetch(ref, "--cache", cache, *extra)
            took = time.time() - t0
            check("%s refused (exit 1, '%s')" % (mode, text),
                  r.returncode == 1 and text in r.stdout, r.stdout + r.stderr)
            check("%s leaves the store byte for byte" % mode, digest(db) == before)
            check("%s leaves no cache file" % mode,
                  not os.path.exists(os.path.join(cache, ref + ".en.html")))
            check("%s bounded in time (%.1f s)" % (mode, took), took < 30)
        # a reference that is not a reference
        before = digest(db)
        r = fetch("not-a-ref")
        check("bad reference refused", r.returncode == 1 and "not an MTDSG reference" in r.stdout,
              r.stdout + r.stderr)
        check("bad reference leaves the store", digest(db) == before)

        # 3. transient errors are retried, honouring Retry-After
        for mode, ref in (("429once", "XXVI-8"), ("500once", "XXVI-9")):
            st.modes = {ref: mode}
            st.hits = {}
            t0 = time.time()
            r = fetch(ref, "--retries", "2")
            took = time.time() - t0
            check("%s retried and imported" % mode,
                  r.returncode == 0 and "imported" in r.stdout and st.hits.get(ref) == 2,
                  r.stdout + r.stderr + repr(st.hits))
            if mode == "429once":
                check("Retry-After honoured (%.1f s >= 1 s)" % took, took >= 1.0)
        st.modes = {"XXVI-5": "redirect-same"}
        r = fetch("XXVI-5")
        check("redirect on the same host followed", r.returncode == 0 and "imported" in r.stdout,
              r.stdout + r.stderr)

        # 4. the whole set, no delay: the figure for bench/RESULTS.md (plain build
        # only, INFORCE_FETCH_ALL=1: under ASan the bundle unit test imports them)
        if os.environ.get("INFORCE_FETCH_ALL", "1") != "1":
            print("# the fetch of all 30 pages: in the plain build")
        else:
            st.modes = {}
            shutil.copy(db, db + ".again")
            r = bundle_store(inforce, db, dict(env, INFORCE_DATA=datadir))
            assert r.returncode == 0, r.stderr
            t0 = time.time()
            r = fetch(*sorted(pages), timeout=600)
            took = time.time() - t0
            check("30 pages fetched", r.returncode == 0 and "30 pages: 30 imported" in r.stdout,
                  r.stdout[-2000:] + r.stderr)
            total = sum(len(b) for b in pages.values())
            print("fetch: 30 pages, %.1f MB, --delay 0: %.2f s wall" % (total / 1e6, took))
        # politeness by default: one request a second
        t0 = time.time()
        r = run("fetch", "--base-url", base, "XXVI-6", "XXVI-9", "XXVI-8")
        took = time.time() - t0
        check("default delay spaces requests (%.1f s for 3)" % took, took >= 2.0)
    finally:
        srv.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("%d failed" % len(failures))
        sys.exit(1)
    print("all fetch checks passed")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""bench/writes.py - single-row writes through the API while clients read.

Starts `inforce serve --write` on a copy of STORE (a store of the bundle), makes a
token, and while READERS threads ask /api/v1/status/ccm in a loop, POSTs N
single-row CSV writes one after another (a signature by a state that has no act on
the treaty: the CCM's first, then the Mine Ban Treaty's, the ATT's...). Readers and
the writer keep their connections open, as a client library does. Prints the writes a second, the median and worst write latency, and the
reads answered meanwhile with their statuses. Every read must answer 200, and the
signatory count a reader sees must never go down or jump past the writes made
(no half-applied write).

usage: bench/writes.py INFORCE STORE [N [READERS [RATE]]]

RATE: reads a second each reader makes (0, the default: as many as it can, one
after another: closed-loop clients that take every core they get)."""
import http.client
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

inforce, store = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
nreaders = int(sys.argv[4]) if len(sys.argv) > 4 else 4
rate = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
tmp = tempfile.mkdtemp(prefix="inforce-writes-")
db = os.path.join(tmp, "w.db")
shutil.copyfile(store, db)
token = subprocess.run([inforce, "--db", db, "token", "add", "bench"], capture_output=True,
                       text=True, check=True).stdout.split()
token = [w for w in token if len(w) == 64][0]
p = subprocess.Popen([inforce, "--db", db, "serve", "--write", "--port", "0"],
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    line = p.stdout.readline()
    url = line[line.index("http://"):].split()[0].rstrip("/")

    host, port = url[len("http://"):].split(":")

    def get(path, conn=None):
        c = conn or http.client.HTTPConnection(host, int(port), timeout=60)
        c.request("GET", path)
        r = c.getresponse()
        body = json.loads(r.read())
        if not conn:
            c.close()
        return r.status, body
    _, states = get("/api/v1/states")
    pairs = []
    for treaty in ("CCM", "APMBT", "ATT", "CTBT", "CWC", "BWC", "NPT"):
        _, status = get(f"/api/v1/status/{treaty.lower()}")
        acted = {x["iso3"] for x in status["states"]}
        pairs += [(treaty, x["iso3"]) for x in states["states"]
                  if x["iso3"] not in acted and x.get("kind", "state") == "state"]
    pairs = pairs[:n]
    ccm_writes = sum(1 for t, _ in pairs if t == "CCM")
    first = get("/api/v1/status/ccm")[1]["counts"]["signatories"]
    stop = multiprocessing.Event()
    results = multiprocessing.Queue()

    def reader():
        c = http.client.HTTPConnection(host, int(port), timeout=60)
        mine, next_at = [], time.monotonic()
        while not stop.is_set():
            st, body = get("/api/v1/status/ccm", c)
            mine.append((st, body["counts"]["signatories"]))
            if rate:
                next_at += 1 / rate
                stop.wait(max(0.0, next_at - time.monotonic()))
        c.close()
        results.put(mine)
    # processes, not threads: each client its own interpreter, as separate clients
    # are (threads would share one lock with the writer and slow it down)
    readers = [multiprocessing.Process(target=reader) for _ in range(nreaders)]
    for t in readers:
        t.start()
    time.sleep(0.5 if nreaders else 0)  # the readers started and reading
    lat = []
    w = http.client.HTTPConnection(host, int(port), timeout=60)
    t0 = time.monotonic()
    for k, (treaty, iso3) in enumerate(pairs):
        body = ("treaty,state_name,iso3,action,date,effective_date,source,notes\n"
                f"{treaty},,{iso3},signature,2026-11-{1 + k % 28:02d},,bench write {k},\n").encode()
        a = time.monotonic()
        w.request("POST", "/api/v1/import", body=body,
                  headers={"Content-Type": "text/csv", "Authorization": "Bearer " + token})
        r = w.getresponse()
        r.read()
        assert r.status == 201, r.status
        lat.append(time.monotonic() - a)
    took = time.monotonic() - t0
    stop.set()
    seen = [x for _ in readers for x in results.get()]
    for t in readers:
        t.join()
    assert all(st == 200 for st, _ in seen)
    assert all(first <= c <= first + ccm_writes for _, c in seen), "a read saw a partial state"
    print(f"{len(pairs)} single-row writes in {took:.2f} s: {len(pairs) / took:.1f} writes/s; "
          f"latency median {statistics.median(lat) * 1000:.0f} ms, worst {max(lat) * 1000:.0f} ms; "
          f"{len(seen)} reads by {nreaders} clients meanwhile"
          f"{f' ({rate:g} a second each)' if rate else ''}, all 200")
finally:
    p.terminate()
    p.wait()
    shutil.rmtree(tmp, ignore_errors=True)

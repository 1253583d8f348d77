#!/usr/bin/env python3
"""bench/writes.py - single-row writes through the API while clients read.

Starts `inforce serve --write` on a copy of STORE (a store of the bundle), makes a
token, and while READERS threads ask /api/v1/status/ccm in a loop, POSTs N
single-row CSV writes one after another (a CCM signature by each state that has no
CCM act). Prints the writes a second, the median and worst write latency, and the
reads answered meanwhile with their statuses. Every read must answer 200, and the
signatory count a reader sees must never go down or jump past the writes made
(no half-applied write).

usage: bench/writes.py INFORCE STORE [N [READERS]]"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

inforce, store = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
nreaders = int(sys.argv[4]) if len(sys.argv) > 4 else 4
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

    def get(path):
        with urllib.request.urlopen(url + path, timeout=60) as r:
            return r.status, json.loads(r.read())
    _, status = get("/api/v1/status/ccm")
    acted = {x["iso3"] for x in status["states"]}
    _, states = get("/api/v1/states")
    free = [x["iso3"] for x in states["states"]
            if x["iso3"] not in acted and x.get("kind", "state") == "state"][:n]
    first = status["counts"]["signatories"]
    stop, lock, seen = threading.Event(), threading.Lock(), []

    def reader():
        while not stop.is_set():
            st, body = get("/api/v1/status/ccm")
            with lock:
                seen.append((st, body["counts"]["signatories"]))
    readers = [threading.Thread(target=reader) for _ in range(nreaders)]
    for t in readers:
        t.start()
    lat = []
    t0 = time.monotonic()
    for k, iso3 in enumerate(free):
        body = ("treaty,state_name,iso3,action,date,effective_date,source,notes\n"
                f"CCM,,{iso3},signature,2026-11-{1 + k % 28:02d},,bench write {k},\n").encode()
        req = urllib.request.Request(url + "/api/v1/import", data=body, method="POST",
                                     headers={"Content-Type": "text/csv",
                                              "Authorization": "Bearer " + token})
        a = time.monotonic()
        with urllib.request.urlopen(req, timeout=60) as r:
            assert r.status == 201, r.status
        lat.append(time.monotonic() - a)
    took = time.monotonic() - t0
    stop.set()
    for t in readers:
        t.join()
    assert all(st == 200 for st, _ in seen)
    assert all(first <= c <= first + len(free) for _, c in seen), "a read saw a partial state"
    print(f"{len(free)} single-row writes in {took:.2f} s: {len(free) / took:.1f} writes/s; "
          f"latency median {statistics.median(lat) * 1000:.0f} ms, worst {max(lat) * 1000:.0f} ms; "
          f"{len(seen)} reads by {nreaders} clients meanwhile, all 200")
finally:
    p.terminate()
    p.wait()
    shutil.rmtree(tmp, ignore_errors=True)

#!/usr/bin/env python3
"""bench/writes.py - single-row writes through the API while clients read.

Starts `inforce serve --write` on a copy of STORE, makes a token, and while READERS
clients ask for the first treaty's status in a loop, POSTs N single-row CSV writes
one after another: a signature by a state that has no act on the treaty, the first
treaty's states first, then the next treaty's. The treaties: the CCM, the Mine Ban
Treaty, the ATT... when the store holds them (the bundle), else the store's first
ones (a synthetic corpus of bench/gen). Readers are processes, as separate clients
are, and they and the writer keep their connections open, as a client library does.

Prints the writes a second, the median and worst write latency, and the reads
answered meanwhile. Every read must answer 200, and the signatory count a reader
sees must never go down or pass the writes made to that treaty (no half-applied
write); the run stops with an error otherwise.

usage: bench/writes.py [--json] INFORCE STORE [N [READERS [RATE]]]

RATE: reads a second each reader makes (0, the default: as many as it can, one
after another: closed-loop clients that take every core they get, the server's
included). --json prints the figures as one JSON object."""
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

PREFERRED = ("CCM", "APMBT", "ATT", "CTBT", "CWC", "BWC", "NPT")


def get(host, port, path, conn=None):
    c = conn or http.client.HTTPConnection(host, port, timeout=120)
    c.request("GET", path)
    r = c.getresponse()
    body = json.loads(r.read())
    if not conn:
        c.close()
    return r.status, body


def reader(host, port, path, rate, stop, results):
    c = http.client.HTTPConnection(host, port, timeout=120)
    mine, next_at = [], time.monotonic()
    while not stop.is_set():
        st, body = get(host, port, path, c)
        mine.append((st, body["counts"]["signatories"] if st == 200 else -1))
        if rate:
            next_at += 1 / rate
            stop.wait(max(0.0, next_at - time.monotonic()))
    c.close()
    results.put(mine)


def pairs_to_write(host, port, n):
    """(treaty, iso3) pairs: states without an act on the treaty."""
    ids = [t["id"] for t in get(host, port, "/api/v1/treaties")[1]["treaties"]]
    upper = {t.upper(): t for t in ids}
    order = [upper[p] for p in PREFERRED if p in upper] or ids
    states = [x["iso3"] for x in get(host, port, "/api/v1/states")[1]["states"]
              if x.get("kind", "state") == "state"]
    pairs = []
    for t in order:
        if len(pairs) >= n:
            break
        acted = {x["iso3"] for x in get(host, port, f"/api/v1/status/{t}")[1]["states"]}
        pairs += [(t, s) for s in states if s not in acted]
    return pairs[:n]


def run(inforce, store, n=40, nreaders=4, rate=0.0):
    tmp = tempfile.mkdtemp(prefix="inforce-writes-")
    db = os.path.join(tmp, "w.db")
    shutil.copyfile(store, db)
    out = subprocess.run([inforce, "--db", db, "token", "add", "bench"], capture_output=True,
                         text=True, check=True).stdout.split()
    token = [w for w in out if len(w) == 64][0]
    p = subprocess.Popen([inforce, "--db", db, "serve", "--write", "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = p.stdout.readline()
        url = line[line.index("http://"):].split()[0].rstrip("/")
        host, port = url[len("http://"):].split(":")
        port = int(port)
        pairs = pairs_to_write(host, port, n)
        first_treaty = pairs[0][0]
        path = f"/api/v1/status/{first_treaty}"
        ccm_writes = sum(1 for t, _ in pairs if t == first_treaty)
        first = get(host, port, path)[1]["counts"]["signatories"]
        stop, results = multiprocessing.Event(), multiprocessing.Queue()
        readers = [multiprocessing.Process(target=reader,
                                           args=(host, port, path, rate, stop, results))
                   for _ in range(nreaders)]
        for r in readers:
            r.start()
        time.sleep(0.5 if nreaders else 0)  # the readers started and reading
        lat = []
        w = http.client.HTTPConnection(host, port, timeout=120)
        t0 = time.monotonic()
        for k, (treaty, iso3) in enumerate(pairs):
            body = ("treaty,state_name,iso3,action,date,effective_date,source,notes\n"
                    f"{treaty},,{iso3},signature,2026-11-{1 + k % 28:02d},,bench write {k},\n")
            a = time.monotonic()
            w.request("POST", "/api/v1/import", body=body.encode(),
                      headers={"Content-Type": "text/csv", "Authorization": "Bearer " + token})
            r = w.getresponse()
            text = r.read()
            if r.status != 201:
                raise SystemExit(f"bench/writes.py: write {k} answered {r.status}: {text[:300]}")
            lat.append(time.monotonic() - a)
        took = time.monotonic() - t0
        stop.set()
        seen = [x for _ in readers for x in results.get()]
        for r in readers:
            r.join()
        if not all(st == 200 for st, _ in seen):
            raise SystemExit("bench/writes.py: a read did not answer 200")
        if not all(first <= c <= first + ccm_writes for _, c in seen):
            raise SystemExit("bench/writes.py: a read saw a partial state")
        return {"writes": len(pairs), "seconds": took, "writes_per_second": len(pairs) / took,
                "median_latency": statistics.median(lat), "worst_latency": max(lat),
                "readers": nreaders, "read_rate": rate, "reads": len(seen),
                "treaties": sorted({t for t, _ in pairs})}
    finally:
        p.terminate()
        p.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def describe(r):
    each = f" ({r['read_rate']:g} a second each)" if r["read_rate"] else ""
    return (f"{r['writes']} single-row writes in {r['seconds']:.2f} s: "
            f"{r['writes_per_second']:.1f} writes/s; latency median "
            f"{r['median_latency'] * 1000:.0f} ms, worst {r['worst_latency'] * 1000:.0f} ms; "
            f"{r['reads']} reads by {r['readers']} clients meanwhile{each}, all 200")


def main():
    args = sys.argv[1:]
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    if len(args) < 2:
        raise SystemExit(__doc__)
    r = run(os.path.abspath(args[0]), os.path.abspath(args[1]),
            int(args[2]) if len(args) > 2 else 40, int(args[3]) if len(args) > 3 else 4,
            float(args[4]) if len(args) > 4 else 0.0)
    print(json.dumps(r) if as_json else describe(r))


if __name__ == "__main__":
    main()

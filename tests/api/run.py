#!/usr/bin/python3
"""Tests of the HTTP API (`inforce serve`) over real HTTP on 127.0.0.1.

Makes a store with `inforce init`, starts `inforce --db X serve --listen
127.0.0.1:0 --web W` (W: a scratch web folder with a page, a file, a hidden file
and symlinks that point out of it), reads the port from the first line, then:
  - every path of docs/openapi.json answers a good request with 200, the declared
    Content-Type and the common headers, and every JSON body validates against
    the path's response schema in that document (python3-jsonschema);
  - key facts (CCM on 2025-03-06: 111 deposited, Lithuania withdrawn), the
    iCalendar feed parses, the Atom feed and the SVG chart are XML, the CSV tables
    have the export columns;
  - bad requests get the right status and a JSON error body naming the problem:
    404 unknown treaty/state/group/table/path, 400 bad, missing, out-of-range,
    unknown or repeated parameters, 405 with Allow, 414, 431, 501; path traversal
    (plain, percent-encoded, through symlinks) never returns a file;
  - ETag and If-None-Match (304), gzip, HEAD and keep-alive;
  - on SIGTERM the server exits 0 with nothing on stderr.
INFORCE_TEST_WRAPPER (e.g. "valgrind --error-exitcode=99 -q") prefixes the
server's command, as in tests/cli/run.py; a complaint then shows in its exit
code or on its stderr.

usage: run.py INFORCE DATADIR
Prints `ok - name` / `not ok - name: why` per check, then 'N passed, M failed'."""
import csv
import gzip
import http.client
import io
import json
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402
import icalendar  # noqa: E402
import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
OPENAPI = os.path.join(HERE, "..", "..", "docs", "openapi.json")
API_MD = os.path.join(HERE, "..", "..", "docs", "api.md")
TIMEOUT = 300  # seconds for one request: generous, for valgrind

inforce, datadir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
env = dict(os.environ, INFORCE_DATA=datadir, INFORCE_TODAY="2026-11-29", NO_COLOR="1")
env.pop("INFORCE_DB", None)
passed = failed = 0
port = None
with open(OPENAPI, encoding="utf-8") as f:
    DOC = json.load(f)


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok - {name}", flush=True)
    except Exception as e:  # a failed check names itself and the run goes on
        failed += 1
        print(f"not ok - {name}: {type(e).__name__}: {e}", flush=True)


class Reply:
    def __init__(self, r):
        self.status = r.status
        self.headers = {k.lower(): v for k, v in r.getheaders()}
        self.body = r.read()

    def header(self, name):
        return self.headers.get(name.lower())

    def json(self):
        return json.loads(self.body.decode("utf-8"))


def request(path, method="GET", headers=None, body=None):
    """One request on a fresh connection; the path goes out exactly as given."""
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        c.request(method, path, body=body, headers=headers or {})
        return Reply(c.getresponse())
    finally:
        c.close()


def raw(data):
    """Sends bytes as they are and returns the whole answer (status line first)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return out
            out += chunk
    finally:
        s.close()


# ---------------------------------------------------------------- OpenAPI schemas

def resolve(pointer):
    node = DOC
    for part in pointer.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def to_jsonschema(node):
    """An OpenAPI 3.0 schema as plain JSON Schema: $ref inlined, nullable as a
    union with null."""
    if isinstance(node, list):
        return [to_jsonschema(x) for x in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return to_jsonschema(resolve(node["$ref"]))
    out = {}
    for k, v in node.items():
        if k == "nullable":
            continue
        if k in ("properties",):
            out[k] = {name: to_jsonschema(s) for name, s in v.items()}
        else:
            out[k] = to_jsonschema(v)
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


def schema_of(template, status="200", ctype="application/json", method="get"):
    resp = DOC["paths"][template][method]["responses"][status]
    if "$ref" in resp:
        resp = resolve(resp["$ref"])
    return to_jsonschema(resp["content"][ctype]["schema"])


def validate(value, schema):
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(value)


ERROR_SCHEMA = to_jsonschema({"$ref": "#/components/schemas/Error"})


# ---------------------------------------------------------------- good requests

def common_headers(r, max_age=60):
    assert r.header("ETag") and re.fullmatch(r'"[0-9a-f]{16}(-gz)?"', r.header("ETag")), \
        f"ETag {r.header('ETag')!r}"
    assert r.header("Cache-Control") == f"public, max-age={max_age}", r.header("Cache-Control")
    assert r.header("Vary") == "Accept-Encoding", r.header("Vary")
    assert r.header("X-Content-Type-Options") == "nosniff"
    csp = r.header("Content-Security-Policy") or ""
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp, csp
    assert r.header("Referrer-Policy"), "no Referrer-Policy"


def get_ok(template, url, ctype):
    r = request(url)
    assert r.status == 200, f"{url}: status {r.status}: {r.body[:300]!r}"
    assert (r.header("Content-Type") or "").split(";")[0] == ctype, \
        f"{url}: Content-Type {r.header('Content-Type')}"
    common_headers(r)
    assert int(r.header("Content-Length")) == len(r.body)
    if ctype == "application/json":
        body = r.json()
        validate(body, schema_of(template))
        return body
    return r.body


def facts_status():
    s = get_ok("/api/v1/status/{treaty}", "/api/v1/status/ccm?on=2025-03-06", "application/json")
    assert s["counts"]["deposited"] == 111, s["counts"]
    assert s["counts"]["signatories"] == 12 and s["counts"]["withdrawn"] == 1, s["counts"]
    ltu = [x for x in s["states"] if x["iso3"] == "LTU"][0]
    assert ltu["status"] == "withdrawn", ltu["status"]
    assert ltu["withdrawal"] == {"notified": "2024-09-06", "effective": "2025-03-06",
                                 "pending": False}, ltu["withdrawal"]
    s = get_ok("/api/v1/status/{treaty}", "/api/v1/status/XXVI-6?on=2025-03-05",
               "application/json")
    ltu = [x for x in s["states"] if x["iso3"] == "LTU"][0]
    assert s["counts"]["deposited"] == 112 and ltu["status"] == "party" and \
        ltu["withdrawal"]["pending"], (s["counts"], ltu["withdrawal"])
    # without `on`: today, which the test pins to 2026-11-29
    assert get_ok("/api/v1/status/{treaty}", "/api/v1/status/ccm", "application/json")["on"] \
        == "2026-11-29"


def facts_as_recorded():
    """The record as it stood on a past day: the same JSON as the CLI's --as-recorded."""
    url = "/api/v1/status/ccm?on=2025-03-06&as_recorded=2018-01-15"
    s = get_ok("/api/v1/status/{treaty}", url, "application/json")
    r = subprocess.run([inforce, "--db", DB[0], "status", "ccm", "--on",
                        "2025-03-06", "--as-recorded", "2018-01-15", "--format", "json"],
                       env=env, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert s == json.loads(r.stdout), "the API and the CLI differ"
    assert s["as_recorded"] == "2018-01-15" and s["counts"]["deposited"] == 102, s["counts"]
    now = request("/api/v1/status/ccm?on=2025-03-06").json()
    assert now["counts"]["deposited"] == 111 and now.get("as_recorded") is None, now["counts"]


def facts_treaties():
    t = get_ok("/api/v1/treaties", "/api/v1/treaties", "application/json")
    ccm = [x for x in t["treaties"] if x["id"] == "ccm"][0]
    assert ccm["entry_into_force"] == "2010-08-01" and ccm["instruments"] >= 30, ccm
    one = get_ok("/api/v1/treaties/{treaty}", "/api/v1/treaties/CCM", "application/json")
    assert one["id"] == "ccm" and one["entry_into_force"]["date"] == "2010-08-01"


def facts_changes():
    c = get_ok("/api/v1/changes/{treaty}", "/api/v1/changes/ccm", "application/json")
    last = c["states"]["LTU"]["changes"][-1]
    assert last["date"] == "2025-03-06" and last["status"] == "withdrawn", last


def facts_notes():
    n = get_ok("/api/v1/notes/{treaty}", "/api/v1/notes/ccm", "application/json")
    assert n["as_at"] == "2026-02-03" and n["notes"], n["as_at"]
    decl = get_ok("/api/v1/notes/{treaty}", "/api/v1/notes/ccm?state=LTU&kind=endnote",
                  "application/json")
    assert decl["notes"] and all(x["iso3"] == "LTU" and x["kind"] == "endnote"
                                 for x in decl["notes"]), decl["notes"][:2]
    assert any("withdraw" in x["text"] for x in decl["notes"])
    r = request("/api/v1/notes/ccm?kind=opinion")
    assert r.status == 400, r.status


def facts_states():
    s = get_ok("/api/v1/states", "/api/v1/states", "application/json")
    assert any(x["iso3"] == "LTU" for x in s["states"])
    one = get_ok("/api/v1/states/{state}", "/api/v1/states/LTU?on=2025-03-06",
                 "application/json")
    ccm = [x for x in one["treaties"] if x["treaty"] == "ccm"][0]
    assert ccm["status"] == "withdrawn"
    tur = get_ok("/api/v1/states/{state}", "/api/v1/states/T%C3%BCrkiye", "application/json")
    assert tur["iso3"] == "TUR", tur["iso3"]
    nld = get_ok("/api/v1/states/{state}",
                 "/api/v1/states/Netherlands%20(Kingdom%20of%20the)", "application/json")
    assert nld["iso3"] == "NLD", nld["iso3"]


def facts_explain():
    e = get_ok("/api/v1/explain/{treaty}/{state}", "/api/v1/explain/ccm/Lithuania?on=2025-03-06",
               "application/json")
    assert e["iso3"] == "LTU" and e["steps"], e


def facts_timeline():
    t = get_ok("/api/v1/timeline/{treaty}",
               "/api/v1/timeline/ccm?from=2010-01-01&to=2025-12-31&step=year", "application/json")
    assert len(t["points"]) == 16 and t["points"][0]["date"] == "2010-01-01", len(t["points"])
    t = get_ok("/api/v1/timeline/{treaty}", "/api/v1/timeline/ccm?from=2025-03-01&to=2025-03-31"
               "&step=day", "application/json")
    by = {p["date"]: p for p in t["points"]}
    assert by["2025-03-05"]["deposited"] == 112 and by["2025-03-06"]["deposited"] == 111


def facts_diff():
    d = get_ok("/api/v1/diff/{treaty}", "/api/v1/diff/ccm?from=2025-03-05&to=2025-03-06",
               "application/json")
    assert any(e["iso3"] == "LTU" and e["event"] == "withdrawal_effective" for e in d["events"])
    d = get_ok("/api/v1/diff", "/api/v1/diff?from=2025-01-01&to=2025-03-31", "application/json")
    assert d["from_after"] == "2025-01-01" and d["events"], d["from_after"]


def facts_groups():
    g = get_ok("/api/v1/groups", "/api/v1/groups?on=2025-03-06", "application/json")
    eu = [x for x in g["groups"] if x["group"] == "EU"][0]
    assert eu["members"] == 27, eu
    m = get_ok("/api/v1/groups/{group}/{treaty}", "/api/v1/groups/EU/ccm?on=2025-03-06",
               "application/json")
    assert m["members"] == 27 and m["in"] + m["out"] == 27, m
    assert [x["in"] for x in m["states"] if x["iso3"] == "LTU"] == [False]


def facts_firsts():
    f = get_ok("/api/v1/firsts", "/api/v1/firsts?action=withdrawal&treaty=ccm&limit=1",
               "application/json")
    assert len(f["firsts"]) == 1 and f["firsts"][0]["iso3"] == "LTU", f["firsts"]
    assert f["firsts"][0]["effective"] == "2025-03-06"
    f = get_ok("/api/v1/firsts", "/api/v1/firsts?action=withdrawal&group=EU&limit=0",
               "application/json")
    assert f["group"] == "EU" and f["firsts"]


def facts_upcoming():
    u = get_ok("/api/v1/upcoming", "/api/v1/upcoming?from=2025-01-01&days=120",
               "application/json")
    assert u["to"] == "2025-05-01", u["to"]
    assert any(e["iso3"] == "LTU" and e["date"] == "2025-03-06" for e in u["events"])


def feeds():
    raw_ics = get_ok("/api/v1/upcoming.ics", "/api/v1/upcoming.ics?from=2025-01-01&days=120",
                     "text/calendar")
    cal = icalendar.Calendar.from_ical(raw_ics)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    ltu = [e for e in events if "Lithuania" in str(e["SUMMARY"])]
    assert ltu and str(ltu[0].decoded("DTSTART")) == "2025-03-06"
    atom = get_ok("/api/v1/upcoming.atom", "/api/v1/upcoming.atom?from=2025-01-01&days=400",
                  "application/atom+xml")
    root = ET.fromstring(atom)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert root.findall("{http://www.w3.org/2005/Atom}entry")


def chart():
    svg = get_ok("/api/v1/charts/{treaty}.svg", "/api/v1/charts/ccm.svg?to=2026-11-29",
                 "image/svg+xml")
    assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
    svg = get_ok("/api/v1/charts/{treaty}.svg",
                 "/api/v1/charts/apmbt.svg?from=2000-01-01&to=2025-12-31", "image/svg+xml")
    ET.fromstring(svg)


EXPORT_COLUMNS = {
    "treaties": "id,untc,short_name,title,adopted,opened_for_signature,depositary,tags,"
                "entry_into_force,published_entry_into_force,source",
    "states": "iso3,name,kind",
    "actions": "id,treaty,iso3,state_name,action,date,stated_effective,known,source,notes,"
               "recorded_at",
    "statuses": "treaty,on,iso3,name,status,signature,consent_kind,consent_date,"
                "entry_into_force,entry_into_force_unknown,withdrawal_notified,"
                "withdrawal_effective,withdrawal_pending",
}


def export():
    for table, cols in EXPORT_COLUMNS.items():
        body = get_ok("/api/v1/export/{table}.csv", f"/api/v1/export/{table}.csv?on=2025-03-06",
                      "text/csv")
        rows = list(csv.reader(io.StringIO(body.decode("utf-8"))))
        assert ",".join(rows[0]) == cols, f"{table}: header {rows[0]}"
        assert len(rows) > 1 and all(len(x) == len(rows[0]) for x in rows), f"{table}: rows"
        if table == "statuses":
            ltu = [x for x in rows if x[0] == "ccm" and x[2] == "LTU"]
            assert ltu and ltu[0][4] == "withdrawn" and ltu[0][1] == "2025-03-06", ltu


def openapi_doc():
    served = get_ok("/api/v1/openapi.json", "/api/v1/openapi.json", "application/json")
    assert served == DOC, "the served document differs from docs/openapi.json (rebuild?)"
    assert DOC["openapi"].startswith("3.0."), DOC["openapi"]


def coverage():
    """Every endpoint of docs/api.md is in the OpenAPI document, and every path of the
    document has a good request above."""
    with open(API_MD, encoding="utf-8") as f:
        listed = set(re.findall(r"^\| `(/api/v1/[^`]*)`", f.read(), re.M))
    assert listed and listed <= set(DOC["paths"]), sorted(listed - set(DOC["paths"]))
    assert set(DOC["paths"]) == set(TESTED), sorted(set(DOC["paths"]) ^ set(TESTED))


TESTED = {
    "/api/v1/treaties": facts_treaties, "/api/v1/treaties/{treaty}": facts_treaties,
    "/api/v1/status/{treaty}": facts_status, "/api/v1/changes/{treaty}": facts_changes,
    "/api/v1/notes/{treaty}": facts_notes,
    "/api/v1/states": facts_states, "/api/v1/states/{state}": facts_states,
    "/api/v1/explain/{treaty}/{state}": facts_explain,
    "/api/v1/timeline/{treaty}": facts_timeline,
    "/api/v1/diff/{treaty}": facts_diff, "/api/v1/diff": facts_diff,
    "/api/v1/groups": facts_groups, "/api/v1/groups/{group}/{treaty}": facts_groups,
    "/api/v1/firsts": facts_firsts, "/api/v1/upcoming": facts_upcoming,
    "/api/v1/upcoming.ics": feeds, "/api/v1/upcoming.atom": feeds,
    "/api/v1/charts/{treaty}.svg": chart, "/api/v1/export/{table}.csv": export,
    "/api/v1/openapi.json": openapi_doc,
    "/api/v1/import": None,  # the writable server's checks, below
}


# ---------------------------------------------------------------- bad requests

def error(url, status, contains=None, method="GET", headers=None):
    r = request(url, method=method, headers=headers)
    assert r.status == status, f"{method} {url}: status {r.status}, expected {status}: {r.body[:200]!r}"
    assert (r.header("Content-Type") or "").startswith("application/json")
    assert r.header("Cache-Control") == "no-store", r.header("Cache-Control")
    body = r.json()
    validate(body, ERROR_SCHEMA)
    assert body["error"]["status"] == status
    if contains:
        assert contains in body["error"]["message"], body["error"]["message"]
    return r


def not_found():
    error("/api/v1/status/xyz", 404, "unknown treaty 'xyz'")
    error("/api/v1/treaties/nope", 404, "unknown treaty")
    error("/api/v1/charts/nope.svg", 404, "unknown treaty")
    error("/api/v1/explain/ccm/Atlantis", 404, "unknown state 'Atlantis'")
    error("/api/v1/states/Atlantis", 404, "unknown state")
    error("/api/v1/groups/NOPE/ccm", 404, "unknown group 'NOPE'")
    error("/api/v1/firsts?action=withdrawal&group=NOPE", 404, "unknown group")
    error("/api/v1/export/passwords.csv", 404, "unknown table")
    error("/api/v1/nothing", 404, "no such path")
    error("/api/v1/status/ccm/extra", 404)
    error("/api/v2/treaties", 404)


def bad_parameters():
    error("/api/v1/status/ccm?on=2023-02-30", 400, "on: '2023-02-30' is not a real date")
    error("/api/v1/status/ccm?on=", 400, "on: '' is not a real date")
    error("/api/v1/states/LTU?on=yesterday", 400, "on: 'yesterday'")
    error("/api/v1/diff/ccm?from=2025-01-01", 400, "to: required")
    error("/api/v1/diff?to=2025-01-01", 400, "from: required")
    error("/api/v1/diff/ccm?from=2025-03-06&to=2025-03-05", 400, "before")
    error("/api/v1/firsts", 400, "action: required")
    error("/api/v1/firsts?action=dancing", 400, "action: unknown act 'dancing'")
    error("/api/v1/firsts?action=withdrawal&limit=1001", 400, "limit: '1001'")
    error("/api/v1/firsts?action=withdrawal&limit=-1", 400, "limit")
    error("/api/v1/upcoming?days=36526", 400, "days: '36526' is not a whole number from 0 to 36525")
    error("/api/v1/upcoming?days=1e3", 400, "days")
    error("/api/v1/upcoming?from=9999-12-01&days=365", 400, "days")
    error("/api/v1/timeline/ccm?step=week", 400, "step: 'week'")
    error("/api/v1/timeline/ccm?from=1800-01-01&to=2025-01-01&step=day", 400, "at most 36525")
    error("/api/v1/charts/ccm.svg?from=1800-01-01&to=2025-01-01", 400, "at most 36525")
    error("/api/v1/status/ccm?colour=red", 400, "unknown parameter 'colour'")
    error("/api/v1/treaties?on=2025-01-01", 400, "unknown parameter 'on'")
    error("/api/v1/status/ccm?on=2025-03-06&on=2025-03-07", 400, "more than once")
    error("/api/v1/status/ccm?on=%FF%FE", 400, "UTF-8")
    error("/api/v1/status/ccm?as_recorded=2025-02-30", 400, "as_recorded: '2025-02-30'")


def methods():
    error("/api/v1/import", 403, "serve --write", method="POST", headers={"Content-Type": "text/csv"})
    r = error("/api/v1/import", 405, "this path takes POST")
    assert r.header("Allow") == "POST", r.header("Allow")
    for m in ("POST", "PUT", "DELETE", "PATCH", "OPTIONS"):
        r = error("/api/v1/status/ccm", 405, method=m)
        assert r.header("Allow") == "GET, HEAD", r.header("Allow")
    r = error("/", 405, method="POST")
    assert r.header("Allow") == "GET, HEAD"
    # a body is never read: the answer comes at once and the connection closes
    r = request("/api/v1/status/ccm", method="POST", body=b"x" * 100000,
                headers={"Content-Type": "application/octet-stream"})
    assert r.status == 405
    r = request("/api/v1/treaties/ccm", body=b"ignored")  # a GET with a body: answered
    assert r.status == 200, r.status


def concurrent():
    """Clients at once, on the same and on different URLs (the cache under load)."""
    urls = ["/api/v1/status/ccm?on=2025-03-06", "/api/v1/status/apmbt?on=2025-03-06",
            "/api/v1/states/LTU?on=2025-03-06", "/api/v1/groups/EU/ccm?on=2025-03-06"]
    want = {u: request(u).body for u in urls}
    results, lock = [], threading.Lock()

    def client(k):
        for i in range(6):
            u = urls[(k + i) % len(urls)]
            r = request(u, headers={"Accept-Encoding": "gzip"} if i % 2 else {})
            body = gzip.decompress(r.body) if r.header("Content-Encoding") == "gzip" else r.body
            with lock:
                results.append((u, r.status, body == want[u]))
    threads = [threading.Thread(target=client, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 48 and all(st == 200 and same for _, st, same in results), \
        [x for x in results if x[1] != 200 or not x[2]][:3]


def traversal():
    paths = ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
             "/..%2f..%2fetc%2fpasswd", "/./index.html", "//etc/passwd", "/a/../../etc/passwd",
             "/.hidden", "/leak", "/leakdir/passwd", "/sub/..%5c..%5cetc%5cpasswd",
             "/api/../../etc/passwd", "/%00/etc/passwd"]
    for p in paths:
        r = request(p)
        assert 400 <= r.status < 500, f"{p}: status {r.status}"
        assert b"root:" not in r.body and b"secret" not in r.body, f"{p}: leaked {r.body[:80]!r}"
        assert (r.header("Content-Type") or "").startswith("application/json"), p
    # also as raw request lines, exactly as typed
    for p in (b"/../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd"):
        out = raw(b"GET " + p + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        status = int(out.split(b" ", 2)[1])
        assert 400 <= status < 500 and b"root:" not in out, out[:200]


def static_files():
    r = request("/")
    assert r.status == 200 and r.header("Content-Type") == "text/html; charset=utf-8", r.status
    assert b"<title>inforce test page</title>" in r.body
    common_headers(r, 300)
    r = request("/js/app.js")
    assert r.status == 200 and r.header("Content-Type").startswith("text/javascript")
    r = request("/inside")  # a symlink that stays in the folder is fine
    assert r.status == 200 and r.body == b"console.log(1);\n", r.status
    error("/missing.html", 404)


def limits():
    long = "/api/v1/status/ccm?on=2025-03-06&pad=" + "A" * 3000
    error(long, 414, "longer than 2048")
    r = request("/api/v1/treaties", headers={"X-Big": "B" * 40000})
    assert r.status in (413, 431), r.status
    r = request("/api/v1/treaties", headers={f"X-H{i}": "v" * 100 for i in range(300)})
    assert r.status in (413, 431), r.status


def conditional():
    url = "/api/v1/status/ccm?on=2025-03-06"
    r = request(url)
    etag = r.header("ETag")
    again = request(url)
    assert again.header("ETag") == etag and again.body == r.body
    nm = request(url, headers={"If-None-Match": etag})
    assert nm.status == 304 and nm.body == b"", nm.status
    assert nm.header("ETag") == etag and nm.header("Cache-Control") == "public, max-age=60"
    assert request(url, headers={"If-None-Match": '"0000000000000000", W/' + etag}).status == 304
    assert request(url, headers={"If-None-Match": "*"}).status == 304
    assert request(url, headers={"If-None-Match": '"0000000000000000"'}).status == 200
    # the same answer for the parameters in another order
    assert request("/api/v1/timeline/ccm?to=2020-01-01&from=2010-01-01").header("ETag") == \
        request("/api/v1/timeline/ccm?from=2010-01-01&to=2020-01-01").header("ETag")


def compression():
    url = "/api/v1/status/ccm?on=2025-03-06"
    plain = request(url)
    z = request(url, headers={"Accept-Encoding": "gzip, deflate"})
    assert z.status == 200 and z.header("Content-Encoding") == "gzip", z.header("Content-Encoding")
    assert z.header("Vary") == "Accept-Encoding"
    assert gzip.decompress(z.body) == plain.body
    assert len(z.body) < len(plain.body) // 3
    assert z.header("ETag") != plain.header("ETag") and z.header("ETag").endswith('-gz"')
    nm = request(url, headers={"Accept-Encoding": "gzip", "If-None-Match": z.header("ETag")})
    assert nm.status == 304
    off = request(url, headers={"Accept-Encoding": "gzip;q=0, identity"})
    assert off.header("Content-Encoding") is None and off.body == plain.body
    small = request("/api/v1/groups?on=2025-03-06", headers={"Accept-Encoding": "gzip"})
    assert len(small.body) <= 1024 and small.header("Content-Encoding") is None
    svg = request("/api/v1/charts/ccm.svg?to=2026-11-29", headers={"Accept-Encoding": "gzip"})
    assert svg.header("Content-Encoding") == "gzip"
    ET.fromstring(gzip.decompress(svg.body))


def head_and_keepalive():
    url = "/api/v1/status/ccm?on=2025-03-06"
    g = request(url)
    h = request(url, method="HEAD")
    assert h.status == 200 and h.body == b"", h.status
    assert h.header("Content-Length") == g.header("Content-Length")
    assert h.header("ETag") == g.header("ETag")
    # four requests, answers included, on one connection that stays open
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        c.connect()
        sock = c.sock
        for u in ("/api/v1/treaties/ccm", url, "/api/v1/status/nope", "/api/v1/states/LTU"):
            c.request("GET", u)
            r = c.getresponse()
            r.read()
            assert r.status in (200, 404) and not r.will_close, (u, r.status)
            assert c.sock is sock, f"{u}: the connection was not kept"
    finally:
        c.close()


# ---------------------------------------------------------------- abuse

def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


BAD = [  # (request as sent, the status expected); each asks to close the connection
    b"GET /api/v1/status/ccm?on=%ZZ HTTP/1.1\r\nHost: x\r\n",
    b"GET /api/v1/status/%C0%AF HTTP/1.1\r\nHost: x\r\n",
    b"GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n",
    b"GET /..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\n",
    b"GET /api/v1/status/ccm?" + b"&".join(b"a%d=1" % i for i in range(20)) +
    b" HTTP/1.1\r\nHost: x\r\n",
    b"GET /api/v1/treaties HTTP/1.1\r\nHost: x\r\nX-Big: " + b"B" * 40000 + b"\r\n",
    b"POST /api/v1/status/ccm HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n",
    b"GET /api/v1/treaties HTTP/1.1\r\nHost: x\r\nNoColonHeader\r\n",
    # libmicrohttpd 0.9.75 answers this one itself, before any handler of inforce
    # runs, and writes its status line and headers twice (an upstream bug); the
    # client still gets a 400 and the connection closed
    b"GET /api/v1/treaties HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n",
]


def first_answer(req):
    """Sends req (with Connection: close) and returns what comes back until the server
    closes; a server that closes early (it answered before reading all) is fine."""
    s = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    out = b""
    try:
        try:
            s.sendall(req + b"Connection: close\r\n\r\n")
        except OSError:
            pass
        while True:
            try:
                chunk = s.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    finally:
        s.close()
    return out


def starvation(proc):
    """Hundreds of slow clients cannot starve the others (issue 17): 300 connections
    from one address (127.0.0.2) each send a request line and then one header line a
    second. The server takes at most 128 of them per address and shuts down those
    whose request has not arrived 10 s after they opened, while a client from
    another address (127.0.0.1) is answered throughout. Then 28 requests for the
    changes of every treaty over 9,999 years at once (127.0.0.3): one is computed at
    a time, the others get 503 with Retry-After, and cheap requests still pass."""
    wrapped = bool(os.environ.get("INFORCE_TEST_WRAPPER"))
    slow, lock = [], threading.Lock()
    for _ in range(300):
        c = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT,
                                     source_address=("127.0.0.2", 0))
        try:
            c.sendall(b"GET /api/v1/treaties HTTP/1.1\r\nHost: x\r\n")
        except OSError:
            pass
        slow.append(c)
    stop = threading.Event()

    def closed(c):
        c.setblocking(False)
        try:
            return c.recv(1) == b""
        except BlockingIOError:
            return False
        except OSError:
            return True
        finally:
            c.setblocking(True)

    def drip():  # one header line a second on every connection still open
        while not stop.wait(1.0):
            for c in slow:
                try:
                    c.sendall(b"X-Drip: 1\r\n")
                except OSError:
                    pass
    t = threading.Thread(target=drip)
    t.start()
    try:
        time.sleep(0.5)
        at_once = sum(closed(c) for c in slow)
        worst, answered, t0 = 0.0, 0, time.monotonic()
        while time.monotonic() - t0 < 14:
            a = time.monotonic()
            r = request("/api/v1/status/ccm?on=2025-03-06")
            worst = max(worst, time.monotonic() - a)
            assert r.status == 200, r.status
            answered += 1
            time.sleep(0.25)
        late = sum(closed(c) for c in slow)
    finally:
        stop.set()
        t.join()
        for c in slow:
            c.close()
    print(f"# starvation: 300 slow connections from one address: {at_once} refused at once, "
          f"{late} closed after 14 s; {answered} requests from another address answered, "
          f"the slowest in {worst * 1000:.0f} ms", flush=True)
    assert at_once >= 300 - 128, at_once      # at most 128 from one address
    assert late == 300, late                  # the rest cut at their deadline
    assert worst < 5, worst
    if wrapped:
        return  # under valgrind one answer of all the changes takes half a minute
    results, worst2 = [], [0.0]
    a = time.monotonic()  # one such answer alone: what a cheap request may wait for
    assert request("/api/v1/diff?from=0001-01-31&to=9999-12-31").status == 200
    one = time.monotonic() - a

    def heavy(k):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120,
                                       source_address=("127.0.0.3", 0))
        try:
            c.request("GET", f"/api/v1/diff?from=0001-02-{k + 1:02d}&to=9999-12-31")
            r = c.getresponse()
            r.read()
            with lock:
                results.append((r.status, r.getheader("Retry-After")))
        finally:
            c.close()
    threads = [threading.Thread(target=heavy, args=(k,)) for k in range(28)]
    for th in threads:
        th.start()
    cheap = 0
    while any(th.is_alive() for th in threads):
        a = time.monotonic()
        assert request("/api/v1/states/LTU?on=2025-03-06").status == 200
        worst2[0] = max(worst2[0], time.monotonic() - a)
        cheap += 1
    for th in threads:
        th.join()
    busy = sum(1 for st, ra in results if st == 503 and ra == "1")
    done = sum(1 for st, _ in results if st == 200)
    print(f"# starvation: 28 answers of every change over 9,999 years at once ({one * 1000:.0f} ms "
          f"for one alone): {done} computed, {busy} refused with 503; {cheap} cheap requests "
          f"meanwhile, the slowest in {worst2[0] * 1000:.0f} ms", flush=True)
    assert len(results) == 28 and done >= 1 and busy + done == 28, results
    # a cheap request waits for one expensive answer at most, never for the queue
    assert worst2[0] < 2 * one + 1, (worst2, one)
    assert proc.poll() is None, "the server died"


def abuse(proc):
    """Many clients at once, slow clients holding connections, malformed and oversized
    requests mixed with good ones: the server stays up, answers every good request
    right and every bad one with its 4xx, and its memory stays flat (measured in the
    plain build; ASan's quarantine and valgrind hold freed memory by design)."""
    wrapped = bool(os.environ.get("INFORCE_TEST_WRAPPER"))
    measure = not wrapped and "ASAN_OPTIONS" not in os.environ
    urls = ["/api/v1/status/ccm?on=2025-03-06", "/api/v1/states/LTU?on=2025-03-06",
            "/api/v1/timeline/apmbt?step=year", "/api/v1/treaties"]
    want = {u: request(u).body for u in urls}
    slow = []
    for _ in range(40):  # slowloris: a request line and half a header, then silence
        s = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT,
                                     source_address=("127.0.0.4", 0))
        s.sendall(b"GET /api/v1/treaties HTTP/1.1\r\nHo")
        slow.append(s)
    problems, lock = [], threading.Lock()
    per_client = 3 if wrapped else 25

    def client(k):
        for i in range(per_client):
            if (k + i) % 3:
                u = urls[(k + i) % len(urls)]
                r = request(u)
                ok = r.status == 200 and r.body == want[u]
            else:
                req = BAD[(k + i) % len(BAD)]
                out = first_answer(req)
                ok = re.match(rb"HTTP/1\.1 4\d\d ", out) is not None
                u = (req[:40], out[:40])
            if not ok:
                with lock:
                    problems.append(u)

    def round_of(n):
        threads = [threading.Thread(target=client, args=(k,)) for k in range(n)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    try:
        round_of(16)  # warms the cache and the allocator
        before = rss_kb(proc.pid) if measure else 0
        for _ in range(1 if wrapped else 4):
            round_of(32)
        after = rss_kb(proc.pid) if measure else 0
    finally:
        for s in slow:
            s.close()
    assert not problems, problems[:5]
    # not HTTP at all: libmicrohttpd closes the connection without an answer
    assert first_answer(b"GARBAGE\r\n") == b""
    assert proc.poll() is None, "the server died"
    if measure:
        print(f"# abuse: {16 * per_client + 4 * 32 * per_client} requests with 40 slow "
              f"clients; RSS {before} kB -> {after} kB", flush=True)
        assert after - before < 4096, f"RSS grew from {before} kB to {after} kB"
    assert request(urls[0]).body == want[urls[0]]


# ---------------------------------------------------------------- the run

# ---------------------------------------------------------------- writes (serve --write)

HEADER = "treaty,state_name,iso3,action,date,effective_date,source,notes\n"
WRITE = {}  # db, token, revoked: set by main before the writable server starts
DB = []     # the store the read-only server answers from


def post(body, token=None, ctype="text/csv", path="/api/v1/import", headers=None):
    h = {"Content-Type": ctype} if ctype else {}
    if token is not False:
        h["Authorization"] = f"Bearer {token or WRITE['token']}"
    h.update(headers or {})
    return request(path, method="POST", headers=h,
                   body=body.encode() if isinstance(body, str) else body)


def sql(query, *args):
    import sqlite3
    con = sqlite3.connect(f"file:{WRITE['db']}?mode=ro", uri=True)
    try:
        return con.execute(query, args).fetchall()
    finally:
        con.close()


def action_rows():
    return sql("SELECT count(*) FROM action")[0][0]


def ccm_of(iso3):
    one = request(f"/api/v1/states/{iso3}").json()
    return ([x for x in one["treaties"] if x["treaty"] == "ccm"] or [None])[0]


def post_error(status, contains, *args, **kw):
    r = post(*args, **kw)
    assert r.status == status, f"status {r.status}, expected {status}: {r.body[:300]!r}"
    assert r.header("Cache-Control") == "no-store", r.header("Cache-Control")
    body = r.json()
    validate(body, ERROR_SCHEMA)
    assert contains in body["error"]["message"], body["error"]["message"]
    return r


def write_refusals():
    """Every refusal answers with its status and stores nothing."""
    rows = action_rows()
    good = HEADER + "CCM,United States of America,USA,signature,2026-11-20,,Test source,\n"
    r = post_error(401, "Authorization: Bearer", good, token=False)
    assert r.header("WWW-Authenticate") == 'Bearer realm="inforce"', r.header("WWW-Authenticate")
    r = post_error(401, "not valid", good, token="0" * 64)
    assert "invalid_token" in r.header("WWW-Authenticate"), r.header("WWW-Authenticate")
    post_error(401, "not valid", good, token=WRITE["revoked"])
    post_error(401, "Authorization", good, token=False, headers={"Authorization": "Basic eDp5"})
    post_error(415, "text/csv", good, ctype="application/json")
    post_error(415, "text/csv", good, ctype=None)
    post_error(400, "unknown parameter", good, path="/api/v1/import?dry=1")
    post_error(400, "empty", b"")
    # Content-Length over the limit: refused from the headers, before any body is sent
    s = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        s.sendall(b"POST /api/v1/import HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                  b"Authorization: Bearer " + WRITE["token"].encode() +
                  b"\r\nContent-Length: 1048577\r\n\r\n")
        out = s.recv(65536)
    finally:
        s.close()
    assert out.startswith(b"HTTP/1.1 413") and b"larger than 1048576 bytes" in out, out[:300]
    # a body without Content-Length (chunked), over the limit: read, dropped, refused
    chunk = b"x" * 65536
    body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(17)) + b"0\r\n\r\n"
    out = raw(b"POST /api/v1/import HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
              b"Authorization: Bearer " + WRITE["token"].encode() +
              b"\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" + body)
    assert out.startswith(b"HTTP/1.1 413"), out[:200]
    # bad rows: the import's own message, naming the line and the field
    post_error(400, "POST /api/v1/import:2", HEADER + "CCM,Atlantis,ATL,signature,2026-11-20,,S,\n")
    post_error(400, "2023-02-30", HEADER + "CCM,United States of America,USA,signature,2023-02-30,,S,\n")
    post_error(400, "POST /api/v1/import:3",
               good + "CCM,United States of America,USA,accession,2026-13-01,,S,\n")
    post_error(400, "header", "what,ever\n1,2\n")
    # text the store does not keep: the error body is still valid JSON (post_error
    # parses and validates it) and names the line and the field
    post_error(400, "POST /api/v1/import:2: iso3: the text is not valid UTF-8",
               HEADER.encode() + b"CCM,Kenya,\xff\xfe,signature,2026-11-20,,S,\n")
    post_error(400, "POST /api/v1/import:2: source: the text holds a control character",
               HEADER + "CCM,Kenya,KEN,signature,2026-11-20,,a\x01\x0cb,\n")
    post_error(400, "POST /api/v1/import:2: notes: the text holds a control character",
               HEADER + 'CCM,Kenya,KEN,signature,2026-11-20,,S,"x\rBEGIN:VEVENT"\n')
    assert action_rows() == rows, (action_rows(), rows)
    assert ccm_of("USA") is None or ccm_of("USA")["signature"] is None


def write_locked():
    """Another process holding the store's write lock past the busy timeout (5 s): the
    write is refused with 503 and Retry-After (the client should try again), not 500,
    and the message does not show where the store lives on the server's disk."""
    import sqlite3
    rows = action_rows()
    con = sqlite3.connect(WRITE["db"], timeout=1, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        r = post_error(503, "locked", HEADER + "CCM,Kenya,KEN,signature,2026-11-20,,S,\n")
        assert r.header("Retry-After") == "2", r.header("Retry-After")
        msg = r.json()["error"]["message"]
        assert os.path.dirname(WRITE["db"]) not in msg, msg
    finally:
        con.execute("ROLLBACK")
        con.close()
    assert action_rows() == rows, (action_rows(), rows)
    # and once the lock is gone a write goes through
    r = post(HEADER + "CCM,Israel,ISR,signature,2026-11-21,,Test source,\n")
    assert r.status == 201, (r.status, r.body[:300])


def write_stores():
    """A write is stored with who and when, and answered from at once."""
    url = "/api/v1/status/ccm"
    before = request(url)
    assert before.status == 200
    rows = action_rows()
    r = post(HEADER + "CCM,United States of America,USA,signature,2026-11-20,,Test source,\n")
    assert r.status == 201, (r.status, r.body[:300])
    body = r.json()
    validate(body, schema_of("/api/v1/import", "201", method="post"))
    assert body == {"added": 1, "recorded_by": "token:curators"}, body
    assert r.header("Cache-Control") == "no-store"
    usa = ccm_of("USA")
    assert usa["status"] == "signatory" and usa["signature"] == "2026-11-20", usa
    after = request(url)
    assert after.header("ETag") != before.header("ETag"), "the cached answer was served again"
    assert after.json()["counts"]["signatories"] == before.json()["counts"]["signatories"] + 1
    assert action_rows() == rows + 1
    who = sql("SELECT i.recorded_by, i.recorded_at, i.file FROM action a JOIN import i"
              " ON i.id = a.import_id WHERE a.iso3 = 'USA' AND a.treaty = 'CCM'")
    assert len(who) == 1 and who[0][0] == "token:curators" and who[0][2] == "POST /api/v1/import", who
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", who[0][1]), who
    # the same row again is a duplicate: refused, nothing stored
    post_error(400, "duplicate", HEADER + "CCM,United States of America,USA,signature,2026-11-20,,Test source,\n")
    assert action_rows() == rows + 1


def write_supersedes():
    """A correction supersedes: the answer changes, both rows stay in the store."""
    old = ccm_of("USA")["acts"][0]["id"]
    r = post("treaty,state_name,iso3,action,date,effective_date,source,notes,supersedes\n"
             f"CCM,United States of America,USA,signature,2026-11-21,,Corrected source,,{old}\n")
    assert r.status == 201, (r.status, r.body[:300])
    usa = ccm_of("USA")
    assert usa["signature"] == "2026-11-21" and usa["sources"] == ["Corrected source"], usa
    rows = sql("SELECT id, date, supersedes FROM action WHERE iso3 = 'USA' AND treaty = 'CCM'"
               " ORDER BY id")
    assert len(rows) == 2 and rows[0][0] == old and rows[1][2] == old, rows


def write_while_reading():
    """Writes while clients read: every read answers 200, counts only grow."""
    status = request("/api/v1/status/ccm").json()
    acted = {x["iso3"] for x in status["states"]}
    states = [x["iso3"] for x in request("/api/v1/states").json()["states"]
              if x["iso3"] not in acted and x.get("kind", "state") == "state"][:5]
    assert len(states) == 5, states
    first = status["counts"]["signatories"]
    seen, lock, stop = [], threading.Lock(), threading.Event()

    def reader():
        while not stop.is_set():
            r = request("/api/v1/status/ccm")
            with lock:
                seen.append((r.status, r.json()["counts"]["signatories"] if r.status == 200 else -1))
    readers = [threading.Thread(target=reader) for _ in range(4)]
    for t in readers:
        t.start()
    try:
        for k, iso3 in enumerate(states):
            r = post(HEADER + f"CCM,,{iso3},signature,2026-11-{10 + k},,Test source {k},\n")
            assert r.status == 201, (iso3, r.status, r.body[:300])
    finally:
        stop.set()
        for t in readers:
            t.join()
    assert seen and all(st == 200 for st, _ in seen), [x for x in seen if x[0] != 200][:3]
    assert all(first <= n <= first + 5 for _, n in seen), (first, sorted({n for _, n in seen}))
    assert request("/api/v1/status/ccm").json()["counts"]["signatories"] == first + 5


def write_two_treaties():
    """One write of two treaties while clients read a state: each answer shows both
    acts or neither (the snapshot swapped in whole, the treaties written read again,
    the others shared)."""
    acted = set()
    for t in ("ccm", "apmbt"):
        acted |= {x["iso3"] for x in request(f"/api/v1/status/{t}").json()["states"]}
    iso3 = [x["iso3"] for x in request("/api/v1/states").json()["states"]
            if x["iso3"] not in acted and x.get("kind", "state") == "state"][0]
    seen, lock, stop = [], threading.Lock(), threading.Event()

    def reader():
        while not stop.is_set():
            r = request(f"/api/v1/states/{iso3}")
            ids = {t["treaty"].lower() for t in r.json()["treaties"]} if r.status == 200 else None
            with lock:
                seen.append((r.status, ids))
    readers = [threading.Thread(target=reader) for _ in range(4)]
    for t in readers:
        t.start()
    try:
        time.sleep(0.2)
        r = post(HEADER + f"CCM,,{iso3},signature,2026-11-27,,Test source two,\n"
                 f"APMBT,,{iso3},signature,2026-11-27,,Test source two,\n")
        assert r.status == 201, (iso3, r.status, r.body[:300])
        time.sleep(0.2)
    finally:
        stop.set()
        for t in readers:
            t.join()
    assert seen and all(st == 200 for st, _ in seen), [x for x in seen if x[0] != 200][:3]
    both = [ids & {"ccm", "apmbt"} for _, ids in seen]
    assert all(len(b) in (0, 2) for b in both), [b for b in both if len(b) == 1][:3]
    after = {t["treaty"].lower() for t in request(f"/api/v1/states/{iso3}").json()["treaties"]}
    assert {"ccm", "apmbt"} <= after, after
    assert any(len(b) == 0 for b in both), "no read came before the write"


def wait_for(fn, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if fn():
            return True
        time.sleep(0.2)
    return False


def external_change(proc):
    """Another process writes to the store: the server answers from it soon after,
    on its own (it looks every 2 s) and at once on SIGHUP."""
    def cli_import(row, name):
        path = os.path.join(os.path.dirname(WRITE["db"]), name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER + row)
        r = subprocess.run([inforce, "--db", WRITE["db"], "import", path], env=env,
                           capture_output=True, timeout=120)
        assert r.returncode == 0, r.stderr
    cli_import("CCM,China,CHN,signature,2026-11-22,,Test source CLI,\n", "cli1.csv")
    assert wait_for(lambda: (ccm_of("CHN") or {}).get("signature") == "2026-11-22"), \
        "the server did not see the change"
    cli_import("CCM,India,IND,signature,2026-11-23,,Test source CLI,\n", "cli2.csv")
    proc.send_signal(signal.SIGHUP)
    assert wait_for(lambda: (ccm_of("IND") or {}).get("signature") == "2026-11-23"), \
        "SIGHUP did not load the change"
    assert proc.poll() is None, "SIGHUP stopped the server"
    # another process writes, and a write through the API comes at once and is
    # refused: the change is still seen (the write noticed it, so it must not be lost),
    # and a write that succeeds is checked against the store as it stands
    cli_import("CCM,Egypt,EGY,signature,2026-11-25,,Test source CLI,\n", "cli3.csv")
    post_error(400, "second signature", HEADER + "CCM,Egypt,EGY,signature,2026-11-26,,S,\n")
    assert wait_for(lambda: (ccm_of("EGY") or {}).get("signature") == "2026-11-25"), \
        "a refused write lost another process's change"


def replaced_store(proc):
    """A backup restored over the store while it is served: the server reads (and
    writes into) the new file, whose tokens are its own."""
    db = WRITE["db"]
    other = os.path.join(os.path.dirname(db), "restored.db")
    r = subprocess.run([inforce, "--db", db, "backup", other], env=env, capture_output=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    path = os.path.join(os.path.dirname(db), "restored.csv")
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER + "CCM,Brazil,BRA,signature,2026-11-24,,Test source restored,\n")
    for args in (("import", path), ("token", "revoke", "curators")):
        r = subprocess.run([inforce, "--db", other, *args], env=env, capture_output=True,
                           timeout=120)
        assert r.returncode == 0, r.stderr
    os.replace(other, db)  # as a restore does, dropping the old file's side files
    for ext in ("-wal", "-shm"):
        if os.path.exists(db + ext):
            os.unlink(db + ext)
    proc.send_signal(signal.SIGHUP)
    assert wait_for(lambda: (ccm_of("BRA") or {}).get("signature") == "2026-11-24"), \
        "the server still answers from the replaced file"
    r = request("/api/v1/import", "POST", {"Authorization": "Bearer " + WRITE["token"],
                                           "Content-Type": "text/csv"},
                (HEADER + "CCM,Chile,CHL,signature,2026-11-25,,x,\n").encode())
    assert r.status == 401, f"a token revoked in the restored store wrote: {r.status}"


def stop_cleanly(proc, errpath):
    proc.send_signal(signal.SIGTERM)
    rc = proc.wait(timeout=300)
    with open(errpath, "rb") as f:
        err = f.read().decode(errors="replace")
    rest = proc.stdout.read().decode(errors="replace")
    assert rc == 0, f"exit {rc}; stderr: {err[-3000:]}"
    assert err == "", f"stderr not empty: {err[-3000:]}"
    assert "inforce: stopped (SIGTERM)" in rest, rest


def writable_server(tmp, web, db):
    """The same store served with --write, with one token and one revoked token."""
    WRITE["db"] = db

    def token(name):
        r = subprocess.run([inforce, "--db", db, "token", "add", name], env=env,
                           capture_output=True, timeout=120, text=True)
        assert r.returncode == 0, r.stderr
        return r.stdout.split()[-1]
    WRITE["token"] = token("curators")
    WRITE["revoked"] = token("former")
    r = subprocess.run([inforce, "--db", db, "token", "revoke", "former"], env=env,
                       capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    proc, errpath = start(tmp, db, web, ("--write",))
    try:
        for name, fn in (("writes refused: 401, 413, 415, 400, nothing stored", write_refusals),
                         ("a write is stored with who and when, answered at once", write_stores),
                         ("a correction supersedes, both rows kept", write_supersedes),
                         ("writes while clients read", write_while_reading),
                         ("a write of two treaties is seen whole or not at all",
                          write_two_treaties),
                         ("a store locked by another writer: 503, Retry-After, no path",
                          write_locked),
                         ("another process's import is seen; SIGHUP", lambda: external_change(proc)),
                         ("a store restored over the served one is read, its tokens too",
                          lambda: replaced_store(proc))):
            check(name, fn)
        check("the writable server stops cleanly", lambda: stop_cleanly(proc, errpath))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()


def make_web(root):
    os.makedirs(os.path.join(root, "js"))
    os.makedirs(os.path.join(root, "sub"))
    with open(os.path.join(root, "index.html"), "w") as f:
        f.write("<!doctype html><title>inforce test page</title>\n")
    with open(os.path.join(root, "js", "app.js"), "w") as f:
        f.write("console.log(1);\n")
    with open(os.path.join(root, ".hidden"), "w") as f:
        f.write("secret\n")
    os.symlink("/etc/passwd", os.path.join(root, "leak"))
    os.symlink("/etc", os.path.join(root, "leakdir"))
    os.symlink(os.path.join(root, "js", "app.js"), os.path.join(root, "inside"))


def start(tmp, db, web, extra=()):
    global port
    wrapper = shlex.split(os.environ.get("INFORCE_TEST_WRAPPER", ""))
    errpath = os.path.join(tmp, "server.err")
    errf = open(errpath, "wb")
    proc = subprocess.Popen(wrapper + [inforce, "--db", db, "serve", "--listen", "127.0.0.1:0",
                                       "--web", web, *extra],
                            env=env, stdout=subprocess.PIPE, stderr=errf, cwd=tmp, bufsize=0)
    errf.close()
    line = b""
    deadline = time.time() + 300
    while b"\n" not in line and time.time() < deadline and proc.poll() is None:
        ready, _, _ = select.select([proc.stdout], [], [], 1.0)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            if not chunk:
                break
            line += chunk
    m = re.fullmatch(rb"inforce: serving http://127\.0\.0\.1:(\d+) \((\d+) treaties, (\d+) acts"
                     rb"(; writes on)?\)\n", line)
    if not m:
        with open(errpath, "rb") as f:
            raise RuntimeError(f"no start line: {line!r}; stderr: {f.read()[-2000:]!r}")
    port = int(m.group(1))
    assert port > 0 and int(m.group(2)) > 0 and int(m.group(3)) > 0
    assert bool(m.group(4)) == ("--write" in extra), line
    return proc, errpath


def main():
    tmp = tempfile.mkdtemp(prefix="inforce-api-")
    proc = None
    try:
        db = os.path.join(tmp, "t.db")
        DB.append(db)
        # the store is made without the wrapper: the server is what this test checks
        r = bundle_store(inforce, db, env)
        if r.returncode != 0:
            print(f"not ok - init: {r.stderr}")
            print("0 passed, 1 failed")
            return 1
        web = os.path.join(tmp, "web")
        make_web(web)
        proc, errpath = start(tmp, db, web)
        for name, fn in (("treaties and one treaty", facts_treaties),
                         ("status ccm on 2025-03-06: 111 deposited, LTU withdrawn", facts_status),
                         ("status as recorded on 2018-01-15, as the CLI", facts_as_recorded),
                         ("changes for the date slider", facts_changes),
                         ("declarations and end notes of the newest UN record", facts_notes),
                         ("states, by code and by name", facts_states),
                         ("explain", facts_explain), ("timeline", facts_timeline),
                         ("diff of one treaty and of all", facts_diff),
                         ("groups and a group in a treaty", facts_groups),
                         ("firsts", facts_firsts), ("upcoming", facts_upcoming),
                         ("upcoming.ics parses, upcoming.atom is XML", feeds),
                         ("charts svg is XML", chart), ("export tables as CSV", export),
                         ("openapi.json is docs/openapi.json", openapi_doc),
                         ("every endpoint covered", coverage),
                         ("404 unknown treaty/state/group/table/path", not_found),
                         ("400 bad, missing, out-of-range parameters; 501", bad_parameters),
                         ("405 for other methods, with Allow", methods),
                         ("path traversal never reaches a file", traversal),
                         ("static files of the web folder", static_files),
                         ("414 long URL, 431 big headers", limits),
                         ("ETag and If-None-Match 304", conditional),
                         ("gzip round trip", compression),
                         ("HEAD and keep-alive", head_and_keepalive),
                         ("concurrent clients get the same answers", concurrent),
                         ("abuse: many, slow and bad clients; memory flat",
                          lambda: abuse(proc)),
                         ("hundreds of slow clients, a flood of expensive ones: others served",
                          lambda: starvation(proc))):
            check(name, fn)
        if proc.poll() is not None:
            raise RuntimeError(f"the server died (exit {proc.returncode})")

        check("SIGTERM stops it: exit 0, nothing on stderr", lambda: stop_cleanly(proc, errpath))
        proc.stdout.close()
        proc = None
        writable_server(tmp, web, db)
    except Exception as e:
        global failed
        failed += 1
        print(f"not ok - the server runs: {type(e).__name__}: {e}")
    finally:
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Checks the machine-readable outputs of inforce with independent parsers:
the iCalendar feed with Python's icalendar (RFC 5545), the Atom feed and the SVG
chart with xmllint (well-formed XML), the JSON outputs with Python's json, and an
export against its own Frictionless datapackage.json (every declared file exists,
every CSV header matches the declared fields, every row has as many fields).

usage: run.py INFORCE DATADIR
Prints one line per check and a closing 'N passed, M failed'."""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from teststore import bundle_store  # noqa: E402

import icalendar

inforce, datadir = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp(prefix="inforce-formats-")
db = os.path.join(tmp, "t.db")
env = dict(os.environ, INFORCE_DATA=datadir, INFORCE_TODAY="2026-11-29", NO_COLOR="1")
passed = failed = 0


def run(*args, binary=False):
    r = subprocess.run([inforce, "--db", db, *args], env=env, capture_output=True, timeout=300)
    if r.returncode != 0:
        raise RuntimeError(f"inforce {' '.join(args)} exited {r.returncode}: {r.stderr.decode()}")
    return r.stdout if binary else r.stdout.decode()


def check(name, fn):
    global passed, failed
    try:
        fn()
        passed += 1
        print(f"ok - {name}")
    except Exception as e:  # a failed check names itself and goes on
        failed += 1
        print(f"not ok - {name}: {e}")


def xml_ok(data, what):
    path = os.path.join(tmp, what)
    with open(path, "wb") as f:
        f.write(data)
    r = subprocess.run(["xmllint", "--noout", path], capture_output=True)
    assert r.returncode == 0, r.stderr.decode()


def ics():
    raw = run("upcoming", "--from", "2025-01-01", "--days", "120", "--format", "ics", binary=True)
    assert b"\r\n" in raw, "lines must end with CRLF"
    assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line exceeds 75 octets"
    cal = icalendar.Calendar.from_ical(raw)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert events, "no events"
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "UIDs are not unique"
    ltu = [e for e in events if "Lithuania" in str(e["SUMMARY"])]
    assert ltu and str(ltu[0].decoded("DTSTART")) == "2025-03-06", "Lithuania's withdrawal is not on 2025-03-06"


def atom():
    raw = run("upcoming", "--from", "2025-01-01", "--days", "400", "--format", "atom", binary=True)
    xml_ok(raw, "feed.atom")
    assert raw.count(b"<entry>") > 0 and b"Lithuania" in raw
    # an entry's <updated> is when it last changed, never a future day (RFC 4287)
    import re
    for d in re.findall(rb"<updated>(\d{4}-\d{2}-\d{2})T", raw):
        assert d.decode() <= "2026-11-29", f"<updated> {d.decode()} is after today"


def svg():
    for t in ("ccm", "apmbt"):
        raw = run("chart", t, "--to", "2026-11-29", binary=True)
        xml_ok(raw, f"{t}.svg")
        assert b"<svg" in raw and b"</svg>" in raw


def json_outputs():
    for args in (("status", "ccm", "--on", "2025-03-06", "--format", "json"),
                 ("state", "LTU", "--on", "2025-03-06", "--format", "json"),
                 ("treaty", "ccm", "--format", "json"),
                 ("explain", "ccm", "LTU", "--on", "2025-03-06", "--format", "json"),
                 ("timeline", "ccm", "--format", "json"),
                 ("diff", "apmbt", "2024-09-01", "2025-12-31", "--format", "json"),
                 ("group", "EU", "ccm", "--on", "2025-03-06", "--format", "json"),
                 ("firsts", "--action", "withdrawal", "--format", "json"),
                 ("upcoming", "--format", "json")):
        json.loads(run(*args))
    s = json.loads(run("status", "ccm", "--on", "2025-03-06", "--format", "json"))
    assert s["counts"]["deposited"] == 111 and s["counts"]["signatories"] == 12


def export():
    for fmt in ("csv", "json", "ndjson"):
        out = os.path.join(tmp, "export-" + fmt)
        run("export", "--format", fmt, "--out", out, "--on", "2025-03-06")
        pkg = json.load(open(os.path.join(out, "datapackage.json")))
        assert {r["name"] for r in pkg["resources"]} == {"treaties", "states", "actions", "statuses"}
        for r in pkg["resources"]:
            path = os.path.join(out, r["path"])
            fields = [f["name"] for f in r["schema"]["fields"]]
            if fmt == "csv":
                rows = list(csv.reader(open(path, encoding="utf-8")))
                assert rows[0] == fields, f"{r['path']}: header differs from the schema"
                assert all(len(x) == len(fields) for x in rows), f"{r['path']}: ragged rows"
                n = len(rows) - 1
            elif fmt == "json":
                rows = json.load(open(path, encoding="utf-8"))
                assert all(list(x) == fields for x in rows)
                n = len(rows)
            else:
                rows = [json.loads(line) for line in open(path, encoding="utf-8")]
                assert all(list(x) == fields for x in rows)
                n = len(rows)
            assert n > 0, f"{r['path']} is empty"
        if fmt == "csv":
            st = list(csv.DictReader(open(os.path.join(out, "statuses.csv"), encoding="utf-8")))
            ltu = [x for x in st if x["treaty"] == "ccm" and x["iso3"] == "LTU"]
            assert ltu and ltu[0]["status"] == "withdrawn"


def panel():
    out = os.path.join(tmp, "panel")
    run("export", "--out", out, "--panel", "--from", "2023", "--to", "2025", "--treaty", "ccm")
    pkg = json.load(open(os.path.join(out, "datapackage.json")))
    res = {r["name"]: r for r in pkg["resources"]}
    assert "panel" in res, "the data package does not describe the panel"
    rows = list(csv.DictReader(open(os.path.join(out, "panel.csv"), encoding="utf-8")))
    assert list(rows[0]) == [f["name"] for f in res["panel"]["schema"]["fields"]]
    ltu = {r["year"]: r for r in rows if r["iso3"] == "LTU"}
    assert ltu["2023"]["status"] == "party" and ltu["2023"]["withdrawal_pending"] == "false"
    assert ltu["2024"]["status"] == "party" and ltu["2024"]["withdrawal_pending"] == "true"
    assert ltu["2025"]["status"] == "withdrawn" and ltu["2025"]["party"] == "false"
    assert {r["treaty"] for r in rows} == {"ccm"}
    per_year = {y: sum(1 for r in rows if r["year"] == y) for y in ("2023", "2024", "2025")}
    assert all(n > 100 for n in per_year.values()), per_year
    # the same day as a status export of that date, state for state
    run("export", "--out", os.path.join(tmp, "st"), "--on", "2024-12-31")
    st = [r for r in csv.DictReader(open(os.path.join(tmp, "st", "statuses.csv"), encoding="utf-8"))
          if r["treaty"] == "ccm"]
    assert {(r["iso3"], r["status"]) for r in st} == \
        {(r["iso3"], r["status"]) for r in rows if r["year"] == "2024"}


try:
    r = bundle_store(inforce, db, env)
    if r.returncode != 0:
        raise SystemExit(f"cannot create the store: {r.stderr}")
    for name, fn in (("icalendar feed parses (RFC 5545)", ics), ("atom feed is well-formed", atom),
                     ("svg charts are well-formed", svg), ("json outputs parse", json_outputs),
                     ("exports match their datapackage.json", export),
                     ("the country-year panel agrees with the statuses", panel)):
        check(name, fn)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)

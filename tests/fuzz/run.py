#!/usr/bin/env python3
"""Runs every libFuzzer target of tests/fuzz for a bounded time and reports.

usage: run.py BUILD_FUZZ SECONDS [TARGET...]

Each target runs for SECONDS (libFuzzer's -max_total_time), two at a time (the
machine has two cores), on a working corpus kept in BUILD_FUZZ/fuzz-corpus/TARGET
and seeded from tests/fuzz/seeds/TARGET and the bundled data (read-only corpora).
What it prints for each target: executions, executions per second, the corpus size
and coverage at the end, and any crash, with the input libFuzzer saved in
BUILD_FUZZ/fuzz-artifacts/TARGET/. Exits 1 if any target crashed, leaked, timed out
or failed a property; copy such an input into tests/fuzz/regressions/TARGET/ so that
every build replays it from then on.
"""
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "data")
FIXTURES = os.path.join(ROOT, "tests", "cli", "fixtures")

# target: (max input length, extra read-only seed folders)
TARGETS = {
    "date": (64, []),
    "csv": (8192, [os.path.join(DATA, "actions"), FIXTURES]),
    "import": (8192, [FIXTURES]),
    "treatydef": (16384, [os.path.join(DATA, "treaties")]),
    "untc": (65536, []),
    "server": (4096, []),
    "notification": (8192, []),
}


def start(build, target, seconds):
    exe = os.path.join(build, "tests", "fuzz", "fuzz_" + target)
    corpus = os.path.join(build, "fuzz-corpus", target)
    artifacts = os.path.join(build, "fuzz-artifacts", target) + os.sep
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    max_len, extra = TARGETS[target]
    seeds = [os.path.join(HERE, "seeds", target), os.path.join(HERE, "regressions", target)]
    cmd = [exe, f"-max_total_time={seconds}", f"-max_len={max_len}", "-timeout=20",
           "-rss_limit_mb=2560", "-print_final_stats=1", f"-artifact_prefix={artifacts}",
           corpus] + seeds + [d for d in extra if os.path.isdir(d)]
    env = dict(os.environ,
               ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1")
    log = open(os.path.join(build, "fuzz-" + target + ".log"), "w")
    print("run: " + " ".join(cmd), flush=True)
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env), log


def report(build, target, proc):
    text = open(os.path.join(build, "fuzz-" + target + ".log"), errors="replace").read()
    stat = lambda name: (re.findall(r"^stat::" + name + r":\s+(\d+)", text, re.M) or ["?"])[-1]
    runs, rate = stat("number_of_executed_units"), stat("average_exec_per_sec")
    done = re.findall(r"^Done \d+ runs in (\d+) second", text, re.M)
    secs = done[-1] if done else "?"
    cov = re.findall(r"cov: (\d+) ft: (\d+) corp: (\d+)", text)
    cov = cov[-1] if cov else ("?", "?", "?")
    crashed = proc.returncode != 0
    print(f"fuzz_{target}: {runs} executions in {secs} s ({rate}/s); coverage {cov[0]} edges, "
          f"{cov[1]} features, corpus {cov[2]} inputs; "
          + ("FAILED (exit %d)" % proc.returncode if crashed else "no crash"))
    if crashed:
        saved = re.findall(r"Test unit written to (\S+)", text)
        lines = text.splitlines()
        start = next((i for i, l in enumerate(lines) if "ERROR:" in l or "property failed" in l
                      or "runtime error" in l), max(len(lines) - 40, 0))
        print("\n".join("    " + l for l in lines[start:start + 40]))
        for s in saved:
            print(f"    input saved in {s}: copy it to tests/fuzz/regressions/{target}/")
    return not crashed


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    build, seconds = sys.argv[1], int(sys.argv[2])
    targets = sys.argv[3:] or list(TARGETS)
    pending, running, ok = list(targets), [], True
    t0 = time.time()
    while pending or running:
        while pending and len(running) < 2:
            t = pending.pop(0)
            running.append((t,) + start(build, t, seconds))
        time.sleep(0.2)
        for item in list(running):
            t, proc, log = item
            if proc.poll() is not None:
                log.close()
                running.remove(item)
                ok = report(build, t, proc) and ok
    print(f"fuzz: {len(targets)} targets, {seconds} s each, {time.time() - t0:.0f} s in all: "
          + ("no crash" if ok else "FAILURES above"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Editors' saves while a large TMX import runs (issue 10: a save waited 29 s behind a 1M-unit import).
# Builds the app, starts it on an empty H2 database, creates jobs from the IRNA sample (target en),
# starts the import of N recombined NTREX units (default 1,000,000) into fa-en in the background and,
# until it is done, saves distinct segments with a few editors at once, each TRANSLATED (with the
# newsroom's API key), so every save writes a unit into the memory being imported.
# Prints count, p50, p95, p99 and max of the saves made during the import (and of 15 s of saves
# before it, for comparison on the same machine), and the import's time.
# A save still waiting after 1 s makes a thread dump (jcmd) into $DUMPS if that folder is set; JFR=file
# records the first 60 s of the import with Java Flight Recorder (lock waits, CPU samples).
#   [EDITORS=2] [PAUSE_MS=50] [DUMPS=/tmp/dumps] [JFR=/tmp/import.jfr] api/bench/saves-during-import.sh [units] [jobs]
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
units=${1:-1000000}
jobs=${2:-600}
port=${PORT:-18089}
sample=test-data/samples/irna-moscow-visit-fa.txt
work=$(mktemp -d /tmp/tarjoman-saves-import.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT

bench_build
bench_tmx "$units" "$work/fa-en.tmx"
bench_start_app "$port" "$work/data" 2g "$work/app.log"
bench_jobs "$port" "$sample" "$jobs" "$work/segments.txt" en
echo "segments available for saving: $(wc -l < "$work/segments.txt"); load before the import: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$port" "$work/segments.txt" "$work/fa-en.tmx" "$app" "${EDITORS:-2}" "${PAUSE_MS:-50}" "${DUMPS:-}" "${JFR:-}" <<'PY'
import http.client, json, os, subprocess, sys, threading, time, urllib.parse
port, segments_file, tmx, pid, editors, pause_ms, dumps, jfr = sys.argv[1:9]
editors, pause = int(editors), int(pause_ms) / 1000
segments = [line.split() for line in open(segments_file)]
taken = iter(range(len(segments)))
lock = threading.Lock()
AUTH = {"Authorization": "Bearer " + os.environ["TARJOMAN_API_KEY"]}

def save_until(done):
    """Editors save fresh segments until done is set; answers (status, ms, http status) of every save begun before."""
    results, in_flight = [], {}
    def editor(n):
        c = http.client.HTTPConnection("localhost", int(port), timeout=120)
        while not done.is_set():
            with lock:
                i = next(taken, None)
            if i is None:
                print("ran out of fresh segments: create more jobs", file=sys.stderr)
                return
            job, segment, version = segments[i]
            status = "TRANSLATED"  # the newsroom's key saves as a translator does: each save writes a unit
            body = json.dumps({"target": f"Saved during the import ({i}).", "status": status, "version": int(version)})
            t = time.perf_counter()
            in_flight[n] = t
            c.request("PUT", f"/api/v1/jobs/{job}/tasks/en/segments/{segment}", body=body,
                      headers={"Content-Type": "application/json", **AUTH})
            r = c.getresponse()
            r.read()
            in_flight.pop(n, None)
            with lock:  # a save begun in time counts, however long after the end it is answered
                results.append((status, (time.perf_counter() - t) * 1000, r.status))
            time.sleep(pause)
    def watch_slow_saves():
        taken_dumps = 0
        while not done.is_set() and dumps and taken_dumps < 5:
            oldest = min(in_flight.values(), default=None)
            if oldest is not None and time.perf_counter() - oldest > 1:
                os.makedirs(dumps, exist_ok=True)
                with open(f"{dumps}/threads-{taken_dumps}.txt", "w") as f:
                    subprocess.run(["jcmd", pid, "Thread.print"], stdout=f)
                taken_dumps += 1
                time.sleep(2)
            time.sleep(0.2)
    threads = [threading.Thread(target=editor, args=(n,)) for n in range(editors)]
    threads.append(threading.Thread(target=watch_slow_saves))
    for t in threads:
        t.start()
    return threads, results

def report(label, rows):
    if not rows:
        print(f"{label}: none")
        return
    ms = sorted(r[1] for r in rows)
    pct = lambda p: ms[min(len(ms) - 1, int(len(ms) * p / 100))]
    failed = sum(1 for r in rows if r[2] >= 300)
    print(f"{label}: {len(ms)} saves ({failed} not 2xx), p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, "
          f"p99 {pct(99):.1f} ms, max {ms[-1]:.1f} ms")

# the same editors on the same machine without an import, for comparison (and to warm up)
quiet = threading.Event()
threads, results = save_until(quiet)
time.sleep(15)
quiet.set()
for t in threads:
    t.join()
print(f"saves without an import, {editors} editors, {pause_ms} ms between an editor's saves:")
report("  all", results)

start = time.perf_counter()
upload = http.client.HTTPConnection("localhost", int(port), timeout=600)
with open(tmx, "rb") as body:
    upload.request("POST", "/api/v1/memories/fa-en/import", body=body,
                   headers={"Content-Type": "application/x-tmx+xml", "Content-Length": str(os.path.getsize(tmx)), **AUTH})
answer = upload.getresponse()
answer.read()
location = urllib.parse.urlsplit(answer.getheader("Location")).path  # relative unless tarjoman.public-url is set
uploaded = time.perf_counter()
if jfr:
    subprocess.run(["jcmd", pid, "JFR.start", "duration=60s", f"filename={jfr}", "settings=profile"], stdout=subprocess.DEVNULL)
print(f"import accepted ({answer.status}) after an upload of {uploaded - start:.1f} s; saving until it is done")

done = threading.Event()
threads, results = save_until(done)
status = http.client.HTTPConnection("localhost", int(port))
while True:
    status.request("GET", location, headers=AUTH)
    state = json.loads(status.getresponse().read())
    if state["state"] in ("DONE", "FAILED"):
        break
    time.sleep(0.2)
done.set()
end = time.perf_counter()
for t in threads:
    t.join()

print(f"import of {state['unitsProcessed']:,} units: {state['state']} (added {state['added']:,}) "
      f"in {end - start:.1f} s (upload {uploaded - start:.1f} s)")
print(f"saves during the import, {editors} editors, {pause_ms} ms between an editor's saves:")
report("  all", results)
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Jobs benchmark against the running app on an empty H2 database:
#  1. imports fa→en and fa→ru memories of 100,000 recombined NTREX units each;
#  2. creates jobs from the IRNA sample with two targets, timing each request (p50/p95);
#  3. saves segments with wrk (2 threads; a warm-up, then 4 and 8 connections), each request a distinct segment.
#   api/bench/jobs.sh [jobs-to-create] [wrk-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
# The app is called with a throwaway full-scope API key (TARJOMAN_API_KEY), as a newsroom system calls it.
export TARJOMAN_API_KEY=${TARJOMAN_API_KEY:-tjk_bench-$(openssl rand -hex 24)}
auth=(-H "Authorization: Bearer $TARJOMAN_API_KEY")
jobs=${1:-1500}
seconds=${2:-4}
port=${PORT:-18081}
sample=test-data/samples/irna-moscow-visit-fa.txt
work=$(mktemp -d /tmp/tarjoman-jobs-bench.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

./mvnw -q -B install -DskipTests
./mvnw -q -B -pl translation-memory exec:exec@tmx-file -Dbench.units=100000 -Dbench.file="$work/fa-en.tmx"
sed -e 's/xml:lang="en"/xml:lang="ru"/g' "$work/fa-en.tmx" > "$work/fa-ru.tmx"

# A throwaway secret (production refuses the default), and no rate limits: the load comes from one caller.
java -Xmx2g ${JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dtarjoman.data-dir="$work/data" -Dquarkus.log.level=WARN \
  -Dtarjoman.webhooks.secret=bench-only -Dtarjoman.rate-limit.enabled=false \
  -Dtarjoman.api-key="$TARJOMAN_API_KEY" -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef \
    -jar api/target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 60); do curl -fs "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done

for memory in fa-en fa-ru; do
  location=$(curl "${auth[@]}" -s -D - -o /dev/null -H 'Content-Type: application/x-tmx+xml' --data-binary @"$work/$memory.tmx" \
    "localhost:$port/api/v1/memories/$memory/import" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
  until curl "${auth[@]}" -s "$location" | grep -q '"state":"DONE"'; do sleep 1; done
done
curl "${auth[@]}" -s "localhost:$port/api/v1/memories"; echo

python3 - "$port" "$sample" "$jobs" "$work/segments.txt" <<'PY'
import json, os, sys, time, urllib.request
port, sample, jobs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
article = open(sample, encoding="utf-8").read()
def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"http://localhost:{port}{path}", data=data, method=method,
                                 headers={"Content-Type": "application/json",
                                          "Authorization": "Bearer " + os.environ["TARJOMAN_API_KEY"]})
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read())
times = []
with open(out, "w") as lines:
    for i in range(jobs):
        start = time.perf_counter()
        job = call("POST", "/api/v1/jobs", {"title": f"bench {i}", "targetLanguages": ["en", "ru"], "content": article})
        times.append((time.perf_counter() - start) * 1000)
        for s in call("GET", f"/api/v1/jobs/{job['id']}/tasks/en/segments?size=500")["segments"]:
            lines.write(f"{job['id']} {s['id']} {s['version']}\n")
times.sort()
warm = times[min(10, len(times) // 10):]
warm.sort()
pct = lambda p: warm[min(len(warm) - 1, int(len(warm) * p / 100))]
print(f"job creation ({len(warm)} after warm-up, sample article, en+ru, 100k-unit memories): "
      f"p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, p99 {pct(99):.1f} ms, max {warm[-1]:.1f} ms")
PY
segments=$(wc -l < "$work/segments.txt")
echo "segments available for saving: $segments"
# fresh segments for each run: a short warm-up (JIT, caches), then 4 and 8 connections; a run that
# runs out of fresh segments re-saves a stale one and shows non-2xx answers
warm=$((segments * 15 / 100)); four=$((segments * 30 / 100))
head -n "$warm" "$work/segments.txt" > "$work/segments-warm.txt"
sed -n "$((warm + 1)),$((warm + four))p" "$work/segments.txt" > "$work/segments-4.txt"
tail -n +"$((warm + four + 1))" "$work/segments.txt" > "$work/segments-8.txt"
wrk -t2 -c4 -d3s -s api/bench/save-segment.lua "http://localhost:$port" -- "$work/segments-warm.txt" 2 > /dev/null
for connections in 4 8; do
  echo "wrk: 2 threads, $connections connections, ${seconds}s"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -s api/bench/save-segment.lua "http://localhost:$port" \
    -- "$work/segments-$connections.txt" 2 | grep -E "Requests/sec|saves:|requests in"
done

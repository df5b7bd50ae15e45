# Shell functions shared by the benchmarks in this folder; source it after `cd` to the repository root.
# Each benchmark runs the packaged app on a data folder of its own, with a throwaway webhook secret
# (production refuses the default) and no rate limits (the load comes from one caller).

# The app is called with a throwaway full-scope API key, as a newsroom system calls it.
export TARJOMAN_API_KEY=${TARJOMAN_API_KEY:-tjk_bench-$(openssl rand -hex 24)}
auth=(-H "Authorization: Bearer $TARJOMAN_API_KEY")

# The README's run command: the heap and JVM options a node holding up to a million memory units runs
# with (keep in step with README.md "Run it" and JAVA_OPTS in docker/Dockerfile).
RUN_HEAP=600m
RUN_JAVA_OPTS=(-XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k)

# Builds and installs every module (the TMX generator needs translation-memory's test classes).
# BUILD=0 runs the app already packaged in api/target (built without installing into ~/.m2).
bench_build() {
  [ "${BUILD:-1}" = 0 ] && return
  ./mvnw -q -B install -DskipTests
}

# Writes a TMX of $1 recombined NTREX fa-en units to the file $2; TMX=file takes that file instead
# (one made earlier with the same number of units; it is linked, never changed).
bench_tmx() {
  if [ -n "${TMX:-}" ]; then
    ln -s "$(realpath "$TMX")" "$2"
    return
  fi
  ./mvnw -q -B -pl translation-memory exec:exec@tmx-file -Dbench.units="$1" -Dbench.file="$2"
}

# Starts the packaged app on port $1 with data folder $2, heap $3 and its log in $4 (further JVM
# options after them); sets $app to its pid and returns once it is ready.
bench_start_app() {
  local port=$1 data=$2 heap=$3 log=$4
  shift 4
  java -Xmx"$heap" "$@" -Dquarkus.http.port="$port" -Dtarjoman.data-dir="$data" -Dquarkus.log.level=WARN \
    -Dtarjoman.webhooks.secret=bench-only -Dtarjoman.rate-limit.enabled=false \
    -Dtarjoman.api-key="$TARJOMAN_API_KEY" -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef \
    -jar api/target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do
    # another process on the port would answer for it: make sure ours is still running
    kill -0 "$app" 2>/dev/null || { echo "the app stopped (port $port taken?); see $log" >&2; app=""; return 1; }
    curl -fs "localhost:$port/q/health/ready" >/dev/null && return
    sleep 1
  done
  echo "the app did not get ready; see $log" >&2
  return 1
}

# POSTs the TMX file $3 into memory $2 of the app on port $1 and prints the import's address.
bench_import() {
  local location
  location=$(curl "${auth[@]}" -s -D - -o /dev/null -H 'Content-Type: application/x-tmx+xml' --data-binary @"$3" \
    "localhost:$1/api/v1/memories/$2/import" | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
  # Location is relative unless tarjoman.public-url is set
  case "$location" in /*) location="http://localhost:$1$location" ;; esac
  echo "$location"
}

# Follows the import at Location $1 until it is done or failed, and prints its final state.
bench_wait_import() {
  local state
  while true; do
    state=$(curl "${auth[@]}" -s "$1")
    case "$state" in *'"state":"DONE"'*|*'"state":"FAILED"'*) break ;; esac
    sleep 1
  done
  echo "$state"
}

# Creates $3 jobs from the article $2 with the targets $5 (comma-separated, e.g. en,ru) on port $1,
# writes "jobId segmentId version" of each segment of the first target to $4, and prints p50/p95/p99
# of the creation requests after a warm-up.
bench_jobs() {
  python3 - "$@" <<'PY'
import json, os, sys, time, urllib.request
port, sample, jobs, out, targets = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5].split(",")
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
        job = call("POST", "/api/v1/jobs", {"title": f"bench {i}", "targetLanguages": targets, "content": article})
        times.append((time.perf_counter() - start) * 1000)
        for s in call("GET", f"/api/v1/jobs/{job['id']}/tasks/{targets[0]}/segments?size=500")["segments"]:
            lines.write(f"{job['id']} {s['id']} {s['version']}\n")
warm = sorted(times[min(10, len(times) // 10):])
pct = lambda p: warm[min(len(warm) - 1, int(len(warm) * p / 100))]
print(f"job creation ({len(warm)} after warm-up, {'+'.join(targets)}): "
      f"p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, p99 {pct(99):.1f} ms, max {warm[-1]:.1f} ms")
PY
}

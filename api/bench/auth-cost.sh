#!/usr/bin/env bash
# What authentication adds to a request, on the packaged app (H2, an empty data folder):
#  1. /q/health/live (no database, open to all) asked without credentials, with the API key and with a
#     signed-in session: the difference is the cost of checking the key (SHA-256, one indexed lookup)
#     or the session (cookie decryption, the person read again);
#  2. segment saves (PUT …/segments/{id}, DRAFT, each a real write with its history) with the key and with
#     a translator's session and CSRF token.
# Sequential requests on one kept-alive connection, the variants taking turns; p50 and p95 in ms after a warm-up.
# With BASELINE_JAR (the packaged app of a build before sign-in, e.g. main's), that app runs beside this
# one and its saves, without credentials, take turns with these: both see the same load.
#   [BASELINE_JAR=/path/to/quarkus-run.jar] api/bench/auth-cost.sh [requests]
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-2000}
port=${PORT:-18083}
export TARJOMAN_API_KEY=${TARJOMAN_API_KEY:-tjk_bench-$(openssl rand -hex 24)}
work=$(mktemp -d /tmp/tarjoman-auth-cost.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT

[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dtarjoman.data-dir="$work/data" \
  -Dquarkus.log.level=WARN -Dtarjoman.webhooks.secret=bench-only -Dtarjoman.rate-limit.enabled=false \
  -Dtarjoman.api-key="$TARJOMAN_API_KEY" -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef \
  -jar api/target/quarkus-app/quarkus-run.jar > "$work/app.log" 2>&1 &
app=$!
baseline=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$baseline" ] && kill "$baseline" 2>/dev/null; rm -rf "$work"; true' EXIT
if [ -n "${BASELINE_JAR:-}" ]; then
  java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$((port + 1))" -Dtarjoman.data-dir="$work/baseline" \
    -Dquarkus.log.level=WARN -Dtarjoman.webhooks.secret=bench-only -Dtarjoman.rate-limit.enabled=false \
    -jar "$BASELINE_JAR" > "$work/baseline.log" 2>&1 &
  baseline=$!
  for _ in $(seq 1 120); do curl -fs "localhost:$((port + 1))/q/health/ready" >/dev/null && break; sleep 1; done
fi
for _ in $(seq 1 120); do curl -fs "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done

python3 - "$port" "$requests" test-data/samples/irna-moscow-visit-fa.txt "${BASELINE_JAR:+$((port + 1))}" <<'PY'
import http.client, json, os, sys, time, urllib.parse
port, n, sample = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
baseline_port = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] else None
key = {"Authorization": "Bearer " + os.environ["TARJOMAN_API_KEY"]}
conns = {port: http.client.HTTPConnection("127.0.0.1", port)}
if baseline_port:
    conns[baseline_port] = http.client.HTTPConnection("127.0.0.1", baseline_port)

def call(method, path, headers=None, body=None, to=port):
    data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
    h = dict(headers or {})
    if isinstance(body, (dict, list)):
        h["Content-Type"] = "application/json"
    conns[to].request(method, path, body=data, headers=h)
    r = conns[to].getresponse()
    payload = r.read()
    return r, payload

article = open(sample, encoding="utf-8").read()
_, job = call("POST", "/api/v1/jobs", key, {"title": "auth bench", "targetLanguages": ["en"], "content": article})
job = json.loads(job)["id"]
call("POST", "/api/v1/users", key, {"name": "bench-translator", "password": "bench-password-123",
                                    "roles": ["translator"], "languages": ["en"]})
form = urllib.parse.urlencode({"j_username": "bench-translator", "j_password": "bench-password-123"})
r, _ = call("POST", "/j_security_check", {"Content-Type": "application/x-www-form-urlencoded"}, form)
session = [c.split(";")[0] for c in r.headers.get_all("Set-Cookie") if c.startswith("quarkus-credential=")][0]
r, _ = call("GET", "/api/v1/me", {"Cookie": session})
csrf = [c.split(";")[0] for c in r.headers.get_all("Set-Cookie") if c.startswith("tarjoman-csrf=")][0]
signed_in = {"Cookie": session + "; " + csrf, "X-CSRF-Token": csrf.split("=", 1)[1]}
_, page = call("GET", f"/api/v1/jobs/{job}/tasks/en/segments?size=10", key)
segments = json.loads(page)["segments"]

def measure(variants):
    """Asks each variant in turn, n times after a warm-up, so that load and warm-up touch all alike."""
    times = {label: [] for label, _ in variants}
    for i in range(n + n // 5):
        for label, ask in variants:
            start = time.perf_counter()
            ask()
            if i >= n // 5:
                times[label].append((time.perf_counter() - start) * 1000)
    p50s = {}
    for label, values in times.items():
        values.sort()
        p50s[label] = values[len(values) // 2]
        print(f"{label:<42} p50 {p50s[label]:6.3f} ms   p95 {values[int(len(values) * 0.95)]:6.3f} ms   ({n} requests)")
    return p50s

def get(path, headers):
    def ask():
        r, payload = call("GET", path, headers)
        if r.status != 200:
            raise SystemExit(f"GET {path}: {r.status} {payload[:200]}")
    return ask

def saver(segment, headers, to=port, job_id=None):
    state = {"version": segment["version"]}
    def ask():
        r, payload = call("PUT", f"/api/v1/jobs/{job_id or job}/tasks/en/segments/{segment['id']}", headers,
                          {"target": "Translated by the benchmark.", "status": "DRAFT", "version": state["version"]}, to)
        if r.status != 200:
            raise SystemExit(f"save: {r.status} {payload[:200]}")
        state["version"] = json.loads(payload)["version"]
    return ask

health = "/q/health/live"
p = measure([("health, no credentials", get(health, {})), ("health, API key", get(health, key)),
             ("health, session cookie", get(health, {"Cookie": session}))])
print(f"=> the key check adds {p['health, API key'] - p['health, no credentials']:.3f} ms, the session check "
      f"{p['health, session cookie'] - p['health, no credentials']:.3f} ms (p50)")
saves = [("segment save, API key", saver(segments[0], key)),
         ("segment save, session + CSRF token", saver(segments[1], signed_in))]
if baseline_port:
    _, other = call("POST", "/api/v1/jobs", {}, {"title": "auth bench", "targetLanguages": ["en"], "content": article},
                    baseline_port)
    other = json.loads(other)["id"]
    _, page = call("GET", f"/api/v1/jobs/{other}/tasks/en/segments?size=10", {}, None, baseline_port)
    saves.insert(0, ("segment save, baseline (no sign-in)", saver(json.loads(page)["segments"][0], {}, baseline_port, other)))
p = measure(saves)
if baseline_port:
    base = p["segment save, baseline (no sign-in)"]
    print(f"=> a save costs {p['segment save, API key'] - base:+.3f} ms with a key, "
          f"{p['segment save, session + CSRF token'] - base:+.3f} ms with a session (p50, vs. the baseline)")
PY

#!/usr/bin/env bash
# What authentication adds to a request, on the packaged app (H2, an empty data folder):
#  1. /q/health/live (no database, open to all) asked without credentials, with the API key and with a
#     signed-in session: the difference is the cost of checking the key (SHA-256, one indexed lookup)
#     or the session (cookie decryption, the person read again);
#  2. segment saves (PUT …/segments/{id}, DRAFT, each a real write with its history) with the key and with
#     a translator's session and CSRF token.
# Sequential requests on one kept-alive connection; p50 and p95 in ms after a warm-up.
#   api/bench/auth-cost.sh [requests]
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
for _ in $(seq 1 120); do curl -fs "localhost:$port/q/health/ready" >/dev/null && break; sleep 1; done

python3 - "$port" "$requests" test-data/samples/irna-moscow-visit-fa.txt <<'PY'
import http.client, json, os, statistics, sys, time, urllib.parse
port, n, sample = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
key = {"Authorization": "Bearer " + os.environ["TARJOMAN_API_KEY"]}
conn = http.client.HTTPConnection("127.0.0.1", port)

def call(method, path, headers=None, body=None):
    data = json.dumps(body).encode() if isinstance(body, (dict, list)) else body
    h = dict(headers or {})
    if isinstance(body, (dict, list)):
        h["Content-Type"] = "application/json"
    conn.request(method, path, body=data, headers=h)
    r = conn.getresponse()
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

def timed(label, method, path, headers, body_of=None, after=None):
    times = []
    for i in range(n + n // 5):
        body = body_of() if body_of else None
        start = time.perf_counter()
        r, payload = call(method, path, headers, body)
        elapsed = (time.perf_counter() - start) * 1000
        if r.status >= 300:
            raise SystemExit(f"{label}: {r.status} {payload[:200]}")
        if after:
            after(payload)
        if i >= n // 5:
            times.append(elapsed)
    times.sort()
    p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
    print(f"{label:<42} p50 {p50:6.3f} ms   p95 {p95:6.3f} ms   ({n} requests)")
    return p50

health = "/q/health/live"
base = timed("health, no credentials", "GET", health, {})
with_key = timed("health, API key", "GET", health, key)
with_session = timed("health, session cookie", "GET", health, {"Cookie": session})
print(f"=> key check adds {with_key - base:.3f} ms, session check adds {with_session - base:.3f} ms (p50)")

def saver(segment, headers, label):
    state = {"version": segment["version"]}
    def body():
        return {"target": "Translated by the benchmark.", "status": "DRAFT", "version": state["version"]}
    def after(payload):
        state["version"] = json.loads(payload)["version"]
    return timed(label, "PUT", f"/api/v1/jobs/{job}/tasks/en/segments/{segment['id']}", headers, body, after)

saver(segments[0], key, "segment save, API key")
saver(segments[1], signed_in, "segment save, session + CSRF token")
PY

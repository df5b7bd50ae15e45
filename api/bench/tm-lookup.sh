#!/usr/bin/env bash
# The editor's memory lookup through HTTP at scale: builds the app, starts it with the README's run command
# (the documented heap and JVM options, RUN_JAVA_OPTS in common.sh) on an empty H2 database, imports a TMX of
# N recombined NTREX units (default 1,000,000), then times with wrk the request the editor makes for the
# active segment (POST /api/v1/memories/fa-en/matches: source, previous, next, threshold 70, limit 5):
# for stored sentences and for the same with 1-2 words edited, each on 1 connection (p50/p95/p99) and on
# 4 connections (requests/s). Prints the resident set (VmRSS, and its peak VmHWM) after the import and after
# the lookups.
#   [SECONDS_PER_RUN=15] [BUILD=0] [TMX=file] [DATA=dir] api/bench/tm-lookup.sh [units]
# BUILD=0 reuses api/target/quarkus-app; TMX= reuses a generated file (kept then); DATA= keeps the app's data folder
# there, and a folder that already holds an import is reused without importing again (lookups only).
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
units=${1:-1000000}
seconds=${SECONDS_PER_RUN:-15}
port=${PORT:-18083}
work=$(mktemp -d /tmp/tarjoman-lookup.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

[ "${BUILD:-1}" = 0 ] || bench_build
tmx=${TMX:-$work/fa-en.tmx}
[ -f "$tmx" ] || bench_tmx "$units" "$tmx"
echo "JVM options (the README's run command): -Xmx$RUN_HEAP ${RUN_JAVA_OPTS[*]}"
data=${DATA:-$work/data}
imported=0
[ -f "$data/imported" ] && imported=1
bench_start_app "$port" "$data" "$RUN_HEAP" "$work/app.log" "${RUN_JAVA_OPTS[@]}"
rss() { awk '/^VmRSS|^VmHWM/{printf "%s %d MB  ", $1, $2/1024}' "/proc/$app/status"; echo; }

if [ "$imported" = 0 ]; then
  import_start=$(date +%s)
  location=$(bench_import "$port" fa-en "$tmx")
  report=$(bench_wait_import "$location") # not piped into head: with pipefail its SIGPIPE would end the script
  echo "import: $(( $(date +%s) - import_start )) s; ${report:0:300}"
  [ -z "${DATA:-}" ] || echo "${report:0:300}" > "$data/imported"
else
  echo "import: reused from $data ($(cat "$data/imported"))"
fi
curl -s "localhost:$port/q/health/ready" | tr -d '\n' | grep -o '"fa-en": "[^"]*"' || true
echo "after the import: $(rss)"

python3 api/bench/lookup-queries.py "$tmx" "$work/stored.txt" "$work/edited.txt" 4000
# warm-up: the JIT, and the first touch of the index's pages. A minute of both kinds: after 20 s the JIT
# still compiled, and the first figures measured it (2.6 ms of CPU per stored look-up, 0.95 ms after a minute)
for _ in 1 2; do
  wrk -t2 -c4 -d15s -s api/bench/lookup.lua "http://localhost:$port" -- "$work/edited.txt" > /dev/null
  wrk -t2 -c4 -d15s -s api/bench/lookup.lua "http://localhost:$port" -- "$work/stored.txt" > /dev/null
done
for kind in stored edited; do
  echo "== $kind sentences, threshold 70, limit 5 (uptime: $(uptime | sed 's/.*load/load/'))"
  printf '1 connection:  '
  wrk -t1 -c1 -d"${seconds}s" --latency -s api/bench/lookup.lua "http://localhost:$port" -- "$work/$kind.txt" | grep '^lookups:'
  printf '4 connections: '
  wrk -t2 -c4 -d"${seconds}s" --latency -s api/bench/lookup.lua "http://localhost:$port" -- "$work/$kind.txt" | grep '^lookups:'
done
echo "after the lookups: $(rss)"
[ -n "${TMX:-}" ] || rm -f "$tmx"

#!/usr/bin/env bash
# What durable commits cost on the embedded H2 database: the packaged app is started twice on an
# empty data folder, once with H2's default write delay (commits reach the file up to 500 ms later)
# and once with the shipped URL (WRITE_DELAY=0: each commit is in the file before it is answered),
# and both take the same load with wrk (2 threads, 4 connections): segment saves, each a distinct
# segment, then memory unit POSTs. Prints requests/s and latencies of each, and the database file's
# size (H2 compacts it in the background only with a write delay, and on an orderly stop).
#   api/bench/commit-cost.sh [wrk-seconds] [jobs]
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
seconds=${1:-4}
jobs=${2:-200}
port=${PORT:-18082}
sample=test-data/samples/irna-moscow-visit-fa.txt
work=$(mktemp -d /tmp/tarjoman-commit-cost.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

[ -f api/target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests

run() { # $1: label, $2: extra JVM option (a JDBC URL) or empty
  local data="$work/data-$1"
  bench_start_app "$port" "$data" 1g "$work/app-$1.log" ${2:+"$2"}
  bench_jobs "$port" "$sample" "$jobs" "$work/segments-$1.txt" en > /dev/null
  local half=$(( $(wc -l < "$work/segments-$1.txt") / 4 ))
  head -n "$half" "$work/segments-$1.txt" > "$work/warm-$1.txt"
  tail -n +"$((half + 1))" "$work/segments-$1.txt" > "$work/measured-$1.txt"
  wrk -t2 -c4 -d2s -s api/bench/save-segment.lua "http://localhost:$port" -- "$work/warm-$1.txt" 2 > /dev/null
  echo "== $1"
  wrk -t2 -c4 -d"${seconds}s" --latency -s api/bench/save-segment.lua "http://localhost:$port" \
    -- "$work/measured-$1.txt" 2 | grep -E "Requests/sec|saves:"
  wrk -t2 -c4 -d"${seconds}s" --latency -s api/bench/add-unit.lua "http://localhost:$port" | grep -E "Requests/sec|units:"
  local running; running=$(du -h "$data/tarjoman.mv.db" | cut -f1)
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  echo "database file: $running after the runs, $(du -h "$data/tarjoman.mv.db" | cut -f1) once stopped in order"
}

run "H2-default-write-delay" "-Dtarjoman.db.url=jdbc:h2:file:$work/data-H2-default-write-delay/tarjoman"
run "shipped-WRITE_DELAY=0" ""

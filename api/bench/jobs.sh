#!/usr/bin/env bash
# Jobs benchmark against the running app on an empty H2 database:
#  1. imports fa→en and fa→ru memories of 100,000 recombined NTREX units each;
#  2. creates jobs from the IRNA sample with two targets, timing each request (p50/p95);
#  3. saves segments with wrk (2 threads; a warm-up, then 4 and 8 connections), each request a distinct segment.
#   api/bench/jobs.sh [jobs-to-create] [wrk-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
jobs=${1:-1500}
seconds=${2:-4}
port=${PORT:-18081}
sample=test-data/samples/irna-moscow-visit-fa.txt
work=$(mktemp -d /tmp/tarjoman-jobs-bench.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk"; exit 1; }

bench_build
bench_tmx 100000 "$work/fa-en.tmx"
sed -e 's/xml:lang="en"/xml:lang="ru"/g' "$work/fa-en.tmx" > "$work/fa-ru.tmx"

bench_start_app "$port" "$work/data" 2g "$work/app.log" ${JAVA_OPTS:-}

for memory in fa-en fa-ru; do
  bench_wait_import "$(bench_import "$port" "$memory" "$work/$memory.tmx")" > /dev/null
done
curl "${auth[@]}" -s "localhost:$port/api/v1/memories"; echo

bench_jobs "$port" "$sample" "$jobs" "$work/segments.txt" en,ru
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

#!/usr/bin/env bash
# End-to-end TMX import benchmark: builds the app, starts it on an empty H2 database, POSTs a TMX
# of N recombined NTREX units (default 1,000,000), follows the background import until it is done,
# then prints the time, units/s, the heap it needs (used after a full GC, before and after the import, and
# the resident set), and a few match and concordance latencies through REST.
#   [HEAP=1g] [BUILD=0] [TMX=file] [JAVA_OPTS="-XX:..."] api/bench/tm-import.sh [units]
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
units=${1:-1000000}
heap=${HEAP:-1g}
port=${PORT:-18080}
work=$(mktemp -d /tmp/tarjoman-bench.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; true' EXIT

bench_build
bench_tmx "$units" "$work/fa-en.tmx"
# JAVA_OPTS: further JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/import.jfr,settings=profile
# shellcheck disable=SC2086
bench_start_app "$port" "$work/data" "$heap" "$work/app.log" ${JAVA_OPTS:-}
used_mb() { jcmd "$app" GC.run >/dev/null; jcmd "$app" GC.heap_info | awk '/used/{for(i=1;i<=NF;i++) if($i=="used"){v=$(i+1); sub("K,?","",v); print int(v/1024); exit}}'; }
before=$(used_mb)

start=$(date +%s.%N)
location=$(bench_import "$port" fa-en "$work/fa-en.tmx")
uploaded=$(date +%s.%N)
state=$(bench_wait_import "$location")
end=$(date +%s.%N)
echo "$state" | head -c 400; echo
python3 - "$start" "$uploaded" "$end" "$units" <<'PY'
import sys
start, uploaded, end, units = map(float, sys.argv[1:])
print(f"import of {int(units):,} units: {end-start:.1f} s in all (upload {uploaded-start:.1f} s), {units/(end-start):,.0f} units/s")
PY
curl -s "localhost:$port/q/health/ready" | tr -d '\n' | head -c 400; echo
after=$(used_mb)
rss=$(ps -o rss= -p "$app" | awk '{print int($1/1024)}')
echo "heap used after a full GC: ${before} MB empty, ${after} MB with the memory loaded (-Xmx$heap); resident set ${rss} MB"
python3 - "$before" "$after" "$units" <<'PY'
import sys
before, after, units = map(float, sys.argv[1:])
print(f"heap per million units: {(after - before) * 1e6 / units:,.0f} MB")
PY
q=$(grep -o '<seg>[^<]*</seg>' "$work/fa-en.tmx" | sed -n '1001p' | sed 's/<[^>]*>//g')
for _ in 1 2 3; do
  curl "${auth[@]}" -s -o /dev/null -w "exact+fuzzy match through REST: %{time_total} s\n" -G "localhost:$port/api/v1/memories/fa-en/matches" --data-urlencode "q=$q"
done
for phrase in "همکاری های" "موافقتنامه"; do
  curl "${auth[@]}" -s -o /dev/null -w "concordance '$phrase' (20 hits) through REST: %{time_total} s\n" -G \
    "localhost:$port/api/v1/memories/fa-en/concordance" --data-urlencode "q=$phrase"
done
# target words through the index: in no unit, common, rare, a phrase of two words
for word in "Tehran" "said" "Kremlin" "prime minister"; do
  took=$(curl "${auth[@]}" -s -o "$work/hits.json" -w "%{time_total}" -G \
    "localhost:$port/api/v1/memories/fa-en/concordance" --data-urlencode "q=$word" --data-urlencode "side=target")
  hits=$(python3 -c 'import json, sys; print(len(json.load(sys.stdin)["hits"]))' < "$work/hits.json")
  echo "target concordance '$word' ($hits hits) through REST: $took s"
done
rm -rf "$work"

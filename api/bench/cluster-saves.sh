#!/usr/bin/env bash
# Save throughput of the cluster topology (docker/cluster: nodes of one jar on one PostgreSQL behind nginx):
# creates jobs from the IRNA sample, then saves distinct segments with wrk through nginx, first with one
# node behind it, then with two (each request a distinct segment at its current version, so none is stale).
# Prints saves/s and latency for each, and checks that every acknowledged save is in the database.
#   TARJOMAN_DB_URL=jdbc:postgresql://localhost:5432/<empty database> TARJOMAN_DB_USERNAME=… TARJOMAN_DB_PASSWORD=…
#   [BUILD=0] [SECONDS_PER_RUN=10] [JOBS=300] api/bench/cluster-saves.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
: "${TARJOMAN_DB_URL:?set TARJOMAN_DB_URL to the JDBC URL of an empty PostgreSQL database}"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "wrk and nginx are needed: apt-get install wrk nginx"; exit 1; }
export TARJOMAN_DB=postgresql
seconds=${SECONDS_PER_RUN:-10}
jobs=${JOBS:-300}
proxy=${PORT:-18090}
node_ports=(18091 18092)
sample=test-data/samples/irna-moscow-visit-fa.txt
work=$(mktemp -d /tmp/tarjoman-cluster-saves.XXXX)
chmod 755 "$work" # nginx's workers (nobody, when started as root) buffer large bodies below it
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$work"; true' EXIT

[ "${BUILD:-1}" = 0 ] || bench_build
echo "JVM options per node (the README's run command): -Xmx$RUN_HEAP ${RUN_JAVA_OPTS[*]}; $TARJOMAN_DB_URL"
# one after the other: the first registers the bench's API key, the second finds it
for i in 0 1; do
  mkdir -p "$work/node-$i"
  bench_start_app "${node_ports[$i]}" "$work/node-$i" "$RUN_HEAP" "$work/node-$i.log" "${RUN_JAVA_OPTS[@]}"
  pids+=("$app")
done

proxy_to() { # nginx in front of the nodes on the ports given
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" && sleep 0.5
  mkdir -p "$work/nginx"; chmod 755 "$work/nginx"
  sed -e "s#@PREFIX@#$work/nginx#g" -e "s#@PORT@#$proxy#g" -e "s#@NODE_A@#$1#g" -e "s#@NODE_B@#$2#g" \
    docker/cluster/nginx.conf.template > "$work/nginx/nginx.conf"
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
  pids+=($!)
  until curl -fs -o /dev/null "localhost:$proxy/q/health/ready"; do sleep 0.2; done
}

proxy_to "${node_ports[0]}" "${node_ports[1]}"
bench_jobs "$proxy" "$sample" "$jobs" "$work/segments.txt" en
segments=$(wc -l < "$work/segments.txt")
third=$((segments / 3))
split -l "$third" -d -a 1 "$work/segments.txt" "$work/part-"
acknowledged=0
saves() { # wrk with the arguments given; adds its 2xx answers to $acknowledged
  wrk "$@" > "$work/wrk.out"
  grep -E "Requests/sec|saves:" "$work/wrk.out" || true
  local ok
  ok=$(awk '/^saves:/{print $2 - $4}' "$work/wrk.out")
  acknowledged=$((acknowledged + ok))
}
saves -t2 -c4 -d3s -s api/bench/save-segment.lua "http://localhost:$proxy" -- "$work/part-0" 2 > /dev/null # warm-up

run() { # $1: label, $2: segments file
  echo "== $1: wrk 2 threads, 8 connections, ${seconds}s through nginx (uptime: $(uptime | sed 's/.*load/load/'))"
  saves -t2 -c8 -d"${seconds}s" --latency -s api/bench/save-segment.lua "http://localhost:$proxy" -- "$2" 2
}
proxy_to "${node_ports[0]}" "${node_ports[0]}"
run "one node" "$work/part-1"
proxy_to "${node_ports[0]}" "${node_ports[1]}"
run "two nodes" "$work/part-2"

# every acknowledged save is stored: count the TRANSLATED segments through each node
echo "acknowledged saves: $acknowledged"
cat > "$work/count.py" <<'PY'
import json, os, sys, urllib.request
port, path = sys.argv[1], sys.argv[2]
jobs = sorted({line.split()[0] for line in open(path)})
done = 0
for job in jobs:
    req = urllib.request.Request(f"http://localhost:{port}/api/v1/jobs/{job}/tasks/en/segments?size=500",
                                 headers={"Authorization": "Bearer " + os.environ["TARJOMAN_API_KEY"]})
    done += sum(1 for s in json.load(urllib.request.urlopen(req))["segments"] if s["status"] == "TRANSLATED")
print(f"node on port {port}: {done} translated segments in {len(jobs)} jobs")
PY
for port in "${node_ports[@]}"; do
  python3 "$work/count.py" "$port" "$work/segments.txt"
done

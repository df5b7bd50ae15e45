#!/usr/bin/env bash
# A node's start-up through the README's run command: from `java -jar` to the first 200 on /q/health/live
# (the process answers) and on /q/health (live and ready: the database reached, every memory index loaded),
# polled every 20 ms, and the CPU time the JVM used until then. The first run starts on an empty data folder (Flyway creates the schema); the
# others restart on it, which is what an operator's restart is. Prints each run and the median of the restarts.
#   [RUNS=5] [BUILD=0] [DATA=dir] [TARJOMAN_DB=postgresql TARJOMAN_DB_URL=jdbc:… TARJOMAN_DB_USERNAME=… TARJOMAN_DB_PASSWORD=…]
#   [EXTRA_JAVA_OPTS=…] api/bench/startup.sh
# DATA= starts on that data folder (e.g. one tm-lookup.sh DATA=… filled with a million units) and keeps it;
# the TARJOMAN_DB variables start the nodes on PostgreSQL instead of H2, as the README's PostgreSQL section does.
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
runs=${RUNS:-5}
port=${PORT:-18085}
work=$(mktemp -d /tmp/tarjoman-startup.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT

[ "${BUILD:-1}" = 0 ] || bench_build
data=${DATA:-$work/data}
echo "JVM options (the README's run command): -Xmx$RUN_HEAP ${RUN_JAVA_OPTS[*]}; database: ${TARJOMAN_DB:-h2}; data: $data"

now_ms() { date +%s%3N; }
restarts=()
for run in $(seq 1 "$runs"); do
  start=$(now_ms)
  java -Xmx"$RUN_HEAP" "${RUN_JAVA_OPTS[@]}" ${EXTRA_JAVA_OPTS:-} -Dquarkus.http.port="$port" -Dtarjoman.data-dir="$data" \
    -Dtarjoman.webhooks.secret=bench-only -Dtarjoman.api-key="$TARJOMAN_API_KEY" \
    -Dquarkus.http.auth.session.encryption-key=bench-only-session-key-0123456789abcdef \
    -jar api/target/quarkus-app/quarkus-run.jar > "$work/app-$run.log" 2>&1 &
  app=$!
  live="" ready=""
  while [ -z "$ready" ]; do
    kill -0 "$app" 2>/dev/null || { echo "the app stopped; its log:"; tail -20 "$work/app-$run.log"; exit 1; }
    [ $(( $(now_ms) - start )) -lt 600000 ] || { echo "not ready after 10 min"; exit 1; }
    if [ -z "$live" ] && curl -fs -o /dev/null "localhost:$port/q/health/live"; then live=$(( $(now_ms) - start )); fi
    if curl -fs -o /dev/null "localhost:$port/q/health"; then ready=$(( $(now_ms) - start )); [ -n "$live" ] || live=$ready; fi
    sleep 0.02
  done
  # CPU time the JVM used until ready (all its threads), less sensitive to other load than wall time
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$app/stat")
  quarkus=$(grep -o 'started in [0-9.]*s' "$work/app-$run.log" | head -1 || true)
  loads=$(grep -oE 'Memory [^ ]* (loaded|restored)[^(]*' "$work/app-$run.log" | tr '\n' ';' || true)
  kind=restart; [ "$run" = 1 ] && [ -z "${DATA:-}" ] && kind="first start (schema created)"
  echo "run $run, $kind: live after $live ms, ready after $ready ms, $cpu CPU-s (Quarkus: $quarkus) ${loads}"
  [ "$kind" = restart ] && restarts+=("$ready")
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
done
if [ ${#restarts[@]} -gt 0 ]; then
  median=$(printf '%s\n' "${restarts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "median of ${#restarts[@]} restarts: ready after $median ms (uptime: $(uptime | sed 's/.*load/load/'))"
fi

#!/usr/bin/env bash
# The start-up floor of Tarjoman's stack on this machine: builds the two minimal Quarkus applications in
# api/bench/startup-floor (the Quarkus version of the root pom.xml) and times each as startup.sh times Tarjoman,
# from `java -jar` with the README's run command to the first 200 on /q/health, polled every 20 ms:
#   web          REST with Jackson and the health checks, one resource
#   persistence  the same with Hibernate ORM Panache, H2 and Flyway (one entity, one migration)
# The first run of each starts on an empty data folder, the others restart on it. Compare with
# `BUILD=0 api/bench/startup.sh` run just before or after: what Tarjoman takes beyond the persistence floor is ours.
#   [RUNS=5] [BUILD=0] api/bench/startup-floor.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
. api/bench/common.sh
runs=${RUNS:-5}
port=${PORT:-18086}
floor=api/bench/startup-floor
work=$(mktemp -d /tmp/tarjoman-floor.XXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$work"; true' EXIT

quarkus=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
[ "${BUILD:-1}" = 0 ] || ./mvnw -q -B -f "$floor/pom.xml" package -DskipTests -Dquarkus.version="$quarkus"
echo "Quarkus $quarkus; JVM options (the README's run command): -Xmx$RUN_HEAP ${RUN_JAVA_OPTS[*]}"

now_ms() { date +%s%3N; }
for variant in web persistence; do
  for run in $(seq 1 "$runs"); do
    start=$(now_ms)
    java -Xmx"$RUN_HEAP" "${RUN_JAVA_OPTS[@]}" -Dquarkus.http.port="$port" -Dfloor.data="$work/data-$variant" \
      -jar "$floor/$variant/target/quarkus-app/quarkus-run.jar" > "$work/app.log" 2>&1 &
    app=$!
    until curl -fs -o /dev/null "localhost:$port/q/health"; do
      kill -0 "$app" 2>/dev/null || { echo "$variant stopped; its log:"; tail -20 "$work/app.log"; exit 1; }
      [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "$variant not ready after 2 min"; exit 1; }
      sleep 0.02
    done
    ready=$(( $(now_ms) - start ))
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$app/stat")
    kind=restart; [ "$run" = 1 ] && kind="first start"
    echo "$variant run $run, $kind: ready after $ready ms, $cpu CPU-s"
    kill "$app"; wait "$app" 2>/dev/null || true; app=""
  done
done
echo "(uptime: $(uptime | sed 's/.*load/load/'))"

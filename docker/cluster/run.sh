#!/usr/bin/env bash
# Two Tarjoman nodes of the same jar on one PostgreSQL, behind nginx, without Docker: the topology of
# docker/compose.yaml on one machine (Debian's nginx and PostgreSQL). The test suite's ClusterIT starts the
# same topology from the same nginx template. From the repository root, after ./mvnw package:
#   TARJOMAN_DB_URL=jdbc:postgresql://localhost:5432/tarjoman TARJOMAN_DB_USERNAME=tarjoman \
#   TARJOMAN_DB_PASSWORD=… QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=$(openssl rand -base64 48) \
#   TARJOMAN_WEBHOOKS_SECRET=$(openssl rand -hex 32) TARJOMAN_ADMIN_PASSWORD=… docker/cluster/run.sh
# then open http://127.0.0.1:${PORT:-8080}/ ; Ctrl+C stops the three processes.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${TARJOMAN_DB_URL:?set TARJOMAN_DB_URL to the PostgreSQL JDBC URL}"
: "${QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY:?set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (the same on both nodes)}"
: "${TARJOMAN_WEBHOOKS_SECRET:?set TARJOMAN_WEBHOOKS_SECRET (the same on both nodes)}"
port=${PORT:-8080}
node_a=${NODE_A_PORT:-8081}
node_b=${NODE_B_PORT:-8082}
work=${CLUSTER_DIR:-$(mktemp -d /tmp/tarjoman-cluster.XXXXXX)}
jar=api/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package -DskipTests first" >&2; exit 1; }
mkdir -p "$work/nginx" "$work/node-a" "$work/node-b"
# nginx started as root runs its workers as nobody, who buffer request bodies over 16 kB into
# $work/nginx/client-body: mktemp's folder (0700) would refuse them that path (a 500 on an article)
chmod 755 "$work" "$work/nginx"
export TARJOMAN_DB=postgresql QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait || true; }
trap stop EXIT INT TERM

for node in a b; do
  node_port=$([ "$node" = a ] && echo "$node_a" || echo "$node_b")
  QUARKUS_HTTP_PORT=$node_port TARJOMAN_DATA_DIR="$work/node-$node" \
    java ${JAVA_OPTS:--Xmx600m -XX:+UseSerialGC} -jar "$jar" > "$work/node-$node.log" 2>&1 &
  pids+=($!)
done
sed -e "s#@PREFIX@#$work/nginx#g" -e "s#@PORT@#$port#g" -e "s#@NODE_A@#$node_a#g" -e "s#@NODE_B@#$node_b#g" \
  docker/cluster/nginx.conf.template > "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
for node_port in "$node_a" "$node_b"; do
  until curl -sf "http://127.0.0.1:$node_port/q/health/ready" >/dev/null; do sleep 1; done
done
echo "Tarjoman: two nodes on $TARJOMAN_DB_URL behind nginx at http://127.0.0.1:$port/ (logs in $work)"
wait

#!/usr/bin/env bash
# Statistics benchmark: generate APPLICATIONS applications over JOBS jobs (with employers, seekers,
# consultations and the statistics tables they add up to), start the packaged service, and time
# GET /api/v1/admin/stats/overview (and the drill-downs) over HTTP with warm-up and percentiles.
# Only talks to 127.0.0.1 and stops everything it started.
#
#   bench/stats/run.sh [APPLICATIONS] [JOBS] [pg|h2]     defaults 1000000 100000 pg
#
# pg: drops and recreates the PostgreSQL database "bench_stats" on 127.0.0.1:5432 (user postgres, trust).
# h2: an embedded H2 file database under bench/out/stats-h2-data (the jar built with the dev profile
#     into target/quarkus-app-h2, run with -Dquarkus.profile=dev), as bench/run.sh does.
# Env: REQUESTS (timed requests per query, 500), WARMUP (warm-up rounds over all queries, 200),
#      VERIFY (1 = rebuild the statistics from the source tables through POST /api/v1/admin/stats/rebuild
#      and check the figures did not change; default 1 up to 100,000 applications, else 0),
#      PORT (18100), JAVA_OPTS, TAG (suffix of the output folder), SKIP_GEN=1 (reuse the data).
# Output: bench/out/stats-<db>-<APPLICATIONS><TAG>/summary.txt with the service log next to it.
set -euo pipefail

APPS=${1:-1000000}
JOBS=${2:-100000}
DB=${3:-pg}
REQUESTS=${REQUESTS:-500}
WARMUP=${WARMUP:-200}
PORT=${PORT:-18100}
JAVA_OPTS=${JAVA_OPTS:-}
if [ "$APPS" -le 100000 ]; then VERIFY=${VERIFY:-1}; else VERIFY=${VERIFY:-0}; fi
DBNAME=bench_stats
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/bench/out/stats-$DB-$APPS${TAG:-}
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
cd "$ROOT"
: > "$OUT/summary.txt"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

for tool in java curl openssl; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
M2=${M2:-$HOME/.m2/repository}
PG_JAR=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

# ---- build ---------------------------------------------------------------------------------------------
if [ "$DB" = pg ]; then
  APP=target/quarkus-app
  if [ ! -f $APP/quarkus-run.jar ] || [ "${REBUILD:-0}" = 1 ]; then
    log "building (prod profile, PostgreSQL)"
    ./mvnw -B -q package -DskipTests
  fi
  DRIVER=$PG_JAR
else
  APP=target/quarkus-app-h2
  if [ ! -f $APP/quarkus-run.jar ] || [ "${REBUILD:-0}" = 1 ]; then
    log "building (dev profile, H2) into $APP"
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=dev -Dquarkus.package.output-directory=quarkus-app-h2
  fi
  DRIVER=$(ls $APP/lib/main/com.h2database.h2-*.jar | head -1)   # the exact H2 the service uses
fi

# ---- database and service environment --------------------------------------------------------------------
KEYS=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/priv.pem" 2>/dev/null
openssl pkey -in "$KEYS/priv.pem" -pubout -out "$KEYS/pub.pem" 2>/dev/null
if [ "$DB" = pg ]; then
  command -v createdb >/dev/null || { echo "missing createdb"; exit 1; }
  JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DBNAME?reWriteBatchedInserts=true"; JDBC_USER=postgres
  export DB_URL="jdbc:postgresql://127.0.0.1:5432/$DBNAME" DB_USER=postgres DB_PASSWORD=postgres
  export WECHAT_APP_ID=wx-bench WECHAT_APP_SECRET=bench-secret-not-used WECHAT_API_HOST=http://127.0.0.1:9
  export JWT_SIGN_KEY_FILE=$KEYS/priv.pem JWT_VERIFY_KEY_FILE=$KEYS/pub.pem
  PII_KEY=$(openssl rand -base64 32); PII_HASH_KEY=$(openssl rand -base64 32); export PII_KEY PII_HASH_KEY
  export ADMIN_USERNAME=benchadmin ADMIN_PASSWORD=bench-admin-password
  export QUARKUS_LOG_CONSOLE_JSON_ENABLED=false NANHU_DATA_DIR=$OUT/data
  ADMIN_USER=benchadmin; ADMIN_PASS=bench-admin-password
  PROFILE_OPTS=""
else
  DATA=$ROOT/bench/out/stats-h2-data
  JDBC_URL="jdbc:h2:file:$DATA/nanhu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"; JDBC_USER=sa
  export NANHU_DATA_DIR=$DATA
  ADMIN_USER=admin; ADMIN_PASS=admin
  PROFILE_OPTS="-Dquarkus.profile=dev"
fi
export QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1

PID=""
stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
  PID=""
}
cleanup() { stop_service; rm -rf "$KEYS"; }
trap cleanup EXIT

start_service() {
  local logfile=$1
  # shellcheck disable=SC2086
  java $JAVA_OPTS $PROFILE_OPTS -jar $APP/quarkus-run.jar > "$logfile" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if ! kill -0 "$PID" 2>/dev/null; then log "service died, see $logfile"; tail -30 "$logfile"; exit 1; fi
    if curl -fs -o /dev/null "$BASE/q/health/ready"; then return 0; fi
    sleep 0.5
  done
  log "service not ready after 15 minutes"; exit 1
}
client() { java bench/stats/OverviewClient.java "$BASE" "$ADMIN_USER" "$ADMIN_PASS" "$@"; }

log "machine: $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 1. migrate an empty database, 2. generate ------------------------------------------------------------
if [ "${SKIP_GEN:-0}" != 1 ]; then
  if [ "$DB" = pg ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists $DBNAME
    createdb -h 127.0.0.1 -U postgres $DBNAME
  else
    rm -rf "$DATA"
  fi
  log "first start on an empty $DB database (Flyway migrates)"
  start_service "$OUT/migrate.log"
  stop_service
  log "generating $APPS applications over $JOBS jobs, and the statistics tables"
  java -Xmx1g -cp "$DRIVER" bench/stats/GenerateStats.java "$JDBC_URL" "$JDBC_USER" "" "$APPS" "$JOBS" | tee -a "$OUT/summary.txt"
  if [ "$DB" = pg ]; then
    psql -h 127.0.0.1 -U postgres -d $DBNAME -Atc "analyze" >/dev/null
    psql -h 127.0.0.1 -U postgres -d $DBNAME -Atc "select 'db_size=' || pg_size_pretty(pg_database_size('$DBNAME'))" | tee -a "$OUT/summary.txt"
  else
    echo "db_size=$(du -sh "$DATA" | cut -f1)" | tee -a "$OUT/summary.txt"
  fi
fi

# ---- 3. the service on the data ------------------------------------------------------------------------------
log "starting the service ($DB) JAVA_OPTS='$JAVA_OPTS'"
start_service "$OUT/service.log"
grep -o "started in [0-9.]*s" "$OUT/service.log" | tee -a "$OUT/summary.txt" || true

# ---- 4. optional: the generated statistics equal a rebuild from the source tables --------------------------------
if [ "$VERIFY" = 1 ]; then
  client snapshot "$OUT/generated.txt"
  TOKEN=$(curl -fs -XPOST "$BASE/api/v1/auth/staff-login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASS\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  log "rebuild: $(curl -fs -XPOST "$BASE/api/v1/admin/stats/rebuild" -H "Authorization: Bearer $TOKEN")"
  client snapshot "$OUT/rebuilt.txt"
  if cmp -s "$OUT/generated.txt" "$OUT/rebuilt.txt"; then
    log "verify: the generated statistics equal the rebuild from the source tables"
  else
    log "verify: DIFFERENT after the rebuild, see diff $OUT/generated.txt $OUT/rebuilt.txt"; exit 1
  fi
fi

# ---- 5. measure -------------------------------------------------------------------------------------------------
log "timing: $WARMUP warm-up rounds, then $REQUESTS sequential requests per query"
client "$REQUESTS" "$WARMUP" | tee -a "$OUT/summary.txt"
stop_service
log "done: $OUT/summary.txt"

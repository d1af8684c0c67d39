#!/usr/bin/env bash
# Search benchmark: generate N employers + N published jobs, start the packaged service, measure
# start-up (index build included) and heap, load GET /api/v1/jobs with wrk, time the naive SQL
# LIKE search on the same data, stop the service. Only talks to 127.0.0.1.
#
#   bench/run.sh [N] [pg|h2]        N defaults to 100000, database to pg
#
# pg: drops and recreates the PostgreSQL database "bench" on 127.0.0.1:5432 (user postgres, trust).
# h2: an embedded H2 file database under bench/out/h2-data (a second build of the jar with the dev
#     profile, written to target/quarkus-app-h2, run with -Dquarkus.profile=dev).
# Env: QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT (e.g. 3600s: the index is built in one
#      transaction at start, default timeout 60s), JAVA_OPTS (e.g. -Xmx512m), SKIP_GEN=1 (reuse the data already there), DURATION (wrk seconds,
#      default 30), CONNECTIONS (default 32), PORT (default 18080), TAG (suffix of the output folder
#      bench/out/<db>-<N><TAG>).
set -euo pipefail

# the load generator comes from Debian's packages
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi

N=${1:-100000}
DB=${2:-pg}
DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-32}
PORT=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:-}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/bench/out/$DB-$N${TAG:-}
mkdir -p "$OUT"
cd "$ROOT"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }
: > "$OUT/summary.txt"

M2=${M2:-$HOME/.m2/repository}
PG_JAR=$(ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
H2_JAR=$(ls "$M2"/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)

# ---- build ---------------------------------------------------------------------------------------
if [ "$DB" = pg ]; then
  APP=target/quarkus-app
  if [ ! -f $APP/quarkus-run.jar ]; then
    log "building (prod profile, PostgreSQL)"
    ./mvnw -B -q package -DskipTests
  fi
else
  APP=target/quarkus-app-h2
  if [ ! -f $APP/quarkus-run.jar ]; then
    log "building (dev profile, H2) into $APP"
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=dev -Dquarkus.package.output-directory=quarkus-app-h2
  fi
  H2_JAR=$(ls $APP/lib/main/com.h2database.h2-*.jar | head -1)   # the exact H2 the service uses
fi

# ---- database and service environment ------------------------------------------------------------
KEYS=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/priv.pem" 2>/dev/null
openssl pkey -in "$KEYS/priv.pem" -pubout -out "$KEYS/pub.pem" 2>/dev/null
if [ "$DB" = pg ]; then
  JDBC_URL="jdbc:postgresql://127.0.0.1:5432/bench?reWriteBatchedInserts=true"
  JDBC_USER=postgres; JDBC_PASSWORD=""; DRIVER=$PG_JAR
  export DB_URL="jdbc:postgresql://127.0.0.1:5432/bench" DB_USER=postgres DB_PASSWORD=postgres
  export WECHAT_APP_ID=wx-bench WECHAT_APP_SECRET=bench-secret-not-used
  export JWT_SIGN_KEY_FILE=$KEYS/priv.pem JWT_VERIFY_KEY_FILE=$KEYS/pub.pem
  export PII_KEY=$(openssl rand -base64 32) PII_HASH_KEY=$(openssl rand -base64 32)
  export ADMIN_USERNAME=benchadmin ADMIN_PASSWORD=bench-admin-password
  export QUARKUS_LOG_CONSOLE_JSON_ENABLED=false
  PROFILE_OPTS=""
else
  DATA=$ROOT/bench/out/h2-data
  JDBC_URL="jdbc:h2:file:$DATA/nanhu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  JDBC_USER=sa; JDBC_PASSWORD=""; DRIVER=$H2_JAR
  export NANHU_DATA_DIR=$DATA
  PROFILE_OPTS="-Dquarkus.profile=dev"
fi
export QUARKUS_HTTP_PORT=$PORT QUARKUS_HTTP_HOST=127.0.0.1
# This benchmark measures the index: its eight queries repeat, and with the service's reuse of a search's hits
# (search.cache-ttl) nearly every request would be answered without searching. SEARCH_CACHE_TTL=10s measures that.
export SEARCH_CACHE_TTL=${SEARCH_CACHE_TTL:-0s}

PID=""
stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"; wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
cleanup() { stop_service; rm -rf "$KEYS"; }
trap cleanup EXIT

# start_service <logfile>: starts the jar, waits for readiness (max 15 min), sets PID and STARTUP_WALL_S
start_service() {
  local logfile=$1 t0
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS $PROFILE_OPTS -jar $APP/quarkus-run.jar > "$logfile" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if ! kill -0 "$PID" 2>/dev/null; then log "service died, see $logfile"; tail -30 "$logfile"; exit 1; fi
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; then
      STARTUP_WALL_S=$(echo "$(date +%s.%N) - $t0" | bc)
      return 0
    fi
    sleep 0.5
  done
  log "service not ready after 15 minutes"; exit 1
}

# ---- migrate once, then generate -----------------------------------------------------------------
if [ "${SKIP_GEN:-0}" != 1 ]; then
  if [ "$DB" = pg ]; then
    dropdb -h 127.0.0.1 -U postgres --if-exists bench
    createdb -h 127.0.0.1 -U postgres bench
  else
    rm -rf "$DATA"
  fi
  log "first start on an empty $DB database (Flyway migrates)"
  start_service "$OUT/migrate.log"
  stop_service
  log "generating $N employers and $N jobs"
  java -cp "$DRIVER" bench/GenerateJobs.java "$JDBC_URL" "$JDBC_USER" "$JDBC_PASSWORD" "$N" | tee -a "$OUT/summary.txt"
  if [ "$DB" = pg ]; then
    psql -h 127.0.0.1 -U postgres -d bench -Atc "select 'db_size=' || pg_size_pretty(pg_database_size('bench'))" | tee -a "$OUT/summary.txt"
  else
    echo "db_size=$(du -sh "$DATA" | cut -f1)" | tee -a "$OUT/summary.txt"
  fi
fi

# ---- the measured start ------------------------------------------------------------------------------
log "starting the service on $N jobs ($DB) JAVA_OPTS='$JAVA_OPTS'"
start_service "$OUT/service.log"
{
  echo "startup_wall_s=$STARTUP_WALL_S (launch to /q/health/ready = 200)"
  grep -o "Job index built with [0-9]* documents" "$OUT/service.log" || echo "index line not found"
  grep -o "started in [0-9.]*s" "$OUT/service.log" || echo "started line not found"
  echo "heap after start (no forced GC):"; jcmd "$PID" GC.heap_info | sed -n '2,3p'
  jcmd "$PID" GC.run > /dev/null
  echo "heap after a full GC (live set):"; jcmd "$PID" GC.heap_info | sed -n '2,3p'
  echo "max heap: $(jcmd "$PID" VM.flags | grep -o 'MaxHeapSize=[0-9]*')"
  grep VmRSS /proc/"$PID"/status
} | tee -a "$OUT/summary.txt"

# ---- correctness spot check + warm-up -----------------------------------------------------------------
for q in "q=Java&district=3304" "q=%E4%BC%9A%E8%AE%A1" "q=%E9%94%80%E5%94%AE&salaryMin=6000" "district=330402&sort=newest"; do
  body=$(curl -fs "http://127.0.0.1:$PORT/api/v1/jobs?$q")
  echo "GET /api/v1/jobs?$q -> $(echo "$body" | grep -o '"id":"0BJ' | wc -l) jobs on the first page" | tee -a "$OUT/summary.txt"
done
# database statements per search request (PostgreSQL: each statement outside a transaction commits)
if [ "$DB" = pg ]; then
  count_commits() { psql -h 127.0.0.1 -U postgres -d bench -Atc "select xact_commit from pg_stat_database where datname = 'bench'"; }
  sleep 2; c0=$(count_commits)
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/v1/jobs?q=%E4%BC%9A%E8%AE%A1"; done
  sleep 2; c1=$(count_commits)
  echo "database transactions per search request (q=会计, 50 requests): $(( (c1 - c0) / 50 ))" | tee -a "$OUT/summary.txt"
fi
log "warm-up: wrk 20 s"
wrk -t2 -c16 -d20s -s bench/queries.lua "http://127.0.0.1:$PORT" > "$OUT/wrk-warmup.txt"

# ---- load ---------------------------------------------------------------------------------------------
log "latency, one connection (sequential requests): wrk -t1 -c1 -d${DURATION}s"
wrk -t1 -c1 -d"${DURATION}s" --latency -s bench/queries.lua "http://127.0.0.1:$PORT" | tee "$OUT/wrk-c1.txt" | grep WRK_SUMMARY | sed 's/^/c1 /' | tee -a "$OUT/summary.txt"
log "throughput: wrk -t2 -c$CONNECTIONS -d${DURATION}s"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/queries.lua "http://127.0.0.1:$PORT" | tee "$OUT/wrk-c$CONNECTIONS.txt" | grep WRK_SUMMARY | sed "s/^/c$CONNECTIONS /" | tee -a "$OUT/summary.txt"
log "per-query latency, sequential"
bench/per-query.sh "$PORT" 50 | tee "$OUT/per-query.txt" | tee -a "$OUT/summary.txt"
{ echo "heap after load:"; jcmd "$PID" GC.heap_info | sed -n '2,3p'; grep VmRSS /proc/"$PID"/status; } | tee -a "$OUT/summary.txt"
stop_service

# ---- naive SQL comparison (service stopped: H2 file database is single-process) -------------------------
log "naive SQL LIKE search, same queries, same database"
java -cp "$DRIVER" bench/NaiveSearch.java "$JDBC_URL" "$JDBC_USER" "$JDBC_PASSWORD" "${NAIVE_ROUNDS:-20}" | tee "$OUT/naive.txt" | tee -a "$OUT/summary.txt"

C1_P50=$(grep -o 'p50_ms=[0-9.]*' "$OUT/wrk-c1.txt" | cut -d= -f2)
C1_P99=$(grep -o 'p99_ms=[0-9.]*' "$OUT/wrk-c1.txt" | cut -d= -f2)
NV_P50=$(grep -o 'NAIVE_ALL p50_ms=[0-9.]*' "$OUT/naive.txt" | cut -d= -f2)
NV_P99=$(grep NAIVE_ALL "$OUT/naive.txt" | grep -o 'p99_ms=[0-9.]*' | cut -d= -f2)
awk -v sp50="$C1_P50" -v sp99="$C1_P99" -v np50="$NV_P50" -v np99="$NV_P99" 'BEGIN {
  printf "RATIO naive SQL / service, one connection: p50 %.1f ms / %.1f ms = %.2f, p99 %.1f ms / %.1f ms = %.2f\n", np50, sp50, np50 / sp50, np99, sp99, np99 / sp99
  print "(above 1: the service is faster; service figures are whole HTTP requests, naive figures the SQL query alone)" }' | tee -a "$OUT/summary.txt"
log "done: $OUT/summary.txt"

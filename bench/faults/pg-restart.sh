#!/usr/bin/env bash
# Fault injection: PostgreSQL stopped and started again under load. Runs the packaged jar (prod profile)
# on the database "bench_faults" (dropped and recreated) on 127.0.0.1, seeds an employer with jobs and
# registered seekers, then drives search, job detail and applications from several threads while the
# database is stopped for DOWN_S seconds. Prints answers per second and per status, the readiness
# transitions, and checks afterwards that:
#   - no answer was a 500 or anything but a problem document (503 with Retry-After while the database is away),
#   - /q/health/ready went DOWN and came back UP, and requests succeeded again without restarting the service,
#   - no application exists without its history row (no partial write).
# Exits non-zero when a check fails. Needs the local cluster (pg_ctlcluster) and stops it: run it alone.
#
#   bench/faults/pg-restart.sh            Env: SECONDS_TOTAL (60), DOWN_AT (15), DOWN_S (15), THREADS (8),
#                                         PORT (18095), FAKE_PORT (18096), REBUILD=1
set -euo pipefail

TOTAL=${SECONDS_TOTAL:-60}
DOWN_AT=${DOWN_AT:-15}
DOWN_S=${DOWN_S:-15}
THREADS=${THREADS:-8}
PORT=${PORT:-18095}
FAKE_PORT=${FAKE_PORT:-18096}
DBNAME=bench_faults
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/bench/out/faults-pg-restart
BASE=http://127.0.0.1:$PORT
CLUSTER="$(ls /etc/postgresql | head -n 1) main"
cd "$ROOT"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

for tool in psql createdb dropdb curl openssl pg_ctlcluster javac; do
  command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }
done
. bench/lib/prod-service.sh
javac -d "$OUT/classes" bench/matching/MatchingClient.java bench/faults/FaultClient.java
client() { java -cp "$OUT/classes" FaultClient "$@"; }

prod_service_env $DBNAME "$PORT" "$FAKE_PORT" "$OUT"
cleanup() {
  pg_ctlcluster --skip-systemctl-redirect $CLUSTER start >/dev/null 2>&1 || true
  prod_service_stop
}
trap cleanup EXIT
prod_service_start "$OUT" "$BASE"
log "service ready; seeding"
client seed "$BASE" benchadmin bench-admin-password 20 50 "$OUT" | tee -a "$OUT/summary.txt"

log "load for ${TOTAL} s with ${THREADS} threads; PostgreSQL stops at ${DOWN_AT} s for ${DOWN_S} s"
client load "$BASE" "$OUT" "$TOTAL" "$THREADS" > "$OUT/load.txt" 2>&1 &
LOAD=$!
sleep "$DOWN_AT"
log "stopping PostgreSQL (fast shutdown: open connections are cut)"
pg_ctlcluster --skip-systemctl-redirect $CLUSTER stop -m fast
sleep "$DOWN_S"
log "starting PostgreSQL"
pg_ctlcluster --skip-systemctl-redirect $CLUSTER start
wait $LOAD
cat "$OUT/load.txt" | tee -a "$OUT/summary.txt" >/dev/null
grep -E "^SECOND" "$OUT/load.txt" | sed -n "$((DOWN_AT - 2)),$((DOWN_AT + DOWN_S + 8))p"
grep -E "^(HEALTH|TOTAL)" "$OUT/load.txt"

failed=0
if grep -E "^TOTAL" "$OUT/load.txt" | grep -Eq " 500=|not-problem"; then
  log "FAILED: answers with 500 or without a problem document"; failed=1
fi
if ! grep -E "^HEALTH" "$OUT/load.txt" | grep -q "DOWN.*UP"; then
  log "FAILED: readiness did not go DOWN and back UP"; failed=1
fi
tail_ok=$(grep -E "^SECOND" "$OUT/load.txt" | tail -3 | grep -c "search 200" || true)
if [ "$tail_ok" -lt 3 ]; then
  log "FAILED: searches did not succeed again in the last seconds"; failed=1
fi
orphans=$(psql -X -At -h 127.0.0.1 -U postgres -d $DBNAME -c \
  "select count(*) from application a where not exists (select 1 from application_history h where h.application_id = a.id)")
apps=$(psql -X -At -h 127.0.0.1 -U postgres -d $DBNAME -c "select count(*) from application")
log "applications stored: $apps; without their history row: $orphans"
[ "$orphans" = 0 ] || { log "FAILED: partial writes"; failed=1; }
first_up=$(grep -E "^SECOND" "$OUT/load.txt" | awk -v from=$((DOWN_AT + DOWN_S)) '$2 >= from && /search 200/ { print $2; exit }')
log "first second with successful searches after the restart: ${first_up:-none} (PostgreSQL started at ~$((DOWN_AT + DOWN_S)) s)"
[ $failed = 0 ] && log "OK: 503 while the database was away, readiness DOWN then UP, recovered without a restart, no partial writes"
exit $failed

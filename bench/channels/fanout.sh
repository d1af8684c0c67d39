#!/usr/bin/env bash
# Webhook fan-out: JOBS jobs published to CHANNELS webhook channels (every job matches every channel),
# so JOBS x CHANNELS signed webhooks go out through the outbox to a local partner endpoint. Runs the
# packaged jar (prod profile) on the PostgreSQL database "bench_channels" (dropped and recreated), only
# on 127.0.0.1. Prints the approval latency while the webhooks are queued (publication must not wait for
# deliveries), and the delivery throughput, bad signatures and repeated delivery ids at the receiver.
#
#   bench/channels/fanout.sh [JOBS] [CHANNELS]     defaults 1000 jobs, 20 channels
#
# Env: PORT (service, 18110), RECV_PORT (receiver, 18111), FAKE_PORT (WeChat stand-in, 18112), REBUILD=1,
#      WORKERS (notify.outbox.workers, 4), TIMEOUT (seconds to wait for every delivery, 900)
set -euo pipefail

JOBS=${1:-1000}
CHANNELS=${2:-20}
PORT=${PORT:-18110}
RECV_PORT=${RECV_PORT:-18111}
FAKE_PORT=${FAKE_PORT:-18112}
DBNAME=bench_channels
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$ROOT/bench/out/channels-fanout-$JOBS-$CHANNELS
BASE=http://127.0.0.1:$PORT
cd "$ROOT"
rm -rf "$OUT"; mkdir -p "$OUT/classes"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

for tool in psql createdb dropdb curl openssl javac; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
. bench/lib/prod-service.sh
javac -d "$OUT/classes" bench/matching/MatchingClient.java bench/channels/FanoutClient.java
client() { java -cp "$OUT/classes" FanoutClient "$@"; }

prod_service_env $DBNAME "$PORT" "$FAKE_PORT" "$OUT"
# the partner endpoint is on this machine: allowed by name, as the tests allow their fake partner
export CHANNELS_WEBHOOK_ALLOW_HOSTS=127.0.0.1 NOTIFY_OUTBOX_WORKERS=${WORKERS:-4}
RECV_PID=""
cleanup() {
  [ -n "$RECV_PID" ] && kill "$RECV_PID" 2>/dev/null && wait "$RECV_PID" 2>/dev/null
  prod_service_stop
}
trap cleanup EXIT
prod_service_start "$OUT" "$BASE"
log "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); outbox workers ${WORKERS:-4}"
log "setting up $CHANNELS webhook channels and $JOBS jobs waiting for review"
client setup "$BASE" benchadmin bench-admin-password "$CHANNELS" "$JOBS" "$RECV_PORT" "$OUT" | tee -a "$OUT/summary.txt"

client receiver "$RECV_PORT" "$OUT/secrets.tsv" $((JOBS * CHANNELS)) "${TIMEOUT:-900}" > "$OUT/receiver.txt" 2>&1 &
RECV_PID=$!
sleep 1
log "approving the $JOBS jobs: each publication queues $CHANNELS webhooks in its own transaction"
client publish "$BASE" benchadmin bench-admin-password | tee -a "$OUT/summary.txt"
log "waiting for the receiver"
set +e
wait $RECV_PID
status=$?
set -e
RECV_PID=""
tee -a "$OUT/summary.txt" < "$OUT/receiver.txt"
psql -X -At -h 127.0.0.1 -U postgres -d $DBNAME -c \
  "select 'LEDGER ' || state || ' ' || count(*) from channel_delivery group by state order by 1" | tee -a "$OUT/summary.txt"
log "done ($([ $status = 0 ] && echo OK || echo FAILED)): $OUT/summary.txt"
exit $status

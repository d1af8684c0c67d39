#!/usr/bin/env bash
# Load test on PostgreSQL (issue 11): the packaged jar (prod profile) over JOBS published jobs and SEEKERS
# seekers, driven by wrk with the mix of bench/load/mix.lua (search 60 %, job detail 20 %,
# recommendations 10 %, applications 5 %, WeChat sign-in 5 %), only on 127.0.0.1. Then a soak at the same
# load, sampling the service's RSS and heap. Stops everything it started.
#
#   bench/load/run.sh [JOBS] [SEEKERS]        defaults 100000 jobs, 200000 seekers
#
# Env: CONNECTIONS (wrk connections, 32), THREADS (wrk threads, 2), WARMUP (s, 60), DURATION (s of the measured
#      run, 60), SOAK (s, 600; 0 skips it), SAMPLE (s between RSS/heap samples in the soak, 30), LIVE_EVERY (s between
#      live-heap samples, each after a full GC, 120), KIND_S (s of each
#      one-kind run at one connection, 15; 0 skips them), PROFILE_S (s of the mix under JFR after the measured
#      run, 20), LOAD_SEEKERS (seekers registered through the API who
#      apply and ask for recommendations, 6000), PORT (18110), FAKE_PORT (18111), JAVA_OPTS, TAG, REBUILD=1.
# Output: bench/out/load-<JOBS><TAG>/summary.txt, with the service log and every wrk output.
# The database "bench_load" on 127.0.0.1:5432 is dropped and recreated.
set -euo pipefail

JOBS=${1:-100000}
SEEKERS=${2:-200000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-60}
DURATION=${DURATION:-60}
SOAK=${SOAK:-600}
SAMPLE=${SAMPLE:-30}
LIVE_EVERY=${LIVE_EVERY:-120}
KIND_S=${KIND_S:-15}
PROFILE_S=${PROFILE_S:-20}
LOAD_SEEKERS=${LOAD_SEEKERS:-6000}
PORT=${PORT:-18110}
FAKE_PORT=${FAKE_PORT:-18111}
DBNAME=bench_load
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=http://127.0.0.1:$PORT
cd "$ROOT"
# shellcheck source=bench/lib/tools.sh
. bench/lib/tools.sh
bench_begin "$ROOT/bench/out/load-$JOBS${TAG:-}"

bench_tools jcmd psql createdb dropdb curl openssl
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DBNAME"

# shellcheck source=bench/lib/prod-service.sh
. bench/lib/prod-service.sh
prod_service_env $DBNAME "$PORT" "$FAKE_PORT" "$OUT"
trap prod_service_stop EXIT
client() { java -cp "$PG_JAR" bench/matching/MatchingClient.java "$@"; }
psql_q() { psql -h 127.0.0.1 -U postgres -d $DBNAME -Atc "$1"; }

log "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
log "first start on an empty database (Flyway migrates and loads the reference data)"
prod_service_start "$OUT" "$BASE"
log "generating $JOBS employers with a published job each, and $SEEKERS seekers"
java -cp "$PG_JAR" bench/GenerateJobs.java "$JDBC_URL?reWriteBatchedInserts=true" postgres "" "$JOBS" | tee -a "$OUT/summary.txt"
java -cp "$PG_JAR" bench/matching/GenerateSeekers.java "$JDBC_URL?reWriteBatchedInserts=true" postgres "" "$SEEKERS" "$LOAD_SEEKERS" \
  "$OUT/load-seekers.tsv" | tee -a "$OUT/summary.txt"
psql_q "analyze" > /dev/null
log "starting the service on the data"
prod_service_restart "$OUT" "$BASE" service-loaded.log
grep -o "started in [0-9.]*s" "$OUT/service-loaded.log" | sed 's/^/service /' | tee -a "$OUT/summary.txt" || true
log "registering $LOAD_SEEKERS seekers through the API (sign-in, PUT /api/v1/seeker/profile)"
client register "$BASE" "$OUT/load-seekers.tsv" | tee -a "$OUT/summary.txt"
cut -f1 "$OUT/load-seekers.tsv" | grep -v '^#' > "$OUT/codes.txt"
psql_q "select id from job where status = 'PUBLISHED' order by md5(id) limit 20000" > "$OUT/jobs.txt"
# The local server may run with autovacuum off (this machine's does: `show autovacuum`), and then the
# planner keeps the statistics of the empty tables and scans them whole (sign-in read all of app_user).
# A production server analyses as tables grow; so does this script, now and every minute of the run.
log "autovacuum on this server: $(psql_q "show autovacuum"); analysing every 60 s during the run"
psql_q "analyze" > /dev/null
( while sleep 60; do psql_q "analyze" > /dev/null 2>&1 || true; done ) &
ANALYZER=$!
trap 'kill $ANALYZER 2>/dev/null; prod_service_stop' EXIT
psql_q "select 'db_size=' || pg_size_pretty(pg_database_size('$DBNAME'))" | tee -a "$OUT/summary.txt"

# ---- measurement helpers ------------------------------------------------------------------------------------
# fresh access tokens (they live 15 minutes) of the registered seekers, in the order of the codes file
tokens() { client tokens "$BASE" "$OUT/load-seekers.tsv" "$LOAD_SEEKERS" "$OUT/tokens.txt" > /dev/null; }
ROUND=0
# mix <name> <seconds> <connections> [only]: one wrk run; applications continue in the rounds after the last run's
mix() {
  local name=$1 secs=$2 conns=$3 only=${4:-} threads=$THREADS rounds
  [ "$conns" -lt "$threads" ] && threads=$conns
  # shellcheck disable=SC2086
  wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s --latency -s bench/load/mix.lua "$BASE" -- \
    "$OUT/jobs.txt" "$OUT/tokens.txt" "$OUT/codes.txt" "$threads" "$ROUND" $only > "$OUT/wrk-$name.txt"
  # the next run starts after every round this one reached (a seeker applies at most once a round)
  local requests applies
  requests=$(grep -m1 -o 'requests=[0-9]*' "$OUT/wrk-$name.txt" | cut -d= -f2)
  if [ -z "$only" ]; then applies=$((requests / 20 + threads)); elif [ "$only" = apply ]; then applies=$requests; else applies=0; fi
  rounds=$((applies * threads / LOAD_SEEKERS + 2))
  ROUND=$((ROUND + rounds))
  grep LOAD_SUMMARY "$OUT/wrk-$name.txt" | sed "s/^LOAD_SUMMARY/$name:/" | tee -a "$OUT/summary.txt"
}
# CPU accounting from /proc, in clock ticks: the whole machine, the service, PostgreSQL, wrk
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
cpu_snapshot() {
  awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; printf "machine %d %d\n", t, $5 + $6 }' /proc/stat
  # cat goes on past a process that ended meanwhile (awk would stop at it); the pid is the first field
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '{ i = index($0, ") "); split(substr($0, i + 2), f, " ")
    print $1, f[12] + f[13], substr($0, index($0, "(") + 1, i - index($0, "(") - 1) }'
}
cpu_split() {
  awk -v svc="$PID" '
    FNR == NR { if ($1 == "machine") { t0 = $2; i0 = $3 } else a[$1] = $2; next }
    $1 == "machine" { t = $2 - t0; idle = $3 - i0; next }
    ($1 in a) { d = $2 - a[$1]; if ($1 == svc) s += d; else if ($3 == "postgres") pg += d; else if ($3 ~ /^wrk/) w += d; else o += d }
    END { printf "CPU of the machine (%d cores = 100 %%): busy %.0f %%: service %.0f %%, PostgreSQL %.0f %%, wrk %.0f %%, other %.0f %%\n",
          '"$(nproc)"', 100 * (t - idle) / t, 100 * s / t, 100 * pg / t, 100 * w / t, 100 * (t - idle - s - pg - w) / t }' "$1" "$2"
}
# CPU milliseconds per request of the service and of PostgreSQL between two snapshots
cpu_per_request() {
  awk -v svc="$PID" -v n="$3" -v ms="$TICK_MS" '
    FNR == NR { if ($1 != "machine") a[$1] = $2; next }
    ($1 in a) && $1 != "machine" { d = $2 - a[$1]; if ($1 == svc) s += d; else if ($3 == "postgres") pg += d }
    END { printf "service %.2f ms, PostgreSQL %.2f ms of CPU per request\n", s * ms / n, pg * ms / n }' "$1" "$2"
}
heap_used_kib() { jcmd "$PID" GC.heap_info | grep -m1 -o 'used [0-9]*K' | tr -dc '0-9'; }
heap_live_kib() { jcmd "$PID" GC.run > /dev/null; jcmd "$PID" GC.run > /dev/null; heap_used_kib; }
# the live bytes a class histogram counts (it collects first): exact even while the mix allocates, unlike the heap
# in use read after a collection
histogram_live_kib() { jcmd "$PID" GC.class_histogram | awk '/^Total/ { print int($3 / 1024) }'; }
rss_kib() { awk '/^VmRSS/ { print $2 }' /proc/"$PID"/status; }
mib() { echo $(( $1 / 1024 )); }

# ---- 1. warm-up, then the measured run ---------------------------------------------------------------------
tokens
log "warm-up: ${WARMUP}s of the mix at $CONNECTIONS connections"
mix warmup "$WARMUP" "$CONNECTIONS"
LIVE_BEFORE=$(heap_live_kib)
RSS_BEFORE=$(rss_kib)
jcmd "$PID" GC.class_histogram > "$OUT/histogram-before.txt"
log "live heap after a full GC: $(mib "$LIVE_BEFORE") MiB; RSS $(mib "$RSS_BEFORE") MiB"
cpu_snapshot > "$OUT/cpu0"
log "measured: ${DURATION}s of the mix at $CONNECTIONS connections ($THREADS wrk threads)"
mix measured "$DURATION" "$CONNECTIONS"
cpu_snapshot > "$OUT/cpu1"
cpu_split "$OUT/cpu0" "$OUT/cpu1" | tee -a "$OUT/summary.txt"
APPS_TOTAL=$(psql_q "select count(*) from application")
HIST_MISSING=$(psql_q "select count(*) from application a where not exists (select 1 from application_history h where h.application_id = a.id)")
log "applications stored so far: $APPS_TOTAL; without their history row: $HIST_MISSING"
log "where the service's CPU goes under the mix: ${PROFILE_S}s with JFR"
jcmd "$PID" JFR.start name=mix settings=profile filename="$OUT/mix.jfr" > /dev/null
mix profile "$PROFILE_S" "$CONNECTIONS" > /dev/null
jcmd "$PID" JFR.stop name=mix > /dev/null
java bench/load/CpuByEndpoint.java "$OUT/mix.jfr" | tee "$OUT/cpu-by-endpoint.txt" | tee -a "$OUT/summary.txt"

# ---- 2. each kind alone, one connection: where the time goes ---------------------------------------------------
if [ "$KIND_S" -gt 0 ]; then
  for kind in search detail recommend apply login; do
    cpu_snapshot > "$OUT/cpu-a"
    mix "one-$kind" "$KIND_S" 1 "$kind"
    cpu_snapshot > "$OUT/cpu-b"
    cpu_per_request "$OUT/cpu-a" "$OUT/cpu-b" "$(grep -m1 -o ' requests=[0-9]*' "$OUT/wrk-one-$kind.txt" | cut -d= -f2)" > "$OUT/cpu-one-$kind.txt"
  done
fi

# ---- 3. soak -------------------------------------------------------------------------------------------------------
if [ "$SOAK" -gt 0 ]; then
  tokens
  log "soak: ${SOAK}s of the mix at $CONNECTIONS connections; RSS and heap every ${SAMPLE}s"
  # every LIVE_EVERY seconds also the live heap after a full GC: caches that fill and then hold level show as a
  # plateau, growth as a slope
  echo "# seconds rss_mib heap_used_mib live_after_full_gc_mib" > "$OUT/soak-memory.txt"
  ( t=0; while [ $t -le "$SOAK" ]; do
      live=-; [ $((t % LIVE_EVERY)) -eq 0 ] && [ "$t" -gt 0 ] && live=$(mib "$(histogram_live_kib)")
      echo "$t $(mib "$(rss_kib)") $(mib "$(heap_used_kib)") $live" >> "$OUT/soak-memory.txt"; sleep "$SAMPLE"; t=$((t + SAMPLE)); done ) &
  SAMPLER=$!
  cpu_snapshot > "$OUT/cpu2"
  mix soak "$SOAK" "$CONNECTIONS"
  cpu_snapshot > "$OUT/cpu3"
  kill $SAMPLER 2>/dev/null || true; wait $SAMPLER 2>/dev/null || true
  cpu_split "$OUT/cpu2" "$OUT/cpu3" | tee -a "$OUT/summary.txt"
  LIVE_AFTER=$(heap_live_kib)
  RSS_AFTER=$(rss_kib)
  # what grew: the classes whose live bytes grew most between the histograms before and after the soak
  jcmd "$PID" GC.class_histogram > "$OUT/histogram-after.txt"
  awk 'FNR == NR && $1 ~ /^[0-9]+:$/ { before[$4] = $3; next }
       $1 ~ /^[0-9]+:$/ { d = $3 - before[$4]; if (d > 0) printf "%10.1f KiB  %s (%d instances now)\n", d / 1024, $4, $2 }' \
    "$OUT/histogram-before.txt" "$OUT/histogram-after.txt" | sort -rn | awk 'NR <= 15' > "$OUT/heap-growth.txt"
  log "live bytes grown most over the soak, by class:"
  tee -a "$OUT/summary.txt" < "$OUT/heap-growth.txt"
  log "after the soak: live heap after a full GC $(mib "$LIVE_AFTER") MiB (before $(mib "$LIVE_BEFORE")); RSS $(mib "$RSS_AFTER") MiB (before $(mib "$RSS_BEFORE"))"
  awk 'NR > 1 { print "  t=" $1 "s rss=" $2 " MiB heap_used=" $3 " MiB" ($4 == "-" ? "" : " live=" $4 " MiB") }' "$OUT/soak-memory.txt" | tee -a "$OUT/summary.txt"
fi
APPS_TOTAL=$(psql_q "select count(*) from application")
HIST_MISSING=$(psql_q "select count(*) from application a where not exists (select 1 from application_history h where h.application_id = a.id)")
log "applications stored: $APPS_TOTAL; without their history row: $HIST_MISSING"
ERRORS_IN_LOG=$(grep -c ' ERROR ' "$OUT/service-loaded.log" || true)
log "ERROR lines in the service log: $ERRORS_IN_LOG"
kill $ANALYZER 2>/dev/null || true
prod_service_stop
trap - EXIT

# ---- summary -------------------------------------------------------------------------------------------------------
field() { grep -m1 -o " $2=[0-9.]*" "$OUT/wrk-$1.txt" | cut -d= -f2; }
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { if (v == "") print "n/a"; else if (op == "ge") print (v + 0 >= t + 0 ? "met" : "NOT met"); else print (v + 0 <= t + 0 ? "met" : "NOT met") }'; }
{
  echo
  echo "================ SUMMARY: $JOBS published jobs, $SEEKERS seekers (+ $LOAD_SEEKERS registered through the API), PostgreSQL ================"
  printf "mix, %s connections, %s s: %s requests/s (target >= 1500: %s); p50 / p90 / p99 / max %s / %s / %s / %s ms (target p99 <= 100: %s); errors %s; answers %s\n" \
    "$CONNECTIONS" "$DURATION" "$(field measured rps)" "$(verdict "$(field measured rps)" 1500 ge)" "$(field measured p50_ms)" "$(field measured p90_ms)" \
    "$(field measured p99_ms)" "$(field measured max_ms)" "$(verdict "$(field measured p99_ms)" 100 le)" "$(field measured errors)" \
    "$(grep -o 'statuses=[^ ]*' "$OUT/wrk-measured.txt" | cut -d= -f2)"
  echo "service CPU under the mix, by endpoint (JFR samples):"
  sed -n '/^by endpoint/,/^by innermost/p' "$OUT/cpu-by-endpoint.txt" | grep '%' | awk 'NR <= 6'
  if [ "$KIND_S" -gt 0 ]; then
    for kind in search detail recommend apply login; do
      printf "  %-9s alone, 1 connection: %s/s, p50 / p99 %s / %s ms, answers %s; %s\n" "$kind" "$(field "one-$kind" rps)" "$(field "one-$kind" p50_ms)" \
        "$(field "one-$kind" p99_ms)" "$(grep -o 'statuses=[^ ]*' "$OUT/wrk-one-$kind.txt" | cut -d= -f2)" "$(cat "$OUT/cpu-one-$kind.txt")"
    done
  fi
  if [ "$SOAK" -gt 0 ]; then
    printf "soak, %s s: %s requests/s, p50 / p99 / max %s / %s / %s ms, errors %s, answers %s\n" "$SOAK" "$(field soak rps)" "$(field soak p50_ms)" \
      "$(field soak p99_ms)" "$(field soak max_ms)" "$(field soak errors)" "$(grep -o 'statuses=[^ ]*' "$OUT/wrk-soak.txt" | cut -d= -f2)"
    echo "memory: live heap after a full GC $(mib "$LIVE_BEFORE") MiB before the soak, $(mib "$LIVE_AFTER") MiB after; RSS $(mib "$RSS_BEFORE") -> $(mib "$RSS_AFTER") MiB"
  fi
  echo "applications stored $APPS_TOTAL, without history $HIST_MISSING; ERROR lines in the service log $ERRORS_IN_LOG"
  echo "whole run: $(( $(date +%s) - T_RUN )) s; wrk, the service and PostgreSQL share the machine's $(nproc) cores"
} | tee -a "$OUT/summary.txt"

#!/usr/bin/env bash
# Matching benchmark (issue 7): quality of GET /api/v1/seeker/recommendations against newest-first and
# keyword-only search, latency of recommendations and of candidates for a job, freshness of a newly
# published job, and the heap the job and seeker indexes take. Runs the packaged jar (prod profile) on
# the PostgreSQL database "bench_matching" (dropped and recreated), only on 127.0.0.1, and stops by itself.
#
#   bench/matching/run.sh [JOBS] [SEEKERS]        defaults 100000 jobs, 200000 background seekers
#
# Env: EVAL (evaluation seekers, 300), DURATION (seconds of each measured wrk run, 30), WARMUP (seconds of
#      wrk warm-up before each, 45), PROFILE_S (seconds of the JFR CPU profile after each, 10), PORT (service,
#      18090), FAKE_PORT (local WeChat stand-in, 18091), JAVA_OPTS, TAG (suffix of the output folder),
#      REBUILD=1 (build the jar even if present). On a shared machine: QUIET_BUSY (25) and QUIET_WAIT (60): before
#      each measured run, wait until the machine is less than 25 % busy, at most 60 s; OTHER_MAX (10) and ATTEMPTS
#      (2): repeat a measured run during which other processes took more than 10 % of the machine.
# Output: bench/out/matching-<JOBS><TAG>/summary.txt, with the logs, wrk outputs and per-seeker details.
set -euo pipefail

JOBS=${1:-100000}
SEEKERS=${2:-200000}
EVAL=${EVAL:-300}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-45}
PORT=${PORT:-18090}
FAKE_PORT=${FAKE_PORT:-18091}
JAVA_OPTS=${JAVA_OPTS:-}
DBNAME=bench_matching
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BASE=http://127.0.0.1:$PORT
cd "$ROOT"
# shellcheck source=bench/lib/tools.sh
. bench/lib/tools.sh
bench_begin "$ROOT/bench/out/matching-$JOBS${TAG:-}"
say() { echo "$*" | tee -a "$OUT/summary.txt"; }

bench_tools jcmd psql createdb dropdb curl bc openssl
APP=target/quarkus-app
JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DBNAME"
client() { java -cp "$PG_JAR" bench/matching/MatchingClient.java "$@"; }

# ---- service environment: prod profile, live WeChat mode against the local stand-in -------------------
# The prod profile refuses WECHAT_MODE=mock (the service stops at start), so the benchmark keeps the real
# live gateway and points it at bench/matching/FakeWeChat.java: login code X = openid X. This builds the jar
# when needed, drops and recreates the database, and lifts the sign-in limit (the evaluation signs hundreds of
# seekers in from this one address).
# shellcheck source=bench/lib/prod-service.sh
. bench/lib/prod-service.sh
prod_service_env $DBNAME "$PORT" "$FAKE_PORT" "$OUT"

PID=""
FAKE_PID=""
stop_service() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID"; wait "$PID" 2>/dev/null || true
  fi
  PID=""
}
cleanup() {
  stop_service
  if [ -n "$FAKE_PID" ]; then kill "$FAKE_PID" 2>/dev/null || true; wait "$FAKE_PID" 2>/dev/null || true; fi
  rm -rf "$KEYS"
}
trap cleanup EXIT

# start_service <logfile>: starts the jar, waits for readiness (max 15 min), sets PID, STARTUP_WALL_S and
# STARTUP_CPU_S (CPU seconds the service used until then, all threads: less sensitive to a shared machine)
start_service() {
  local logfile=$1 t0
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar $APP/quarkus-run.jar > "$logfile" 2>&1 &
  PID=$!
  for _ in $(seq 1 1800); do
    if ! kill -0 "$PID" 2>/dev/null; then log "service died, see $logfile"; tail -30 "$logfile"; exit 1; fi
    if curl -fs -o /dev/null "$BASE/q/health/ready"; then
      STARTUP_WALL_S=$(echo "scale=1; ($(date +%s.%N) - $t0) / 1" | bc)
      STARTUP_CPU_S=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' /proc/"$PID"/stat)
      return 0
    fi
    sleep 0.5
  done
  log "service not ready after 15 minutes"; exit 1
}

# live heap in KiB: used after a forced full GC (run twice, so what is only softly reachable goes too)
heap_live_kib() {
  jcmd "$PID" GC.run > /dev/null; jcmd "$PID" GC.run > /dev/null
  jcmd "$PID" GC.heap_info | grep -m1 -o 'used [0-9]*K' | tr -dc '0-9'
}
mib() { echo "scale=1; $1 / 1024" | bc; }
# seconds between two log lines' timestamps (the log's own clock)
log_ts() { grep -m1 "$2" "$1" | cut -c1-23; }
secs_between() { echo "scale=1; ($(date -d "$2" +%s.%N) - $(date -d "$1" +%s.%N)) / 1" | bc; }

java bench/matching/FakeWeChat.java "$FAKE_PORT" > "$OUT/fake-wechat.log" 2>&1 &
FAKE_PID=$!
for _ in $(seq 1 60); do grep -q "fake WeChat API" "$OUT/fake-wechat.log" 2>/dev/null && break; sleep 0.5; done

log "machine: $(nproc) cores; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 1. empty database: migrate, baseline heap ---------------------------------------------------------
log "first start on an empty database (Flyway migrates and loads the reference data)"
start_service "$OUT/migrate.log"
HEAP_EMPTY=$(heap_live_kib)
stop_service

# ---- 2. jobs only: job index build, heap without the seekers -------------------------------------------
log "generating $JOBS employers and $JOBS published jobs (bench/GenerateJobs.java)"
java -cp "$PG_JAR" bench/GenerateJobs.java "$JDBC_URL?reWriteBatchedInserts=true" postgres "" "$JOBS" | tee -a "$OUT/summary.txt"
log "start with the jobs only (no seekers)"
start_service "$OUT/jobs-only.log"
START_JOBS_ONLY=$STARTUP_WALL_S
START_JOBS_ONLY_CPU=$STARTUP_CPU_S
HEAP_JOBS=$(heap_live_kib)
JOB_INDEX_S=$(secs_between "$(log_ts "$OUT/jobs-only.log" 'Seeker index built')" "$(log_ts "$OUT/jobs-only.log" 'Job index built')")
stop_service

# ---- 3. seekers ---------------------------------------------------------------------------------------
log "generating $SEEKERS background seekers and $EVAL evaluation targets (bench/matching/GenerateSeekers.java)"
java -cp "$PG_JAR" bench/matching/GenerateSeekers.java "$JDBC_URL?reWriteBatchedInserts=true" postgres "" "$SEEKERS" "$EVAL" \
  "$OUT/eval-seekers.tsv" | tee -a "$OUT/summary.txt"
psql -h 127.0.0.1 -U postgres -d "$DBNAME" -Atc "select 'db_size=' || pg_size_pretty(pg_database_size('$DBNAME'))" | tee -a "$OUT/summary.txt"

# ---- 4. the measured start ------------------------------------------------------------------------------
log "starting the service on $JOBS jobs and $SEEKERS seekers JAVA_OPTS='$JAVA_OPTS'"
start_service "$OUT/service.log"
START_FULL=$STARTUP_WALL_S
START_FULL_CPU=$STARTUP_CPU_S
STARTED_IN=$(grep -m1 -o "started in [0-9.]*s" "$OUT/service.log" | tr -dc '0-9.')
SEEKER_INDEX_S=$(secs_between "$(log_ts "$OUT/service.log" 'No migration necessary')" "$(log_ts "$OUT/service.log" 'Seeker index built')")
JOB_INDEX_FULL_S=$(secs_between "$(log_ts "$OUT/service.log" 'Seeker index built')" "$(log_ts "$OUT/service.log" 'Job index built')")
HEAP_FULL=$(heap_live_kib)
{
  echo "startup_wall_s=$START_FULL (launch to /q/health/ready = 200); Quarkus started in ${STARTED_IN}s; CPU used until ready ${START_FULL_CPU}s"
  grep -o "Seeker index built with [0-9]* documents" "$OUT/service.log"
  grep -o "Job index built with [0-9]* documents" "$OUT/service.log"
  echo "seeker index build ~${SEEKER_INDEX_S}s, job index build ~${JOB_INDEX_FULL_S}s (between log lines)"
  echo "live heap after a full GC: empty database $(mib "$HEAP_EMPTY") MiB, jobs only $(mib "$HEAP_JOBS") MiB, jobs + seekers $(mib "$HEAP_FULL") MiB"
  echo "max heap: $(jcmd "$PID" VM.flags | tr ' ' '\n' | grep -m1 -o 'MaxHeapSize=[0-9]*')"
  grep VmRSS /proc/"$PID"/status
} | tee -a "$OUT/summary.txt"

# ---- 5. quality -----------------------------------------------------------------------------------------
log "registering $EVAL evaluation seekers through the API (sign-in, PUT /api/v1/seeker/profile)"
client register "$BASE" "$OUT/eval-seekers.tsv" | tee -a "$OUT/summary.txt"
log "evaluation: recommendations vs newest-first vs keyword-only"
client evaluate "$BASE" "$OUT/eval-seekers.tsv" "$JDBC_URL" postgres "" "$OUT/eval-detail.tsv" | tee "$OUT/evaluation.txt" | tee -a "$OUT/summary.txt"

# ---- 6. speed ---------------------------------------------------------------------------------------------
log "employer with 10 jobs for the candidates benchmark (posted, approved through the review queue)"
client employer "$BASE" "$ADMIN_USERNAME" "$ADMIN_PASSWORD" "$OUT/eval-seekers.tsv" 10 "$OUT/employer-jobs.txt" | tee -a "$OUT/summary.txt"

# CPU accounting from /proc, in clock ticks: the whole machine (total, idle), and every process (pid ticks name)
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
machine_ticks() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $5 + $6 }' /proc/stat; }
process_ticks() {
  # cat goes on past a process that ended meanwhile (awk would stop at it); the pid is the first field
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk '{ i = index($0, ") "); split(substr($0, i + 2), f, " ")
                  print $1, f[12] + f[13], substr($0, index($0, "(") + 1, i - index($0, "(") - 1) }' | sort
}
# the service's threads (tid ticks name), to tell request threads from garbage collection and the JIT compiler
thread_ticks() {
  { cat /proc/"$PID"/task/[0-9]*/stat 2>/dev/null || true; } | awk '{ i = index($0, ") "); split(substr($0, i + 2), f, " ")
                  c = substr($0, index($0, "(") + 1, i - index($0, "(") - 1); gsub(/ /, "_", c); print $1, f[12] + f[13], c }' | sort
}
# busy share of the whole machine over 3 s, in per cent
machine_busy() {
  local a b
  read -r -a a <<< "$(machine_ticks)"; sleep 3; read -r -a b <<< "$(machine_ticks)"
  echo $(( 100 - 100 * (b[1] - a[1]) / (b[0] - a[0]) ))
}
# The machine may be shared: before each measured run, wait (at most QUIET_WAIT s) until the rest of it is quiet.
wait_quiet() {
  local waited=0 busy
  busy=$(machine_busy)
  while [ "$busy" -ge "${QUIET_BUSY:-25}" ] && [ "$waited" -lt "${QUIET_WAIT:-60}" ]; do
    sleep 7; waited=$((waited + 10)); busy=$(machine_busy)
  done
  log "machine busy ${busy} % with the service idle (waited ${waited} s for < ${QUIET_BUSY:-25} %)"
}

# wrk_run <name> <script args...>: warm-up (wrk, 2 connections), then one connection for DURATION, then a
# PROFILE_S-second CPU profile (JFR, 2 connections; after the measurement, so it cannot disturb it).
# The CPU of the measured run is split into the service, PostgreSQL and other processes (alive through the run);
# when other processes took more than OTHER_MAX % of the machine, the run is repeated (ATTEMPTS in all) and the
# least disturbed attempt is reported. Every attempt is in the summary.
wrk_run() {
  local name=$1 attempt best="" best_other=101 other m0 m1 p0 p1 t0 t1 requests; shift
  log "$name: warm-up ${WARMUP}s (wrk -t2 -c2), then wrk -t1 -c1 -d${DURATION}s"
  wrk -t2 -c2 -d"${WARMUP}s" -s bench/matching/matching.lua "$BASE" -- "$@" > "$OUT/wrk-$name-warmup.txt"
  for attempt in $(seq 1 "${ATTEMPTS:-2}"); do
    wait_quiet
    read -r -a m0 <<< "$(machine_ticks)"; p0=$(process_ticks); t0=$(thread_ticks)
    wrk -t1 -c1 -d"${DURATION}s" --latency -s bench/matching/matching.lua "$BASE" -- "$@" > "$OUT/wrk-$name-c1-$attempt.txt"
    read -r -a m1 <<< "$(machine_ticks)"; p1=$(process_ticks); t1=$(thread_ticks)
    requests=$(grep -m1 -o 'requests=[0-9]*' "$OUT/wrk-$name-c1-$attempt.txt" | cut -d= -f2)
    join <(echo "$p0") <(echo "$p1") | awk -v svc="$PID" -v t=$((m1[0] - m0[0])) -v i=$((m1[1] - m0[1])) -v r="$requests" \
        -v ms="$TICK_MS" -v n="$name" -v a="$attempt" '{
          d = $4 - $2; if ($1 == svc) s += d; else if ($3 == "postgres") pg += d; else o += d }
        END { printf "CPU %s attempt %d: service %.1f ms of CPU per request; machine (all cores) %.0f %% busy: service %.0f %%, PostgreSQL %.0f %%, other processes %.0f %%, rest (wrk, short-lived processes) %.0f %%\n",
          n, a, s * ms / r, 100 * (t - i) / t, 100 * s / t, 100 * pg / t, 100 * o / t, 100 * (t - i - s - pg - o) / t }' > "$OUT/cpu-$name-$attempt.txt"
    join <(echo "$t0") <(echo "$t1") | awk -v r="$requests" -v ms="$TICK_MS" -v n="$name" -v a="$attempt" '{
          d = $4 - $2; k = $3 ~ /^executor-thread/ ? "request threads" : $3 ~ /^(GC_|G1_)/ ? "garbage collection" \
            : $3 ~ /Compiler/ ? "JIT compiler" : $3 ~ /^vert\.x-eventloo/ ? "HTTP event loop" : "other threads"; c[k] += d }
        END { printf "THREADS %s attempt %d: service CPU per request by thread: request threads %.1f ms, HTTP event loop %.1f ms, garbage collection %.1f ms, JIT compiler %.1f ms, other threads %.1f ms\n",
          n, a, c["request threads"] * ms / r, c["HTTP event loop"] * ms / r, c["garbage collection"] * ms / r, c["JIT compiler"] * ms / r, c["other threads"] * ms / r }' \
      >> "$OUT/cpu-$name-$attempt.txt"
    grep WRK_SUMMARY "$OUT/wrk-$name-c1-$attempt.txt" | sed "s/^/$name c1 attempt $attempt /" | tee -a "$OUT/summary.txt"
    tee -a "$OUT/summary.txt" < "$OUT/cpu-$name-$attempt.txt"
    other=$(grep -o 'other processes [0-9]*' "$OUT/cpu-$name-$attempt.txt" | grep -o '[0-9]*$')
    if [ "$other" -lt "$best_other" ]; then best=$attempt; best_other=$other; fi
    [ "$other" -le "${OTHER_MAX:-10}" ] && break
  done
  cp "$OUT/wrk-$name-c1-$best.txt" "$OUT/wrk-$name-c1.txt"
  sed "s/ attempt $best:/ (attempt $best):/" "$OUT/cpu-$name-$best.txt" > "$OUT/cpu-$name.txt"
  log "$name: reporting attempt $best (other processes $best_other % of the machine); CPU profile: ${PROFILE_S:-10}s with JFR"
  jcmd "$PID" JFR.start name="$name" settings=profile filename="$OUT/$name.jfr" > /dev/null
  wrk -t2 -c2 -d"${PROFILE_S:-10}s" -s bench/matching/matching.lua "$BASE" -- "$@" > "$OUT/wrk-$name-profile.txt"
  jcmd "$PID" JFR.stop name="$name" > /dev/null
}
client tokens "$BASE" "$OUT/eval-seekers.tsv" 50 "$OUT/seeker-tokens.txt"
wrk_run recommendations recommendations "$OUT/seeker-tokens.txt"
client token "$BASE" bench-employer-owner > "$OUT/employer-token.txt"
wrk_run candidates candidates "$OUT/employer-token.txt" "$OUT/employer-jobs.txt"
rm -f "$OUT/seeker-tokens.txt" "$OUT/employer-token.txt"
java bench/matching/Profile.java "$OUT/recommendations.jfr" cn.nanhu.talent.matching.Recommendations.forSeeker | tee "$OUT/profile-recommendations.txt" | tee -a "$OUT/summary.txt"
java bench/matching/Profile.java "$OUT/candidates.jfr" cn.nanhu.talent.matching.Candidates.forJob | tee "$OUT/profile-candidates.txt" | tee -a "$OUT/summary.txt"

# ---- 7. freshness -------------------------------------------------------------------------------------------
log "freshness: 5 new jobs, each posted by the employer, approved through the review queue, then polled for"
client freshness "$BASE" "$ADMIN_USERNAME" "$ADMIN_PASSWORD" "$OUT/eval-seekers.tsv" 5 | tee "$OUT/freshness.txt" | tee -a "$OUT/summary.txt"

{ echo "heap after the load: $(jcmd "$PID" GC.heap_info | sed -n '2p' | tr -s ' ')"; grep VmRSS /proc/"$PID"/status; } | tee -a "$OUT/summary.txt"
stop_service
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- summary table --------------------------------------------------------------------------------------------
field() { grep -m1 -o "$2=[0-9.]*" "$1" | cut -d= -f2; }
R=$OUT/wrk-recommendations-c1.txt
C=$OUT/wrk-candidates-c1.txt
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v == "" ? "n/a" : v + 0 <= t + 0 ? "met" : "NOT met") }'; }
JOB_KIB=$((HEAP_JOBS - HEAP_EMPTY))
SEEKER_KIB=$((HEAP_FULL - HEAP_JOBS))
{
  echo
  echo "================ SUMMARY: $JOBS open jobs, $SEEKERS background seekers + $EVAL evaluation seekers ================"
  echo "quality (hit-rate@10 / nDCG@10 / relevant in top 10 / hit-rate@10 counting only jobs the seeker qualifies for):"
  grep '^QUALITY ' "$OUT/evaluation.txt" | sed 's/^QUALITY /  /'
  grep '^TARGET ' "$OUT/evaluation.txt" | sed 's/^TARGET /  target: /'
  grep '^MISSES ' "$OUT/evaluation.txt" | sed 's/^MISSES /  not relevant: /'
  printf "speed, one connection, %s s after a %s s warm-up (p50 / p90 / p99 / max ms, requests/s):\n" "$DURATION" "$WARMUP"
  printf "  recommendations  %s / %s / %s / %s ms, %s/s   target p99 <= 30 ms: %s\n" "$(field "$R" p50_ms)" "$(field "$R" p90_ms)" \
    "$(field "$R" p99_ms)" "$(field "$R" max_ms)" "$(field "$R" rps)" "$(verdict "$(field "$R" p99_ms)" 30)"
  printf "  candidates       %s / %s / %s / %s ms, %s/s   target p99 <= 50 ms: %s\n" "$(field "$C" p50_ms)" "$(field "$C" p90_ms)" \
    "$(field "$C" p99_ms)" "$(field "$C" max_ms)" "$(field "$C" rps)" "$(verdict "$(field "$C" p99_ms)" 50)"
  echo "  non-2xx responses: recommendations $(field "$R" non2xx), candidates $(field "$C" non2xx); empty pages: $(field "$R" empty), $(field "$C" empty)"
  sed -E 's/^(CPU|THREADS) /  /' "$OUT/cpu-recommendations.txt" "$OUT/cpu-candidates.txt"
  echo "freshness: $(grep -o 'FRESHNESS_SUMMARY.*' "$OUT/freshness.txt" | sed 's/FRESHNESS_SUMMARY //')"
  echo "start-up: launch to ready ${START_FULL}s with both indexes (Quarkus: ${STARTED_IN}s; seeker index ~${SEEKER_INDEX_S}s, job index ~${JOB_INDEX_FULL_S}s; ${START_FULL_CPU} CPU s); jobs only ${START_JOBS_ONLY}s (job index ~${JOB_INDEX_S}s; ${START_JOBS_ONLY_CPU} CPU s)"
  echo "live heap after a full GC: empty $(mib "$HEAP_EMPTY") MiB, + jobs $(mib "$HEAP_JOBS") MiB, + seekers $(mib "$HEAP_FULL") MiB"
  echo "  => job index + caches: $(mib $JOB_KIB) MiB for $JOBS jobs = $(echo "scale=1; $JOB_KIB * 100000 / $JOBS / 1024" | bc) MiB per 100,000"
  echo "  => seeker index: $(mib $SEEKER_KIB) MiB for $SEEKERS seekers = $(echo "scale=1; $SEEKER_KIB * 100000 / $SEEKERS / 1024" | bc) MiB per 100,000"
  echo "whole run: $(( $(date +%s) - T_RUN )) s; wrk, the service and PostgreSQL share the machine's $(nproc) cores"
} | tee -a "$OUT/summary.txt"
log "done: $OUT/summary.txt"

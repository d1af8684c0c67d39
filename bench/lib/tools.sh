# Sourced by the benchmark scripts, from the repository's root.
# bench_begin <out-dir>: empties the output folder, starts its summary.txt and the clock T_RUN; log appends a
# timed line to the summary and prints it.
bench_begin() {
  OUT=$1
  rm -rf "$OUT"
  mkdir -p "$OUT"
  : > "$OUT/summary.txt"
  T_RUN=$(date +%s)
}
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$OUT/summary.txt"; }

# bench_tools <command>...: installs wrk from Debian's packages when it is
# missing, stops when another command is missing, and sets PG_JAR to the PostgreSQL JDBC driver the build
# fetched into the local Maven repository (the single-file Java clients load it).
bench_tools() {
  if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  fi
  for tool in wrk "$@"; do
    command -v "$tool" >/dev/null || { echo "missing $tool"; exit 1; }
  done
  PG_JAR=$(ls "${M2:-$HOME/.m2/repository}"/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
}

# Sourced by the benchmark and fault scripts: the packaged jar (prod profile) on a fresh PostgreSQL
# database of 127.0.0.1, with throw-away keys, the local WeChat stand-in and an admin account.
#
#   prod_service_env <database> <port> <fake-wechat-port> <out-dir>   builds the jar if needed (REBUILD=1
#                                                                     forces it), recreates the database
#                                                                     and exports the service's environment
#   prod_service_start <out-dir> <base-url>                           starts the stand-in and the service,
#                                                                     waits for readiness; sets FAKE_PID, PID
#   prod_service_restart <out-dir> <base-url> <log-name>              stops the service only (the stand-in and the
#                                                                     keys stay) and starts it again, logging to
#                                                                     <out-dir>/<log-name>; sets PID
#   prod_service_stop                                                 stops both, removes the keys
# The admin is benchadmin / bench-admin-password. Sign-in is not rate limited (the clients sign in a lot).

prod_service_env() {
  local db=$1 port=$2 fake_port=$3 out=$4
  if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${REBUILD:-0}" = 1 ]; then
    echo "building the jar"
    ./mvnw -B -q package -DskipTests
  fi
  dropdb -h 127.0.0.1 -U postgres --if-exists "$db"
  createdb -h 127.0.0.1 -U postgres "$db"
  KEYS=$(mktemp -d)
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/priv.pem" 2>/dev/null
  openssl pkey -in "$KEYS/priv.pem" -pubout -out "$KEYS/pub.pem" 2>/dev/null
  export DB_URL=jdbc:postgresql://127.0.0.1:5432/$db DB_USER=postgres DB_PASSWORD=postgres
  export WECHAT_APP_ID=wx-bench WECHAT_APP_SECRET=bench-secret-not-used WECHAT_API_HOST=http://127.0.0.1:$fake_port
  export JWT_SIGN_KEY_FILE=$KEYS/priv.pem JWT_VERIFY_KEY_FILE=$KEYS/pub.pem
  PII_KEY=$(openssl rand -base64 32); PII_HASH_KEY=$(openssl rand -base64 32); export PII_KEY PII_HASH_KEY
  export ADMIN_USERNAME=benchadmin ADMIN_PASSWORD=bench-admin-password
  export QUARKUS_LOG_CONSOLE_JSON_ENABLED=false QUARKUS_HTTP_PORT=$port QUARKUS_HTTP_HOST=127.0.0.1
  export NANHU_DATA_DIR=$out/data LIMITS_LOGIN_PERMITS=100000
  FAKE_PORT_OF_SERVICE=$fake_port
}

prod_service_start() {
  local out=$1 base=$2
  java bench/matching/FakeWeChat.java "$FAKE_PORT_OF_SERVICE" > "$out/fake-wechat.log" 2>&1 &
  FAKE_PID=$!
  prod_service_launch "$out/service.log" "$base"
}

prod_service_restart() {
  local out=$1 base=$2 name=$3
  if [ -n "${PID:-}" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  prod_service_launch "$out/$name" "$base"
}

prod_service_launch() {
  local logfile=$1 base=$2
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$logfile" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    kill -0 "$PID" 2>/dev/null || { echo "service died"; tail -30 "$logfile"; return 1; }
    curl -fs -o /dev/null "$base/q/health/ready" && return 0
    sleep 0.5
  done
  echo "service not ready after 10 minutes"; return 1
}

prod_service_stop() {
  for p in "${PID:-}" "${FAKE_PID:-}"; do
    if [ -n "$p" ]; then kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; fi
  done
  PID=""; FAKE_PID=""
  [ -n "${KEYS:-}" ] && rm -rf "$KEYS"
}

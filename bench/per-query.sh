#!/usr/bin/env bash
# Per-query latency of GET /api/v1/jobs, sequential, with curl's time_total (whole HTTP exchange).
#   bench/per-query.sh [port] [rounds]
set -euo pipefail
PORT=${1:-18080}
ROUNDS=${2:-50}
QUERIES=(
  "q=Java&district=3304"
  "q=%E4%BC%9A%E8%AE%A1"                                   # 会计
  "q=%E9%94%80%E5%94%AE&salaryMin=6000"                    # 销售
  "district=330402&sort=newest"
  "q=%E5%8F%B8%E6%9C%BA&jobType=FULL_TIME"                 # 司机
  "q=%E5%87%BA%E7%BA%B3&district=33&education=%E5%A4%A7%E4%B8%93"   # 出纳, 大专
  "q=%E7%94%B5%E5%B7%A5&district=3304&salaryMin=5000"      # 电工
  "q=%E4%BB%93%E5%BA%93%E7%AE%A1%E7%90%86%E5%91%98"        # 仓库管理员
)
printf "%-70s %8s %8s %8s\n" "query (service, sequential)" "p50 ms" "p99 ms" "hits"
for q in "${QUERIES[@]}"; do
  url="http://127.0.0.1:$PORT/api/v1/jobs?$q"
  hits=$(curl -fs "$url" | grep -o '"id":"0BJ' | wc -l)
  for _ in $(seq 1 "$ROUNDS"); do curl -fs -o /dev/null -w '%{time_total}\n' "$url"; done \
    | sort -n | awk -v q="$(printf '%b' "${q//%/\\x}")" -v h="$hits" '{ t[NR] = $1 * 1000 } END {
        p50 = t[int(NR * 0.5 + 0.999)]; p99 = t[int(NR * 0.99 + 0.999)]
        printf "%-70s %8.1f %8.1f %8d\n", q, p50, p99, h }'
done

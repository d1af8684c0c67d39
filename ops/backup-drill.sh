#!/usr/bin/env bash
# Backup and restore drill: dumps a database with pg_dump (custom format), restores the dump into a
# fresh database with pg_restore, and compares the rows of every table. Prints the table and exits
# non-zero when any count differs. The restored database is dropped unless KEEP=1.
#
#   ops/backup-drill.sh [source-database]        (default: nanhu; PGHOST/PGUSER as for psql)
#
# The sealed columns (openids, phones, ID numbers) open only with the PII_KEY of the service that
# wrote them: keep that key with the backups, not in them. BackupRestoreDrillTest runs this same
# drill in the PostgreSQL pass of the suite and also opens every sealed field of the copy.
set -euo pipefail

SOURCE=${1:-nanhu}
export PGHOST=${PGHOST:-127.0.0.1}
export PGUSER=${PGUSER:-postgres}
STAMP=$(date -u +%Y%m%d%H%M%S)
TARGET="${SOURCE}_drill_${STAMP}"
WORK=$(mktemp -d)
DUMP="$WORK/$SOURCE.dump"
trap 'rm -rf "$WORK"; if [ "${KEEP:-0}" != 1 ]; then dropdb --if-exists "$TARGET" 2>/dev/null || true; fi' EXIT

counts() {
  psql -X -q -At -d "$1" -c "select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
  while read -r table; do
    printf '%s\t%s\n' "$table" "$(psql -X -q -At -d "$1" -c "select count(*) from \"$table\"")"
  done
}

echo "==> pg_dump $SOURCE"
start=$(date +%s)
pg_dump -Fc -f "$DUMP" "$SOURCE"
counts "$SOURCE" | LC_ALL=C sort > "$WORK/source.tsv"
echo "    $(du -h "$DUMP" | cut -f1) in $(( $(date +%s) - start )) s"

echo "==> pg_restore into the fresh database $TARGET"
start=$(date +%s)
createdb "$TARGET"
pg_restore --no-owner --exit-on-error -d "$TARGET" "$DUMP"
counts "$TARGET" | LC_ALL=C sort > "$WORK/restored.tsv"
echo "    restored in $(( $(date +%s) - start )) s"

echo "==> rows per table (source, restored)"
LC_ALL=C join -t $'\t' -a 1 -a 2 -e MISSING -o 0,1.2,2.2 "$WORK/source.tsv" "$WORK/restored.tsv" |
  awk -F'\t' '{ mark = ($2 == $3) ? "" : "   <-- differs"; printf "  %-32s %10s %10s%s\n", $1, $2, $3, mark; if ($2 != $3) bad = 1 }
              END { exit bad }' && status=0 || status=$?
if [ "$status" -ne 0 ]; then
  echo "==> FAILED: the restored copy differs"
  exit 1
fi
echo "==> OK: every table has the same rows$( [ "${KEEP:-0}" = 1 ] && echo "; kept $TARGET")"

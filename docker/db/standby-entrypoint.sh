#!/usr/bin/env bash
# The db-standby service: on its first start, copies the primary with
#   pg_basebackup -h db -U replicator -D "$PGDATA" -R -X stream -S db_standby
# (-R writes standby.signal and primary_conninfo), retrying until the primary answers; then runs PostgreSQL as a
# hot standby streaming from it. A marker beside the data folder records a finished copy, so an interrupted copy
# starts over and a promoted standby is never overwritten.
set -euo pipefail
: "${PRIMARY_HOST:?set PRIMARY_HOST}" "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
marker="$(dirname "$PGDATA")/.standby-copied"
if [ ! -f "$marker" ]; then
  export PGPASSWORD="$REPLICATION_PASSWORD"
  rm -rf "$PGDATA"
  until pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -S db_standby -c fast; do
    echo "pg_basebackup from $PRIMARY_HOST failed; retrying in 5 s" >&2
    rm -rf "$PGDATA"
    sleep 5
  done
  unset PGPASSWORD
  touch "$marker"
fi
exec postgres -D "$PGDATA" -c hot_standby=on "$@"

#!/usr/bin/env bash
# The db service's one-time setup (mounted into /docker-entrypoint-initdb.d, so it runs only when the volume is
# initialised): the role the standby replicates with, its pg_hba entry, and a physical replication slot so the
# primary keeps the WAL a briefly absent standby still needs (bounded by max_slot_wal_keep_size in docker-compose.yml).
set -euo pipefail
: "${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SELECT pg_create_physical_replication_slot('db_standby');
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"

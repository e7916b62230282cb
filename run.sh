#!/usr/bin/env bash
# Starts the whole system on http://127.0.0.1:5080: the API with its embedded PostgreSQL (data in .data/),
# migrated and loaded from seed/. Ctrl+C stops both. Set ConnectionStrings__Sakip to use your own server.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${ConnectionStrings__Sakip:-}" ]; then
  scripts/ensure-postgres.sh
fi
exec dotnet run --project api -c Release -- "$@"

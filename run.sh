#!/usr/bin/env bash
# Starts the whole system on http://127.0.0.1:5080 (or $SAKIP_URL): the API with its embedded PostgreSQL (data in .data/), migrated
# and loaded from seed/, then builds the transparency site from that API into site/out/ and serves it at / next to
# the API. Ctrl+C stops everything. Set ConnectionStrings__Sakip to use your own PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${ConnectionStrings__Sakip:-}" ]; then
  scripts/ensure-postgres.sh
fi
# curl waits for the API; npm fetches the Chart.js copy the site offers offline and GraphiQL for the API.
scripts/ensure-tools.sh curl=curl npm=nodejs,npm
url=${SAKIP_URL:-http://127.0.0.1:5080}
dotnet build api -c Release -nologo -clp:ErrorsOnly
dotnet build site -c Release -nologo -clp:ErrorsOnly

Urls="$url" Site__Root="$PWD/site/out" dotnet run --project api -c Release --no-build -- "$@" &
api=$!
stop() { kill -TERM "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

echo "Waiting for the API at $url/readyz ..."
for _ in $(seq 1 180); do
  if curl -fsS "$url/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api" 2>/dev/null; then echo "The API stopped; see its messages above." >&2; exit 1; fi
  sleep 1
done
curl -fsS "$url/readyz" >/dev/null || { echo "The API was not ready after 180 s." >&2; exit 1; }

build_site() { dotnet run --project site -c Release --no-build -- --api "$url/graphql" --out site/out --base-url "$url"; }
release() { curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ release { id } }"}' "$url/graphql" 2>/dev/null || true; }
built=$(release)
build_site
echo
echo "Portal:  $url/"
echo "GraphQL: $url/graphql"
echo "Ctrl+C stops the API and its database. An import (dotnet run --project api -- import FOLDER) is served at once;"
echo "the portal is rebuilt (only the pages whose data changed) within 5 s of a new release."
# A load by another process (import, seed) makes a new release: rebuild the site's changed pages for it.
while kill -0 "$api" 2>/dev/null; do
  sleep 5
  now=$(release)
  if [ -n "$now" ] && [ "$now" != "$built" ]; then
    echo "A new release is loaded; rebuilding the portal's changed pages ..."
    build_site || echo "The portal was not rebuilt (see above); it is rebuilt at the next release." >&2
    built=$now
  fi
done
wait "$api"

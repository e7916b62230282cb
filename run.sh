#!/usr/bin/env bash
# Starts the whole system on http://127.0.0.1:5080 (or $SAKIP_URL): the API with its embedded PostgreSQL (data in .data/), migrated
# and loaded from seed/, then builds the transparency site from that API into site/out/ and serves it at / next to
# the API. Ctrl+C stops everything. Set ConnectionStrings__Sakip to use your own PostgreSQL server.
# Each stage is announced with the time ("12:00:01 run.sh: ..."); the portal's address is printed once it answers 200.
set -euo pipefail
cd "$(dirname "$0")"
say() { echo "$(date +%H:%M:%S) run.sh: $*"; }
if [ -z "${ConnectionStrings__Sakip:-}" ]; then
  scripts/ensure-postgres.sh
fi
# curl waits for the API; npm fetches the Chart.js copy the site offers offline and GraphiQL for the API.
scripts/ensure-tools.sh curl=curl npm=nodejs,npm
url=${SAKIP_URL:-http://127.0.0.1:5080}
say "building the API and the site generator (the first build takes a few minutes, later ones seconds) ..."
started=$SECONDS
for project in api site; do
  out=$(dotnet build "$project" -c Release -nologo -clp:ErrorsOnly 2>&1) || { echo "$out" >&2; say "the build of $project/ failed." >&2; exit 1; }
done
say "built in $((SECONDS - started)) s"

say "starting the API: its database (PostgreSQL in .data/ unless ConnectionStrings__Sakip is set), migrations and the load of seed/ (the first load takes about two minutes; its log follows) ..."
# ASP.NET's "Now listening on" / "Application started" would announce a server whose portal is not built yet: this
# script says when the API and then the portal are ready.
env 'Logging__LogLevel__Microsoft.Hosting.Lifetime=Warning' Urls="$url" Site__Root="$PWD/site/out" \
  dotnet run --project api -c Release --no-build -- "$@" &
api=$!
stop() { kill -TERM "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; }
trap stop EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 600); do
  if curl -fsS "$url/readyz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$api" 2>/dev/null; then say "the API stopped; see its messages above." >&2; exit 1; fi
  sleep 1
done
curl -fsS "$url/readyz" >/dev/null || { say "the API was not ready after 600 s." >&2; exit 1; }

build_site() { dotnet run --project site -c Release --no-build -- --api "$url/graphql" --out site/out --base-url "$url"; }
release() { curl -fsS -H 'Content-Type: application/json' -d '{"query":"{ release { id } }"}' "$url/graphql" 2>/dev/null || true; }
say "API ready at $url/graphql; building the portal into site/out/ (its progress follows) ..."
built=$(release)
build_site
for _ in $(seq 1 30); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = 200 ] && break
  sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url/")" = 200 ] || { say "the portal was built but $url/ does not answer 200." >&2; exit 1; }
echo
say "ready."
echo "Portal:  $url/"
echo "GraphQL: $url/graphql"
echo "Ctrl+C stops the API and its database. An import (dotnet run --project api -- import FOLDER) is served at once;"
echo "the portal is rebuilt (only the pages whose data changed) within 5 s of a new release."
# A load by another process (import, seed) makes a new release: rebuild the site's changed pages for it.
while kill -0 "$api" 2>/dev/null; do
  sleep 5
  now=$(release)
  if [ -n "$now" ] && [ "$now" != "$built" ]; then
    say "a new release is loaded; rebuilding the portal's changed pages ..."
    build_site && say "portal rebuilt: $url/" || say "the portal was not rebuilt (see above); it is rebuilt at the next release." >&2
    built=$now
  fi
done
wait "$api"

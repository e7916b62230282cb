#!/usr/bin/env bash
# Soak: the five example queries of api/GraphQL/Examples in rotation at 16 connections for 5 minutes (or $1 minutes),
# against the built API on its embedded database with the rate limit lifted. Reports each minute's requests, errors
# and latency percentiles (one wrk run a minute) and the API's resident memory every 30 s; writes docs/benchmarks-soak.md.
# Usage: benchmarks/soak.sh [minutes, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-5}"
port=5091
url="http://127.0.0.1:$port"
work="$(mktemp -d)"
scripts/ensure-tools.sh wrk=wrk curl=curl

dotnet build api -c Release -v quiet -nologo >/dev/null
. benchmarks/start-api.sh

# One Lua script cycling through the example queries, counting non-2xx answers per query.
python3 - "$work" >"$work/bodies.lua" <<'PY'
import glob, json, os, sys
bodies = []
for q in sorted(glob.glob("api/GraphQL/Examples/*.graphql")):
    v = q[:-len(".graphql")] + ".json"
    variables = json.load(open(v)) if os.path.exists(v) else {}
    bodies.append(json.dumps({"query": open(q).read(), "variables": variables}))
print("bodies = {" + ",".join("[==[" + b + "]==]" for b in bodies) + "}")
PY
cat >"$work/soak.lua" <<LUA
dofile("$work/bodies.lua")
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json" }, bodies[i])
end
LUA

# Each query must answer with data and no error, or the soak would measure refusals.
python3 - "$url/graphql" <<'PY'
import glob, json, os, sys, urllib.request
for q in sorted(glob.glob("api/GraphQL/Examples/*.graphql")):
    v = q[:-len(".graphql")] + ".json"
    body = json.dumps({"query": open(q).read(), "variables": json.load(open(v)) if os.path.exists(v) else {}}).encode()
    answer = json.load(urllib.request.urlopen(urllib.request.Request(sys.argv[1], body, {"Content-Type": "application/json"})))
    if "errors" in answer or not answer.get("data"):
        sys.exit(f"{q} answered {answer}")
PY

rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$api/status"; }
start=$(date +%s)
echo "0 $(rss)" >"$work/rss"
( for _ in $(seq 1 $(( minutes * 2 ))); do sleep 30; echo "$(( $(date +%s) - start )) $(rss)" >>"$work/rss"; done ) &
sampler=$!

rows=""
for m in $(seq 1 "$minutes"); do
  wrk -t2 -c16 -d60s --latency -s "$work/soak.lua" "$url" >"$work/out" 2>&1 || true
  requests=$(awk '/requests in/ {print $1}' "$work/out")
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/out")
  p50=$(awk '$1=="50%" {print $2}' "$work/out")
  p99=$(awk '$1=="99%" {print $2}' "$work/out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/out")
  socket=$(awk -F'Socket errors: ' '/Socket errors/ {print $2}' "$work/out")
  echo "minute $m: $requests requests, $rps req/s, p50 $p50, p99 $p99, non-2xx ${non2xx:-0}, socket errors ${socket:-none}"
  rows+="| $m | $requests | $rps | $p50 | $p99 | ${non2xx:-0} | ${socket:-none} |"$'\n'
done
wait "$sampler" 2>/dev/null || true
health=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "$url/healthz")
memory=$(awk '{printf "| %s | %s |\n", $1, $2}' "$work/rss")

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
cat >docs/benchmarks-soak.md <<MD
# Soak

Written by \`benchmarks/soak.sh\` (run it again to refresh this page). It starts the API (Release build, Production
settings, embedded PostgreSQL, rate limit lifted) and sends the five example queries of \`api/GraphQL/Examples\` in
rotation with \`wrk\` (2 threads, 16 connections) for $minutes minutes, one 60 s run a minute, sampling the API's
resident memory (VmRSS) every 30 s. Each query is first checked to answer with data and no error. The first minute
includes the API's warm-up (JIT, connection pool, the list sizes of the cost estimate).

Latest run: $(date -u '+%Y-%m-%d %H:%M UTC') on $machine.

| minute | requests | req/s | p50 | p99 | non-2xx | socket errors |
| ---: | ---: | ---: | ---: | ---: | ---: | --- |
$rows
Resident memory of the API process:

| seconds | RSS (MB) |
| ---: | ---: |
$memory

\`/healthz\` after the soak: $health.
MD
echo "Wrote docs/benchmarks-soak.md"

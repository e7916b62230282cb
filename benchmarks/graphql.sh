#!/usr/bin/env bash
# Throughput and latency of the API's three main queries at a few concurrencies, against the running API on its
# embedded database, and of the same response bytes served from memory by the same process (the ceiling).
# Writes docs/benchmarks-graphql.md (or OUT). Usage: [WARMUP=seconds per query, default 15] benchmarks/graphql.sh [seconds per run, default 10]
# On a generated dataset: the API's own settings name it (Database__SeedDirectory, Database__DataDirectory,
# Database__Name, Database__LoadSeed=false, GraphQL__MaxComplexity for a 36-agency region) and REGION and YEAR replace the
# examples' variables, e.g. REGION=11.01 YEAR=2022 OUT=docs/benchmarks-graphql-20000.md.
# The API's read cache is on by default; ReadCache__MaxItems=0 measures every POST reading the database, e.g.
# ReadCache__MaxItems=0 OUT=docs/benchmarks-graphql-cold.md benchmarks/graphql.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
warmup="${WARMUP:-15}"
out="${OUT:-docs/benchmarks-graphql.md}"
export REGION="${REGION:-}" YEAR="${YEAR:-}"
port=5090
url="http://127.0.0.1:$port"
work="$(mktemp -d)"
command -v wrk >/dev/null || { echo "benchmarks/graphql.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

dotnet build api -c Release -v quiet -nologo >/dev/null
export Benchmark__CeilingEndpoint=true
. benchmarks/start-api.sh
. benchmarks/steal.sh

# The three main queries: capaian of every IKU, PPKS coverage by category, the RAK's sub kegiatan with monthly targets and budget.
queries=(1-capaian-iku 3-ppks-coverage 5-rak-targets-and-budget)
for q in "${queries[@]}"; do
  python3 - "api/GraphQL/Examples/$q.graphql" "api/GraphQL/Examples/$q.json" >"$work/$q.body" <<'PY'
import json, os, sys
variables = json.load(open(sys.argv[2]))
if os.environ["REGION"]: variables.update(region=os.environ["REGION"], year=int(os.environ["YEAR"]))
print(json.dumps({"query": open(sys.argv[1]).read(), "variables": variables}), end="")
PY
  cat >"$work/$q.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/$q.body", "r"); wrk.body = f:read("*a"); f:close()
LUA
  # The same operation persisted: GET by the SHA-256 of its text, answered from the API's cache after the first call.
  python3 - "api/GraphQL/Examples/$q.graphql" "api/GraphQL/Examples/$q.json" >"$work/$q.get" <<'PY'
import hashlib, json, os, sys, urllib.parse
text = open(sys.argv[1], encoding="utf-8").read()
variables = json.load(open(sys.argv[2]))
if os.environ["REGION"]: variables.update(region=os.environ["REGION"], year=int(os.environ["YEAR"]))
variables = json.dumps(variables, separators=(",", ":"))
print("/graphql?id=" + hashlib.sha256(text.encode()).hexdigest() + "&variables=" + urllib.parse.quote(variables), end="")
PY
  curl -fs -o /dev/null "$url$(cat "$work/$q.get")"
  bytes=$(curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "$url/graphql" | wc -c)
  ceiling=$(curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "$url/benchmark/ceiling" | wc -c)
  persisted=$(curl -fs "$url$(cat "$work/$q.get")" | wc -c)
  # A comparison only holds for the same bytes (an error answer of 300 bytes is no ceiling for a 26 KB one).
  [ "$bytes" = "$ceiling" ] && [ "$bytes" = "$persisted" ] || { echo "$q: /graphql gave $bytes bytes, the ceiling $ceiling, the persisted GET $persisted" >&2; exit 1; }
  echo "$bytes" >"$work/$q.bytes"
  # Steady state, not start-up: .NET compiles hot code again with profile data (tiered PGO) over the first thousands of
  # requests, and each pooled connection prepares its statements on their second use.
  wrk -t2 -c8 -d"${warmup}s" -s "$work/$q.lua" "$url/graphql" >/dev/null 2>&1 || true
done

rows=""
declare -A rate
for q in "${queries[@]}"; do
  for path in graphql persisted benchmark/ceiling; do
    for c in 1 8 32; do
      steal_mark
      if [ "$path" = persisted ]; then
        wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${duration}s" --latency "$url$(cat "$work/$q.get")" >"$work/out" 2>&1 || true
      else
        wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${duration}s" --latency -s "$work/$q.lua" "$url/$path" >"$work/out" 2>&1 || true
      fi
      rps=$(awk '/Requests\/sec/ {print $2}' "$work/out")
      p50=$(awk '$1=="50%" {print $2}' "$work/out")
      p99=$(awk '$1=="99%" {print $2}' "$work/out")
      errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/out" | tr '\n' ' ')
      stolen=$(steal_since)
      echo "$q /$path c=$c: $rps req/s, p50 $p50, p99 $p99, CPU stolen $stolen $errors"
      rate["$q $path $c"]=$rps
      label="POST /$path"; [ "$path" = persisted ] && label="GET /graphql?id= (persisted, cached)"
      rows+="| $q | $label | $c | $rps | $p50 | $p99 | $(cat "$work/$q.bytes") | $stolen | ${errors:-none} |"$'\n'
    done
  done
done

ratios=""
for q in "${queries[@]}"; do
  for c in 1 8 32; do
    ratios+="| $q | $c | $(awk -v a="${rate["$q persisted $c"]}" -v b="${rate["$q benchmark/ceiling $c"]}" 'BEGIN { printf "%.0f%%", 100 * a / b }') | $(awk -v a="${rate["$q graphql $c"]}" -v b="${rate["$q benchmark/ceiling $c"]}" 'BEGIN { printf "%.1f%%", 100 * a / b }') |"$'\n'
  done
done

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
cat >"$out" <<MD
# Benchmarks

Written by \`benchmarks/graphql.sh\` (run it again to refresh this page). It starts the API (Release build, Production
settings, embedded PostgreSQL, rate limit lifted) and measures with \`wrk\` (2 threads, ${duration} s a run, after ${warmup} s of warm-up per query at 8 connections) the three main
analyst queries of \`api/GraphQL/Examples\`: POSTed to \`/graphql\` (executed every time), called as persisted operations
by GET (\`/graphql?id=SHA256&variables=...\`, answered from the API's in-process cache of the current release after the
first call, with its ETag and cache headers), and the same request answered from memory with the bytes of its first
execution by \`/benchmark/ceiling\` of the same process: the ceiling of the transport, with nothing executed. The gap
between POST and the ceiling is the cost of validation, execution and, unless the API's read cache holds the rows
(after the first request of the release), the SQL. Read cache: $([ "${ReadCache__MaxItems:-}" = 0 ] && echo "off (\`ReadCache__MaxItems=0\`): every POST reads the database" || echo "on (the default): a POST reads the database once per release, then executes over the rows kept in memory"). "CPU stolen" is the share of the
machine's CPU time its hypervisor took during the run (this machine is a virtual machine): absolute figures fall with
it, ratios within one run much less.

Latest run: $(date -u '+%Y-%m-%d %H:%M UTC') on $machine. Data: ${Database__SeedDirectory:-the seed}${REGION:+, region $REGION, year $YEAR}.

| query | endpoint | connections | requests/s | p50 latency | p99 latency | response bytes | CPU stolen | errors |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |
$rows
Share of the ceiling's requests/s, in this run:

| query | connections | persisted GET (cached) | POST (executed) |
| --- | ---: | ---: | ---: |
$ratios
MD
echo "Wrote $out"

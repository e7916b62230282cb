#!/usr/bin/env bash
# Throughput and latency of the API's three main queries at a few concurrencies, against the running API on its
# embedded database, and of the same response bytes served from memory by the same process (the ceiling).
# Writes docs/benchmarks-graphql.md. Usage: benchmarks/graphql.sh [seconds per run, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-10}"
port=5090
url="http://127.0.0.1:$port"
work="$(mktemp -d)"
command -v wrk >/dev/null || { echo "benchmarks/graphql.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

dotnet build api -c Release -v quiet -nologo >/dev/null
export Benchmark__CeilingEndpoint=true
. benchmarks/start-api.sh

# The three main queries: capaian of every IKU, PPKS coverage by category, the RAK's sub kegiatan with monthly targets and budget.
queries=(1-capaian-iku 3-ppks-coverage 5-rak-targets-and-budget)
for q in "${queries[@]}"; do
  python3 - "api/GraphQL/Examples/$q.graphql" "api/GraphQL/Examples/$q.json" >"$work/$q.body" <<'PY'
import json, sys
print(json.dumps({"query": open(sys.argv[1]).read(), "variables": json.load(open(sys.argv[2]))}), end="")
PY
  cat >"$work/$q.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/$q.body", "r"); wrk.body = f:read("*a"); f:close()
LUA
  bytes=$(curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "$url/graphql" | wc -c)
  curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "$url/benchmark/ceiling" >/dev/null
  echo "$bytes" >"$work/$q.bytes"
done

rows=""
for q in "${queries[@]}"; do
  for path in graphql benchmark/ceiling; do
    for c in 1 8 32; do
      wrk -t"$(( c < 2 ? 1 : 2 ))" -c"$c" -d"${duration}s" --latency -s "$work/$q.lua" "$url/$path" >"$work/out" 2>&1 || true
      rps=$(awk '/Requests\/sec/ {print $2}' "$work/out")
      p50=$(awk '$1=="50%" {print $2}' "$work/out")
      p99=$(awk '$1=="99%" {print $2}' "$work/out")
      errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/out" | tr '\n' ' ')
      echo "$q /$path c=$c: $rps req/s, p50 $p50, p99 $p99 $errors"
      rows+="| $q | /$path | $c | $rps | $p50 | $p99 | $(cat "$work/$q.bytes") | ${errors:-none} |"$'\n'
    done
  done
done

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
cat >docs/benchmarks-graphql.md <<MD
# Benchmarks

Written by \`benchmarks/graphql.sh\` (run it again to refresh this page). It starts the API (Release build, Production
settings, embedded PostgreSQL, rate limit lifted) and measures with \`wrk\` (2 threads, ${duration} s a run) the three main
analyst queries of \`api/GraphQL/Examples\`, POSTed to \`/graphql\`, and the same request answered from memory with the
bytes of its first execution by \`/benchmark/ceiling\` of the same process: the ceiling of the transport, with nothing
executed. The gap between the two is the cost of validation, execution and the SQL.

Latest run: $(date -u '+%Y-%m-%d %H:%M UTC') on $machine.

| query | endpoint | connections | requests/s | p50 latency | p99 latency | response bytes | errors |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
$rows
MD
echo "Wrote docs/benchmarks-graphql.md"

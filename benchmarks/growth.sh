#!/usr/bin/env bash
# How the per-agency queries' latency grows with the database: the three main queries (uncached POST) and a connection
# with totalCount, for the same generated region, against a small and a large generated database served at once by two
# API processes, measured in turns (small, large, small, large) so that both see the same machine; p50 at c=1 (wrk),
# and the large/small ratio of the better p50 of each. Appends to docs/benchmarks-growth.md.
# Usage: benchmarks/growth.sh SMALL_SEED SMALL_DATA_DIR SMALL_DB LARGE_SEED LARGE_DATA_DIR LARGE_DB [REGION] [YEAR] [seconds]
# Each database is the embedded one its seed was loaded into (benchmarks/load.sh, or the API's `seed` command); the API
# starts on it with that seed folder, so an unchanged seed loads nothing. A generated region has some 36 agencies, so the
# region-wide example queries are allowed a larger cost estimate than the default. The read cache is off: what grows
# with the database is the path to it, which a repeated query would otherwise skip (ReadCache__MaxItems).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 6 ] || { sed -n 2,8p "$0" >&2; exit 2; }
region="${7:-11.01}" year="${8:-2022}" duration="${9:-10}"
command -v wrk >/dev/null || { echo "benchmarks/growth.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
dotnet build api -c Release -v quiet -nologo >/dev/null
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$work"' EXIT

start() { # name port seed data db
  Database__SeedDirectory="$3" Database__DataDirectory="$4" Database__Name="$5" ASPNETCORE_URLS="http://127.0.0.1:$2" \
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning GraphQL__RateLimit__PermitLimit=100000000 \
    GraphQL__MaxComplexity=10000000 ReadCache__MaxItems=0 \
    dotnet api/bin/Release/net10.0/Sakip.Api.dll >"$work/$1.log" 2>&1 &
  pids+=($!)
}
start small 5093 "$1" "$2" "$3"
start large 5094 "$4" "$5" "$6"
for port in 5093 5094; do
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 1; done
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { cat "$work"/*.log >&2; echo "an API did not become ready" >&2; exit 1; }
done

queries=(1-capaian-iku 3-ppks-coverage 5-rak-targets-and-budget indicators-connection)
p50() { awk '$1=="50%" { v = $2 + 0; if ($2 ~ /us$/) v /= 1000; else if ($2 ~ /[^m]s$/) v *= 1000; printf "%.2f", v }' "$1"; }
documents() { find "$1" -mindepth 1 -maxdepth 1 -type d | wc -l; }
rows=""
for q in "${queries[@]}"; do
  python3 - "$q" "$region" "$year" >"$work/$q.body" <<'PY'
import json, sys
q, region, year = sys.argv[1], sys.argv[2], int(sys.argv[3])
if q == "indicators-connection":
    text = "query($region: String!) { indicators(region: $region, first: 20) { totalCount edges { node { name } } } }"
    variables = {"region": region}
else:
    text = open(f"api/GraphQL/Examples/{q}.graphql").read()
    variables = {"region": region, "year": year}
print(json.dumps({"query": text, "variables": variables}), end="")
PY
  printf 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nlocal f = io.open("%s", "r"); wrk.body = f:read("*a"); f:close()\n' "$work/$q.body" >"$work/$q.lua"
  for port in 5093 5094; do
    curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "http://127.0.0.1:$port/graphql" >"$work/$q.$port"
    grep -q '"errors"' "$work/$q.$port" && { echo "$q answered with errors: $(head -c 300 "$work/$q.$port")" >&2; exit 1; }
    wrk -t1 -c1 -d2s -s "$work/$q.lua" "http://127.0.0.1:$port/graphql" >/dev/null 2>&1 || true # warm-up
  done
  # The answers must be the same bytes but for the release in the extensions.
  same=$(python3 -c 'import json,sys; a,b=(json.load(open(f)) for f in sys.argv[1:]); print("same" if a["data"]==b["data"] else "DIFFERENT")' "$work/$q.5093" "$work/$q.5094")
  best=()
  for port in 5093 5094 5093 5094; do
    wrk -t1 -c1 -d"${duration}s" --latency -s "$work/$q.lua" "http://127.0.0.1:$port/graphql" >"$work/out" 2>&1 || true
    echo "$q :$port p50 $(p50 "$work/out") ms, $(awk '/Requests\/sec/ {print $2}' "$work/out") req/s"
    best+=("$(p50 "$work/out")")
  done
  small=$(printf '%s\n' "${best[0]}" "${best[2]}" | sort -g | head -1)
  large=$(printf '%s\n' "${best[1]}" "${best[3]}" | sort -g | head -1)
  rows+="| $q | $(wc -c <"$work/$q.5094") | $same | ${best[0]} / ${best[2]} | ${best[1]} / ${best[3]} | $(awk -v a="$small" -v b="$large" 'BEGIN { printf "%.2f", b / a }') |"$'\n'
done

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
{
  [ -s docs/benchmarks-growth.md ] || printf '# Growth benchmark\n\nWritten by `benchmarks/growth.sh`: the same generated region'"'"'s answers from a small and a large database, two API processes measured in turns, one connection (c=1), uncached POST. The ratio compares the better p50 of each.\n'
  printf '\n## %s, %s: region %s, %s; %s documents against %s; load average before: %s\n\n' "$(date -u +%Y-%m-%d)" "$machine" "$region" "$year" \
    "$(documents "$4")" "$(documents "$1")" "$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "| query | bytes | data equal | p50 small (ms, two runs) | p50 large (ms, two runs) | ratio large / small |"
  echo "| --- | ---: | --- | ---: | ---: | ---: |"
  printf '%s' "$rows"
} >>docs/benchmarks-growth.md
echo "Appended to docs/benchmarks-growth.md"

#!/usr/bin/env bash
# How the per-agency queries' latency grows with the database: the three main queries (uncached POST) and a connection
# with totalCount, for the same generated region, against a small and a large generated database, p50 and p99 at c=1
# (wrk), and the large/small ratio. Appends to docs/benchmarks-growth.md.
# Usage: benchmarks/growth.sh SMALL_SEED SMALL_DATA_DIR SMALL_DB LARGE_SEED LARGE_DATA_DIR LARGE_DB [REGION] [YEAR] [seconds]
# Each database is the embedded one its seed was loaded into (benchmarks/load.sh, or the API's `seed` command); the API
# starts on it with that seed folder, so an unchanged seed loads nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 6 ] || { sed -n 2,7p "$0" >&2; exit 2; }
region="${7:-11.01}" year="${8:-2022}" duration="${9:-10}"
port=5093
url="http://127.0.0.1:$port"
command -v wrk >/dev/null || { echo "benchmarks/growth.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
dotnet build api -c Release -v quiet -nologo >/dev/null

queries=(1-capaian-iku 3-ppks-coverage 5-rak-targets-and-budget indicators-connection)
measure() { # label seed data db
  local label=$1 work
  work="$(mktemp -d)"
  export Database__SeedDirectory="$2" Database__DataDirectory="$3" Database__Name="$4"
  ( . benchmarks/start-api.sh
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
      bytes=$(curl -fs -H 'Content-Type: application/json' --data-binary "@$work/$q.body" "$url/graphql" | tee "$work/$q.answer" | wc -c)
      grep -q '"errors"' "$work/$q.answer" && { echo "$q answered with errors: $(head -c 300 "$work/$q.answer")" >&2; exit 1; }
      wrk -t1 -c1 -d2s -s "$work/$q.lua" "$url/graphql" >/dev/null 2>&1 || true # warm-up
      wrk -t1 -c1 -d"${duration}s" --latency -s "$work/$q.lua" "$url/graphql" >"$work/out" 2>&1 || true
      echo "$label $q $bytes $(awk '$1=="50%" {print $2}' "$work/out") $(awk '$1=="99%" {print $2}' "$work/out") $(awk '/Requests\/sec/ {print $2}' "$work/out")"
    done ) | tee -a "$results"
  rm -rf "$work"
}
results="$(mktemp)"
documents() { find "$1" -mindepth 1 -maxdepth 1 -type d | wc -l; }
small=$(documents "$1") large=$(documents "$4")
measure small "$1" "$2" "$3"
measure large "$4" "$5" "$6"

ms() { awk -v t="$1" 'BEGIN { v = t + 0; if (t ~ /us$/) v /= 1000; else if (t ~ /ms$/) v += 0; else if (t ~ /s$/) v *= 1000; printf "%.2f", v }'; }
machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
{
  [ -s docs/benchmarks-growth.md ] || printf '# Growth benchmark\n\nWritten by `benchmarks/growth.sh`: the same generated region'"'"'s answers at two database sizes, one connection (c=1), uncached POST.\n'
  printf '\n## %s, %s: region %s, %s, %s documents against %s\n\n' "$(date -u +%Y-%m-%d)" "$machine" "$region" "$year" "$large" "$small"
  echo "| query | bytes | p50 at $small (ms) | p50 at $large (ms) | ratio | p99 at $small | p99 at $large | req/s at $small | req/s at $large |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for q in "${queries[@]}"; do
    read -r _ _ b1 p1 q1 r1 < <(grep "^small $q " "$results")
    read -r _ _ b2 p2 q2 r2 < <(grep "^large $q " "$results")
    [ "$b1" = "$b2" ] || echo "Note: $q answered $b1 bytes small and $b2 bytes large." >&2
    echo "| $q | $b2 | $(ms "$p1") | $(ms "$p2") | $(awk -v a="$(ms "$p1")" -v b="$(ms "$p2")" 'BEGIN { printf "%.2f", b / a }') | $q1 | $q2 | $r1 | $r2 |"
  done
} >>docs/benchmarks-growth.md
rm -f "$results"
echo "Appended to docs/benchmarks-growth.md"

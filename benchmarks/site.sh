#!/usr/bin/env bash
# Time of a whole site build against the running API on its embedded database: into an empty folder, then again
# into the built folder (nothing to rewrite). Writes docs/benchmarks-site.md. Usage: benchmarks/site.sh [runs, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=5091
url="http://127.0.0.1:$port"
work="$(mktemp -d)"

dotnet build api -c Release -v quiet -nologo >/dev/null
dotnet build site -c Release -v quiet -nologo >/dev/null
. benchmarks/start-api.sh

build() { dotnet site/bin/Release/net10.0/Sakip.Site.dll --api "$url/graphql" --out "$1" | tail -1 | sed "s/, in .*//"; }
rows=""
for i in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  start=$(date +%s.%N); summary=$(build "$work/out"); cold=$(echo "$(date +%s.%N) - $start" | bc)
  start=$(date +%s.%N); again=$(build "$work/out"); warm=$(echo "$(date +%s.%N) - $start" | bc)
  echo "run $i: empty folder $cold s ($summary); again $warm s ($again)"
  rows+="| $i | $(printf '%.2f' "$cold") | $(printf '%.2f' "$warm") | ${summary#Built } |"$'\n'
done

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
cat >docs/benchmarks-site.md <<MD
# Site build benchmark

Written by \`benchmarks/site.sh\` on $(date -u +%Y-%m-%d) on $machine. Each run builds the whole site with the
generator's own process (\`dotnet Sakip.Site.dll\`, process start included) against the API on the embedded
database: first into an empty folder, then again into the built folder, where every file is unchanged. The API is
freshly started, so the first runs include its warm-up (JIT, connection pool, query plans); the later runs show the
steady state.

| run | empty folder (s) | again, unchanged (s) | the generator's summary of the first build |
| --- | --- | --- | --- |
$rows
MD
echo "Wrote docs/benchmarks-site.md"

#!/usr/bin/env bash
# Load benchmark (issue 12): for each size (default 200 2000 20000) generates a synthetic national dataset, loads it into
# a fresh database of an embedded PostgreSQL cluster and records wall time and peak memory (/usr/bin/time -v), rows per
# second and database size; then an unchanged re-run, an API start over the loaded data (until /readyz answers 200),
# and a re-run with one document changed. Appends the results, with date and machine, to docs/benchmarks.md.
#   benchmarks/load.sh [SIZE ...]        BENCH_DIR (default /tmp/sakip-load) holds the data; removed at the end
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 2000 20000)
work=${BENCH_DIR:-/tmp/sakip-load}
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

dotnet build Sakip.slnx -c Release -nologo -clp:ErrorsOnly >/dev/null
api="dotnet api/bin/Release/net10.0/Sakip.Api.dll"
export Database__DataDirectory="$work/pg" CI=1 Logging__LogLevel__Default=Information Logging__LogLevel__Microsoft=Warning

# Runs "seed" under /usr/bin/time -v; sets wall (s), rss (MB), loaded (s), rows, size (MB) from its output.
seed() {
  /usr/bin/time -v $api seed >"$work/out.txt" 2>"$work/time.txt" || { cat "$work/out.txt" "$work/time.txt" >&2; exit 1; }
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time.txt")
  loaded=$(grep -o 'rows written in [0-9.]* s' "$work/out.txt" | grep -o '[0-9.]*' | tail -1 || true)
  rows=$(grep -o ', [0-9]* rows written' "$work/out.txt" | grep -o '[0-9]*' | tail -1 || true)
  size=$(grep -o 'database size [0-9]* MB' "$work/out.txt" | grep -o '[0-9]*' | tail -1 || true)
  tail -1 "$work/out.txt"
}

results=()
for n in "${sizes[@]}"; do
  echo "== $n documents"
  gen_start=$(date +%s.%N)
  benchmarks/generate.sh "$n" "$work/seed-$n" >/dev/null
  gen=$(echo "$(date +%s.%N) - $gen_start" | bc)
  export Database__Name="load_$n" Database__SeedDirectory="$work/seed-$n"

  seed; f_wall=$wall; f_rss=$rss; f_loaded=$loaded; f_rows=$rows; f_size=$size
  seed; u_wall=$wall; u_rss=$rss

  port=$(( 20000 + RANDOM % 20000 ))
  start=$(date +%s.%N)
  ASPNETCORE_URLS="http://127.0.0.1:$port" $api >"$work/api.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$work/api.log" >&2; exit 1; }
    sleep 0.2
  done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  kill -TERM $pid; wait $pid 2>/dev/null || true

  # One document changed: the generator's --change output, copied over that one folder.
  benchmarks/generate.sh "$n" "$work/prime-$n" --change 1 >/dev/null
  changed=$(head -1 "$work/prime-$n/changed-documents.txt")
  rm -rf "$work/seed-$n/$changed" && cp -r "$work/prime-$n/$changed" "$work/seed-$n/$changed"
  rm -rf "$work/prime-$n"
  seed; c_wall=$wall; c_rss=$rss

  per_doc=$(echo "scale=1; $f_loaded * 1000 / $n" | bc)
  rate=$(echo "$f_rows / $f_loaded" | bc)
  results+=("| $n | $f_rows | $(printf %.0f "$gen") s | $f_wall s | $f_loaded s | $per_doc ms | $rate | $f_rss MB | $f_size MB | $u_wall s ($u_rss MB) | $(printf %.1f "$ready") s | $c_wall s ($c_rss MB) |")
  echo "${results[-1]}"
  rm -rf "$work/seed-$n"
done

{
  echo
  echo "### $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo
  echo "Command: \`benchmarks/load.sh ${sizes[*]}\`. Fresh database per size on the embedded PostgreSQL 15 (fsync off). \"load\" is the"
  echo "loader's own time (read, check, reconcile, copy, reference check); \"wall\" adds process start, migrations, the scan and"
  echo "the VACUUM (ANALYZE) that follows a load of a tenth of the documents or more."
  echo
  echo "| documents | rows written | generate | wall | load | per document | rows/s | peak memory | database | unchanged re-run (peak) | API start to ready | one changed (peak) |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${results[@]}"
} >> docs/benchmarks.md
echo "appended to docs/benchmarks.md"

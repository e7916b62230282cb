#!/usr/bin/env bash
# Site build benchmark (issue 13): for the seed and for generated datasets (default: seed 2000), loads the data into its
# own database of an embedded PostgreSQL cluster, starts the API on it and times the generator's own process
# (dotnet Sakip.Site.dll as site/Dockerfile publishes it, compiled ahead of time; process start included): a full
# build into an empty folder (which also links a copy of itself for the next build to update), a rebuild with nothing
# changed, and two rebuilds after one document changed (each updates the build before the published one, as every later
# one does). Writes docs/benchmarks-site.md.
#   benchmarks/site.sh [seed|N ...]      BENCH_DIR (default /tmp/sakip-site-bench) holds the data; removed at the end
#   OUT=docs/benchmarks-site-20000.md CACHED=0 benchmarks/site.sh 20000
#     OUT: the page to write; CACHED=0 skips the build with the answers cached (at 20,000 documents each full build is
#     some 20 GB of small files, and two of them with the database do not fit this machine's disk);
#     PERSISTED_CACHE_BYTES: the API's persisted-answer cache (default 4 GiB, enough for every answer of 2,000 documents)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(seed 2000)
work=${BENCH_DIR:-/tmp/sakip-site-bench}
. benchmarks/steal.sh
rm -rf "$work" && mkdir -p "$work"
dotnet build Sakip.slnx -c Release -nologo -clp:ErrorsOnly >/dev/null
# The generator as site/Dockerfile publishes it: for this machine's runtime, compiled ahead of time.
dotnet publish site/Sakip.Site.csproj -c Release --use-current-runtime --self-contained false -o "$work/site-bin" -nologo -clp:ErrorsOnly >/dev/null
export Database__DataDirectory="$work/pg" CI=1 Logging__LogLevel__Default=Warning
api_dll=api/bin/Release/net10.0/Sakip.Api.dll
url="http://127.0.0.1:$(( 20000 + RANDOM % 20000 ))"
api=""
stop_api() { if [ -n "$api" ]; then kill -TERM "$api" 2>/dev/null; wait "$api" 2>/dev/null || true; api=""; fi; }
trap 'stop_api; rm -rf "$work"' EXIT

load() { dotnet $api_dll seed >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; exit 1; }; grep -E "^Seed loaded|nothing to load|unchanged" "$work/seed.log" | tail -1 || true; }
# The API keeps every answer of a build (a 2,000-document build's take some 750 MB, the default bound 128 MB), so the
# build with the answers cached is the generator's own rate.
start_api() {
  ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production GraphQL__RateLimit__PermitLimit=100000000 Database__LoadSeed=false \
    GraphQL__PersistedCacheBytes=${PERSISTED_CACHE_BYTES:-4294967296} \
    dotnet $api_dll >"$work/api.log" 2>&1 &
  api=$!
  until curl -fs "$url/readyz" >/dev/null 2>&1; do kill -0 "$api" 2>/dev/null || { cat "$work/api.log" >&2; exit 1; }; sleep 0.5; done
}
# Deleting a large tree makes ext4 slow to allocate inodes for minutes after (it skips recently deleted ones, and a
# build creates some 50,000 folders): benchmarks/inode-churn.sh measures it. A deployment deletes no such tree before a
# rebuild, so the benchmark's own leftovers are moved aside between timed builds and deleted at the end.
discard() { mkdir -p "$work/discarded" && mv "$1" "$work/discarded/$(basename "$1").$RANDOM"; }
# Replaces the k-th document the generator changes (--change k) in the dataset and loads it.
change() {
  local n=$1 k=$2
  benchmarks/generate.sh "$n" "$work/prime" --change "$k" >/dev/null
  local doc; doc=$(sed -n "${k}p" "$work/prime/changed-documents.txt")
  discard "$Database__SeedDirectory/$doc" && cp -r "$work/prime/$doc" "$Database__SeedDirectory/$doc" && discard "$work/prime"
  echo "changed $doc: $(load)"
  sleep 1.5 # the API reads the release at most once a second
}
# Builds into $work/site/out; sets secs (wall), and pages, requests, rendered from the generator's summary.
build() {
  local start; start=$(date +%s.%N); steal_mark
  dotnet "$work/site-bin/Sakip.Site.dll" --api "$url/graphql" --out "${out:-$work/site/out}" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
  secs=$(echo "$(date +%s.%N) - $start" | bc); stolen=$(steal_since)
  rendered=$(grep -oE 'Rendered [0-9,]+ of' "$work/build.log" | grep -oE '[0-9,]+' | tr -d ,)
  pages=$(grep -oE 'Built [0-9]+ pages' "$work/build.log" | grep -oE '[0-9]+')
  requests=$(grep -oE 'from [0-9]+ API requests' "$work/build.log" | grep -oE '[0-9]+')
  spare=$(grep -oE 'files linked in [0-9.]+ s' "$work/build.log" | grep -oE '[0-9.]+ s$' || true)
  echo "  $(printf %.1f "$secs") s (CPU stolen $stolen): $(grep -E '^Rendered' "$work/build.log")"
}

rows=""
for size in "${sizes[@]}"; do
  echo "== $size"
  if [ "$size" = seed ]; then
    export Database__Name=bench_seed Database__SeedDirectory="$PWD/seed"
  else
    export Database__Name="bench_$size" Database__SeedDirectory="$work/data-$size"
    benchmarks/generate.sh "$size" "$Database__SeedDirectory" >/dev/null
  fi
  echo "loaded: $(load)"
  start_api
  rm -rf "$work/site"; mkdir -p "$work/site"
  build; full=$secs; full_stolen=$stolen; full_spare=$spare; full_pages=$pages; full_requests=$requests; rate=$(echo "$pages / $secs" | bc)
  # The same full build into another empty folder: the API answers from its persisted-answer cache, so this is the
  # generator's own rate (fetching and rendering every page), without the API executing the queries.
  if [ "${CACHED:-1}" = 1 ]; then
    out="$work/cached/out" build; cached=$secs; cached_stolen=$stolen; cached_rate=$(echo "$pages / $secs" | bc); discard "$work/cached"
    cached_cell="$(printf %.1f "$cached") ($cached_stolen)"
  else
    cached_cell="not run"; cached_rate="-"
  fi
  build; same=$secs; same_requests=$requests; same_rendered=$rendered
  if [ "$size" = seed ]; then
    # The seed has no generator: a changed copy of one figure of the Seruyan RAK.
    cp -r seed "$work/seed-copy"; export Database__SeedDirectory="$work/seed-copy"
    sed -i '0,/5.783.347.586/s//5.783.347.587/' "$work/seed-copy/seruyan-rak-2026/T1.3.csv"; echo "changed: $(load)"; sleep 1.5
    build; one=$secs; one_stolen=$stolen; one_requests=$requests; one_rendered=$rendered
    sed -i '0,/5.783.347.587/s//5.783.347.588/' "$work/seed-copy/seruyan-rak-2026/T1.3.csv"; echo "changed: $(load)"; sleep 1.5
  else
    change "$size" 1
    build; one=$secs; one_stolen=$stolen; one_requests=$requests; one_rendered=$rendered
    change "$size" 2
  fi
  build; two=$secs; two_stolen=$stolen; two_requests=$requests; two_rendered=$rendered
  stop_api
  label=$size; [ "$size" = seed ] && label="seed (2)"
  rows+="| $label | $full_pages | $full_requests | $(printf %.1f "$full") ($full_stolen; ${full_spare:-no time} of it linking the copy) | $rate | $cached_cell | $cached_rate | $(printf %.1f "$same") ($same_rendered rendered, $same_requests requests) | $(printf %.1f "$one") ($one_stolen; $one_rendered rendered, $one_requests requests) | $(printf %.1f "$two") ($two_stolen; $two_rendered rendered, $two_requests requests) |"$'\n'
  printf "%s" "$rows" | tail -1
done

machine="$(nproc) cores, $(awk '/model name/ {sub(/.*: /, ""); print; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release; echo "$PRETTY_NAME")"
page=${OUT:-docs/benchmarks-site.md}
cat >"$page" <<MD
# Site build benchmark

Written by \`${OUT:+OUT=$OUT }${CACHED:+CACHED=$CACHED }benchmarks/site.sh ${sizes[*]}\` on $(date -u +%Y-%m-%d) on $machine. For each dataset (the seed's 2
documents; N documents generated by \`benchmarks/generate.sh\`) the data is loaded into its own database on an embedded
PostgreSQL cluster and the API started on it, on the same machine as the generator; each time is the wall time of the
generator's own process (\`dotnet Sakip.Site.dll\` published as site/Dockerfile publishes it, compiled ahead of time
for this machine's runtime; process start included), with its default of one renderer per
processor. A full build goes into an empty folder and, once published, links a copy of itself (its time includes that,
given beside it) for the next build to update; "unchanged" is a rebuild with no load in between; "one changed" is a
rebuild after one document was changed and loaded: the first such rebuild updates that copy, the second the build
before the published one, replacing only what differs, as every later rebuild does (until 2026-12-05 09:00 UTC a full
build made no copy and the first rebuild wrote a new build folder, a link to each unchanged file of the published
build). Pages/s is pages over the full build's wall time, the API executing every query
included; "answers cached" is a second full build into another empty folder right after it, the API answering from its
persisted-answer cache, bounded at ${PERSISTED_CACHE_BYTES:-4294967296} bytes here (\`GraphQL__PersistedCacheBytes\`;
a 2,000-document build's answers take some 750 MB), so that build is the generator's own rate (until 2026-12-05 14:44 UTC
the bound was 128 MB, which holds a small part of a 2,000-document build's answers). The percentage beside a time is the share of the machine's CPU time
its hypervisor took during that build (steal; this machine is a virtual machine): wall times fall with it.

| documents | pages | requests (full) | full build (s) | pages/s | full, answers cached (s) | pages/s, answers cached | unchanged (s) | one changed, first (s) | one changed, later (s) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |
$rows
MD
echo "Wrote $page"

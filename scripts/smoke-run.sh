#!/usr/bin/env bash
# Smoke test of ./run.sh as a newcomer runs it: starts it from this working copy on a free port with a database of its
# own (a fresh embedded PostgreSQL cluster in a temporary folder, unless ConnectionStrings__Sakip names a server), waits
# (bounded) for its "Portal:" line, checks that / answers 200 with the portal's home page, that /graphql answers
# { regions { code } } and that run.sh announced its stages in order; then stops run.sh with TERM (as Ctrl+C does) and
# removes the cluster folder it created. Exits non-zero with a message saying what failed.
#   SMOKE_TIMEOUT  seconds to wait for "Portal:" (default 900: a first build and seed load take minutes)
#   SMOKE_PORT     port to use (default: the first free one from 5390)
# Note: run.sh builds the portal into site/out/ of this working copy, as it always does; run.sh has no option to drop
# a database, so with ConnectionStrings__Sakip set the database smoke_<pid> is left on that server (it is named below).
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "smoke-run: $*"; }
fail() { say "FAILED: $*" >&2; [ -f "${log:-}" ] && { echo "--- run.sh output (last 40 lines) ---" >&2; tail -n 40 "$log" >&2; }; exit 1; }

free_port() {
  local p
  for p in $(seq 5390 5489); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  return 1
}
port=${SMOKE_PORT:-$(free_port)} || fail "no free port between 5390 and 5489"
url="http://127.0.0.1:$port"
timeout=${SMOKE_TIMEOUT:-900}
database="smoke_$$"
work=$(mktemp -d)
# The embedded cluster runs as the postgres user when this runs as root: it must be able to enter the folder.
chmod 755 "$work"
log="$work/run.log"
: >"$log"
cluster=""
if [ -z "${ConnectionStrings__Sakip:-}" ]; then
  cluster="$work/postgres"
fi

runner=""
cleanup() {
  if [ -n "$runner" ] && kill -0 "$runner" 2>/dev/null; then
    kill -TERM "$runner" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$runner" 2>/dev/null || break; sleep 1; done
    # run.sh did not stop within a minute: end its process group (it was started in a session of its own).
    kill -0 "$runner" 2>/dev/null && kill -KILL -- "-$runner" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "starting ./run.sh at $url on database $database${cluster:+ (a fresh cluster in $cluster)}; output in $log"
env SAKIP_URL="$url" Database__Name="$database" ${cluster:+"Database__DataDirectory=$cluster"} setsid ./run.sh >"$log" 2>&1 &
runner=$!

waited=0
until grep -q '^Portal:' "$log"; do
  kill -0 "$runner" 2>/dev/null || fail "run.sh exited before printing \"Portal:\""
  [ "$waited" -ge "$timeout" ] && fail "no \"Portal:\" line from run.sh after $timeout s"
  sleep 2
  waited=$((waited + 2))
done
say "run.sh printed \"Portal:\" after ${waited} s"

home=$(curl -sS -w '\n%{http_code}' "$url/") || fail "$url/ does not answer"
[ "$(tail -n 1 <<<"$home")" = 200 ] || fail "$url/ answers $(tail -n 1 <<<"$home"), not 200"
grep -q '<title>Kinerja dan anggaran perangkat daerah · SAKIP Terbuka</title>' <<<"$home" || fail "$url/ is not the portal's home page"

answer=$(curl -sS -H 'Content-Type: application/json' -d '{"query":"{ regions { code } }"}' "$url/graphql") || fail "$url/graphql does not answer"
grep -qE '"regions":\[\{"code":"[0-9]{2}\.[0-9]{2}"' <<<"$answer" || fail "$url/graphql answered { regions { code } } with: ${answer:0:300}"
grep -q '"errors"' <<<"$answer" && fail "$url/graphql answered with errors: ${answer:0:300}"

# The stages run.sh announces, in the order it must announce them.
stages=("run.sh: building the API and the site generator" "run.sh: built in" "run.sh: starting the API" "run.sh: API ready at"
        "run.sh: ready." "^Portal:" "^GraphQL:")
last=0
for stage in "${stages[@]}"; do
  line=$(grep -n -m1 -e "$stage" "$log" | cut -d: -f1)
  [ -n "$line" ] || fail "run.sh did not print \"$stage\""
  [ "$line" -gt "$last" ] || fail "run.sh printed \"$stage\" (line $line) before the stage before it (line $last)"
  last=$line
done

say "stopping run.sh (TERM, as Ctrl+C)"
kill -TERM "$runner"
for _ in $(seq 1 60); do kill -0 "$runner" 2>/dev/null || break; sleep 1; done
kill -0 "$runner" 2>/dev/null && fail "run.sh did not stop within 60 s of TERM"
runner=""
if curl -s -o /dev/null "$url/" 2>/dev/null; then fail "$url/ still answers after run.sh stopped"; fi
if [ -n "$cluster" ]; then
  say "run.sh stopped; its cluster folder is removed with $work"
else
  say "run.sh stopped; run.sh cannot drop a database: drop $database on your server (ConnectionStrings__Sakip) yourself"
fi
say "OK: run.sh served the portal and the API at $url and announced its stages in order"

#!/usr/bin/env bash
# Runs every test: build with warnings as errors, the xunit suites against a real (embedded) PostgreSQL,
# the docker-compose file check when docker-compose is installed, and, after the xunit suites (run.sh rebuilds the
# projects, which must not happen under running tests), the smoke test of ./run.sh (scripts/smoke-run.sh).
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-postgres.sh
# The site tests drive Debian's chromium; the site and the tests fetch Chart.js, axe-core and graphql-http with npm;
# the deploy tests run deploy/nginx.conf in Debian's nginx.
scripts/ensure-tools.sh chromium=chromium npm=nodejs,npm nginx=nginx
dotnet tool restore >/dev/null
dotnet build Sakip.slnx -c Release -nologo -clp:ErrorsOnly

if command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f docker-compose.yml config -q
  echo "docker-compose.yml is valid."
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test Sakip.slnx -c Release --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}')
echo "${passed:-0} passed, ${failed:-0} failed"
if [ "${passed:-0}" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi

scripts/smoke-run.sh || status=1
exit "$status"

#!/usr/bin/env bash
# Writes a synthetic national dataset: benchmarks/generate.sh N DIR [extra generator options, e.g. --change 100]
# Builds the generator in Release once, then runs it (see tools/Sakip.Generator/README.md).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 DOCUMENTS OUT_DIR [--random-seed S] [--change K] [--templates DIR]" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
documents=$1
out=$2
shift 2
dotnet build tools/Sakip.Generator -c Release -nologo -clp:ErrorsOnly >/dev/null
exec dotnet tools/Sakip.Generator/bin/Release/net10.0/Sakip.Generator.dll --out "$out" --documents "$documents" --templates seed "$@"

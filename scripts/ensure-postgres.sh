#!/usr/bin/env bash
# Makes sure PostgreSQL server binaries (initdb, pg_ctl) are present; installs Debian's postgresql when they are not.
set -euo pipefail
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
echo "PostgreSQL server binaries not found; installing Debian's postgresql package." >&2
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
else
  echo "Install PostgreSQL (apt-get install postgresql), or set ConnectionStrings__Sakip to your own server." >&2
  exit 1
fi

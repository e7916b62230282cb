#!/usr/bin/env bash
# Installs the Debian packages of the commands that are missing. Arguments: command=package[,package...],
# e.g. npm=nodejs,npm chromium=chromium.
set -euo pipefail
missing=()
for spec in "$@"; do
  if ! command -v "${spec%%=*}" >/dev/null 2>&1; then
    IFS=, read -r -a packages <<<"${spec#*=}"
    missing+=("${packages[@]}")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Install them first: apt-get install ${missing[*]}" >&2
  exit 1
fi

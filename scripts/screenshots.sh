#!/usr/bin/env bash
# Screenshots of the portal's main page types at 375 and 1280 px, for reviewers who do not run it:
#   scripts/screenshots.sh [PORTAL_URL] [OUT_DIR]     (defaults: http://127.0.0.1:5080 docs/screenshots)
# The portal must be running (./run.sh). Each page is picked from the portal's sitemap.xml: the first page of its type.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${1:-http://127.0.0.1:5080}
out=${2:-docs/screenshots}
mkdir -p "$out"
sitemap=$(curl -fsS "$url/sitemap.xml")
first() { grep -oE "<loc>[^<]*</loc>" <<<"$sitemap" | sed -E 's|</?loc>||g; s|^https?://[^/]+||' | grep -E "$1" | head -1 || true; }
declare -A pages=(
  [home]='^/$' [region]='^/wilayah/[^/]+/$' [agency]='^/wilayah/[^/]+/[a-z][^/]*/$'
  [rak]='/rak/$' [lkjip]='/lkjip/$' [indicator]='/indikator/[^/]+/$' [statistics]='/statistik/[0-9]{4}/$'
  [document]='^/dokumen/[^/]+/$' [search]='^/cari/$' [method]='^/metode/$' [data]='^/data/$' [about]='^/tentang/$' [comparison]='^/perbandingan/[^/]+/[^/]+/$'
)
for name in "${!pages[@]}"; do
  path=$(first "${pages[$name]}")
  [ -n "$path" ] || { echo "no $name page in the sitemap" >&2; continue; }
  for width in 375 1280; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --virtual-time-budget=5000 \
      --window-size="$width,2000" --screenshot="$out/$name-$width.png" "$url$path" 2>/dev/null
    echo "$out/$name-$width.png  $path"
  done
done

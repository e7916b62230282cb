#!/usr/bin/env bash
# How much a recent large deletion slows creating a site-sized tree on this machine's file system: creates 48,000
# folders of four 2 KB files (a 2,000-document site has 48,505 folders and 208,167 files) twice, deletes both, and
# creates the tree again at once, printing wall, user and system seconds of each. ext4 skips recently deleted inodes
# when it allocates one, and the effect lasts minutes: on a disk with no large deletion in the last minutes the third
# tree costs far more than the first two (2026-12-03: 3.5 and 4.3 s of system time, then 47.3 s); started 2 minutes
# after another such deletion, the first is the slow one (73.2, 29.8, 17.1 s). Usage: benchmarks/inode-churn.sh [DIR]
set -euo pipefail
dir="${1:-/tmp/sakip-inode-churn}"
rm -rf "$dir"; mkdir -p "$dir"
trap 'rm -rf "$dir"' EXIT
tree() {
  python3 - "$1" <<'PY'
import os, sys, time
root = sys.argv[1]; start = time.time(); before = os.times()
for i in range(48_000):
    folder = f"{root}/{i // 500}/{i}"
    os.makedirs(folder)
    for j in range(4):
        with open(f"{folder}/f{j}.html", "wb") as f: f.write(b"x" * 2000)
after = os.times()
print(f"{os.path.basename(root)}: {time.time() - start:.1f} s wall, {after.user - before.user:.1f} s user, {after.system - before.system:.1f} s system")
PY
}
tree "$dir/first"
tree "$dir/second"
rm -rf "$dir/first" "$dir/second"
tree "$dir/right-after-deleting-both"

#!/usr/bin/env bash
# Reproducibility: the committed HEAD cloned into two folders of different names and depths,
# each built from cold by packaging/build-deb.sh, must give byte-identical binaries and .debs,
# and the binary must name neither folder. Two cold release builds: ~25 minutes on 2 cores.
#   packaging/check-reproducible.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
rev=$(git rev-parse HEAD)
base=${1:-$(mktemp -d)}
one=$base/one/estrade
two=$base/two/a/much/deeper/estrade-copy
for dir in "$one" "$two"; do
  rm -rf "$dir"; mkdir -p "$(dirname "$dir")"
  git clone -q --no-hardlinks . "$dir"
  git -C "$dir" checkout -q "$rev"
  echo "building $rev in $dir"
  (cd "$dir" && packaging/build-deb.sh > build.log 2>&1) || { tail -20 "$dir/build.log"; exit 1; }
done
fail=0
for file in target/release/estrade "target/debian/$(basename "$(ls "$one"/target/debian/*.deb)")"; do
  sha=$(sha256sum "$one/$file" | cut -d' ' -f1)
  if cmp -s "$one/$file" "$two/$file"; then
    echo "identical: $file  sha256 $sha"
  else
    echo "DIFFERENT: $file: $(cmp "$one/$file" "$two/$file" | head -1)"; fail=1
  fi
done
for dir in "$one" "$two" "${CARGO_HOME:-$HOME/.cargo}"; do
  count=$(grep -c -a -F "$dir/" "$one/target/release/estrade" || true)
  echo "the binary names $dir: $count times"
  [ "$count" = 0 ] || fail=1
done
exit $fail

#!/usr/bin/env bash
# The licences of the crates linked into estrade, made from Cargo.lock by cargo-about
# (`cargo install cargo-about --locked --features cli`), offline, with about.toml's allow-list
# (a crate under another licence fails it):
#   packaging/third-party.sh          → packaging/third-party-licences.md (every licence's text,
#                                       shipped in /usr/share/doc/estrade/ and the Windows zip) and
#                                       packaging/third-party-summary.txt (built into the binary:
#                                       `estrade --licences`)
#   packaging/third-party.sh --check  → fails if either differs from what Cargo.lock gives (CI)
set -euo pipefail
cd "$(dirname "$0")/.."
out=packaging
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ "${1:-}" = --check ] && out=$tmp
cargo about generate --fail --locked --format json -o "$tmp/about.json"
python3 packaging/third-party.py "$out" < "$tmp/about.json"
if [ "${1:-}" = --check ]; then
  for f in third-party-licences.md third-party-summary.txt; do
    if ! cmp -s "$out/$f" "packaging/$f"; then
      diff -u "packaging/$f" "$out/$f" | head -40
      echo "packaging/$f is out of date with Cargo.lock: run packaging/third-party.sh" >&2
      exit 1
    fi
  done
  echo "third-party licences: up to date with Cargo.lock ($(grep -vc '^#' packaging/third-party-summary.txt) crates)"
fi

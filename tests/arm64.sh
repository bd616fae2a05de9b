#!/usr/bin/env bash
# The arm64 package under qemu-user (Debian's qemu-user, with libc6-arm64-cross for the loader):
# `estrade --version`, `check` and `export --pdf` of the built-in talk, compared with the amd64
# build's PDF. Before a release, after `packaging/build-deb.sh --arch arm64`:
#   tests/arm64.sh OUTDIR
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=$(realpath -m "${1:?usage: tests/arm64.sh OUTDIR}")
deb=$(ls target/aarch64-unknown-linux-gnu/debian/estrade_*_arm64.deb | tail -1)
mkdir -p "$out"; rm -rf "$out/root"; dpkg-deb -x "$deb" "$out/root"
bin=$out/root/usr/bin/estrade
file "$bin" | sed 's/^/binary: /'
qemu=$(command -v qemu-aarch64 || command -v qemu-aarch64-static)
run() { "$qemu" -L /usr/aarch64-linux-gnu "$bin" "$@"; }
fail=0
version=$(run --version)
echo "1. $version (under $(basename "$qemu"))"
[ "$version" = "estrade $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)" ] || fail=1
run check slides/ceap-2024.ron > "$out/check.txt" 2>&1 || { cat "$out/check.txt"; fail=1; }
echo "2. check: $(tail -1 "$out/check.txt")"
mkdir -p "$out/empty"
start=$(date +%s.%N)
(cd "$out/empty" && run export --pdf ../arm64.pdf >/dev/null 2>&1) || { echo "export failed"; fail=1; }
echo "3. export --pdf under emulation: $(echo "$(date +%s.%N) - $start" | bc) s, $(pdfinfo "$out/arm64.pdf" | grep Pages)"
(cd "$out/empty" && "$OLDPWD/target/release/estrade" export --pdf ../amd64.pdf >/dev/null 2>&1)
tests/same-pdf.sh "$out/arm64.pdf" "$out/amd64.pdf" arm64 || fail=1
exit $fail

#!/usr/bin/env bash
# The Windows build under Wine (Debian's wine64): --version, check, the PDF of the built-in talk
# against the Linux build's, and the window under Xvfb (a screenshot to look at).
#   packaging/build-windows.sh && tests/windows.sh OUTDIR
# Needs wine64, Xvfb, ImageMagick, unzip, poppler-utils, and the Linux release build
# (target/release/estrade) for the comparison.
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=$(realpath -m "${1:?usage: tests/windows.sh OUTDIR}")
zip=$(ls target/windows/estrade-*-windows-x86_64.zip | tail -1)
mkdir -p "$out"; rm -rf "$out/unzipped"; unzip -q "$zip" -d "$out/unzipped"
exe=$(ls "$out"/unzipped/*/estrade.exe)
export WINEPREFIX=$out/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=$(command -v wine64 || command -v wine)
for n in $(seq 40 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n
cleanup() { kill ${app:-} $xvfb 2>/dev/null || true; wineserver -k 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
sleep 1
"$wine" wineboot --init >/dev/null 2>&1 || true
# Debian 12's Wine 8.0 lacks bcryptprimitives.dll (on every Windows since 10; Rust's standard
# library takes its random numbers there): a stand-in for this test only, never shipped.
system32=$WINEPREFIX/drive_c/windows/system32
if [ ! -e "$system32/bcryptprimitives.dll" ]; then
  x86_64-w64-mingw32-gcc -O2 -shared -o "$system32/bcryptprimitives.dll" tests/wine/bcryptprimitives.c -ladvapi32
  echo "0. Wine $("$wine" --version | sed 's/wine-//') has no bcryptprimitives.dll: tests/wine/bcryptprimitives.c stands in"
fi
fail=0

version=$("$wine" "$exe" --version | tr -d '\r')
echo "1. $version"
[ "$version" = "estrade $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)" ] || fail=1

"$wine" "$exe" check slides/ceap-2024.ron > "$out/check.txt" 2>&1 || { echo "check failed:"; cat "$out/check.txt"; fail=1; }
echo "2. check: $(tr -d '\r' < "$out/check.txt" | tail -1)"

# The built-in talk (no deck in this folder), exported by both builds.
mkdir -p "$out/empty"
(cd "$out/empty" && "$wine" "$exe" export --pdf ../windows.pdf >/dev/null 2>&1) || { echo "export failed"; fail=1; }
(cd "$out/empty" && "$OLDPWD/target/release/estrade" export --pdf ../linux.pdf >/dev/null 2>&1)
echo "3. export --pdf of the built-in talk:"
tests/same-pdf.sh "$out/windows.pdf" "$out/linux.pdf" Windows || fail=1

# The window: the title slide of the built-in talk.
(cd "$out/empty" && "$wine" "$exe" --windowed > "$out/window.log" 2>&1) & app=$!
sleep 20
import -window root "$out/windows-window.png"
colours=$(convert "$out/windows-window.png" -format %k info:)
echo "4. the window under Wine + Xvfb: $colours colours on screen ($out/windows-window.png)"
[ "$colours" -gt 50 ] || { echo "the window shows nothing"; cat "$out/window.log"; fail=1; }
exit $fail

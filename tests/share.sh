#!/usr/bin/env bash
# `estrade --share` for real: the app under Xvfb with the CÉAP deck, sharing on the loopback;
# tests/share-phones.js opens STREAMS audience event streams (300 by default), presses → and
# times how long until every stream has the new slide, moves the talk with the remote's POST
# (and checks that a wrong token, a GET, or no session does not), then looks at both pages in a
# phone-sized Chromium (screenshots, back to live, axe-core). The app is then restarted: the
# old remote address is refused (new tokens at each start).
#   tests/share.sh OUTDIR [STREAMS]
# Needs: xvfb openbox xdotool chromium node (npm for puppeteer-core and axe-core).
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/share.sh OUTDIR [STREAMS]}
streams=${2:-300}
bin=${ESTRADE_BIN:-target/release/estrade}
chrome=${CHROMIUM:-$(command -v chromium || true)}
mkdir -p "$out"; out=$(cd "$out" && pwd); rm -f "$out"/*.png "$out"/*.log
if [ ! -d target/peers/node_modules/puppeteer-core ] && command -v npm >/dev/null; then
  mkdir -p target/peers
  (cd target/peers && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm install --no-audit --no-fund --silent axe-core@4.10.3 puppeteer-core@24.43.1) || true
fi
export ESTRADE_STATE_DIR=$(mktemp -d)
. tests/xvfb-session.sh
cleanup_more() { rm -rf "$ESTRADE_STATE_DIR"; }
start() {
  rm -f "$out/addresses"
  ESTRADE_SHARE_ADDRESSES="$out/addresses" "$bin" slides/ceap-2024.ron --share --share-bind 127.0.0.1 --share-port "$2" --fresh >"$out/run-$1.log" 2>&1 & app=$!
  for _ in $(seq 1 100); do [ -s "$out/addresses" ] && break; sleep 0.1; done
  [ -s "$out/addresses" ] || { echo "FAIL: no sharing addresses written"; cat "$out/run-$1.log"; exit 1; }
  sleep 2; focus $app
}
start 1 0
[ "$(stat -c %a "$out/addresses")" = 600 ] || { echo "FAIL: the addresses file is readable by others"; exit 1; }
audience=$(sed -n 1p "$out/addresses"); remote=$(sed -n 2p "$out/addresses")
echo "  audience ${audience%/a/*}/a/…  remote ${remote%/r/*}/r/…"
fail=0
node tests/share-phones.js "$audience" "$remote" "$chrome" "$out" "$streams" || fail=1
import -window root "$out/projector.png" 2>/dev/null || true
session=$(cat "$out/remote-session.txt" 2>/dev/null || true)
kill $app; wait $app 2>/dev/null || true
# The same port again, so that the old address reaches the new server: only its token is old.
port=${remote#http://127.0.0.1:}; port=${port%%/*}
start 2 "$port"
node tests/share-phones.js --replay "$remote" "$session" || fail=1
exit $fail

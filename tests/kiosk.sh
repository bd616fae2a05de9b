#!/usr/bin/env bash
# Kiosk under Xvfb: with a 1 s advance the screen changes between screenshots; q, Esc, Ctrl+Q,
# Alt+F4 and clicks do not end the show; Ctrl+Alt+Q held 2 s does. Screenshots stay in OUTDIR.
#   tests/kiosk.sh OUTDIR
set -euo pipefail
# The messages looked for below are the English ones, whatever the machine's language.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/kiosk.sh OUTDIR}
bin=${ESTRADE_BIN:-target/release/estrade}
mkdir -p "$out"; rm -f "$out"/kiosk-*.png "$out"/kiosk.log
for n in $(seq 50 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1280x720x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
state=$(mktemp -d)
ESTRADE_STATE_DIR=$state "$bin" --kiosk --advance 1 --log "$out/kiosk.log" tests/fixtures/kiosk/loop.ron >"$out/program.log" 2>&1 & app=$!
hall=
cleanup() { kill $app $wm $xvfb 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$XDG_RUNTIME_DIR" "$state" ${hall:+"$hall"}; }
trap cleanup EXIT
sleep 3
fail=0
for i in 0 1 2 3 4; do import -window root "$out/kiosk-$i.png"; sleep 1.1; done
distinct=$(md5sum "$out"/kiosk-*.png | cut -d' ' -f1 | sort -u | wc -l)
echo "distinct screens in 5 shots: $distinct"
[ "$distinct" -ge 3 ] || { echo "the kiosk did not advance"; fail=1; }
w=$(xdotool search --pid $app --onlyvisible 2>/dev/null | head -1 || true)
[ -n "$w" ] && xdotool windowfocus --sync "$w" 2>/dev/null || true
for k in q Escape ctrl+q alt+F4 F11; do xdotool key $k; sleep 0.4; done
xdotool click 1; sleep 0.5
kill -0 $app 2>/dev/null || { echo "a passer-by's key ended the kiosk"; fail=1; }
xdotool keydown ctrl+alt+q; sleep 2.6; xdotool keyup ctrl+alt+q; sleep 1
if kill -0 $app 2>/dev/null; then echo "the exit chord did not end the kiosk"; fail=1; fi
grep -q "exit chord held" "$out/kiosk.log" || { echo "the exit was not logged"; fail=1; }
echo "kiosk log:"; cat "$out/kiosk.log"

# A deck that cannot be shown yet (not there, or broken): the hall sees black, never the error,
# and the deck is shown as soon as the file is valid.
hall=$(mktemp -d)
printf 'Deck(title: "x", slides: [\n' > "$hall/broken.ron"
for deck in missing.ron broken.ron; do
  rm -rf "$state"/*
  ESTRADE_STATE_DIR=$state "$bin" --kiosk --advance 1 --log "$out/hall.log" "$hall/$deck" >/dev/null 2>&1 & app=$!
  sleep 3
  import -window root "$out/kiosk-$deck-before.png"
  cp tests/fixtures/kiosk/loop.ron "$hall/$deck"
  sleep 3
  import -window root "$out/kiosk-$deck-after.png"
  kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
  before=$(convert "$out/kiosk-$deck-before.png" -format %k info:)
  after=$(convert "$out/kiosk-$deck-after.png" -format %k info:)
  echo "$deck: $before colour(s) before the file is valid, $after after"
  [ "$before" = 1 ] || { echo "the hall saw something other than black for $deck"; fail=1; }
  [ "$after" -gt 20 ] || { echo "the kiosk did not take $deck once it was valid"; fail=1; }
done
grep -q "the screen stays black" "$out/hall.log" || { echo "the log does not say why the screen is black"; fail=1; }
exit $fail

#!/usr/bin/env bash
# Ink, for real: under Xvfb a copy of the CÉAP deck is started, slide 4 reached, the pen taken
# (D) and a line drawn with the mouse (xdotool mousedown, mousemove, mouseup); the app quits.
# Passes when NAME.ink.ron exists beside the deck with the stroke, and a restart on that slide
# shows it (the screen differs from the same slide without ink where the line was drawn).
#   tests/ink.sh OUTDIR
# Needs: xvfb openbox xdotool imagemagick (see .ci/run).
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/ink.sh OUTDIR}
bin=$(realpath "${ESTRADE_BIN:-target/release/estrade}")
mkdir -p "$out"; rm -f "$out"/ink-*.png "$out"/ink-*.log
work=$(mktemp -d); mkdir "$work/slides"; cp slides/ceap-2024.ron "$work/slides/"; cp -r assets "$work/assets"
deck=$work/slides/ceap-2024.ron
export ESTRADE_STATE_DIR=$(mktemp -d)
cleanup_more() { rm -rf "$work" "$ESTRADE_STATE_DIR"; }
. tests/xvfb-session.sh

"$bin" "$deck" --fresh >"$out/ink-run-1.log" 2>&1 & app=$!
sleep 4; focus $app
xdotool key 4 Return; sleep 1
import -window root "$out/ink-before.png"
xdotool key d; sleep 0.3
xdotool mousemove 200 500 mousedown 1
for x in $(seq 220 20 1080); do xdotool mousemove $x $((500 - (x - 200) / 5)); sleep 0.01; done
xdotool mouseup 1; sleep 1.5
import -window root "$out/ink-drawn.png"
# The jump to slide 4 started the talk clock: Q asks again, a second Q quits.
xdotool key q; sleep 0.5; xdotool key q; sleep 2
if kill -0 $app 2>/dev/null; then echo "the app did not quit"; exit 1; fi
ink=$work/slides/ceap-2024.ink.ron
[ -f "$ink" ] || { echo "no ink file beside the deck"; exit 1; }
cp "$ink" "$out/ink-file.ron"
grep -q 'tool: Pen' "$ink" || { echo "the ink file holds no pen stroke"; cat "$ink"; exit 1; }

# Restart at slide 4 (--fresh: not a resume) and compare with the screen before drawing.
"$bin" "$deck" --fresh >"$out/ink-run-2.log" 2>&1 & app=$!
sleep 4; focus $app
xdotool key 4 Return; sleep 1.5
import -window root "$out/ink-after-restart.png"
xdotool key q; sleep 0.5; xdotool key q; sleep 1
fail=0
diff=$(compare -metric AE -fuzz 5% "$out/ink-before.png" "$out/ink-after-restart.png" null: 2>&1 || true)
same=$(compare -metric AE -fuzz 5% "$out/ink-drawn.png" "$out/ink-after-restart.png" null: 2>&1 || true)
echo "pixels differing from the slide without ink: ${diff%% *}; from the slide as drawn: ${same%% *}"
[ "${diff%% *}" -gt 2000 ] 2>/dev/null || { echo "the restart does not show the stroke"; fail=1; }
# The drawn screen had the pen's toast at its edge; the rest is the same picture.
[ "${same%% *}" -lt 20000 ] 2>/dev/null || { echo "the restart shows something else than what was drawn"; fail=1; }
exit $fail

#!/usr/bin/env bash
# Two real monitors, in CI: a Wayland compositor (weston, X11 backend, two outputs) runs inside
# Xvfb; its outputs are two X windows, moved side by side. estrade starts with no flag on the
# CÉAP deck. Passes when the audience view (the title slide) fills one output and the console
# the other, and after `X` the other way round. Screenshots of the Xvfb root show both screens.
#   tests/two-screens.sh OUTDIR
# Needs: weston xvfb openbox xdotool imagemagick (see .ci/run).
set -euo pipefail
# The program speaks English here, whatever the machine's language.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/two-screens.sh OUTDIR}
bin=${ESTRADE_BIN:-target/release/estrade}
deck=slides/ceap-2024.ron
W=1280 H=720
mkdir -p "$out"; rm -f "$out"/two-*.png "$out"/*.log
export ESTRADE_STATE_DIR=$(mktemp -d)
for n in $(seq 50 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 $((2 * W))x${H}x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1
socket=estrade-two-$$
weston --backend=x11-backend.so --output-count=2 --width=$W --height=$H --use-pixman \
  --socket=$socket --idle-time=0 >"$out/weston.log" 2>&1 & weston=$!
app=
cleanup() { kill $app $weston $xvfb 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$XDG_RUNTIME_DIR" "$ESTRADE_STATE_DIR"; }
trap cleanup EXIT
for _ in $(seq 50); do [ -S "$XDG_RUNTIME_DIR/$socket" ] && break; sleep 0.1; done
sleep 1
window_of() { xwininfo -root -tree | awk -v t="Weston Compositor - $1\"" 'index($0, t) {print $1; exit}'; }
screen0=$(window_of screen0); screen1=$(window_of screen1)
[ -n "$screen0" ] && [ -n "$screen1" ] || { echo "weston did not open two outputs"; cat "$out/weston.log"; exit 1; }
xdotool windowmove "$screen0" 0 0; xdotool windowmove "$screen1" $W 0
sleep 0.5

# The title slide as estrade paints it, at the size of one output, to recognise the audience view.
"$bin" export "$deck" --png "$out/ref" --scale $(awk "BEGIN{print $W/1920}") >/dev/null 2>&1
ref=$(ls "$out"/ref/*.png | head -1)

env -u DISPLAY WAYLAND_DISPLAY=$socket "$bin" --fresh "$deck" >"$out/program.log" 2>&1 & app=$!
sleep 6
kill -0 $app 2>/dev/null || { echo "estrade exited early:"; cat "$out/program.log"; exit 1; }

# Which output shows the slide: the one close to the reference, while the other is not.
distance() { # screenshot, x offset → RMSE (0..1) between that output and the reference slide
  convert "$1" -crop ${W}x${H}+$2+0 +repage "$out/crop.png"
  compare -metric RMSE "$out/crop.png" "$ref" null: 2>&1 | sed -E 's/.*\((.*)\).*/\1/'
}
audience_on() { # screenshot → 0, 1, or "none"
  local d0 d1; d0=$(distance "$1" 0); d1=$(distance "$1" $W)
  echo "  $1: distance to the title slide: screen0 $d0, screen1 $d1" >&2
  if awk "BEGIN{exit !($d0 < 0.25 && $d1 > 0.4)}"; then echo 0
  elif awk "BEGIN{exit !($d1 < 0.25 && $d0 > 0.4)}"; then echo 1
  else echo none; fi
}
import -window root "$out/two-start.png"
first=$(audience_on "$out/two-start.png")
echo "audience view on screen$first at start (no flag)"
fail=0
[ "$first" != none ] || { echo "the slide is not alone on one output"; fail=1; }

# X swaps the screens. Keys go to weston's output window, which gives them to the focused
# surface: click first where nothing reacts to a click (in the console, below the slides; on the
# slides a click would advance), on whichever output shows the console.
[ "$first" = 0 ] && console_x=$((W + 200))
[ "$first" = 1 ] && console_x=200
xdotool mousemove $console_x $((H - 80)) click 1; sleep 0.5
import -window root "$out/two-after-click.png"
xdotool key x; sleep 3
import -window root "$out/two-after-x.png"
second=$(audience_on "$out/two-after-x.png")
echo "audience view on screen$second after X"
if [ "$first" = none ] || [ "$second" = none ] || [ "$first" = "$second" ]; then
  echo "X did not move the audience view to the other screen"; fail=1
fi
exit $fail

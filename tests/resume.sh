#!/usr/bin/env bash
# Resume after a crash, for real: under Xvfb the CÉAP deck is started, the talk clock started
# (→) and slide 10 reached (1, 0, Enter); the process is killed with SIGKILL and started again.
# Passes when the screen after the restart is slide 10 as it was before the kill (not slide 1),
# and the restarted app reports the resume with the clock going on (not 0:00).
#   tests/resume.sh OUTDIR
# Needs: xvfb openbox xdotool imagemagick (see .ci/run).
set -euo pipefail
# The messages looked for below are the English ones, whatever the machine's language.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/resume.sh OUTDIR}
bin=${ESTRADE_BIN:-target/release/estrade}
deck=slides/ceap-2024.ron
mkdir -p "$out"; rm -f "$out"/resume-*.png "$out"/run-*.log
export ESTRADE_STATE_DIR=$(mktemp -d)
. tests/xvfb-session.sh
cleanup_more() { rm -rf "$ESTRADE_STATE_DIR"; }

"$bin" "$deck" >"$out/run-1.log" 2>&1 & app=$!
sleep 4; focus $app
import -window root "$out/resume-first.png"
xdotool key Right; sleep 0.5
for k in 1 0 Return; do xdotool key $k; sleep 0.2; done
sleep 3
import -window root "$out/resume-before-kill.png"
kill -KILL $app; wait $app 2>/dev/null || true
ls "$ESTRADE_STATE_DIR"/positions/*.ron >/dev/null || { echo "no position was saved"; exit 1; }

"$bin" "$deck" >"$out/run-2.log" 2>&1 & app=$!
# The resume note at the edge goes away after 6 s; compare the slide after it has.
sleep 9
import -window root "$out/resume-after-restart.png"
fail=0
same=$(compare -metric AE -fuzz 2% "$out/resume-before-kill.png" "$out/resume-after-restart.png" null: 2>&1 || true)
first=$(compare -metric AE -fuzz 2% "$out/resume-first.png" "$out/resume-after-restart.png" null: 2>&1 || true)
echo "pixels differing from slide 10 before the kill: ${same%% *}; from slide 1: ${first%% *}"
[ "${same%% *}" = "0" ] || { echo "the restart does not show slide 10 as before"; fail=1; }
[ "${first%% *}" != "0" ] || { echo "the restart shows slide 1"; fail=1; }
note=$(grep -o 'Resumed after a restart at slide [0-9]*, talk clock [0-9:]*' "$out/run-2.log" || true)
echo "restart said: ${note:-nothing}"
case "$note" in
  *"slide 10, talk clock 0:00") echo "the clock did not go on"; fail=1;;
  *"slide 10, talk clock "*) ;;
  *) echo "no resume at slide 10 reported"; fail=1;;
esac
exit $fail

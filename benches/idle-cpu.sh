#!/usr/bin/env bash
# Idle CPU of the audience window: starts the release binary under Xvfb on the CÉAP deck, waits
# for it to settle, then reports the CPU time it uses over SECONDS of no input (default 30).
#   benches/idle-cpu.sh [SECONDS] [ESTRADE ARGS...]
set -euo pipefail
secs=${1:-30}; shift || true  # further arguments go to estrade (e.g. --presenter --windowed)
bin=${ESTRADE_BIN:-target/release/estrade}
for n in $(seq 50 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
"$bin" "$@" slides/ceap-2024.ron >/dev/null 2>&1 & app=$!
trap 'kill $app $wm $xvfb 2>/dev/null || true' EXIT
sleep 5
ticks() { awk '{print $14 + $15}' /proc/$app/stat; }
hz=$(getconf CLK_TCK)
t0=$(ticks); sleep "$secs"; t1=$(ticks)
rss=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
echo "idle for ${secs}s: $(( (t1 - t0) * 1000 / hz )) ms of CPU ($(awk "BEGIN{printf \"%.2f\", ($t1-$t0)*100/$hz/$secs}") %), resident memory ${rss} kB"

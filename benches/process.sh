#!/usr/bin/env bash
# Whole-process figures of the release binary under Xvfb (1920×1080, openbox, Mesa llvmpipe):
#  1. cold start to the first slide on screen (`--quit-after-first-frame`), median and worst of N
#     runs (default 9), and the resident memory at that moment, for the CÉAP deck;
#  2. resident memory while a kiosk pages through 100 photographs of 6000×4000 pixels (generated
#     JPEGs): peak (VmHWM) and current (VmRSS) after every slide was shown, and texture decoding
#     throughput.
#   benches/process.sh [N]
set -euo pipefail
# The messages looked for below are the English ones, whatever the machine's language.
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
n=${1:-9}
bin=${ESTRADE_BIN:-target/release/estrade}
[ -x "$bin" ] || (. packaging/reproducible.sh && cargo build --release)
for d in $(seq 50 99); do [ -e /tmp/.X$d-lock ] || break; done
Xvfb :$d -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$d XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
work=$(mktemp -d)
trap 'kill $wm $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT

echo "== cold start to first frame on screen (CÉAP deck, full screen 1920×1080), $n runs"
times=(); rss=""
for _ in $(seq "$n"); do
  line=$("$bin" --quit-after-first-frame slides/ceap-2024.ron 2>&1 | grep "first frame on screen")
  times+=("$(echo "$line" | sed -E 's/.*screen ([0-9]+) ms.*/\1/')")
  rss=$(echo "$line" | sed -E 's/.*memory (.*)$/\1/')
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "first frame: median %d ms, best %d ms, worst %d ms\n", a[int((NR+1)/2)], a[1], a[NR]}'
echo "resident memory at first frame: $rss"

echo "== 100 photographs of 6000×4000 (kiosk, 1.5 s per slide)"
cargo run --quiet --release --example generate_deck -- "$work/photos" 100 --photos 6000x4000 2>/dev/null
du -sh "$work/photos/assets/images" | awk '{print "photos on disk: " $1}'
"$bin" --kiosk --advance 1.5 --log "$work/kiosk.log" "$work/photos/talk.ron" >/dev/null 2>&1 & app=$!
peak=0
for s in $(seq 1 170); do
  sleep 1
  kill -0 $app 2>/dev/null || { echo "estrade exited early"; cat "$work/kiosk.log"; exit 1; }
  r=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
  [ "$r" -gt "$peak" ] && peak=$r
done
hwm=$(awk '/VmHWM/ {print $2}' /proc/$app/status)
now=$(awk '/VmRSS/ {print $2}' /proc/$app/status)
kill $app 2>/dev/null || true; wait $app 2>/dev/null || true
echo "after 170 s (every photo shown at least once): resident now $((now / 1024)) MiB, highest sampled $((peak / 1024)) MiB, peak (VmHWM) $((hwm / 1024)) MiB"

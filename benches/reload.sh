#!/usr/bin/env bash
# Edit → screen: the app under Xvfb presents a deck; a one-word change to one slide (the current
# one, so that its frame must be laid out again) is saved as an editor does (a new file renamed
# over the old); the app's own timings (RUST_LOG=estrade::reload=info) give the work after the
# change was taken (load = read + parse + validate; replace = session and caches; frame = the
# slide laid out and handed to egui) and, apart, the watcher's debounce. For the CÉAP talk and
# the generated 1000-slide deck; ROUNDS edits each (default 15), medians printed.
#   benches/reload.sh [ROUNDS]
set -euo pipefail
rounds=${1:-15}
cd "$(dirname "$0")/.."
. packaging/reproducible.sh
cargo build --quiet --release
bin=target/release/estrade
work=$(mktemp -d)
for n in $(seq 50 99); do [ -e /tmp/.X$n-lock ] || break; done
Xvfb :$n -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$n XDG_RUNTIME_DIR=$work/run ESTRADE_STATE_DIR=$work/state
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
app=
trap 'kill $app $wm $xvfb 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/ceap"; cp -r slides assets "$work/ceap/"
cargo run --quiet --release --example generate_deck -- "$work/big" 1000 2>/dev/null
big=$(ls "$work"/big/*.ron | head -1)

# Saves DECK with the first occurrence of WORD replaced by WORD plus a counter, as editors save.
edit() { python3 - "$1" "$2" "$3" <<'PY'
import os, sys
path, word, n = sys.argv[1], sys.argv[2], sys.argv[3]
text = open(path, encoding="utf-8").read()
i = text.index(word)
j = i + len(word)
while text[j].isdigit(): j += 1
text = text[:i] + word + n + text[j:]
tmp = path + ".swp-tmp"
open(tmp, "w", encoding="utf-8").write(text)
os.replace(tmp, path)
PY
}

run() { # NAME DECK WORD
  local log=$work/$1.log
  RUST_LOG=estrade::reload=info "$bin" --fresh "$2" >"$log" 2>&1 & app=$!
  sleep 5
  for r in $(seq 1 "$rounds"); do edit "$2" "$3" "$r"; sleep 0.8; done
  kill $app; wait $app 2>/dev/null || true; app=
  python3 - "$1" "$log" "$rounds" <<'PY'
import re, statistics, sys
name, log, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [list(map(float, m)) for m in re.findall(r"reload: work ([\d.]+) ms \(load ([\d.]+) ms, replace ([\d.]+) ms, frame ([\d.]+) ms\); debounce ([\d.]+) ms", open(log).read())]
if len(rows) < rounds:
    print(f"{name}: only {len(rows)} of {rounds} reloads reported"); sys.exit(1)
cols = list(zip(*rows))
med = [statistics.median(c) for c in cols]
lo = min(cols[0]); hi = max(cols[0])
print(f"| {name} | {med[0]:.2f} ms ({lo:.1f}–{hi:.1f}) | {med[1]:.2f} ms | {med[2]:.2f} ms | {med[3]:.2f} ms | {med[4]:.0f} ms |")
PY
}
echo "| deck | work after the change is taken: median (range) | load | replace | frame | debounce |"
echo "|---|---|---|---|---|---|"
run "CÉAP (22 slides)" "$work/ceap/slides/ceap-2024.ron" "kicker: \"11ᵉ CÉAP – 21 mars 2024"
run "generated (1000 slides)" "$big" "title: \"Partie 0"

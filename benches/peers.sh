#!/usr/bin/env bash
# estrade against the tools people would use instead, side by side in one run on this machine
# (issue 17), alternated round by round so that the machine's mood hits both alike:
#  1. PDF export of the CÉAP talk: `estrade export` vs Typst 0.15.1 (the PyPI binding typst-py
#     0.15.2, which embeds the compiler: one `python -c "import typst; typst.compile(…)"`, tagged
#     PDF, Lato from assets/fonts) on benches/peers/ceap.typ, and vs marp-cli 4.5.1 (headless
#     Chromium) on benches/peers/ceap-marp.md, the same talk written for each (their images are
#     our assets/); whole process, cold (estrade keeps no cache between runs);
#  1b. Typst's warm recompile: one Python process keeps a `typst.Compiler` and compiles the talk
#     again after each one-word edit of ceap.typ (what `typst watch` does), the median of 10,
#     beside estrade's edit → screen (`benches/reload.sh 10`, the CÉAP talk and 1000 slides);
#  2. first frame: estrade's first slide on screen (`--quit-after-first-frame`, measured by the
#     app from its process start) vs pdfpc's presenter window on our own exported PDF (from the
#     start of the process until the window is mapped, polled every 10 ms: in pdfpc's favour),
#     both under the same Xvfb (1920×1080) and openbox.
# Prints every round, the medians and the ratios. Not part of CI's pass/fail (too noisy).
#   benches/peers.sh [ROUNDS]     (default 5)
# Installs what is missing: chromium and pdfpc (apt: pdf-presenter-console), marp-cli 4.5.1 (npm, into
# target/peers), typst-py 0.15.2 (pip, into a virtual environment in target/peers/venv).
set -euo pipefail
cd "$(dirname "$0")/.."
# The flags of every other build here (CI's, the tests'): one set of compiled crates.
. packaging/reproducible.sh
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
rounds=${1:-5}
peers=$PWD/target/peers
if ! command -v chromium >/dev/null || ! command -v pdfpc >/dev/null; then
  apt-get install -y -qq --no-install-recommends chromium pdf-presenter-console xvfb openbox xdotool >/dev/null
fi
if [ ! -x "$peers/node_modules/.bin/marp" ]; then
  mkdir -p "$peers"
  (cd "$peers" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @marp-team/marp-cli@4.5.1)
fi
marp=$peers/node_modules/.bin/marp
py=$peers/venv/bin/python
if ! { [ -x "$py" ] && "$py" -c "import typst" 2>/dev/null; }; then
  python3 -m venv "$peers/venv"
  "$peers/venv/bin/pip" install -q "typst==0.15.2"
fi
export CHROME_PATH=/usr/bin/chromium CHROME_NO_SANDBOX=1
cargo build --release --quiet
bin=$PWD/target/release/estrade
work=$(mktemp -d)
cp benches/peers/ceap-marp.md benches/peers/ceap.typ "$work/"; ln -s "$PWD/assets" "$work/assets"

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
# Before each timed run, half a second of quiet: the previous tool's processes (Chromium's
# helpers, pdfpc's threads) have exited and are not counted against the next one.
settle() { sleep 0.5; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
spread() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "%d–%d", a[1], a[NR]}'; }

echo "== PDF export of the CÉAP talk, $rounds rounds (ms, whole process)"
ours=(); theirs=(); typsts=()
typst_compile='import sys, typst; typst.compile("ceap.typ", output=sys.argv[1], font_paths=["assets/fonts"])'
for r in $(seq "$rounds"); do
  settle; t=$(date +%s%N); "$bin" export slides/ceap-2024.ron --pdf "$work/estrade.pdf" >/dev/null 2>&1; ours+=("$(ms "$t")")
  settle; t=$(date +%s%N); (cd "$work" && "$py" -c "$typst_compile" typst.pdf >/dev/null 2>&1); typsts+=("$(ms "$t")")
  settle; t=$(date +%s%N); (cd "$work" && "$marp" --pdf --allow-local-files ceap-marp.md -o marp.pdf >/dev/null 2>&1); theirs+=("$(ms "$t")")
  echo "round $r: estrade ${ours[-1]} ms, Typst ${typsts[-1]} ms, marp-cli ${theirs[-1]} ms"
done
e_med=$(median "${ours[@]}"); m_med=$(median "${theirs[@]}"); t_med=$(median "${typsts[@]}")
[ "$(pdfinfo "$work/typst.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')" = 22 ] || echo "warning: Typst's PDF has not 22 pages"

echo "== Typst's warm recompile after a one-word edit (one process, typst.Compiler kept), median of 10"
warm=$(cd "$work" && "$py" - <<'PY'
import statistics, time, typst
source = open("ceap.typ", encoding="utf-8").read()
word = "Introduction"
assert word in source
compiler = typst.Compiler("ceap.typ", font_paths=["assets/fonts"])
compiler.compile(output="warm.pdf")
times = []
for i in range(10):
    with open("ceap.typ", "w", encoding="utf-8") as f:
        f.write(source.replace(word, word + ("s" if i % 2 == 0 else ""), 1))
    t = time.perf_counter()
    compiler.compile(output="warm.pdf")
    times.append((time.perf_counter() - t) * 1000)
open("ceap.typ", "w", encoding="utf-8").write(source)
print(f"{statistics.median(times):.1f} {min(times):.1f} {max(times):.1f}")
PY
)
echo "Typst warm recompile: median $(echo "$warm" | awk '{print $1}') ms ($(echo "$warm" | awk '{print $2 "–" $3}'))"

echo "== first frame, $rounds rounds (ms)"
for d in $(seq 50 99); do [ -e /tmp/.X$d-lock ] || break; done
Xvfb :$d -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:$d XDG_RUNTIME_DIR=$(mktemp -d); chmod 700 "$XDG_RUNTIME_DIR"
sleep 1; openbox >/dev/null 2>&1 & wm=$!
trap 'kill $wm $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
export ESTRADE_STATE_DIR=$work/state
firsts=(); pdfpcs=()
for r in $(seq "$rounds"); do
  settle; line=$("$bin" --quit-after-first-frame slides/ceap-2024.ron 2>&1 | grep "first frame on screen")
  firsts+=("$(echo "$line" | sed -E 's/.*screen ([0-9]+) ms.*/\1/')")
  settle; t=$(date +%s%N); pdfpc "$work/estrade.pdf" >/dev/null 2>&1 & p=$!
  while ! xdotool search --onlyvisible --name "pdfpc - presenter" >/dev/null 2>&1; do
    sleep 0.01
    [ "$(ms "$t")" -lt 20000 ] || { echo "pdfpc showed no presenter window"; break; }
  done
  pdfpcs+=("$(ms "$t")"); kill $p 2>/dev/null; wait $p 2>/dev/null || true
  echo "round $r: estrade ${firsts[-1]} ms, pdfpc ${pdfpcs[-1]} ms"
done
f_med=$(median "${firsts[@]}"); p_med=$(median "${pdfpcs[@]}")

echo "== estrade's edit → screen (benches/reload.sh 10: the app's own timings after the file event)"
reload_rows=$(benches/reload.sh 10)
echo "$reload_rows"
# "| CÉAP (22 slides) | 1.48 ms (1.2–2.1) | …" → the median and its range.
reload_ceap=$(echo "$reload_rows" | awk -F'|' '/CÉAP/ {gsub(/^ +| +$/, "", $3); print $3}')
reload_big=$(echo "$reload_rows" | awk -F'|' '/1000 slides/ {gsub(/^ +| +$/, "", $3); print $3}')

echo
echo "| | estrade (median, range) | peer (median, range) | ratio |"
echo "|---|---|---|---|"
awk -v e="$e_med" -v m="$t_med" -v er="$(spread "${ours[@]}")" -v mr="$(spread "${typsts[@]}")" \
  'BEGIN {printf "| PDF export, CÉAP talk | %d ms (%s) | Typst 0.15.1 (typst-py): %d ms (%s) | %.2f× |\n", e, er, m, mr, m / e}'
awk -v e="$e_med" -v m="$m_med" -v er="$(spread "${ours[@]}")" -v mr="$(spread "${theirs[@]}")" \
  'BEGIN {printf "| PDF export, CÉAP talk | %d ms (%s) | marp-cli 4.5.1: %d ms (%s) | %.1f× |\n", e, er, m, mr, m / e}'
awk -v e="${reload_ceap%% *}" -v er="$reload_ceap" -v m="$(echo "$warm" | awk '{print $1}')" -v mr="$(echo "$warm" | awk '{print $2 "–" $3}')" \
  'BEGIN {printf "| edit → screen, warm, CÉAP talk (ours: the reload on screen; Typst: the recompile) | %s | Typst warm recompile: %.1f ms (%s) | %.1f× |\n", er, m, mr, m / e}'
echo "| edit → screen, warm, 1000-slide deck | $reload_big | — | |"
awk -v e="$f_med" -v m="$p_med" -v er="$(spread "${firsts[@]}")" -v mr="$(spread "${pdfpcs[@]}")" \
  'BEGIN {printf "| first frame | %d ms (%s) | pdfpc presenter window: %d ms (%s) | %.1f× |\n", e, er, m, mr, m / e}'
echo "($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m); $rounds rounds, alternated)"

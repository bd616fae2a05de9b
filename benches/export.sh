#!/usr/bin/env bash
# Whole-process export timings of the CÉAP deck with the release binary: median and worst of
# N runs (default 15) for each kind of export, and the output sizes.
#   benches/export.sh [N]
set -euo pipefail
n=${1:-15}
bin=${ESTRADE_BIN:-target/release/estrade}
out=$(mktemp -d)
run() {
  local name=$1; shift
  local times=()
  for _ in $(seq "$n"); do
    local t0=$(date +%s%N); "$bin" export slides/ceap-2024.ron "$@" >/dev/null 2>&1; local t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{a[NR]=$1} END {printf "%-28s median %5d ms   worst %5d ms\n", name, a[int((NR+1)/2)], a[NR]}'
}
run "pdf (22 pages)" --pdf "$out/a.pdf"
run "pdf --steps --pdfpc" --pdf "$out/b.pdf" --steps --pdfpc
run "pdf --handout" --pdf "$out/c.pdf" --handout
run "png (22 × 1920×1080)" --png "$out/png"
ls -l "$out"/*.pdf "$out"/*.pdfpc | awk '{printf "%-40s %8.0f KiB\n", $NF, $5/1024}'
du -sk "$out/png" | awk '{printf "%-40s %8d KiB\n", "png/", $1}'
rm -rf "$out"

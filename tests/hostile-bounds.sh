#!/usr/bin/env bash
# Issue 29's reproductions, whole process: each hostile deck folder is made here, then
# `estrade check` or `estrade export` runs on it under /usr/bin/time. Every run must end
# (within LIMIT_S seconds), with the expected exit code, under LIMIT_MB of peak memory. Prints
# one table row per reproduction (the figures in the issue's closing note come from here).
#
#   tests/hostile-bounds.sh [OUT_DIR]     (run by .ci/run after the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${ESTRADE_BIN:-target/release/estrade}
OUT=${1:-target/hostile-bounds}
LIMIT_S=${LIMIT_S:-20}
LIMIT_MB=${LIMIT_MB:-1500}
PY=/usr/bin/python3
rm -rf "$OUT" && mkdir -p "$OUT"
fail=0

# run NAME EXPECTED_EXIT ARGS…: one reproduction, one row.
run() {
    local name=$1 want=$2
    shift 2
    local rc=0
    /usr/bin/time -f "%e %M" -o "$OUT/$name.time" timeout -k 5 "$((LIMIT_S * 3))" "$BIN" "$@" \
        >"$OUT/$name.out" 2>"$OUT/$name.err" || rc=$?
    local secs kib
    read -r secs kib < <(tail -1 "$OUT/$name.time")
    local mb=$((kib / 1024))
    local said
    said=$(grep -m1 -E "error|warning|exported" "$OUT/$name.err" | cut -c1-110 || true)
    printf '| %s | %s s | %s MB | %s | %s |\n' "$name" "$secs" "$mb" "$rc" "$said"
    if [ "$rc" != "$want" ] || [ "$mb" -gt "$LIMIT_MB" ] || awk -v s="$secs" -v l="$LIMIT_S" 'BEGIN{exit !(s>l)}'; then
        echo "FAIL $name: exit $rc (want $want), ${secs} s (limit $LIMIT_S), $mb MB (limit $LIMIT_MB)" >&2
        sed -n 1,5p "$OUT/$name.err" >&2
        fail=1
    fi
}

$PY - "$OUT" <<'EOF'
import os, struct, sys, zlib
out = sys.argv[1]
def w(path, text, mode="w"):
    path = os.path.join(out, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)
deck = lambda slides: 'Deck(title: "t", lang: "en", slides: [%s])\n' % ",\n".join(slides)
# 2. Include bomb: three decks each including the next 100 times.
w("bomb/c.ron", deck(['Text(title: "c", body: "c")']))
w("bomb/b.ron", deck(['Include(from: "c.ron")'] * 100))
w("bomb/a.ron", deck(['Include(from: "b.ron")'] * 100))
# 2b. 150 includes of a 20 000-slide deck.
w("slides/big.ron", deck(['Text(id: "s%d", title: "S%d", body: "b")' % (i, i) for i in range(20000)]))
w("slides/main.ron", deck(['Include(from: "big.ron")'] * 150))
# 4. Ink: 8 MB of one-point strokes (within the file size), and 500 000 strokes (over it).
one = '(tool: Pen, color: "#c8553dff", width: 6.0, points: [(10.0, 20.0, 1.0)])'
w("ink/t.ron", deck(['Text(id: "s1", title: "a", body: "b")']))
n = 8 * 1024 * 1024 // (len(one) + 1) - 10
w("ink/t.ink.ron", 'Ink(format: 1, slides: [(id: "s1", step: 0, strokes: [%s])])\n' % ",".join([one] * n))
w("ink-huge/t.ron", deck(['Text(id: "s1", title: "a", body: "b")']))
w("ink-huge/t.ink.ron", 'Ink(format: 1, slides: [(id: "s1", step: 0, strokes: [%s])])\n' % ",".join([one] * 500000))
# 4. Tables: a million rows; one row of 100 000 columns.
w("csv-rows/t.ron", deck(['Table(title: "t", csv: "rows.csv")']))
w("csv-rows/rows.csv", "a,b\n" + "1,2\n" * 1000000)
w("csv-cols/t.ron", deck(['Table(title: "t", csv: "cols.csv")']))
w("csv-cols/cols.csv", ",".join(["x"] * 100000) + "\n")
# 4. Twelve 11 500² PNGs (zeros, 514 KB each): over 120 megapixels now; and twelve 10 000²
# (100 megapixels, within it) that really decode, sharing 1 GB whatever the cores.
def png(w_, h_):
    raw = zlib.compressobj(9)
    row = b"\0" + b"\0" * (w_ * 3)
    data = b"".join(raw.compress(row) for _ in range(h_)) + raw.flush()
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", w_, h_, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
for name, side in (("png-over", 11500), ("png-within", 10000)):
    data = png(side, side)
    for i in range(12):
        w("%s/p%d.png" % (name, i), data, "wb")
    w("%s/t.ron" % name, deck(['Image(title: "p%d", image: (src: "p%d.png", alt: "p"))' % (i, i) for i in range(12)]))
EOF
# 3. Special files: an ink file linked to the environment, to /dev/zero; a FIFO as a picture.
mkdir -p "$OUT/env" "$OUT/zero" "$OUT/fifo"
for d in env zero; do printf 'Deck(title: "t", slides: [Text(id: "s1", title: "a", body: "b")])\n' >"$OUT/$d/t.ron"; done
printf 'Deck(title: "t", slides: [Image(title: "a", image: (src: "p.png", alt: "p"))])\n' >"$OUT/fifo/t.ron"
ln -s /proc/self/environ "$OUT/env/t.ink.ron"
ln -s /dev/zero "$OUT/zero/t.ink.ron"
mkfifo "$OUT/fifo/p.png"

echo "| reproduction | time | peak memory | exit | first message |"
echo "|---|---|---|---|---|"
run include-bomb 1 check "$OUT/bomb/a.ron"
run slide-bomb 1 check "$OUT/slides/main.ron"
run ink-8mb-export 0 export "$OUT/ink/t.ron" --png "$OUT/ink/png" --ink
run ink-500k-strokes 1 check "$OUT/ink-huge/t.ron"
run ink-environ 1 check "$OUT/env/t.ron"
run ink-dev-zero 1 check "$OUT/zero/t.ron"
run fifo-picture 1 check "$OUT/fifo/t.ron"
run csv-million-rows 1 check "$OUT/csv-rows/t.ron"
run csv-100k-columns 1 check "$OUT/csv-cols/t.ron"
run png-12x11500-check 1 check "$OUT/png-over/t.ron"
run png-12x10000-pdf 0 export "$OUT/png-within/t.ron" --pdf "$OUT/png-within/t.pdf"
if grep -q "PATH=" "$OUT/ink-environ.err"; then
    echo "FAIL ink-environ: the environment was echoed" >&2
    fail=1
fi
exit $fail

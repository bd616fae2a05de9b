#!/usr/bin/env bash
# Compares a PDF made by another build (Windows under Wine, arm64 under qemu) with the one this
# machine's build made of the same talk: byte for byte, and when the bytes differ, the text of
# every page and the pages drawn at 30 dpi. Exit 1 when the text differs.
#   tests/same-pdf.sh THEIRS.pdf OURS.pdf NAME   (NAME: whose build made THEIRS, for the messages)
set -euo pipefail
theirs=${1:?usage: tests/same-pdf.sh THEIRS.pdf OURS.pdf NAME}; ours=${2:?}; name=${3:?}
if cmp -s "$theirs" "$ours"; then
  echo "   byte-identical to this machine's build ($(stat -c %s "$ours") bytes)"
  exit 0
fi
echo "   the $name build's PDF differs from this machine's: $(cmp "$theirs" "$ours" | head -1)"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
pdftotext "$theirs" "$work/theirs.txt"; pdftotext "$ours" "$work/ours.txt"
pdftoppm -r 30 -png "$theirs" "$work/theirs"; pdftoppm -r 30 -png "$ours" "$work/ours"
worst=0
for page in "$work"/ours-*.png; do
  differ=$(compare -metric AE "$page" "${page/ours-/theirs-}" null: 2>&1 || true)
  differ=${differ%% *}; differ=${differ%.*}
  [ "${differ:-0}" -gt "$worst" ] && worst=$differ
done
echo "   pages at 30 dpi: at most $worst pixels differ on a page"
if cmp -s "$work/theirs.txt" "$work/ours.txt"; then echo "   the same text on every page"; else echo "   and the text differs"; exit 1; fi

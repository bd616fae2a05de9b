#!/usr/bin/env bash
# The web page export, checked in a real browser (Debian's chromium, headless):
#  1. the CÉAP talk exports to one file under 3 MB that asks for nothing from the network;
#  2. slides opened by their address (and once from the folder export, --html DIR/) (#/id/99: the last step) look like our own PNG of the same
#     slide: at most 2 % of the pixels differ by more than 25 % (anti-aliasing differs between
#     browsers and our rasteriser; text moved by a single pixel already differs on about 3.6 %);
#  3. the keyboard walks through every step of every slide, in order, one step shown at a time,
#     with the address following (→ past the end stays, Home, End, ←);
#  4. with axe-core (npm) at hand, no serious or critical accessibility violation;
#  5. with puppeteer-core (npm) at hand, S opens the speaker's view and either window moves both.
#   tests/html.sh OUTDIR
# Needs: chromium imagemagick (and npm for step 4; without it, step 4 says it is skipped).
set -euo pipefail
export LANG=C.UTF-8; unset LC_ALL LC_MESSAGES
out=${1:?usage: tests/html.sh OUTDIR}
bin=${ESTRADE_BIN:-target/release/estrade}
deck=slides/ceap-2024.ron
chrome=${CHROMIUM:-chromium}
mkdir -p "$out"; rm -rf "$out"/*
out=$(cd "$out" && pwd)
browse() { "$chrome" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1920,1080 --user-data-dir="$out/profile" "$@" 2>/dev/null; }
fail=0

"$bin" export "$deck" --html "$out/talk.html" --png "$out/png"
size=$(stat -c %s "$out/talk.html")
echo "talk.html: $size bytes"
if [ "$size" -ge 3000000 ]; then echo "FAIL: the page is over 3 MB"; fail=1; fi
# Only links (<a href>) may point outside; no stylesheet, script, font or image does.
outside=$(grep -oE '<(link|script|img|image|source|iframe)[^>]*(src|href)="(https?:)?//' "$out/talk.html" | head -3 || true)
if [ -n "$outside" ]; then echo "FAIL: the page loads something from the network: $outside"; fail=1; fi

echo "== screenshots against our PNG"
for n in 01 03 08 09 12 13 15 18; do
  png=$(ls "$out/png/$n"-*.png)
  id=$(basename "$png" .png); id=${id#*-}
  browse --screenshot="$out/shot-$n.png" "file://$out/talk.html#/$id/99" >/dev/null
  ae=$(compare -metric AE -fuzz 25% "$png" "$out/shot-$n.png" null: 2>&1 || true)
  pct=$(awk "BEGIN{printf \"%.2f\", 100*$ae/(1920*1080)}")
  echo "  $n $id: $pct % of pixels differ"
  if awk "BEGIN{exit !($ae > 0.02*1920*1080)}"; then echo "FAIL: #/$id differs from $png"; fail=1; fi
done

echo "== a folder (--html DIR/): index.html with its fonts and images beside it"
"$bin" export "$deck" --html "$out/site/" >/dev/null 2>&1
browse --screenshot="$out/site-09.png" "file://$out/site/index.html#/causes/99" >/dev/null
ae=$(compare -metric AE -fuzz 25% "$out"/png/09-*.png "$out/site-09.png" null: 2>&1 || true)
echo "  09 from the folder: $(awk "BEGIN{printf \"%.2f\", 100*$ae/(1920*1080)}") % of pixels differ"
if awk "BEGIN{exit !($ae > 0.02*1920*1080)}"; then echo "FAIL: the folder's page differs from our PNG"; fail=1; fi

echo "== keyboard"
expected=$("$bin" ids "$deck" 2>/dev/null | awk '{ print "1:#/" $1; for (k = 2; k <= $2; k++) print "1:#/" $1 "/" k }')
count=$(printf '%s\n' "$expected" | wc -l)
driver='<script>window.addEventListener("load",()=>{const out=[];
const seen=()=>document.querySelectorAll("main > section.slide:not([hidden]) > .step:not([hidden])").length+":"+location.hash;
const key=k=>document.dispatchEvent(new KeyboardEvent("keydown",{key:k,bubbles:true}));
out.push(seen());for(let i=1;i<COUNT;i++){key(i%2?"ArrowRight":" ");out.push(seen());}
key("ArrowRight");out.push("past-end "+seen());key("Home");out.push("home "+seen());
key("End");out.push("end "+seen());key("ArrowLeft");out.push("left "+seen());
const nav=performance.getEntriesByType("navigation")[0];out.push("loaded-ms "+Math.round(nav.loadEventStart));
const pre=document.createElement("pre");pre.id="result";pre.textContent=out.join("\n");document.body.appendChild(pre);});</script>'
driver=${driver//COUNT/$count}
{ sed 's#</body>##; s#</html>##' "$out/talk.html"; echo "$driver</body></html>"; } > "$out/driven.html"
browse --dump-dom --virtual-time-budget=5000 "file://$out/driven.html" > "$out/dom.html"
result=$(sed -n '/<pre id="result">/,/<\/pre>/p' "$out/dom.html" | sed 's/<pre id="result">//; s#</pre>.*##')
walked=$(printf '%s\n' "$result" | head -n "$count")
if [ "$walked" != "$expected" ]; then
  echo "FAIL: the keyboard walk differs from the deck's steps:"; diff <(echo "$expected") <(echo "$walked") | head -20; fail=1
else
  echo "  $count steps walked in order, one shown at a time"
fi
last=$(printf '%s\n' "$expected" | tail -n 1); first=$(printf '%s\n' "$expected" | head -n 1)
before_last=$(printf '%s\n' "$expected" | tail -n 2 | head -n 1)
for want in "past-end $last" "home $first" "end $last" "left $before_last"; do
  printf '%s\n' "$result" | grep -qxF "$want" || { echo "FAIL: expected '$want' in: $(printf '%s\n' "$result" | tail -n 5 | tr '\n' '|')"; fail=1; }
done
printf '%s\n' "$result" | grep '^loaded-ms' | sed 's/^/  /' || true

echo "== accessibility (axe-core)"
axe=${AXE:-target/peers/node_modules/axe-core/axe.min.js}
if { [ ! -f "$axe" ] || [ ! -d target/peers/node_modules/puppeteer-core ]; } && command -v npm >/dev/null; then
  mkdir -p target/peers
  (cd target/peers && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm install --no-audit --no-fund --silent axe-core@4.10.3 puppeteer-core@24.43.1) || true
fi
if [ -f "$axe" ]; then
  check='<script>window.addEventListener("load",()=>{axe.run(document,{resultTypes:["violations"]}).then(r=>{
const bad=r.violations.filter(v=>v.impact==="serious"||v.impact==="critical");
const pre=document.createElement("pre");pre.id="axe";
pre.textContent="violations "+r.violations.length+" serious "+bad.length+"\n"+r.violations.map(v=>v.impact+" "+v.id+" ("+v.nodes.length+")").join("\n");
document.body.appendChild(pre);});});</script>'
  { sed 's#</body>##; s#</html>##' "$out/talk.html"; echo "<script>"; cat "$axe"; echo "</script>$check</body></html>"; } > "$out/axe.html"
  # The first slide, a table, images, and a slide of links.
  for at in "" "#/organisations-internationales" "#/montreal" "#/references-3"; do
    browse --dump-dom --virtual-time-budget=15000 "file://$out/axe.html$at" > "$out/axe-dom.html"
    report=$(sed -n '/<pre id="axe">/,/<\/pre>/p' "$out/axe-dom.html" | sed 's/<pre id="axe">//; s#</pre>.*##')
    printf '%s\n' "$report" | sed "s|^|  ${at:-#/}: |"
    if ! printf '%s\n' "$report" | grep -q '^violations [0-9]* serious 0$'; then echo "FAIL: axe-core found serious violations at ${at:-the start} (or did not run)"; fail=1; fi
  done
else
  echo "  SKIPPED: no npm to fetch axe-core"
fi
echo "== the speaker's view (puppeteer-core)"
if [ -d target/peers/node_modules/puppeteer-core ]; then
  node tests/html-speaker.js "$out/talk.html" "$(command -v "$chrome")" || fail=1
else
  echo "  SKIPPED: no npm to fetch puppeteer-core"
fi
exit $fail

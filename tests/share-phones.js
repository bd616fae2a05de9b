// The phones of a shared talk, for real (tests/share.sh starts the app): N audience event
// streams at once, the speaker's → timed until every stream has the new slide, the remote's
// POST moving the app (and a wrong token or a GET not), then a phone-sized Chromium: the
// audience page and the remote at 390×844, screenshots, « back to live », and axe-core.
//   node tests/share-phones.js AUDIENCE_URL REMOTE_URL CHROMIUM OUTDIR STREAMS
//   node tests/share-phones.js --replay REMOTE_URL SESSION   (after a restart: expects 404)
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

function request(url, { method = "GET", headers = {}, localAddress } = {}) {
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers, localAddress }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", (e) => resolve({ status: 0, body: String(e) }));
    req.end();
  });
}

// An event stream calling back with (name, data) for each event.
function stream(url, localAddress, onEvent) {
  const req = http.request(url, { headers: { Accept: "text/event-stream" }, localAddress, agent: false }, (res) => {
    let buf = "";
    res.setEncoding("utf8");
    res.on("data", (c) => {
      buf += c;
      let i;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const raw = buf.slice(0, i);
        buf = buf.slice(i + 2);
        let name = "message", data = "";
        for (const line of raw.split("\n")) {
          if (line.startsWith("data:")) data += line.slice(5).trimStart();
          else if (line.startsWith("event:")) name = line.slice(6).trim();
        }
        if (data || name !== "message") onEvent(name, data);
      }
    });
  });
  req.on("error", () => {});
  req.end();
  return req;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(test, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await sleep(10);
  }
  return test();
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function replay(remote, session) {
  const r = await request(remote + "do/next", { method: "POST", headers: { "X-Estrade-Session": session } });
  console.log(`  replay of the old remote address after a restart: ${r.status}`);
  process.exit(r.status === 404 ? 0 : 1);
}

async function main() {
  if (process.argv[2] === "--replay") return replay(process.argv[3], process.argv[4]);
  const [audience, remote, chrome, out, n] = process.argv.slice(2);
  const N = Number(n || 300);
  let fail = 0;
  const bad = (msg) => { console.log("FAIL: " + msg); fail = 1; };

  // 1. N audience streams, from as many loopback addresses as the bound per address needs.
  const states = new Array(N).fill(null);
  const seenAt = new Array(N).fill(null);
  let before = null, t0 = 0;
  const streams = [];
  for (let i = 0; i < N; i++) {
    const from = `127.0.0.${1 + Math.floor(i / 50)}`;
    streams.push(stream(audience + "events", from, (name, data) => {
      if (name !== "message") return;
      const s = JSON.parse(data);
      states[i] = s;
      if (before !== null && s.live !== before && seenAt[i] === null) seenAt[i] = performance.now() - t0;
    }));
  }
  if (!(await until(() => states.every((s) => s !== null), 10000))) {
    bad(`only ${states.filter((s) => s).length} of ${N} streams opened`);
  }
  const live0 = states.find((s) => s)?.live;
  console.log(`  ${N} audience streams open, live page ${live0}`);

  // 2. The speaker's →.
  before = live0;
  t0 = performance.now();
  execFileSync("xdotool", ["key", "Right"]);
  await until(() => seenAt.every((t) => t !== null), 5000);
  const got = seenAt.filter((t) => t !== null);
  if (got.length < N) bad(`${N - got.length} of ${N} streams never saw the new slide`);
  if (got.length) {
    console.log(`  → to every stream: median ${median(got).toFixed(1)} ms, worst ${Math.max(...got).toFixed(1)} ms (${got.length} streams)`);
  }
  const live1 = states[0] && states[0].live;

  // 3. The remote: its session from its stream; a POST moves the app, a wrong one does not.
  let session = null, remoteState = null;
  const rs = stream(remote + "events", "127.0.0.1", (name, data) => {
    if (name === "hello") session = data;
    else if (name === "message") remoteState = JSON.parse(data);
  });
  await until(() => session && remoteState, 5000);
  if (!session) bad("the remote stream said no hello");
  const token = new URL(audience).pathname.split("/")[2];
  const wrong = await request(remote.replace(/\/r\/[^/]+\//, `/r/${token}/`) + "do/next", { method: "POST", headers: { "X-Estrade-Session": session } });
  const get = await request(remote + "do/next", { headers: { "X-Estrade-Session": session } });
  const none = await request(remote + "do/next", { method: "POST" });
  await sleep(700);
  if (states[0].live !== live1) bad("a refused request moved the talk");
  console.log(`  audience token on the remote: ${wrong.status}, GET: ${get.status}, no session: ${none.status}`);
  if (wrong.status !== 404 || get.status !== 405 || none.status !== 409) bad("a wrong remote request was not refused as expected");
  before = live1; t0 = performance.now(); seenAt.fill(null);
  const ok = await request(remote + "do/next", { method: "POST", headers: { "X-Estrade-Session": session } });
  await until(() => states[0].live !== live1, 3000);
  console.log(`  remote POST next: ${ok.status}; live page ${live1} → ${states[0].live}`);
  if (ok.status !== 204 || states[0].live === live1) bad("the remote's next did not move the talk");
  fs.writeFileSync(path.join(out, "remote-session.txt"), session || "");
  for (const s of streams) s.destroy();
  rs.destroy();

  // 4. A phone-sized browser.
  let puppeteer;
  try { puppeteer = require(path.resolve("target/peers/node_modules/puppeteer-core")); } catch (e) { puppeteer = null; }
  if (!puppeteer) { console.log("  SKIPPED the browser part: no puppeteer-core"); process.exit(fail); }
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
  const phone = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  const page = await browser.newPage();
  await page.setViewport(phone);
  await page.goto(audience, { waitUntil: "load" });
  await page.waitForSelector("#stage section.slide", { timeout: 10000 });
  await sleep(400);
  await page.screenshot({ path: path.join(out, "audience-390x844.png") });
  // Back one slide, then back to live.
  await page.click("#prev");
  await sleep(500);
  const browsing = await page.$eval("#live", (b) => !b.hidden);
  await page.screenshot({ path: path.join(out, "audience-browsing-390x844.png") });
  await page.click("#live");
  await sleep(300);
  const backLive = await page.$eval("#live", (b) => b.hidden);
  console.log(`  audience page: browsing back shows « back to live »: ${browsing}; back to live: ${backLive}`);
  if (!browsing || !backLive) bad("browsing back and returning to live");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (overflow) bad("the audience page is wider than the phone");
  await page.setViewport({ ...phone, width: 360, height: 740 });
  await sleep(400);
  await page.screenshot({ path: path.join(out, "audience-360x740.png") });
  if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) bad("the audience page is wider than 360 px");
  await page.setViewport({ ...phone, width: 844, height: 390, isLandscape: true });
  await sleep(400);
  await page.screenshot({ path: path.join(out, "audience-844x390.png") });
  // axe-core (the page's content policy allows only its own scripts: bypassed for the check).
  const axePath = path.resolve("target/peers/node_modules/axe-core/axe.min.js");
  const axePage = await browser.newPage();
  await axePage.setBypassCSP(true);
  await axePage.setViewport(phone);
  await axePage.goto(audience, { waitUntil: "load" });
  await axePage.waitForSelector("#stage section.slide", { timeout: 10000 });
  await axePage.addScriptTag({ path: axePath });
  const report = await axePage.evaluate(async () => {
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
  });
  const serious = report.filter((l) => l.startsWith("serious") || l.startsWith("critical"));
  console.log(`  axe-core on the audience page: ${report.length} violations, ${serious.length} serious or critical${report.length ? ": " + report.join(", ") : ""}`);
  if (serious.length) bad("axe-core found serious violations on the audience page");
  // The remote.
  const rp = await browser.newPage();
  await rp.setViewport(phone);
  await rp.goto(remote, { waitUntil: "load" });
  await rp.waitForSelector("#current section.slide", { timeout: 10000 });
  await sleep(500);
  await rp.screenshot({ path: path.join(out, "remote-390x844.png") });
  const wide = await rp.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (wide) bad("the remote is wider than the phone");
  await browser.close();
  process.exit(fail);
}
main().catch((e) => { console.log("FAIL: " + e.stack); process.exit(1); });

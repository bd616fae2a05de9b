// The web page's speaker view, in headless Chromium driven by puppeteer-core (tests/html.sh):
// S opens it, and a key in either window moves both; Back in the audience's window too.
//   node tests/html-speaker.js PAGE.html CHROMIUM
"use strict";
const path = require("path");
const puppeteer = require(path.resolve("target/peers/node_modules/puppeteer-core"));
const [page_file, chromium] = process.argv.slice(2);
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
let failed = false;
function expect(what, got, want) {
  const ok = got === want;
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}: ${got}${ok ? "" : ` (expected ${want})`}`);
  if (!ok) failed = true;
}
(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-popup-blocking"] });
  const audience = await browser.newPage();
  await audience.goto("file://" + path.resolve(page_file) + "#/introduction");
  const opened = new Promise((r) => browser.once("targetcreated", async (t) => r(await t.page())));
  await audience.keyboard.press("s");
  const speaker = await opened;
  await pause(800);
  const shown = () => speaker.$eval("#speaker .where", (e) => e.textContent);
  const hash = () => audience.evaluate(() => location.hash);
  expect("S opens the view on the same slide", (await shown()).split(" ")[0], "3");
  await audience.keyboard.press("ArrowRight");
  await pause(300);
  expect("→ in the audience's window moves the view", (await shown()).split(" ")[0], "4");
  await speaker.keyboard.press("ArrowRight");
  await pause(300);
  expect("→ in the view moves the audience's window", await hash(), "#/publications-1");
  await speaker.keyboard.press("End");
  await pause(300);
  expect("End in the view", (await shown()).split(" ")[0], "22");
  await audience.goBack();
  await pause(300);
  expect("Back in the audience's window, followed by the view", (await shown()).split(" ")[0], "5");
  const notes = await speaker.$eval("#speaker .notes", (e) => e.textContent);
  expect("the view shows the slide's notes", notes.length > 20, true);
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(1); });

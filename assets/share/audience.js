// estrade --share, the audience's page: the live slide from the event stream, earlier slides
// to browse (only those the server allows), « back to live », reconnection by itself.
"use strict";
(function () {
  const L = JSON.parse(document.getElementById("labels").textContent);
  const stage = document.getElementById("stage");
  const fonts = document.getElementById("fonts");
  const defs = document.getElementById("defs");
  const where = document.getElementById("where");
  const status = document.getElementById("status");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  const live = document.getElementById("live");
  let state = null;     // {gen, live, blank, allowed: [[a, b]…], pages}
  let viewing = null;   // a page browsed back to, or null: live
  let shown = null;     // "gen/page" on screen
  const cache = new Map();

  const allowed = (k) => !!state && state.allowed.some(([a, b]) => k >= a && k <= b);
  const target = () => (viewing !== null ? viewing : state && state.live);
  function neighbour(k, dir) {
    if (!state) return null;
    for (let i = k + dir; i >= 0 && i < state.pages; i += dir) if (allowed(i)) return i;
    return null;
  }
  async function painted(key) {
    if (cache.has(key)) return cache.get(key);
    const r = await fetch("page/" + key, { cache: "force-cache" });
    if (!r.ok) return null;
    const data = await r.json();
    if (cache.size > 24) cache.delete(cache.keys().next().value);
    cache.set(key, data);
    return data;
  }
  function buttons() {
    const k = target();
    prev.disabled = k === null || neighbour(k, -1) === null;
    next.disabled = k === null || neighbour(k, +1) === null;
    live.hidden = viewing === null;
    status.textContent = viewing === null ? L.live : L.behind;
    status.className = viewing === null ? "live" : "";
  }
  async function show() {
    buttons();
    const k = target();
    if (viewing === null && state && state.blank) {
      stage.replaceChildren();
      stage.className = "blank " + state.blank;
      stage.setAttribute("aria-label", L.blank);
      where.textContent = L.blank;
      shown = null;
      return;
    }
    if (k === null || k === undefined) return;
    const key = state.gen + "/" + k;
    if (key === shown) return;
    const data = await painted(key);
    if (!data || target() !== k || state.gen + "/" + k !== key) return;
    stage.className = "";
    stage.removeAttribute("aria-label");
    fonts.textContent = data.css;
    defs.innerHTML = data.defs;
    stage.innerHTML = data.sections[0];
    shown = key;
    where.textContent = L.slide.replace("{n}", data.numbers[0]).replace("{total}", state.slides);
  }
  function browse(dir) {
    const k = target();
    if (k === null) return;
    const to = neighbour(k, dir);
    if (to === null) return;
    viewing = to === state.live ? null : to;
    show();
  }
  prev.addEventListener("click", () => browse(-1));
  next.addEventListener("click", () => browse(+1));
  live.addEventListener("click", () => { viewing = null; show(); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "ArrowLeft") browse(-1);
    else if (e.key === "ArrowRight") browse(+1);
  });
  // A swipe with one finger browses, when the page is not zoomed (pinching stays the browser's).
  let touch = null;
  stage.addEventListener("touchstart", (e) => {
    touch = e.touches.length === 1 ? [e.touches[0].clientX, e.touches[0].clientY] : null;
  }, { passive: true });
  stage.addEventListener("touchend", (e) => {
    const zoomed = window.visualViewport && window.visualViewport.scale > 1.01;
    if (!touch || zoomed || e.changedTouches.length !== 1) return;
    const dx = e.changedTouches[0].clientX - touch[0];
    const dy = e.changedTouches[0].clientY - touch[1];
    if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) browse(dx < 0 ? +1 : -1);
    touch = null;
  }, { passive: true });

  let source = null;
  function connect() {
    if (source) source.close();
    source = new EventSource("events");
    source.onmessage = (e) => {
      const s = JSON.parse(e.data);
      if (!("gen" in s)) return;
      if (state && state.gen !== s.gen) { shown = null; cache.clear(); }
      state = s;
      document.documentElement.style.setProperty("--aspect", String(s.aspect));
      if (viewing !== null && (!allowed(viewing) || viewing === s.live)) viewing = null;
      show();
    };
    source.onerror = () => {
      status.textContent = L.reconnecting;
      status.className = "";
      // The browser retries by itself; a closed stream (the server said no) is retried here.
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 3000);
    };
    source.onopen = () => buttons();
  }
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && (!source || source.readyState === EventSource.CLOSED)) connect();
  });
  window.addEventListener("online", connect);
  connect();
})();

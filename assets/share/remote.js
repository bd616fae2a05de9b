// estrade --share, the speaker's remote: current and next slide, notes, the talk clock and
// pace, large buttons. Commands are POSTs carrying this remote's session (from its event
// stream): the latest phone to open the remote has control.
"use strict";
(function () {
  const L = JSON.parse(document.getElementById("labels").textContent);
  const $ = (id) => document.getElementById(id);
  const fonts = $("fonts"), defs = $("defs"), current = $("current"), nextView = $("next");
  const notes = $("notes"), clock = $("clock"), pace = $("pace"), where = $("where");
  const counts = $("counts"), banner = $("banner"), black = $("black");
  let session = "", state = null, shown = null, received = 0, vibrated = false, taken = false;

  function fmt(s) {
    s = Math.max(0, Math.floor(s));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(sec).padStart(2, "0");
  }
  function tick() {
    if (!state) return;
    const elapsed = state.elapsed + (state.running ? (Date.now() - received) / 1000 : 0);
    clock.textContent = fmt(elapsed);
    const over = state.planned && elapsed >= state.planned;
    clock.className = "clock" + (state.running ? "" : " paused") + (over ? " over" : "");
    clock.setAttribute("aria-label", fmt(elapsed) + (state.running ? "" : " " + L.paused) + (over ? " · " + L.timeUp : ""));
    if (over && state.running && !vibrated) {
      vibrated = true;
      if (navigator.vibrate) navigator.vibrate([400, 200, 400]);
    }
    if (!over) vibrated = false;
  }
  setInterval(tick, 500);

  async function slides() {
    if (state.page === null || state.page === undefined) return;
    const key = state.gen + "/" + state.page;
    if (key === shown) return;
    const r = await fetch("page/" + key, { cache: "force-cache" });
    if (!r.ok || !state || state.gen + "/" + state.page !== key) return;
    const data = await r.json();
    fonts.textContent = data.css;
    defs.innerHTML = data.defs;
    current.innerHTML = data.sections[0];
    if (state.next !== null && data.sections.length > 1) {
      nextView.className = "slideview small";
      nextView.innerHTML = data.sections[1];
    } else {
      nextView.className = "slideview small end";
      nextView.textContent = L.end;
    }
    shown = key;
  }
  function render() {
    document.documentElement.style.setProperty("--aspect", String(state.aspect));
    let w = state.number ? L.slide.replace("{n}", state.number).replace("{total}", state.total) : "";
    if (state.step && state.step[1] > 1) w += " · " + L.step.replace("{n}", state.step[0]).replace("{total}", state.step[1]);
    where.textContent = w;
    pace.textContent = state.pace || "";
    counts.textContent = state.counts;
    black.setAttribute("aria-pressed", state.blank ? "true" : "false");
    notes.replaceChildren();
    if (!state.notes || state.notes.length === 0) {
      const p = document.createElement("p");
      p.className = "none";
      p.textContent = L.noNotes;
      notes.appendChild(p);
    } else {
      for (const n of state.notes) {
        const p = document.createElement("p");
        p.textContent = n;
        notes.appendChild(p);
      }
    }
    tick();
    slides();
  }
  function takenOver() {
    taken = true;
    banner.textContent = L.taken;
    banner.hidden = false;
    for (const b of document.querySelectorAll(".pad button")) b.disabled = true;
  }
  async function send(command) {
    if (taken || !session) return;
    try {
      const r = await fetch("do/" + command, { method: "POST", headers: { "X-Estrade-Session": session } });
      if (r.status === 409) takenOver();
    } catch (e) {
      banner.textContent = L.reconnecting;
      banner.hidden = false;
    }
  }
  $("nextbtn").addEventListener("click", () => send("next"));
  $("prev").addEventListener("click", () => send("previous"));
  black.addEventListener("click", () => send("black"));
  $("clockbtn").addEventListener("click", () => send("clock"));
  let size = Number(localStorage.getItem("estrade-notes") || 19);
  function notesSize(d) {
    size = Math.min(40, Math.max(13, size + d));
    document.documentElement.style.setProperty("--notes", size + "px");
    try { localStorage.setItem("estrade-notes", String(size)); } catch (e) { /* private mode */ }
  }
  notesSize(0);
  $("smaller").addEventListener("click", () => notesSize(-2));
  $("bigger").addEventListener("click", () => notesSize(+2));

  let source = null;
  function connect() {
    if (source) source.close();
    source = new EventSource("events");
    source.addEventListener("hello", (e) => {
      session = e.data;
      taken = false;
      banner.hidden = true;
      for (const b of document.querySelectorAll(".pad button")) b.disabled = false;
    });
    source.addEventListener("taken", () => { takenOver(); source.close(); });
    source.onmessage = (e) => {
      const s = JSON.parse(e.data);
      if (!("gen" in s)) return;
      if (state && state.gen !== s.gen) shown = null;
      state = s;
      received = Date.now();
      banner.hidden = !taken;
      render();
    };
    source.onerror = () => {
      if (taken) return;
      banner.textContent = L.reconnecting;
      banner.hidden = false;
      if (source.readyState === EventSource.CLOSED) setTimeout(connect, 3000);
    };
  }
  document.addEventListener("visibilitychange", () => {
    if (!taken && document.visibilityState === "visible" && (!source || source.readyState === EventSource.CLOSED)) connect();
  });
  connect();
})();

// estrade's HTML export: navigation, the address of each slide and step, and the speaker's view.
// Everything drawn was laid out by estrade; this script only shows one step at a time.
"use strict";
(() => {
  const data = JSON.parse(document.getElementById("estrade-data").textContent);
  const L = data.labels;
  const slides = Array.from(document.querySelectorAll("main > section.slide"));
  const pages = [];
  slides.forEach((section, s) => {
    section.querySelectorAll(":scope > .step").forEach((el, k) => pages.push({ s, k, el }));
  });
  const live = document.getElementById("live");
  const speakerMode = new URLSearchParams(location.search).get("view") === "notes";
  let current = -1;
  let speakerWindow = null;

  const stepsOf = (s) => slides[s].querySelectorAll(":scope > .step").length;
  const hashOf = (i) => {
    const p = pages[i];
    const id = encodeURIComponent(slides[p.s].dataset.id);
    return "#/" + id + (p.k > 0 ? "/" + (p.k + 1) : "");
  };
  // "#/expansion", "#/expansion/2", or a slide number "#/7".
  const pageOfHash = (hash) => {
    const m = /^#\/([^/]+)(?:\/(\d+))?\/?$/.exec(hash);
    if (!m) return 0;
    const id = decodeURIComponent(m[1]);
    let s = slides.findIndex((x) => x.dataset.id === id);
    if (s < 0 && /^\d+$/.test(id)) s = Math.min(Math.max(parseInt(id, 10), 1), slides.length) - 1;
    if (s < 0) return 0;
    const k = Math.min(Math.max(m[2] ? parseInt(m[2], 10) - 1 : 0, 0), stepsOf(s) - 1);
    const i = pages.findIndex((p) => p.s === s && p.k === k);
    return i < 0 ? 0 : i;
  };
  const labelOf = (i) => {
    const p = pages[i];
    const steps = stepsOf(p.s);
    return slides[p.s].getAttribute("aria-label") + (steps > 1 ? " · " + L.step.replace("{n}", p.k + 1).replace("{total}", steps) : "");
  };

  function show(i, how) {
    i = Math.min(Math.max(i, 0), pages.length - 1);
    if (i !== current) {
      if (current >= 0) {
        const old = pages[current];
        old.el.hidden = true;
        if (old.s !== pages[i].s) slides[old.s].hidden = true;
      }
      const p = pages[i];
      slides[p.s].hidden = false;
      p.el.hidden = false;
      current = i;
      live.textContent = labelOf(i);
    }
    if (how === "push" && location.hash !== hashOf(i)) history.pushState(null, "", hashOf(i));
    if (how === "replace") history.replaceState(null, "", hashOf(i));
    if (speakerMode) drawSpeaker();
    else if (speakerWindow && !speakerWindow.closed) speakerWindow.postMessage({ estrade: "at", page: current }, "*");
  }
  // From the speaker's view, moves happen in the audience's window (which answers with "at").
  function go(i) {
    if (speakerMode && window.opener && !window.opener.closed) {
      window.opener.postMessage({ estrade: "go", page: Math.min(Math.max(i, 0), pages.length - 1) }, "*");
    } else {
      show(i, "push");
    }
  }

  const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " ", "Enter", "n", "N"]);
  const PREV = new Set(["ArrowLeft", "ArrowUp", "PageUp", "Backspace", "p", "P"]);
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (NEXT.has(e.key)) go(current + 1);
    else if (PREV.has(e.key)) go(current - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(pages.length - 1);
    else if ((e.key === "s" || e.key === "S") && !speakerMode) openSpeaker();
    else if ((e.key === "f" || e.key === "F") && !speakerMode) toggleFullscreen();
    else return;
    e.preventDefault();
  });
  const main = document.querySelector("main");
  // A click or tap moves on; on the left quarter of the window, back. Links and selections win.
  main.addEventListener("click", (e) => {
    if (e.target.closest("a") || String(window.getSelection())) return;
    go(e.clientX < window.innerWidth / 4 ? current - 1 : current + 1);
  });
  let touch = null;
  main.addEventListener("touchstart", (e) => {
    touch = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
  }, { passive: true });
  main.addEventListener("touchend", (e) => {
    if (!touch || e.changedTouches.length !== 1) return;
    const dx = e.changedTouches[0].clientX - touch.x;
    const dy = e.changedTouches[0].clientY - touch.y;
    touch = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 1.5 * Math.abs(dy)) {
      go(dx < 0 ? current + 1 : current - 1);
      e.preventDefault();
    }
  });
  window.addEventListener("popstate", () => show(pageOfHash(location.hash), "none"));
  window.addEventListener("hashchange", () => show(pageOfHash(location.hash), "none"));

  function toggleFullscreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(() => {});
  }

  // ---- The speaker's view: a second window that follows this one (as in reveal.js).
  function openSpeaker() {
    if (speakerWindow && !speakerWindow.closed) { speakerWindow.focus(); return; }
    const url = location.href.split("#")[0].split("?")[0] + "?view=notes" + hashOf(current);
    speakerWindow = window.open(url, "estrade-notes", "width=1100,height=700");
  }
  window.addEventListener("message", (e) => {
    const m = e.data;
    if (!m || typeof m !== "object") return;
    if (!speakerMode && m.estrade === "go" && e.source === speakerWindow) show(m.page, "push");
    if (!speakerMode && m.estrade === "hello" && e.source === speakerWindow) show(current, "none");
    if (speakerMode && m.estrade === "at" && e.source === window.opener) show(m.page, "replace");
  });

  let started = null;
  function two(n) { return String(n).padStart(2, "0"); }
  function tick() {
    const clock = document.querySelector("#speaker .clock");
    if (!clock) return;
    const t = started === null ? 0 : Math.floor((Date.now() - started) / 1000);
    clock.textContent = (t >= 3600 ? Math.floor(t / 3600) + ":" : "") + two(Math.floor(t / 60) % 60) + ":" + two(t % 60);
  }
  function frameOf(i) {
    const svg = pages[i].el.querySelector("svg.frame");
    return svg ? svg.outerHTML : "";
  }
  function drawSpeaker() {
    const view = document.getElementById("speaker");
    const p = pages[current];
    view.querySelector(".where").textContent = labelOf(current);
    view.querySelector(".current").innerHTML = frameOf(current);
    view.querySelector(".next").innerHTML = current + 1 < pages.length ? frameOf(current + 1) : '<div class="end">' + L.end + "</div>";
    const notes = view.querySelector(".notes");
    notes.textContent = "";
    if (!data.notes) {
      notes.textContent = L.notesLeftOut;
    } else {
      const paragraphs = data.notes[p.s] || [];
      if (!paragraphs.length) notes.textContent = L.noNotes;
      for (const text of paragraphs) {
        const para = document.createElement("p");
        para.textContent = text;
        notes.appendChild(para);
      }
    }
  }
  function buildSpeaker() {
    document.body.classList.add("notes-view");
    document.title = L.speakerTitle + " — " + document.title;
    const view = document.createElement("div");
    view.id = "speaker";
    view.innerHTML =
      '<div class="bar"><span class="where"></span>' +
      '<button type="button" class="clock" title=""></button></div>' +
      '<div class="col"><div class="current" aria-hidden="true"></div><p class="keys"></p></div>' +
      '<div class="side"><h2></h2><div class="next" aria-hidden="true"></div><h2></h2><div class="notes" aria-live="polite"></div></div>';
    const [nextTitle, notesTitle] = view.querySelectorAll("h2");
    nextTitle.textContent = L.next;
    notesTitle.textContent = L.notes;
    view.querySelector(".keys").textContent = L.keys;
    const clock = view.querySelector(".clock");
    clock.title = L.clockReset;
    clock.setAttribute("aria-label", L.elapsed);
    clock.style.cssText = "background:none;border:0;color:inherit;font:inherit;cursor:pointer";
    clock.addEventListener("click", () => { started = Date.now(); tick(); });
    document.body.prepend(view);
    started = Date.now();
    setInterval(tick, 500);
    tick();
    if (window.opener) window.opener.postMessage({ estrade: "hello" }, "*");
  }

  if (speakerMode) buildSpeaker();
  show(pageOfHash(location.hash), location.hash ? "none" : "replace");
  document.documentElement.classList.add("ready");
})();

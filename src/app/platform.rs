//! What the app asks of the system: the monitors (see `monitors.rs`: a projector plugged in or
//! out moves the views), the display kept awake while presenting, and the live position saved
//! for a resume after a crash.

use std::time::Duration;

use crate::app::action::Action;
use crate::app::screens::awake::AwakeGuard;
use crate::app::screens::placement;
use crate::app::shell::Presenter;
use crate::app::talk::resume::{self, Position, ScreenState};
use crate::app::talk::session::Screen;
use crate::app::talk::talk_clock::TalkClock;

/// Seconds between two refreshes of the display inhibitor.
const AWAKE_REFRESH_SECONDS: f64 = 30.0;

use crate::app::talk::resume::unix_now;

impl Presenter {
    /// At start: the remembered screen swaps, a saved position, the display inhibitor.
    pub(crate) fn start_platform(&mut self) {
        let mode = &self.state.mode;
        if mode.remember_position
            && let Some(dir) = resume::state_dir()
        {
            self.state.screens.remembered = resume::load_remembered(&dir);
            let size = self
                .state
                .path
                .as_deref()
                .and_then(|p| crate::app::talk::notes_size::load(&dir, p));
            if let (Some(size), Some(s)) = (size, &mut self.state.session) {
                s.notes_size = size;
            }
            if !self.state.mode.fresh {
                self.resume_from(&dir);
            }
        }
        if self.state.mode.keep_awake {
            // Asking the session bus may take a moment: never on the way to the first frame.
            let kiosk = self.state.kiosk.as_ref().map(|k| k.options.clone());
            let (tx, rx) = std::sync::mpsc::channel();
            let acquire = move || {
                let guard = AwakeGuard::acquire("estrade", &crate::t!("app-awake-reason"));
                let line = crate::t!("app-display-kept-awake", how = guard.describe());
                match &kiosk {
                    Some(options) => crate::app::talk::kiosk::log(options, &line),
                    None => eprintln!("estrade: {line}"),
                }
                guard
            };
            if cfg!(target_os = "linux") {
                let spawned = std::thread::Builder::new()
                    .name("estrade-awake".into())
                    .spawn(move || tx.send(acquire()));
                if spawned.is_ok() {
                    self.rt.awake_pending = Some(rx);
                }
            } else {
                // keepawake's power request belongs to the thread that made it.
                self.rt.awake = Some(acquire());
            }
        }
    }

    /// Goes back to the saved position of this deck, if there is a recent one.
    pub(crate) fn resume_from(&mut self, dir: &std::path::Path) {
        let Some(path) = self.state.path.as_ref().and_then(|p| p.canonicalize().ok()) else {
            return;
        };
        let Some(pos) = resume::load(dir, &path, unix_now()) else {
            return;
        };
        let (Some(deck), Some(session)) = (&self.state.deck, &mut self.state.session) else {
            return;
        };
        let Some(slide) = deck.find(&pos.slide_id).filter(|&i| !deck.slides[i].hidden) else {
            return;
        };
        let at_start = Some(slide) == deck.visible().next().map(|(i, _)| i)
            && pos.step == 0
            && !pos.clock_started
            && pos.screen == ScreenState::Slide;
        if at_start {
            // Nothing to resume: the talk had not begun.
            return;
        }
        session.slide = slide;
        session.step = pos.step.min(deck.slides[slide].steps.max(1) - 1);
        session.screen = match pos.screen {
            ScreenState::Slide => Screen::Slide,
            ScreenState::Black => Screen::Black,
            ScreenState::White => Screen::White,
        };
        if pos.clock_started {
            // The talk went on while the app was down: a running clock counts that time too.
            let away = if pos.running {
                unix_now().saturating_sub(pos.saved_at).min(resume::MAX_AGE) as f64
            } else {
                0.0
            };
            session.clock = TalkClock::resumed(pos.elapsed + away, pos.running, session.now);
        }
        let (n, _) = session.position(deck);
        let clock = crate::app::talk::talk_clock::format_duration(session.clock.elapsed(session.now));
        let note = crate::t!("app-resumed", slide = n, clock = clock);
        self.rt.resume_written = Some(pos);
        match &self.state.kiosk {
            Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
            // Said once: a lasting note on the console, or a short line on the slides alone.
            None => {
                eprintln!("estrade: {note}");
                if self.state.speaker_view_open() {
                    self.state.notices.push(note);
                } else {
                    self.state.say(note);
                }
            }
        }
    }

    /// The live position as it would be saved now.
    fn position(&self) -> Option<Position> {
        let (deck, session) = (self.state.deck.as_ref()?, self.state.session.as_ref()?);
        let path = self.rt.canonical_path.clone()?;
        Some(Position {
            deck: path,
            slide_id: deck.slides.get(session.slide)?.id.clone(),
            step: session.step,
            elapsed: session.clock.elapsed(session.now),
            running: session.clock.started() && !session.clock.paused(),
            clock_started: session.clock.started(),
            screen: match session.screen {
                Screen::Slide => ScreenState::Slide,
                Screen::Black => ScreenState::Black,
                Screen::White => ScreenState::White,
            },
            saved_at: unix_now(),
        })
    }

    /// Writes the position when it changed (slide, step, clock running or paused, blackout), a
    /// few times a second at most; `now` forces the write (quitting).
    pub(crate) fn save_position(&mut self, now: bool) {
        if !self.state.mode.remember_position {
            return;
        }
        // The canonical path, once per deck file rather than once per frame.
        if self.rt.canonical_for != self.state.path {
            self.rt.canonical_for = self.state.path.clone();
            self.rt.canonical_path = self.state.path.as_ref().and_then(|p| p.canonicalize().ok());
        }
        let Some(pos) = self.position() else { return };
        let same = |a: &Position, b: &Position| {
            a.deck == b.deck
                && a.slide_id == b.slide_id
                && a.step == b.step
                && a.running == b.running
                && a.clock_started == b.clock_started
                && a.screen == b.screen
                && (a.running || (a.elapsed - b.elapsed).abs() < 0.5)
        };
        let changed = self.rt.resume_written.as_ref().is_none_or(|w| !same(w, &pos));
        let due = self.rt.resume_throttle.due(self.state.now(), changed);
        if !(due || now && (changed || self.rt.resume_throttle.pending())) {
            if let (Some(wait), Some(c)) = (self.rt.resume_throttle.due_in(self.state.now()), &self.rt.ctx) {
                c.request_repaint_after(Duration::from_secs_f64(wait.max(0.01)));
            }
            return;
        }
        let Some(dir) = resume::state_dir() else { return };
        self.rt.resume_written = Some(pos.clone());
        self.rt
            .outbox
            .push(crate::app::command::Command::SavePosition { dir, position: pos });
    }

    /// Refreshes the display inhibitor now and then (the X11 fallback needs it).
    pub(crate) fn keep_awake(&mut self, now: f64) {
        if let Some(guard) = self.rt.awake_pending.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.state.awake = Some(guard.method());
            if !guard.holds() && self.state.kiosk.is_none() {
                // Said once, before the talk, in words a speaker acts on.
                self.state.notices.push(crate::t!("app-awake-nothing-warning"));
            }
            self.rt.awake = Some(guard);
            self.rt.awake_pending = None;
        }
        if let Some(g) = &mut self.rt.awake
            && now - self.rt.awake_refreshed > AWAKE_REFRESH_SECONDS
        {
            g.keep_alive();
            self.rt.awake_refreshed = now;
        }
    }

    /// Reads the monitors at the first frame, then whenever the watcher thread saw them
    /// change; a change is applied as [`Action::ScreensChanged`]. Nothing is repainted while the
    /// screens stay as they are (an idle talk costs no CPU).
    pub(crate) fn poll_screens(&mut self, ctx: &egui::Context, frame: &eframe::Frame) {
        let Some(window) = frame.winit_window() else { return };
        self.check_placement(ctx, window);
        let first = self.rt.screen_watch.is_none();
        let seen = match &self.rt.screen_watch {
            None => {
                self.rt.screen_watch = Some(crate::app::screens::monitors::ScreenWatch::start(window, ctx.clone()));
                true
            }
            Some(w) => w.take_change(),
        };
        if !(first || seen) {
            return;
        }
        let monitors = crate::app::screens::monitors::read_monitors(window);
        self.rt.window_monitor_index = crate::app::screens::monitors::window_indices(window);
        if first && self.state.screens.started_on.is_none() {
            // Where the window was created when the launcher could not place it (windowed).
            let current = window.current_monitor();
            let once = crate::app::screens::monitors::read_monitors(window);
            self.state.screens.started_on = current.and_then(|c| {
                once.iter()
                    .position(|m| m.name == c.name() && m.position == (c.position().x, c.position().y))
            });
        }
        if placement::changed(&self.state.screens.monitors, &monitors) {
            self.apply(Action::ScreensChanged(monitors));
        }
    }

    /// Once the window system has answered a placement (2 s later), the slides' window is
    /// checked: a compositor that put it on another screen than asked is asked again, once
    /// (never in a loop).
    fn check_placement(&mut self, ctx: &egui::Context, window: &winit::window::Window) {
        const ANSWER_SECONDS: f64 = 2.0;
        let Some((since, target, false)) = self.rt.placed else {
            return;
        };
        let now = self.state.now();
        if now - since < ANSWER_SECONDS {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                ANSWER_SECONDS - (now - since) + 0.05,
            ));
            return;
        }
        self.rt.placed = Some((since, target, true));
        if !self.state.fullscreen {
            return;
        }
        let Some(expected) = self.state.screens.monitors.get(target) else {
            return;
        };
        let actual = window
            .current_monitor()
            .map(|m| (m.name(), (m.position().x, m.position().y)));
        if placement::misplaced(expected, actual) {
            log::info!("the slides are not on monitor {target}: asked again"); // not user text
            let root = egui::ViewportId::ROOT;
            let at = self.rt.set_monitor_index(target);
            self.rt.root(egui::ViewportCommand::Fullscreen(false));
            self.rt
                .later
                .push((now + 0.3, root, egui::ViewportCommand::SetMonitor(at)));
        }
    }
}

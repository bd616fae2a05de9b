//! What the frame loop asks of the system: the monitors (see `monitors.rs`: a projector plugged
//! in or out moves the views; a placement the compositor did not follow is asked again once)
//! and the display kept awake while presenting.

use crate::app::action::Action;
use crate::app::screens::awake::AwakeGuard;
use crate::app::screens::placement;
use crate::app::shell::Presenter;

/// Seconds between two refreshes of the display inhibitor.
const AWAKE_REFRESH_SECONDS: f64 = 30.0;

impl Presenter {
    /// At start: the display inhibitor, acquired on a thread of its own (never on the way to the
    /// first frame).
    pub(crate) fn start_keep_awake(&mut self) {
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

    /// Refreshes the display inhibitor now and then (the X11 fallback needs it).
    pub(crate) fn keep_awake(&mut self, now: f64) {
        if let Some(guard) = self.rt.awake_pending.as_ref().and_then(|rx| rx.try_recv().ok()) {
            let (method, holds) = (guard.method(), guard.holds());
            self.rt.awake = Some(guard);
            self.rt.awake_pending = None;
            self.apply(Action::AwakeHeld { method, holds });
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
            let started_on = current.and_then(|c| {
                once.iter()
                    .position(|m| m.name == c.name() && m.position == (c.position().x, c.position().y))
            });
            self.apply(Action::StartedOn(started_on));
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

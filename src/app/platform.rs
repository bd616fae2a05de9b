//! What the frame loop asks of the system: the monitors (see `monitors.rs`: a projector plugged
//! in or out moves the views; a placement the compositor did not follow is asked again once).
//! (The display is kept awake by the executor: `screens/awake/keeper.rs`.)

use crate::app::action::Action;
use crate::app::screens::placement;
use crate::app::shell::Presenter;

impl Presenter {
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

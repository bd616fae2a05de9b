//! What the frame loop asks of the system: the monitors (see `monitors.rs`: a projector plugged
//! in or out moves the views; a placement the compositor did not follow is asked again once).
//! What changed comes back as actions, and a placement asked again as commands.
//! (The display is kept awake by the executor: `screens/awake/keeper.rs`.)

use egui::{ViewportCommand, ViewportId};

use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::runtime::Runtime;
use crate::app::screens::monitors::{ScreenWatch, read_monitors, window_indices};
use crate::app::screens::placement;
use crate::app::state::AppState;

/// Reads the monitors at the first frame, then whenever the watcher thread saw them change; a
/// change comes back as [`Action::ScreensChanged`] (and, at the first frame, the screen the
/// window started on as [`Action::StartedOn`]). Nothing is repainted while the screens stay as
/// they are (an idle talk costs no CPU).
pub(crate) fn poll_screens(
    state: &AppState,
    rt: &mut Runtime,
    ctx: &egui::Context,
    frame: &eframe::Frame,
) -> Vec<Action> {
    let Some(window) = frame.winit_window() else {
        return Vec::new();
    };
    check_placement(state, rt, ctx, window);
    let first = rt.screen_watch.is_none();
    let seen = match &rt.screen_watch {
        None => {
            rt.screen_watch = Some(ScreenWatch::start(window, ctx.clone()));
            true
        }
        Some(w) => w.take_change(),
    };
    if !(first || seen) {
        return Vec::new();
    }
    let mut actions = Vec::new();
    let monitors = read_monitors(window);
    rt.window_monitor_index = window_indices(window);
    if first && state.screens.started_on.is_none() {
        // Where the window was created when the launcher could not place it (windowed).
        let current = window.current_monitor();
        let started_on = current.and_then(|c| {
            monitors
                .iter()
                .position(|m| m.name == c.name() && m.position == (c.position().x, c.position().y))
        });
        actions.push(Action::StartedOn(started_on));
    }
    if placement::changed(&state.screens.monitors, &monitors) {
        actions.push(Action::ScreensChanged(monitors));
    }
    actions
}

/// Once the window system has answered a placement (2 s later), the slides' window is checked:
/// a compositor that put it on another screen than asked is asked again, once (never in a loop).
fn check_placement(state: &AppState, rt: &mut Runtime, ctx: &egui::Context, window: &winit::window::Window) {
    const ANSWER_SECONDS: f64 = 2.0;
    let Some((since, target, false)) = rt.placed else {
        return;
    };
    let now = state.now();
    if now - since < ANSWER_SECONDS {
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            ANSWER_SECONDS - (now - since) + 0.05,
        ));
        return;
    }
    rt.placed = Some((since, target, true));
    if !state.fullscreen {
        return;
    }
    let Some(expected) = state.screens.monitors.get(target) else {
        return;
    };
    let actual = window
        .current_monitor()
        .map(|m| (m.name(), (m.position().x, m.position().y)));
    if placement::misplaced(expected, actual) {
        log::info!("the slides are not on monitor {target}: asked again"); // not user text
        let root = ViewportId::ROOT;
        let at = rt.set_monitor_index(target);
        rt.outbox
            .push(Command::Window(root, ViewportCommand::Fullscreen(false)));
        rt.outbox.push(Command::WindowAt {
            at: now + 0.3,
            id: root,
            command: ViewportCommand::SetMonitor(at),
        });
    }
}

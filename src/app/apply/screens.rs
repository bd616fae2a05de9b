//! The views placed on the screens: the monitors read or changed, the slides and the console
//! moved to their screens (full screen follows), `X` swapping them.

use egui::ViewportCommand;

use super::Reducer;
use crate::app::command::Command;
use crate::app::screens::placement::{self, Layout, Monitor};

/// Seconds between leaving full screen and going full screen on another screen.
const MOVE_DELAY: f64 = 0.3;

impl Reducer<'_> {
    /// The monitors changed (or were read for the first time): place the views again. Slide,
    /// step and clock are untouched.
    pub(super) fn screens_changed(&mut self, monitors: Vec<Monitor>) {
        let st = &mut self.state;
        if let Some(n) = st.mode.audience_monitor
            && n >= monitors.len()
            && st.screens.monitors.is_empty()
        {
            st.notices
                .push(crate::t!("app-audience-monitor-missing", n = n, count = monitors.len()));
        }
        st.screens.monitors = monitors;
        self.place_views();
    }

    /// Computes where the views go and moves the windows there.
    pub(crate) fn place_views(&mut self) {
        let st = &self.state;
        let layout = placement::place(&st.screens.monitors, st.mode.audience_monitor, &st.screens.remembered);
        self.move_views(layout);
    }

    /// Moves the views to `layout` (when it differs from where they are).
    fn move_views(&mut self, layout: Layout) {
        let st = &mut self.state;
        let before = st.screens.layout;
        if layout == before {
            return;
        }
        st.screens.layout = layout;
        let was_dual = matches!(before, Layout::Dual { .. });
        let audience = match layout {
            Layout::Unknown => return,
            Layout::Single { monitor } => monitor,
            Layout::Dual { audience, .. } => {
                // A projector appeared: the speaker gets the console on the other screen.
                if !was_dual && st.kiosk.is_none() {
                    st.console = true;
                }
                audience
            }
        };
        let described = placement::describe(&st.screens.monitors, layout).join("; ");
        let line = crate::t!("app-screens-log", screens = described);
        match &st.kiosk {
            Some(k) => crate::app::talk::kiosk::log(&k.options, &line),
            None => eprintln!("estrade: {line}"),
        }
        let moving = before != Layout::Unknown;
        // Checked once the window system has answered (platform.rs: asked again at most once).
        self.rt.placed = Some((st.now(), audience, false));
        // Already full screen where it belongs (the usual start on one screen): left as it is, as
        // a needless switch would resize the window once more.
        let in_place = !moving && st.fullscreen && st.screens.started_on == Some(audience);
        if !st.mode.windowed || st.fullscreen {
            // A window already full screen on one output is not moved by a new full-screen
            // request on some compositors (weston): leave full screen first.
            let due = self.state.now() + if moving { MOVE_DELAY } else { 0.0 };
            self.state.fullscreen = true;
            let root = egui::ViewportId::ROOT;
            if moving {
                self.root(ViewportCommand::Fullscreen(false));
            }
            if !in_place {
                let at = self.rt.set_monitor_index(audience);
                self.window_at(due, root, ViewportCommand::SetMonitor(at));
            }
            if let (Layout::Dual { console, .. }, true) = (layout, moving && self.state.console_window()) {
                let id = crate::app::views::console::console_id();
                self.commands
                    .push(Command::Window(id, ViewportCommand::Fullscreen(false)));
                let at = self.rt.set_monitor_index(console);
                self.window_at(due, id, ViewportCommand::SetMonitor(at));
            }
        } else if let Some(m) = self.state.screens.monitors.get(audience).filter(|_| moving) {
            // A window (not full screen) goes to the top left of its screen, so that a screen
            // unplugged never leaves it out of sight.
            let scale = m.scale.max(0.1) as f32;
            let at = egui::pos2(m.position.0 as f32 / scale + 40.0, m.position.1 as f32 / scale + 40.0);
            self.root(ViewportCommand::OuterPosition(at));
        }
    }

    /// `X`: on two screens, the audience and the console exchange screens (remembered for that
    /// pair); on screens not known, the two windows exchange places.
    pub(super) fn swap_windows(&mut self) {
        let st = &mut self.state;
        match st.screens.layout {
            Layout::Dual { .. } => {
                let natural = placement::natural(&st.screens.monitors, st.mode.audience_monitor);
                st.screens.remembered.toggle(&st.screens.monitors, natural);
                if st.mode.remember_position
                    && let Some(dir) = crate::app::talk::resume::state_dir()
                {
                    let remembered = st.screens.remembered.clone();
                    self.commands.push(Command::SaveSwaps { dir, remembered });
                }
                // `--audience-monitor` wins over remembered swaps: then the swap is for now only.
                let swapped = st.screens.layout.swapped();
                self.move_views(swapped);
            }
            Layout::Single { .. } => self.state.say(crate::t!("app-swap-one-screen")),
            Layout::Unknown => self.swap_window_places(),
        }
    }

    /// Moves the audience window where the console is and back (full screen follows).
    fn swap_window_places(&mut self) {
        let (Some(a), Some(c)) = (self.rt.audience_outer, self.rt.view.console_outer) else {
            return;
        };
        let full = self.state.fullscreen;
        if full {
            self.root(ViewportCommand::Fullscreen(false));
        }
        self.root(ViewportCommand::OuterPosition(c.min));
        self.commands.push(Command::Window(
            crate::app::views::console::console_id(),
            ViewportCommand::OuterPosition(a.min),
        ));
        if full {
            self.root(ViewportCommand::Fullscreen(true));
        }
    }
}

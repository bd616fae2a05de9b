//! The monitor list: read from winit's window, and watched by a thread that asks for a frame
//! when it changes (a projector plugged in or out), so an idle talk repaints nothing.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::app::screens::placement::{self, Monitor};

/// Seconds between two reads of the monitor list.
const SCREENS_POLL_SECONDS: f64 = 1.0;

/// A thread that reads the monitor list about once a second and asks for a frame when it
/// changed (a projector plugged in or out). It holds the window weakly and ends with it.
pub struct ScreenWatch {
    changed: Arc<AtomicBool>,
}

impl ScreenWatch {
    /// Starts watching the monitors of `window`; `ctx` is asked for a frame on a change.
    pub fn start(window: &Arc<winit::window::Window>, ctx: egui::Context) -> ScreenWatch {
        let changed = Arc::new(AtomicBool::new(false));
        let flag = changed.clone();
        let weak = Arc::downgrade(window);
        let mut last = read_monitors(window);
        // Without the thread, hot-plug is not followed but the talk goes on.
        let _ = std::thread::Builder::new()
            .name("estrade-screens".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(Duration::from_secs_f64(SCREENS_POLL_SECONDS));
                    let Some(w) = weak.upgrade() else { break };
                    let now = read_monitors(&w);
                    drop(w);
                    if placement::changed(&last, &now) {
                        last = now;
                        flag.store(true, Ordering::Release);
                        ctx.request_repaint();
                    }
                }
            });
        ScreenWatch { changed }
    }

    /// Whether the monitors changed since the last call.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::AcqRel)
    }
}

/// The monitors winit reports for a window, in its order (the order `SetMonitor` and
/// `--audience-monitor` use), each once: on Wayland winit 0.30 lists every output twice in a
/// window's list (and keeps a copy of an unplugged one).
pub fn read_monitors(window: &winit::window::Window) -> Vec<Monitor> {
    from_handles(window.available_monitors(), window.primary_monitor())
}

/// For each monitor of [`read_monitors`], its index in the window's own list, the last copy
/// (the one winit made when the output was announced last): what `SetMonitor` takes.
pub fn window_indices(window: &winit::window::Window) -> Vec<usize> {
    let raw: Vec<winit::monitor::MonitorHandle> = window.available_monitors().collect();
    let mut once: Vec<&winit::monitor::MonitorHandle> = Vec::new();
    for m in &raw {
        if !once.contains(&m) {
            once.push(m);
        }
    }
    once.iter()
        .map(|m| raw.iter().rposition(|r| r == *m).unwrap_or(0))
        .collect()
}

/// The monitors the event loop knows (before any window exists), each once.
pub fn from_event_loop(el: &winit::event_loop::ActiveEventLoop) -> Vec<Monitor> {
    from_handles(el.available_monitors(), el.primary_monitor())
}

fn from_handles(
    handles: impl Iterator<Item = winit::monitor::MonitorHandle>,
    primary: Option<winit::monitor::MonitorHandle>,
) -> Vec<Monitor> {
    let mut once: Vec<winit::monitor::MonitorHandle> = Vec::new();
    for m in handles {
        if !once.contains(&m) {
            once.push(m);
        }
    }
    once.into_iter()
        .map(|m| {
            let pos = m.position();
            let size = m.size();
            Monitor {
                name: m.name(),
                position: (pos.x, pos.y),
                size: (size.width, size.height),
                scale: m.scale_factor(),
                primary: primary.as_ref() == Some(&m),
            }
        })
        .collect()
}

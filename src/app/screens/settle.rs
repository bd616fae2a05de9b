//! Keeping the windows painted while the window system is still placing them, or says they
//! cannot be seen when they can; and the report of the first frame (`--quit-after-first-frame`).
//!
//! Under Xvfb with openbox the projector sometimes stayed black until the first input event
//! (about one CI run in two, never on a quiet machine). eframe paints no window that winit
//! reported covered (`WindowEvent::Occluded(true)`, from an X `VisibilityNotify`), and runs only
//! [`eframe::App::logic`] for it until another event says otherwise; a window manager that
//! reparents and full-screens a window can leave the last such event saying "covered". For a
//! presenter, a frame painted in vain costs little and a black projector costs the talk, so a
//! window that is not minimized is painted even when it is reported covered.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use egui::{ViewportCommand, ViewportId};

/// How long after start frames are drawn without being asked.
const SETTLE: Duration = Duration::from_secs(10);

/// How long after the window moved or changed size frames are drawn without being asked.
const SETTLE_MOVED: Duration = Duration::from_secs(3);

/// Interval of the frames drawn while settling.
const SETTLE_FRAME: Duration = Duration::from_millis(200);

/// Called from [`eframe::App::logic`], which runs before every frame and also while a window is
/// reported hidden (when `ui` is not called).
///
/// - Every window that is reported covered but not minimized is asked to be painted anyway.
/// - For the first seconds after start, a frame every 200 ms whatever happens: a window manager
///   may map the window, make it full screen or move it to its monitor after the first frame was
///   drawn, and not every system sends the event that asks for a new one. The frames go on for
///   [`SETTLE`], and for [`SETTLE_MOVED`] more after each change of the root window's place or
///   size.
pub fn keep_windows_painted(ctx: &egui::Context) {
    // `logic` runs inside each full pass and alone in a pass that only runs the logic; only the
    // latter did not advance the pass count since the last call. Asking for a paint from a full
    // pass would make it ask again from the next one, for ever (a viewport command asks for a
    // pass): the paint is asked for only when a pass ran the logic alone.
    static LAST_PASS: Mutex<Option<u64>> = Mutex::new(None);
    let pass = ctx.cumulative_pass_nr();
    let logic_only = LAST_PASS.lock().is_ok_and(|mut last| last.replace(pass) == Some(pass));
    if logic_only {
        let covered: Vec<ViewportId> = ctx.input(|i| {
            i.raw
                .viewports
                .iter()
                .filter(|(_, info)| info.occluded == Some(true) && info.minimized != Some(true))
                .map(|(id, _)| *id)
                .collect()
        });
        for id in covered {
            log::debug!("viewport {id:?} reported covered: painted anyway"); // not user text: a developer log
            ctx.send_viewport_cmd_to(id, ViewportCommand::RequestPaintWhileHidden);
            ctx.request_repaint_of(id);
        }
    }
    settle_after_start(ctx);
}

/// The frames after start and after a move (see [`keep_windows_painted`]).
fn settle_after_start(ctx: &egui::Context) {
    /// Until when to keep drawing, and the window's place and size seen last.
    static SETTLING: Mutex<Option<(Instant, Option<egui::Rect>)>> = Mutex::new(None);
    let now = Instant::now();
    let place = ctx.input(|i| i.viewport().outer_rect.or(i.viewport().inner_rect));
    let Ok(mut settling) = SETTLING.lock() else { return };
    let (until, seen) = settling.get_or_insert((now + SETTLE, place));
    if place != *seen {
        *seen = place;
        *until = (*until).max(now + SETTLE_MOVED);
    }
    if now < *until {
        ctx.request_repaint_after(SETTLE_FRAME);
        // `RUST_LOG=estrade=debug`: what the window looked like at each of these frames.
        log::debug!(
            "settling frame {}: {:?}", // not user text: a developer log
            ctx.cumulative_pass_nr(),
            ctx.input(|i| {
                let v = i.viewport();
                (v.inner_rect, v.focused, v.minimized, v.fullscreen, v.occluded)
            })
        );
    }
}

/// `--quit-after-first-frame`'s report: the time since `start` and the resident memory.
pub fn first_frame_line(start: std::time::Instant) -> String {
    let ms = format!("{:.0}", start.elapsed().as_secs_f64() * 1000.0);
    let field = "VmRSS:"; // not user text: a /proc field
    let rss = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field).map(|v| v.trim().to_string()))
        })
        .unwrap_or_else(|| crate::t!("app-memory-unknown"));
    crate::t!("app-first-frame", ms = ms, memory = rss)
}

//! The app shell. Input, the kiosk timer, the file watcher and the screens become
//! [`action::Action`]s; `apply.rs` is the one place that applies them to the
//! [`state::AppState`] (which knows nothing of egui) and queues window commands; the
//! [`views`] read the state and return more actions; the [`runtime::Runtime`] holds the handles
//! (fonts, frame and image caches, watcher, platform services).

pub mod action;
mod apply;
mod apply_ink;
mod atlas;
pub mod awake;
mod cursor;
pub mod deck_lock;
pub mod drawing;
pub mod frames;
pub mod host;
pub mod images;
mod ink_save;
mod ink_store;
pub mod input;
pub mod key_help;
pub mod keys;
pub mod kiosk;
mod monitors;
pub mod notes_size;
pub mod pace;
mod picture_bytes;
pub mod placement;
mod platform;
pub mod rehearsal;
pub mod reload;
pub mod resume;
pub mod runtime;
pub mod search;
pub mod session;
mod settle;
pub mod shell;
pub mod state;
pub mod talk_clock;
pub mod views;
pub mod wall_clock;
mod warmup;

use std::path::PathBuf;
use std::sync::Arc;

pub use shell::Presenter;
pub use state::Mode;

use crate::deck::Loaded;
use crate::layout::Fonts;

/// How to start the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub mode: Mode,
}

/// Opens the audience window on `loaded` and runs until the user quits. The views are placed
/// on the screens once the first frame has read them (see `placement.rs`).
pub fn run(loaded: Loaded, path: Option<PathBuf>, fonts: Arc<Fonts>, opts: RunOptions) -> eframe::Result {
    let title = loaded.deck.as_ref().map_or_else(
        || "estrade".to_string(),
        |d| crate::t!("app-window-title", title = &d.meta.title),
    );
    let mode = opts.mode;
    let kiosk = mode.kiosk.is_some();
    let fullscreen = kiosk || !mode.windowed;
    let viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("estrade")
        .with_inner_size([1280.0, 720.0])
        .with_min_inner_size([320.0, 180.0])
        .with_fullscreen(fullscreen)
        .with_drag_and_drop(!kiosk)
        .with_decorations(!kiosk);
    let viewport = match mode.audience_monitor {
        Some(m) => viewport.with_monitor(m),
        None => viewport,
    };
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "estrade",
        options,
        Box::new(move |cc| {
            let mut presenter = Presenter::with_mode(loaded, path, fonts, fullscreen, mode);
            // The fonts are registered before the first pass, which can then draw the slide.
            presenter.install_fonts(&cc.egui_ctx);
            Ok(Box::new(presenter))
        }),
    )
}

/// Opens an invisible window just long enough to read the monitors, then returns them
/// (`estrade screens`).
pub fn list_monitors() -> eframe::Result<Vec<placement::Monitor>> {
    struct Probe(Arc<std::sync::Mutex<Option<Vec<placement::Monitor>>>>);
    impl eframe::App for Probe {
        fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
            if let (Some(w), Ok(mut out)) = (frame.winit_window(), self.0.lock()) {
                *out = Some(monitors::read_monitors(w));
            }
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
    let found = Arc::new(std::sync::Mutex::new(None));
    let probe = Probe(found.clone());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(crate::t!("app-screens-window-title"))
            .with_inner_size([64.0, 64.0])
            .with_visible(false),
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native("estrade-screens", options, Box::new(move |_| Ok(Box::new(probe))))?;
    Ok(found.lock().map(|m| m.clone().unwrap_or_default()).unwrap_or_default())
}

/// What `estrade screens` prints: each monitor and what estrade would show on it, with the
/// swaps remembered in the state folder and `--audience-monitor`, in the interface's language.
pub fn screens_report(audience_monitor: Option<usize>) -> eframe::Result<Vec<String>> {
    let monitors = list_monitors()?;
    let remembered = resume::state_dir()
        .map(|d| resume::load_remembered(&d))
        .unwrap_or_default();
    let layout = placement::place(&monitors, audience_monitor, &remembered);
    Ok(placement::describe(&monitors, layout))
}

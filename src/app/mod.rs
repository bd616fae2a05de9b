//! The app shell: input → [`action::Action`] → [`session::Session`] → frames → windows.

pub mod action;
pub mod audience;
mod console;
mod frames;
pub mod images;
pub mod keymap;
pub mod kiosk;
mod overlays;
pub mod pace;
pub mod rehearsal;
pub mod reload;
pub mod search;
pub mod session;
pub mod talk_clock;
mod warmup;

use std::path::PathBuf;
use std::sync::Arc;

use crate::deck::Loaded;
use crate::layout::Fonts;

/// How to start the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub windowed: bool,
    pub mode: audience::Mode,
    /// Monitor for the audience window (full screen there).
    pub monitor: Option<usize>,
}

/// Opens the audience window on `loaded` and runs until the user quits.
pub fn run(loaded: Loaded, path: Option<PathBuf>, fonts: Arc<Fonts>, opts: RunOptions) -> eframe::Result {
    let title = loaded
        .deck
        .as_ref()
        .map_or_else(|| "estrade".to_string(), |d| format!("{} — estrade", d.meta.title));
    // With the console and no monitor chosen, both windows stay ordinary windows (one screen:
    // a rehearsal, a video call); F puts the audience window full screen where it is.
    let kiosk = opts.mode.kiosk.is_some();
    let fullscreen = kiosk || opts.monitor.is_some() || (!opts.windowed && !opts.mode.console);
    let viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([1280.0, 720.0])
        .with_min_inner_size([320.0, 180.0])
        .with_fullscreen(fullscreen)
        .with_drag_and_drop(!kiosk)
        .with_decorations(!kiosk);
    let viewport = match opts.monitor {
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
        Box::new(move |_cc| {
            Ok(Box::new(audience::Presenter::with_mode(
                loaded, path, fonts, fullscreen, opts.mode,
            )))
        }),
    )
}

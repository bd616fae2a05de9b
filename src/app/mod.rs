//! The app shell. Input, the kiosk timer, the file watcher and the screens become
//! [`action::Action`]s; `apply/` is the one place that applies them to the
//! [`state::AppState`] (which knows nothing of egui) and queues window commands; the
//! [`views`] read the state and return more actions; the [`runtime::Runtime`] holds the handles
//! (fonts, frame and image caches, watcher, platform services).

pub mod action;
mod apply;
mod command;
mod executor;
pub mod frame_cache;
pub mod images;
pub mod ink;
pub mod input;
pub mod key_help;
pub mod keys;
pub mod picker;
mod picture_bytes;
mod platform;
pub mod reload;
pub mod runtime;
pub mod screens;
pub mod shell;
pub mod state;
pub mod talk;
pub mod view_caches;
pub mod views;

pub use screens::launch::{RunError, list_monitors, run, screens_report};
pub use shell::Presenter;
pub use state::Mode;

/// How to start the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub mode: Mode,
    /// The slides validated when the deck was loaded, so that the first reload after an edit
    /// validates only what changed.
    pub slide_memo: crate::deck::validate::SlideMemo,
}

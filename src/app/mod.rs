//! The app shell. Input, the kiosk timer, the file watcher and the screens become
//! [`action::Action`]s; `apply.rs` is the one place that applies them to the
//! [`state::AppState`] (which knows nothing of egui) and queues window commands; the
//! [`views`] read the state and return more actions; the [`runtime::Runtime`] holds the handles
//! (fonts, frame and image caches, watcher, platform services).

pub mod action;
mod apply;
mod apply_import;
mod apply_ink;
mod atlas;
pub mod awake;
#[cfg(target_os = "linux")]
mod awake_dbus;
mod awake_error;
#[cfg(target_os = "linux")]
mod awake_wayland;
mod command;
mod cursor;
pub mod deck_lock;
pub mod drawing;
mod executor;
pub mod frames;
pub mod host;
pub mod images;
pub mod ink_action;
mod ink_save;
mod ink_store;
pub mod input;
pub mod key_help;
pub mod keys;
pub mod kiosk;
pub mod launch;
mod monitors;
pub mod notes_size;
pub mod pace;
pub mod picker;
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

pub use launch::{RunError, list_monitors, run, screens_report};
pub use shell::Presenter;
pub use state::Mode;

/// How to start the window.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub mode: Mode,
}

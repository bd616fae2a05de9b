//! The views: each reads the [`super::state::AppState`] (and uses the runtime's caches to
//! paint) and returns [`super::action::Action`]s; none changes the state while drawing.

pub mod audience;
pub mod console;
mod help;
mod notices;
pub mod overlays;
pub mod overview;
mod palette;
pub mod pen;
mod slides_panel;

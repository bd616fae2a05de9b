//! The views: each reads the [`crate::app::state::AppState`] (and uses the runtime's caches to
//! paint) and returns [`crate::app::action::Action`]s; none changes the state while drawing.

pub mod audience;
pub mod console;
mod help;
mod notices;
pub mod overlays;
pub mod overview;
mod palette;
mod search;
pub mod share_panel;
mod slides_panel;

/// Keeps egui's keyboard focus off every widget of a view, at the start of each pass: a clicker
/// sends `Tab`, `Enter` and `Space`, and a focused button would take `Enter` or `Space` as a
/// click (toggling a drawing tool) on top of what the key table says. Buttons stay clickable
/// with the mouse; the key table is the only source of key behaviour.
pub fn keep_keys_for_the_talk(ctx: &egui::Context) {
    ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
}

/// A button for the mouse only: never given keyboard focus (see [`keep_keys_for_the_talk`]).
pub(crate) fn mouse_button<'a>(button: egui::Button<'a>) -> egui::Button<'a> {
    button.sense(egui::Sense::CLICK)
}

//! The speaker's messages in the console: what was said last (an export, a rehearsal saved),
//! the quit confirmation, the number being typed, a failed reload's problems, files gone during
//! the talk, a resume. None of it ever reaches the audience view while a console is open.

use egui::{Color32, FontId, RichText};

use crate::app::action::Action;
use crate::app::state::AppState;
use crate::app::view_caches::ViewCaches;
use crate::t;

const ORANGE: Color32 = Color32::from_rgb(235, 150, 30);

/// Draws the messages; returns the dismissal of the lasting notes.
pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut ViewCaches) -> Vec<Action> {
    let mut actions = Vec::new();
    let now = state.now();
    if let (Some(s), Some(deck)) = (state.session.as_ref().filter(|s| !s.number.is_empty()), &state.deck) {
        crate::app::views::search::number_preview(ui, view, deck, &s.number);
    }
    if let Some(t) = state.toast.as_ref().filter(|t| t.visible(now)) {
        ui.label(RichText::new(&t.text).size(16.0).color(ORANGE));
    }
    if state.load_failed {
        ui.label(RichText::new(t!("ui-reload-failed")).color(ORANGE));
        egui::ScrollArea::vertical()
            .id_salt("console-diagnostics")
            .max_height(120.0)
            .show(ui, |ui| {
                for d in &state.diagnostics {
                    ui.label(RichText::new(d.to_string().trim_end()).font(FontId::monospace(13.0)));
                }
            });
    }
    if !state.notices.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.vertical(|ui| {
                for n in &state.notices {
                    ui.label(RichText::new(n).size(15.0));
                }
            });
            if ui
                .add(crate::app::views::mouse_button(egui::Button::new(t!("ui-dismiss"))))
                .clicked()
            {
                actions.push(Action::DismissNotices);
            }
        });
    }
    actions
}

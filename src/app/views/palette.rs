//! The console's drawing palette: the tools, the four colours and hiding the ink, as buttons
//! for the speaker's mouse (the keys do the same).

use egui::{Color32, RichText, Sense};

use crate::app::action::Action;
use crate::app::ink::drawing::{Hand, InkAction, PALETTE};
use crate::app::state::AppState;
use crate::render::screen::color;
use crate::t;

/// Draws the palette; returns what was clicked.
pub fn show(ui: &mut egui::Ui, state: &AppState) -> Vec<Action> {
    let d = &state.drawing;
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        for (hand, label, key) in [
            (Hand::Pen, t!("ui-ink-pen"), "D"),
            (Hand::Highlighter, t!("ui-ink-highlighter"), "H"),
            (Hand::Eraser, t!("ui-ink-eraser"), "E"),
        ] {
            let text = format!("{label} ({key})");
            if ui
                .add(crate::app::views::mouse_button(egui::Button::selectable(
                    d.hand == Some(hand),
                    text,
                )))
                .clicked()
            {
                actions.push(Action::Ink(InkAction::Take(hand)));
            }
        }
        ui.separator();
        for (n, c) in PALETTE.iter().enumerate() {
            let (rect, resp) = ui.allocate_exact_size(egui::vec2(22.0, 22.0), Sense::CLICK);
            let chosen = d.colour == n;
            ui.painter().circle_filled(rect.center(), 8.0, color(*c));
            if chosen {
                ui.painter().circle_stroke(
                    rect.center(),
                    10.5,
                    egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
                );
            }
            let name = t!("ui-ink-colour", n = n + 1);
            resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::RadioButton, true, chosen, &name));
            if resp.clicked() {
                actions.push(Action::Ink(InkAction::Colour(n)));
            }
        }
        ui.separator();
        if !d.shown {
            ui.label(RichText::new(t!("ui-ink-hidden")).color(Color32::from_rgb(220, 140, 40)));
        }
    });
    actions
}

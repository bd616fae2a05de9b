//! What is drawn over the slide when no console is open: the typed slide number, a short
//! message at the bottom edge that goes away by itself, a failed reload's problems in a band at
//! the bottom, the help; and the screen shown when no deck could be loaded.

use egui::{Color32, FontId, RichText};

use super::help;
use crate::app::state::AppState;
use crate::t;

/// Overlays of the audience view (only called when no console is open).
pub fn audience_overlays(ui: &mut egui::Ui, state: &AppState, rect: egui::Rect) {
    let now = state.now();
    if state.load_failed {
        load_error_band(ui, state, rect);
    }
    if let Some(t) = state.toast.as_ref().filter(|t| t.visible(now)) {
        let p = ui.painter();
        let galley = p.layout(
            t.text.clone(),
            FontId::proportional(16.0),
            Color32::WHITE,
            rect.width() * 0.5,
        );
        let r = egui::Rect::from_min_size(
            rect.left_bottom() + egui::vec2(16.0, -galley.size().y - 28.0),
            galley.size() + egui::vec2(20.0, 12.0),
        );
        p.rect_filled(r, 6.0, Color32::from_black_alpha(190));
        p.galley(r.min + egui::vec2(10.0, 6.0), galley, Color32::WHITE);
        if !t.busy {
            // Wake up to take it away.
            let left = crate::app::state::Toast::SECONDS - (now - t.since);
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.05)));
        }
    }
    let Some(session) = &state.session else { return };
    if !session.number.is_empty() {
        let p = ui.painter();
        let r = egui::Rect::from_min_size(rect.right_bottom() - egui::vec2(180.0, 76.0), egui::vec2(160.0, 56.0));
        p.rect_filled(r, 8.0, Color32::from_black_alpha(190));
        let text = format!("→ {}", session.number);
        p.text(
            r.center(),
            egui::Align2::CENTER_CENTER,
            &text,
            FontId::proportional(30.0),
            Color32::WHITE,
        );
        ui.interact(r, ui.scope_id().with("typed-number"), egui::Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
    if session.help {
        help::window(ui.ctx());
    }
}

/// A band over the bottom of the slide: the edited deck failed, the previous one stays.
fn load_error_band(ui: &mut egui::Ui, state: &AppState, rect: egui::Rect) {
    let band = egui::Rect::from_min_max(
        egui::pos2(rect.left(), rect.bottom() - (rect.height() * 0.3).min(260.0)),
        rect.right_bottom(),
    );
    ui.painter().rect_filled(band, 0.0, Color32::from_black_alpha(225));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(band.shrink(16.0)));
    child.label(
        RichText::new(t!("ui-open-failed-band"))
            .color(Color32::from_rgb(255, 200, 120))
            .size(17.0),
    );
    egui::ScrollArea::vertical().show(&mut child, |ui| {
        for d in &state.diagnostics {
            ui.label(
                RichText::new(d.to_string().trim_end())
                    .font(FontId::monospace(14.0))
                    .color(Color32::WHITE),
            );
        }
    });
}

/// The whole window when no deck could be loaded.
pub fn diagnostics_screen(ui: &mut egui::Ui, state: &AppState) {
    egui::Frame::central_panel(ui.style()).show(ui, |ui| {
        ui.heading(t!("ui-cannot-show"));
        ui.label(t!("ui-cannot-show-fix"));
        ui.separator();
        egui::ScrollArea::vertical().show(ui, |ui| {
            for d in &state.diagnostics {
                ui.label(RichText::new(d.to_string()).font(FontId::monospace(15.0)));
            }
        });
    });
    if state.session.as_ref().is_some_and(|s| s.help) {
        help::window(ui.ctx());
    }
}

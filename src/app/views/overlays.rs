//! What is drawn over the slide when no console is open: the typed slide number or a short
//! message as one small line in a corner that goes away by itself, the "go to" prompt, the help;
//! and the screen shown when no deck could be loaded.

/// Size of the corner line's text, in points.
const CORNER_TEXT: f32 = 13.0;

use egui::{Color32, FontId, RichText};

use crate::app::state::{AppState, Toast};
use crate::app::talk::session::Screen;
use crate::app::view_caches::ViewCaches;
use crate::app::views::help;
use crate::t;

/// Overlays of the slides view when no speaker view is open (one screen, the slides alone: a
/// video call may be sharing it). The speaker's messages are one small line in the top right
/// corner, for [`Toast::ON_SLIDES_SECONDS`] at most and never over a black or white screen;
/// the "go to" prompt and the help, which the speaker asked for, are drawn over the slide.
pub fn audience_overlays(ui: &mut egui::Ui, state: &AppState, view: &mut ViewCaches, rect: egui::Rect) {
    let now = state.now();
    let Some(session) = &state.session else { return };
    let message = if !session.number.is_empty() {
        Some(format!("→ {}", session.number))
    } else {
        state
            .toast
            .as_ref()
            .filter(|t| session.screen == Screen::Slide && now - t.since < Toast::ON_SLIDES_SECONDS)
            .map(|t| {
                // Wake up to take it away.
                let left = Toast::ON_SLIDES_SECONDS - (now - t.since);
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_secs_f64(left.max(0.05)));
                t.text.clone()
            })
    };
    if let Some(text) = message {
        corner_line(ui, rect, &text);
    }
    if let (Some(q), Some(deck)) = (&session.search, &state.deck) {
        crate::app::views::search::window(ui.ctx(), view, deck, q);
    }
    if session.help {
        help::window(ui.ctx());
    }
}

/// One short line of small text in the top right corner, on a dark pill.
fn corner_line(ui: &mut egui::Ui, rect: egui::Rect, text: &str) {
    let p = ui.painter();
    let mut job =
        egui::text::LayoutJob::simple_singleline(text.to_string(), FontId::proportional(CORNER_TEXT), Color32::WHITE);
    job.wrap = egui::text::TextWrapping::truncate_at_width(rect.width() * 0.45);
    let galley = p.layout_job(job);
    let size = galley.size() + egui::vec2(14.0, 6.0);
    let r = egui::Rect::from_min_size(rect.right_top() + egui::vec2(-size.x - 6.0, 6.0), size);
    p.rect_filled(r, 4.0, Color32::from_black_alpha(150));
    p.galley(r.min + egui::vec2(7.0, 3.0), galley, Color32::WHITE);
    ui.interact(r, ui.scope_id().with("speaker-line"), egui::Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
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

//! The overview grid of the console: every visible slide as a thumbnail with its number and
//! name; arrows and Enter, or a click, pick one.

use egui::{Color32, FontId, Sense};

use crate::app::action::Action;
use crate::app::frame_cache::{paint, request_images};
use crate::app::state::AppState;
use crate::app::talk::session::Session;
use crate::app::view_caches::ViewCaches;
use crate::layout::SlideRef;
use crate::model::{Body, Deck, RichText as Rich, Slide};

/// Draws the grid; returns the slide picked with the mouse.
pub fn grid(
    ui: &mut egui::Ui,
    _state: &AppState,
    view: &mut ViewCaches,
    deck: &Deck,
    session: &Session,
) -> Vec<Action> {
    let cols = 4usize;
    let (w, h) = deck.meta.aspect.canvas();
    let cell_w = (ui.available_width() - 16.0 * (cols as f32 - 1.0)) / cols as f32;
    let cell_h = cell_w * h / w;
    let label_h = 20.0;
    let mut picked = None;
    let ppp = ui.ctx().pixels_per_point();
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("overview").spacing([16.0, 16.0]).show(ui, |ui| {
            for (k, (i, s)) in deck.visible().enumerate() {
                let (rect, resp) = ui.allocate_exact_size(egui::vec2(cell_w, cell_h + label_h), Sense::click());
                let slide_rect = egui::Rect::from_min_size(rect.min, egui::vec2(cell_w, cell_h));
                let at = SlideRef {
                    slide: i,
                    step: s.steps.saturating_sub(1),
                };
                let frame = view.frames.get(deck, &view.fonts, at);
                if let Some(cache) = &mut view.images {
                    request_images(cache, &frame, cell_w * ppp);
                }
                paint(ui.painter(), &frame, slide_rect, view.images.as_ref());
                let selected = session.overview == Some(i);
                if selected || session.slide == i {
                    let (width, color) = if selected {
                        (4.0, Color32::from_rgb(235, 150, 30))
                    } else {
                        (2.0, Color32::from_gray(140))
                    };
                    ui.painter().rect_stroke(
                        slide_rect,
                        2.0,
                        egui::Stroke::new(width, color),
                        egui::StrokeKind::Outside,
                    );
                }
                let label = format!("{} · {}", k + 1, slide_name(s));
                // The label is cut with an ellipsis to the cell, never by the next cell.
                let mut job = egui::text::LayoutJob::simple_singleline(
                    label.clone(),
                    FontId::proportional(13.0),
                    ui.visuals().text_color(),
                );
                job.wrap = egui::text::TextWrapping::truncate_at_width(cell_w);
                let galley = ui.painter().layout_job(job);
                ui.painter().galley(
                    egui::pos2(rect.left(), slide_rect.bottom() + 3.0),
                    galley,
                    ui.visuals().text_color(),
                );
                resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                let resp = resp.on_hover_text(&label);
                if selected {
                    resp.scroll_to_me(None);
                }
                if resp.clicked() {
                    picked = Some(i);
                }
                if (k + 1) % cols == 0 {
                    ui.end_row();
                }
            }
        });
    });
    picked.map(Action::OverviewPick).into_iter().collect()
}

/// A slide's name for lists: its title, or its kind's main text, or its first words; the id
/// only when the slide has no text at all.
pub fn slide_name(s: &Slide) -> String {
    let own = match &s.body {
        Body::Title { title, .. } | Body::Closing { title, .. } => Some(title.to_plain()),
        Body::Quote { text, .. } => Some(text.to_plain()),
        _ => None,
    };
    s.title
        .as_ref()
        .map(Rich::to_plain)
        .or(own)
        .or_else(|| s.kicker.as_ref().map(Rich::to_plain))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| s.texts().into_iter().find(|t| !t.trim().is_empty()))
        .unwrap_or_else(|| s.id.clone())
}

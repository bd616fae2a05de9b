//! The "go to" prompt (`G`): what was typed and the matching slides, best first, each with its
//! number, title and a thumbnail; the arrows choose, `Enter` goes. And the preview of a slide
//! number being typed (before `Enter`).

use egui::{Color32, RichText};

use crate::app::frame_cache::{paint, request_images};
use crate::app::talk::search::{Search, candidates};
use crate::app::view_caches::ViewCaches;
use crate::app::views::overview::slide_name;
use crate::layout::SlideRef;
use crate::model::Deck;
use crate::t;

/// Height of a candidate's thumbnail, in points.
const THUMB_H: f32 = 54.0;
const ORANGE: Color32 = Color32::from_rgb(235, 150, 30);

/// The prompt as a window at the top of the view whose context this is.
pub fn window(ctx: &egui::Context, view: &mut ViewCaches, deck: &Deck, search: &Search) {
    egui::Window::new(t!("ui-search-title"))
        .id(egui::Id::unique("estrade-go-to-slide"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 60.0])
        .show(ctx, |ui| {
            ui.label(RichText::new(format!("{}|", search.query)).size(26.0));
            let found = candidates(deck, &search.query);
            if found.is_empty() {
                let hint = if search.query.trim().is_empty() {
                    t!("ui-search-prompt")
                } else {
                    t!("ui-search-none")
                };
                ui.label(RichText::new(hint).weak());
                return;
            }
            let pick = search.pick.min(found.len() - 1);
            for (k, &i) in found.iter().enumerate() {
                candidate_row(ui, view, deck, i, k == pick);
            }
            ui.label(RichText::new(t!("ui-search-keys")).weak().size(13.0));
        });
}

/// One candidate: thumbnail, number and title; the chosen one framed in orange.
fn candidate_row(ui: &mut egui::Ui, view: &mut ViewCaches, deck: &Deck, slide: usize, chosen: bool) {
    let Some(s) = deck.slides.get(slide) else { return };
    let number = deck.visible().position(|(j, _)| j == slide).map_or(0, |p| p + 1);
    ui.horizontal(|ui| {
        thumbnail(ui, view, deck, slide, THUMB_H, chosen);
        let text = t!("ui-search-candidate", n = number, title = slide_name(s));
        let mut label = RichText::new(text).size(17.0);
        if chosen {
            label = label.strong().color(ORANGE);
        }
        ui.label(label);
    });
}

/// A slide's first step, `height` points high, framed when `chosen`.
fn thumbnail(ui: &mut egui::Ui, view: &mut ViewCaches, deck: &Deck, slide: usize, height: f32, chosen: bool) {
    let (w, h) = deck.meta.aspect.canvas();
    let size = egui::vec2(height * w / h, height);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let frame = view.frames.get(deck, &view.fonts, SlideRef { slide, step: 0 });
    if let Some(cache) = &mut view.images {
        request_images(cache, &frame, size.x * ui.ctx().pixels_per_point());
    }
    paint(ui.painter(), &frame, rect, view.images.as_ref());
    let (width, color) = if chosen {
        (3.0, ORANGE)
    } else {
        (1.0, Color32::from_gray(120))
    };
    ui.painter()
        .rect_stroke(rect, 2.0, egui::Stroke::new(width, color), egui::StrokeKind::Outside);
}

/// The slide a number being typed will go to, shown before `Enter`: its thumbnail and title
/// (or that there is no such slide).
pub fn number_preview(ui: &mut egui::Ui, view: &mut ViewCaches, deck: &Deck, typed: &str) {
    let n: usize = typed.parse().unwrap_or(0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(t!("ui-typed-number", number = typed)).size(22.0).strong());
        match n.checked_sub(1).and_then(|k| deck.visible().nth(k)) {
            Some((i, s)) => {
                thumbnail(ui, view, deck, i, THUMB_H, true);
                ui.label(RichText::new(slide_name(s)).size(17.0));
            }
            None => {
                ui.label(RichText::new(t!("ui-typed-number-none", total = deck.visible().count())).color(ORANGE));
            }
        }
    });
}

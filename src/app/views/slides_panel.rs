//! The console's main panel: the current slide large (hold the mouse on it for the laser), the
//! next slide, the timing of this slide and the notes.

use egui::{Color32, FontId, RichText, Sense};

use crate::app::action::Action;
use crate::app::frame_cache::{paint, request_images};
use crate::app::ink::drawing::Surface;
use crate::app::ink::pen;
use crate::app::state::AppState;
use crate::app::talk::session::{Screen, Session};
use crate::app::talk::talk_clock::format_duration;
use crate::app::view_caches::ViewCaches;
use crate::model::{Deck, RichText as Rich, Span};
use crate::render::screen::Placement;
use crate::t;

/// Draws the panel; returns the laser's moves.
pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut ViewCaches, deck: &Deck, session: &Session) -> Vec<Action> {
    let mut actions = Vec::new();
    let avail = ui.available_rect_before_wrap();
    let label_h = 24.0;
    let (w, h) = deck.meta.aspect.canvas();
    // The current slide as large as the height allows, up to two thirds of the width: on a
    // wide screen no band is left empty below it; the notes take the rest of the width.
    let left_w = (avail.width() * 0.66)
        .min((avail.height() - label_h) * w / h)
        .max(avail.width() * 0.5);
    let cur_h = (left_w * h / w).min(avail.height() - label_h);
    let cur_w = cur_h * w / h;
    let current = egui::Rect::from_min_size(avail.min + egui::vec2(0.0, label_h), egui::vec2(cur_w, cur_h));
    let right = egui::Rect::from_min_max(egui::pos2(current.right() + 20.0, avail.top()), avail.right_bottom());
    let next_at = session.peek_next(deck);
    let next_w = right.width() * 0.9;
    let next_h = (next_w * h / w).min(avail.height() * 0.4);
    let next_rect = egui::Rect::from_min_size(right.min + egui::vec2(0.0, label_h), egui::vec2(next_h * w / h, next_h));
    let cur = view.frames.get(deck, &view.fonts, session.at());
    let next = view.frames.get(deck, &view.fonts, next_at);
    let ppp = ui.ctx().pixels_per_point();
    if let Some(cache) = &mut view.images {
        request_images(cache, &cur, current.width() * ppp);
        request_images(cache, &next, next_rect.width() * ppp);
    }
    caption(ui, avail.min, &t!("ui-caption-current"));
    // While the audience sees a blank screen and a tool is in hand (or the board has ink), the
    // speaker sees the board here, to draw on it.
    let board =
        session.screen != Screen::Slide && (state.drawing.active() || !state.drawing.board_strokes().is_empty());
    let place = if board {
        let fill = if session.screen == Screen::White {
            Color32::WHITE
        } else {
            Color32::BLACK
        };
        ui.painter().rect_filled(current, 0.0, fill);
        Placement::fit(w, h, current)
    } else {
        paint(ui.painter(), &cur, current, view.images.as_ref())
    };
    let on = if board {
        Surface::Board
    } else {
        Surface::Slide(session.at())
    };
    if state.drawing.active() {
        // The pen: this view's strokes are painted with what it received this frame.
        let layer = ui.layer_id();
        let over_view = |p| ui.ctx().layer_id_at(p).is_none_or(|l| l == layer);
        actions.extend(
            pen::read_pointer(ui.ctx(), place, (w, h), on, &over_view)
                .into_iter()
                .map(Action::Ink),
        );
        if ui.rect_contains_pointer(current) {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Crosshair);
        }
    }
    let drawing = pen::preview(state, deck, session, &actions);
    pen::paint(ui.painter(), place, &pen::strokes(state, &drawing, deck, on));
    if let Some((x, y)) = session.laser {
        ui.painter()
            .circle_filled(place.pos(x, y), 7.0, Color32::from_rgb(235, 30, 30));
    }
    // Laser pointer: hold the mouse button on the current slide (without a drawing tool).
    let resp = ui.interact(current, ui.scope_id().with("laser"), Sense::click_and_drag());
    let laser = if resp.is_pointer_button_down_on() && !state.drawing.active() {
        resp.interact_pointer_pos().map(|p| place.to_canvas(p))
    } else {
        None
    };
    if laser != session.laser {
        actions.push(Action::Laser(laser));
    }
    let end = next_at == session.at();
    let next_caption = if end {
        t!("ui-caption-end")
    } else {
        t!("ui-caption-next")
    };
    caption(ui, right.min, &next_caption);
    if !end {
        let place = paint(ui.painter(), &next, next_rect, view.images.as_ref());
        pen::paint(
            ui.painter(),
            place,
            &pen::strokes(state, &drawing, deck, Surface::Slide(next_at)),
        );
    }
    let notes_top = next_rect.bottom() + 12.0;
    let notes_rect = egui::Rect::from_min_max(egui::pos2(right.left(), notes_top), right.right_bottom());
    let mut notes_ui = ui.new_child(egui::UiBuilder::new().max_rect(notes_rect));
    notes_ui.label(RichText::new(timing(state, deck, session)).weak());
    notes_ui.separator();
    notes(&mut notes_ui, view, deck, session);
    actions
}

/// The notes, scrolled by the keys as well as the wheel; when more follows below, the bottom
/// fades out and says so (and the scroll bar stays visible).
fn notes(ui: &mut egui::Ui, view: &mut ViewCaches, deck: &Deck, session: &Session) {
    let slide = &deck.slides[session.slide];
    // Scroll by what the keys asked and this view has not done yet (per slide).
    let (seen_slide, seen) = view.notes_scrolled;
    let done = if seen_slide == session.slide { seen } else { 0 };
    let delta = session.notes_scroll - done;
    view.notes_scrolled = (session.slide, session.notes_scroll);
    let step = session.notes_size * 4.0;
    // A solid bar, not egui's thin floating one that shows only under the mouse.
    ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
    let out = egui::ScrollArea::vertical()
        .id_salt(("notes", session.slide))
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
        .show(ui, |ui| {
            if delta != 0 {
                ui.scroll_with_delta(egui::vec2(0.0, -(delta as f32) * step));
            }
            if slide.notes.is_empty() {
                ui.label(RichText::new(t!("ui-no-notes")).weak().size(session.notes_size));
            }
            for p in &slide.notes {
                ui.label(notes_job(p, session.notes_size, ui.visuals().text_color()));
                ui.add_space(session.notes_size * 0.5);
            }
        });
    let hidden_below = out.content_size.y - (out.state.clamped_offset().y + out.inner_rect.height());
    if hidden_below > 2.0 {
        more_below(ui, out.inner_rect);
    }
}

/// A fade over the last lines and « … more below » on a band of the panel's colour at the
/// bottom of `rect`.
fn more_below(ui: &egui::Ui, rect: egui::Rect) {
    let bg = ui.visuals().panel_fill;
    let band_h = 24.0_f32.min(rect.height() * 0.3);
    let fade_h = 40.0_f32.min(rect.height() * 0.3);
    let band = egui::Rect::from_min_max(egui::pos2(rect.left(), rect.bottom() - band_h), rect.right_bottom());
    let p = ui.painter_at(rect);
    let steps = 10;
    for k in 0..steps {
        let t = k as f32 / steps as f32;
        let top = band.top() - fade_h * (1.0 - t);
        let strip = egui::Rect::from_min_max(
            egui::pos2(rect.left(), top),
            egui::pos2(rect.right(), top + fade_h / steps as f32 + 0.5),
        );
        p.rect_filled(strip, 0.0, bg.gamma_multiply(t));
    }
    p.rect_filled(band, 0.0, bg);
    let text = t!("ui-notes-more");
    p.text(
        band.left_center(),
        egui::Align2::LEFT_CENTER,
        &text,
        FontId::proportional(15.0),
        Color32::from_rgb(235, 150, 30),
    );
    ui.interact(band, ui.scope_id().with("notes-more"), Sense::hover())
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
}

fn caption(ui: &mut egui::Ui, at: egui::Pos2, text: &str) {
    let rect = egui::Rect::from_min_size(at, egui::vec2(240.0, 20.0));
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect)
            .layout(egui::Layout::left_to_right(egui::Align::TOP)),
        |ui| ui.label(RichText::new(text).weak()),
    );
}

/// "planned 1:30 · last rehearsal 1:12 · on screen 0:45".
fn timing(state: &AppState, deck: &Deck, session: &Session) -> String {
    let slide = &deck.slides[session.slide];
    let planned = state.planned.get(session.slide).copied().unwrap_or(0.0);
    let mut timing = vec![t!("ui-timing-planned", time = format_duration(planned))];
    if let Some(rehearsed) = state.rehearsed.as_ref().and_then(|r| r.slides.get(&slide.id)) {
        timing.push(t!("ui-timing-rehearsed", time = format_duration(*rehearsed)));
    }
    timing.push(t!(
        "ui-timing-on-screen",
        time = format_duration(session.now - session.entered)
    ));
    if session.rehearsal.is_some() {
        timing.push(t!("ui-timing-rehearsing"));
    }
    timing.join(" · ")
}

/// Notes with their bold and italic spans.
fn notes_job(text: &Rich, size: f32, color: Color32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    for Span { text, style, link } in &text.spans {
        let role = match (style.bold, style.italic) {
            (true, true) => crate::model::FontRole::BoldItalic,
            (true, false) => crate::model::FontRole::Bold,
            (false, true) => crate::model::FontRole::Italic,
            _ => crate::model::FontRole::Regular,
        };
        let mut format = egui::TextFormat::simple(FontId::new(size, crate::render::screen::family(role)), color);
        if link.is_some() {
            format.underline = egui::Stroke::new(1.0, color);
        }
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = f32::INFINITY;
    job
}

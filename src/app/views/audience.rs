//! The audience view: the slide (or black, white), the laser dot, accessibility nodes. Nothing
//! of the speaker's business is drawn here when a console is open.

use egui::{Color32, Sense};

use crate::app::frame_cache::{paint_for_audience as paint, request_images};
use crate::app::ink::drawing::Surface;
use crate::app::ink::pen;
use crate::app::screens::warmup::PREPARE_BUDGET;
use crate::app::state::AppState;
use crate::app::talk::session::Screen;
use crate::app::view_caches::ViewCaches;
use crate::layout::Frame;
use crate::render::screen::Placement;

/// Opacity of the incoming slide `ms` milliseconds into a fade that started at `start`
/// (seconds), or `None` once the fade is over or when there is none.
pub fn fade_progress(start: f64, now: f64, ms: u32) -> Option<f32> {
    let t = (now - start) * 1000.0 / f64::from(ms.max(1));
    (ms > 0 && (0.0..1.0).contains(&t)).then_some(t as f32)
}

/// Draws what the audience sees into `rect`.
pub fn show(ui: &mut egui::Ui, state: &AppState, view: &mut ViewCaches, rect: egui::Rect, now: f64) {
    let (Some(deck), Some(session)) = (&state.deck, &state.session) else {
        return;
    };
    let at = session.audience_at();
    let next = session.peek_next(deck);
    let frame = view.frames.get(deck, &view.fonts, at);
    // The frame that moves to a slide does only what shows it; the next slide is laid out,
    // its images asked for and its text prepared in the frame right after (see below).
    let cache = &mut view.audience;
    let moved = cache.last_at != Some(at);
    let next_frame = (!moved).then(|| view.frames.get(deck, &view.fonts, next));
    if let Some(images) = &mut view.images {
        let px = rect.width() * ui.ctx().pixels_per_point();
        request_images(images, &frame, px);
        if let Some(next_frame) = &next_frame {
            request_images(images, next_frame, px);
        }
    }
    match session.screen {
        Screen::Black | Screen::White => {
            let color = if session.screen == Screen::Black {
                Color32::BLACK
            } else {
                Color32::WHITE
            };
            ui.painter().rect_filled(rect, 0.0, color);
            // A board: what is drawn on the blank screen.
            let (w, h) = deck.meta.aspect.canvas();
            let place = Placement::fit(w, h, rect);
            pen::paint(
                ui.painter(),
                place,
                &pen::strokes(state, &state.drawing, deck, Surface::Board),
            );
            cache.board = Some(place);
            return;
        }
        Screen::Slide => {}
    }
    let ms = deck.theme.transition_ms;
    if let Some((old, slide)) = &cache.shown
        && ms > 0
        && *slide != at.slide
    {
        cache.fade = Some((old.clone(), now));
    }
    if cache
        .fade
        .as_ref()
        .is_some_and(|(_, start)| fade_progress(*start, now, ms).is_none())
    {
        cache.fade = None;
    }
    let images = view.images.as_ref();
    let fading = cache
        .fade
        .as_ref()
        .and_then(|(old, start)| fade_progress(*start, now, ms).map(|t| (old.clone(), t)));
    let place = match fading {
        Some((old, t)) => {
            paint(ui.painter(), &old, rect, images);
            let mut over = ui.painter().clone();
            over.multiply_opacity(t);
            ui.ctx().request_repaint();
            paint(&over, &frame, rect, images)
        }
        None => paint(ui.painter(), &frame, rect, images),
    };
    cache.board = None;
    pen::paint(
        ui.painter(),
        place,
        &pen::strokes(state, &state.drawing, deck, Surface::Slide(at)),
    );
    if let Some((x, y)) = session.laser {
        let c = place.pos(x, y);
        let r = place.scale.max(0.5);
        ui.painter()
            .circle_filled(c, 10.0 * r, Color32::from_rgba_unmultiplied(235, 30, 30, 220));
        ui.painter()
            .circle_filled(c, 22.0 * r, Color32::from_rgba_unmultiplied(235, 30, 30, 60));
    }
    cache.shown = Some((frame.clone(), at.slide));
    // Prepare the next slide's text so that moving there is a short frame. Not in the frame
    // that just moved (it would add the work to the one frame that must be quick): in the
    // one right after it.
    cache.last_at = Some(at);
    if next != at {
        match &next_frame {
            // (During a cross-fade too: its frames must stay smooth.)
            Some(next_frame) if cache.fade.is_none() => {
                // Once the next slide is ready, the rest of the deck.
                let ready = crate::render::screen::prepare_text(ui.painter(), next_frame, rect, PREPARE_BUDGET);
                if !ready || cache.warmup.step(ui, deck, &view.fonts, rect) {
                    ui.ctx().request_repaint();
                }
            }
            _ => ui.ctx().request_repaint(),
        }
    }
    expose_text(ui, &frame, place);
    cache.placement = Some((place, frame));
}

/// Gives screen readers each text block as a labelled node.
pub(crate) fn expose_text(ui: &mut egui::Ui, frame: &Frame, place: Placement) {
    for (k, block) in frame.blocks.iter().enumerate() {
        if block.text.is_empty() || block.role == crate::layout::frame::PLACEHOLDER_ROLE {
            continue;
        }
        let r = ui.interact(
            place.rect(&block.rect),
            ui.scope_id().with(("block", k)),
            Sense::hover(),
        );
        let text = block.text.clone();
        r.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
}

#[cfg(test)]
mod tests {
    use super::fade_progress;

    #[test]
    fn fades_run_for_the_theme_duration_only() {
        assert_eq!(fade_progress(10.0, 10.1, 0), None, "no transition by default");
        assert_eq!(fade_progress(10.0, 10.1, 200), Some(0.5));
        assert_eq!(fade_progress(10.0, 10.3, 200), None, "over after 200 ms");
    }
}

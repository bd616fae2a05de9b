//! Preparing text before it is shown, so that the frame that moves to a slide stays short.
//!
//! egui keeps laid-out text only for what the last frame used, and rasterises a glyph the first
//! time it appears at a size. The audience view prepares the next slide's text in the frames
//! after a move, and [`GlyphWarmup`] rasterises the glyphs of the whole deck once after it
//! opens, so egui's glyph atlas grows at the start (growing copies it: tens of milliseconds at
//! 4K) instead of in the middle of the talk. Both spend at most [`PREPARE_BUDGET`] per frame.

use std::sync::Arc;
use std::time::Duration;

use crate::layout::{Fonts, Frame, layout_revealed};
use crate::model::Deck;
use crate::render::screen::prepare_text;

/// Time a frame may spend preparing text (the rest waits for the next frame).
pub const PREPARE_BUDGET: Duration = Duration::from_micros(1500);
/// Slides whose glyphs are rasterised in advance after a deck opens.
const WARM_SLIDES: usize = 200;
/// Seconds the audience view must keep its size before the deck is warmed: a window often
/// starts small and goes full screen a moment later.
const WARM_DELAY: f64 = 0.5;

/// Background rasterisation of a deck's glyphs, one slide at a time.
#[derive(Default)]
pub struct GlyphWarmup {
    /// Slides done.
    done: usize,
    /// The slide being prepared, laid out once however many frames it takes.
    current: Option<Arc<Frame>>,
    /// Pixel size of the audience view the glyphs are rasterised for.
    size: Option<egui::Vec2>,
    /// When work may start (egui input time).
    from: f64,
}

impl GlyphWarmup {
    /// Starts over (a new deck, or new fonts).
    pub fn restart(&mut self) {
        self.done = 0;
        self.current = None;
    }

    /// Does one frame's share of the work; returns whether more frames are needed.
    pub fn step(&mut self, ui: &egui::Ui, deck: &Deck, fonts: &Fonts, rect: egui::Rect) -> bool {
        // Glyphs are rasterised at the pixel size they are shown: after a resize (full screen,
        // another projector) the deck is warmed again, once the size has held.
        let size = rect.size() * ui.ctx().pixels_per_point();
        let now = ui.ctx().input(|i| i.time);
        if self.size != Some(size) {
            self.size = Some(size);
            self.restart();
            self.from = now + WARM_DELAY;
        }
        if now < self.from {
            ui.ctx().request_repaint_after(Duration::from_secs_f64(self.from - now));
            return false;
        }
        let last = deck.slides.len().min(WARM_SLIDES);
        if self.done >= last {
            return false;
        }
        let done = self.done;
        let frame = self
            .current
            .get_or_insert_with(|| Arc::new(layout_revealed(deck, done, fonts)));
        if prepare_text(ui.painter(), frame, rect, PREPARE_BUDGET) {
            self.done += 1;
            self.current = None;
        }
        self.done < last
    }
}

//! Laid-out frames of the deck, cached by position, and painting them with loaded textures.

use std::collections::HashMap;
use std::sync::Arc;

use super::images::{ImageCache, TextureState};
use crate::layout::{Fonts, Frame, Item, SlideRef, layout_slide};
use crate::model::Deck;
use crate::render::screen::{ImageLook, Placement, paint_frame};

/// Frames laid out so far (cleared when the deck changes; bounded).
#[derive(Default)]
pub struct FrameCache {
    frames: HashMap<SlideRef, Arc<Frame>>,
}

impl FrameCache {
    /// Most frames kept (the whole CÉAP deck with its steps fits several times).
    const LIMIT: usize = 256;

    /// The frame of `at`, laid out on first use.
    pub fn get(&mut self, deck: &Deck, fonts: &Fonts, at: SlideRef) -> Arc<Frame> {
        if self.frames.len() > Self::LIMIT {
            self.frames.clear();
        }
        self.frames
            .entry(at)
            .or_insert_with(|| Arc::new(layout_slide(deck, at, fonts)))
            .clone()
    }

    /// Forgets every frame.
    pub fn clear(&mut self) {
        self.frames.clear();
    }
}

/// Paints a frame into `rect` with whatever textures are ready.
pub fn paint(painter: &egui::Painter, frame: &Frame, rect: egui::Rect, images: Option<&ImageCache>) -> Placement {
    let mut look = |asset: &str| match images.map(|c| c.get(asset)) {
        Some(TextureState::Ready(t, _)) => ImageLook::Ready(t.id()),
        Some(TextureState::Failed(e)) => ImageLook::Failed(e),
        _ => ImageLook::Pending,
    };
    paint_frame(painter, frame, rect, &mut look)
}

/// Asks for the images of `frame` at the size they get in a `width`-point-wide view.
pub fn request_images(cache: &mut ImageCache, deck: &Deck, frame: &Frame, width_px: f32) {
    let px_per_unit = width_px / frame.width.max(1.0);
    for item in &frame.items {
        if let Item::Image(img) = item {
            let side = (img.rect.w.max(img.rect.h) * px_per_unit / (img.uv.2 - img.uv.0).max(0.1)).ceil() as u32;
            cache.request(&deck.source, &img.asset, side);
        }
    }
}

/// The link under a canvas point, if any.
pub fn link_at(frame: &Frame, place: Placement, pos: egui::Pos2) -> Option<String> {
    let (x, y) = place.to_canvas(pos);
    frame.items.iter().find_map(|i| match i {
        Item::Link(l) if x >= l.rect.x && x <= l.rect.right() && y >= l.rect.y && y <= l.rect.bottom() => {
            Some(l.url.clone())
        }
        _ => None,
    })
}

//! Laid-out frames of the deck, cached by position, and painting them with loaded textures.
//! A slide whose layout panics shows a placeholder with the reason; the talk goes on.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;

use crate::app::images::{ImageCache, TextureState};
use crate::layout::{Fonts, Frame, Item, Rect, SlideRef, TextBlock, layout_slide};
use crate::model::Deck;
use crate::render::screen::{ImageLook, Placement, paint_frame};

/// How a slide is laid out ([`layout_slide`]; tests put a failing one in).
pub type LayoutFn = fn(&Deck, SlideRef, &Fonts) -> Frame;

/// Frames laid out so far (cleared when the deck changes; bounded).
pub struct FrameCache {
    frames: HashMap<SlideRef, Arc<Frame>>,
    layout: LayoutFn,
}

impl Default for FrameCache {
    fn default() -> Self {
        FrameCache::with_layout(layout_slide)
    }
}

impl FrameCache {
    /// Most frames kept (the whole CÉAP deck with its steps fits several times).
    const LIMIT: usize = 256;

    /// A cache laying slides out with `layout`.
    pub fn with_layout(layout: LayoutFn) -> FrameCache {
        FrameCache {
            frames: HashMap::new(),
            layout,
        }
    }

    /// The frame of `at`, laid out on first use. Layout is pure: if it panics on one slide,
    /// that slide becomes a placeholder saying why and the panic is logged; nothing else is
    /// affected.
    pub fn get(&mut self, deck: &Deck, fonts: &Fonts, at: SlideRef) -> Arc<Frame> {
        if self.frames.len() > Self::LIMIT {
            self.frames.clear();
        }
        let layout = self.layout;
        self.frames
            .entry(at)
            .or_insert_with(|| {
                Arc::new(
                    catch_unwind(AssertUnwindSafe(|| layout(deck, at, fonts))).unwrap_or_else(|panic| {
                        let why = panic_message(panic.as_ref());
                        let id = deck.slides.get(at.slide).map_or("?", |s| s.id.as_str());
                        eprintln!("estrade: {}", crate::t!("app-layout-failed-log", id = id, why = &why));
                        failed_frame(deck, fonts, id, &why)
                    }),
                )
            })
            .clone()
    }

    /// Forgets every frame.
    pub fn clear(&mut self) {
        self.frames.clear();
    }

    /// After a reload of the same deck: keeps the frames of the slides that did not change (same
    /// place, same content, same look and numbering), forgets the others. A frame is a pure
    /// function of those (layout reads no file), so a kept frame is the one a new layout would
    /// give. Returns how many were kept.
    pub fn keep_unchanged(&mut self, old: &Deck, new: &Deck) -> usize {
        let same_frame_for_all = old.meta == new.meta
            && old.theme == new.theme
            && old.slides.len() == new.slides.len()
            && old.slides.iter().zip(&new.slides).all(|(a, b)| a.hidden == b.hidden);
        if !same_frame_for_all {
            self.frames.clear();
            return 0;
        }
        self.frames.retain(|at, _| {
            let (a, b) = (&old.slides[at.slide], &new.slides[at.slide]);
            std::sync::Arc::ptr_eq(a, b) || same_content(a, b)
        });
        self.frames.len()
    }
}

/// Whether two slides lay out alike (what a frame is made of; not where they are in the file).
fn same_content(a: &crate::model::Slide, b: &crate::model::Slide) -> bool {
    a.id == b.id
        && a.title == b.title
        && a.kicker == b.kicker
        && a.body == b.body
        && a.steps == b.steps
        && a.lang == b.lang
        && a.section == b.section
        && a.notes == b.notes
}

/// The text of a panic's payload.
fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| crate::t!("app-unknown-panic"))
}

/// A placeholder for a slide that could not be laid out.
fn failed_frame(deck: &Deck, fonts: &Fonts, id: &str, why: &str) -> Frame {
    let (width, height) = deck.meta.aspect.canvas();
    let rect = Rect::new(width * 0.1, height * 0.3, width * 0.8, height * 0.4);
    let note = crate::t!("app-layout-failed", id = id, why = why);
    let runs = crate::layout::text::centered_note(fonts, rect, &note, deck.theme.muted);
    Frame {
        items: runs.into_iter().map(Item::Text).collect(),
        blocks: vec![TextBlock {
            rect,
            text: note,
            role: "body",
            structure: Default::default(),
            upper: false,
        }],
        ..Frame::empty(width, height, deck.theme.background)
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

/// Paints a frame for the audience: a picture still decoding or unreadable leaves its place
/// empty, and a placeholder's note (a path, an error) is never drawn.
pub fn paint_for_audience(
    painter: &egui::Painter,
    frame: &Frame,
    rect: egui::Rect,
    images: Option<&ImageCache>,
) -> Placement {
    let mut look = |asset: &str| match images.map(|c| c.get(asset)) {
        Some(TextureState::Ready(t, _)) => ImageLook::Ready(t.id()),
        _ => ImageLook::Blank,
    };
    if frame.placeholders.is_empty() {
        paint_frame(painter, frame, rect, &mut look)
    } else {
        paint_frame(painter, &frame.for_audience(), rect, &mut look)
    }
}

/// Asks for the images of `frame` at the size they get in a `width`-point-wide view, from the
/// files the cache reads (nothing is asked before a deck is shown: see [`ImageCache::read_from`]).
pub fn request_images(cache: &mut ImageCache, frame: &Frame, width_px: f32) {
    let Some(source) = cache.source().cloned() else { return };
    let px_per_unit = width_px / frame.width.max(1.0);
    for item in &frame.items {
        if let Item::Image(img) = item {
            let side = (img.rect.w.max(img.rect.h) * px_per_unit / (img.uv.2 - img.uv.0).max(0.1)).ceil() as u32;
            cache.request(&source, &img.asset, side);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reload_keeps_the_frames_of_unchanged_slides_only() {
        let deck = crate::deck::load_builtin().deck.unwrap();
        let fonts = Fonts::bundled().unwrap();
        let mut cache = FrameCache::default();
        for slide in 0..3 {
            cache.get(&deck, &fonts, SlideRef { slide, step: 0 });
        }
        let mut edited = deck.clone();
        std::sync::Arc::make_mut(&mut edited.slides[1]).title = Some(crate::model::RichText::plain("Autre titre"));
        assert_eq!(cache.keep_unchanged(&deck, &edited), 2);
        assert!(cache.frames.contains_key(&SlideRef { slide: 0, step: 0 }));
        assert!(!cache.frames.contains_key(&SlideRef { slide: 1, step: 0 }));
        // The author in the footer of every slide: nothing is kept.
        let mut other_meta = edited.clone();
        other_meta.meta.author = Some("Quelqu'un".into());
        assert_eq!(cache.keep_unchanged(&edited, &other_meta), 0);
    }
}

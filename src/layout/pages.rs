//! Printed pages built from slides: handouts (slide above its notes, on paper) and notes pages
//! (the notes of a slide on a slide-sized page). They are frames like any slide, so every
//! painter draws them without special cases.

use super::Fonts;
use super::builder::{Builder, Style};
use super::frame::{Frame, Item, Rect, TextBlock};
use super::text::Face;
use crate::model::{Color, Deck, RichText, TextCase, Theme};

/// Paper sizes for handouts, in points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in PDF points (1/72 inch).
    pub fn points(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// Layout units per PDF point: every page canvas is twice its size in points.
pub const UNITS_PER_POINT: f32 = 2.0;

/// Handouts and notes pages are printed in black on white whatever the theme.
pub(super) fn paper_theme(theme: &Theme) -> Theme {
    Theme {
        background: Color::rgb(255, 255, 255),
        text: Color::rgb(20, 20, 20),
        muted: Color::rgb(90, 90, 90),
        background_image: None,
        ..theme.clone()
    }
}

fn notes_or_placeholder(deck: &Deck, slide: usize) -> Vec<RichText> {
    let notes = &deck.slides[slide].notes;
    if notes.is_empty() {
        vec![RichText::plain("—")]
    } else {
        notes.clone()
    }
}

/// Lays out notes paragraphs in `area`, shrinking to fit down to the theme's minimum.
fn notes_block(b: &mut Builder, area: Rect, notes: &[RichText], start: f32) {
    let min = b.theme.min_size * 0.8;
    let style = |s: f32| Style::new(Face::Body, s, b.theme.text).leading(1.35).role("notes");
    let height = |b: &Builder, s: f32| {
        notes
            .iter()
            .map(|p| b.measure(p, &style(s), area.w) + s * 0.6)
            .sum::<f32>()
    };
    let (size, _) = b.fit_size(start, min, area.h, |s| height(b, s));
    let mut y = area.y;
    for p in notes {
        y += b.text(
            p,
            Rect::new(area.x, y, area.w, (area.bottom() - y).max(0.0)),
            &style(size),
        ) + size * 0.6;
    }
}

/// Copies a slide frame into `target` (scaled to its width) with a thin border.
pub(super) fn embed_slide(b: &mut Builder, slide: &Frame, target: Rect) -> Rect {
    let s = target.w / slide.width;
    let r = Rect::new(target.x, target.y, target.w, slide.height * s);
    b.shape(
        Rect::new(r.x - 1.5, r.y - 1.5, r.w + 3.0, r.h + 3.0),
        Color::rgb(150, 150, 150),
        0.0,
    );
    b.shape(r, slide.background, 0.0);
    let offset = b.frame.blocks.len();
    b.frame
        .items
        .extend(slide.items.iter().map(|i| match i.placed(s, r.x, r.y) {
            Item::Text(mut t) => {
                t.block += offset;
                Item::Text(t)
            }
            other => other,
        }));
    b.frame.blocks.extend(slide.blocks.iter().map(|k| TextBlock {
        rect: k.rect.placed(s, r.x, r.y),
        ..k.clone()
    }));
    r
}

/// A handout page: the slide (`revealed`: fully revealed, with any ink) in the upper part, its
/// notes below.
pub fn handout(deck: &Deck, slide: usize, revealed: &Frame, fonts: &Fonts, paper: Paper) -> Frame {
    let theme = paper_theme(&deck.theme);
    let (w, h) = paper.points();
    let (w, h) = (w * UNITS_PER_POINT, h * UNITS_PER_POINT);
    let mut b = Builder::new(fonts, &theme, (w, h), usize::MAX);
    let m = 100.0;
    let shown = embed_slide(&mut b, revealed, Rect::new(m, m, w - 2.0 * m, 0.0));
    let head = Style::new(Face::Strong, 24.0, theme.muted)
        .case(TextCase::Upper)
        .role("heading");
    let title = deck.slides[slide]
        .title
        .clone()
        .unwrap_or_else(|| RichText::plain(&deck.meta.title));
    let y = shown.bottom() + 50.0;
    let used = b.text(&title, Rect::new(m, y, w - 2.0 * m, 60.0), &head);
    let top = y + used + 20.0;
    notes_block(
        &mut b,
        Rect::new(m, top, w - 2.0 * m, h - m - top),
        &notes_or_placeholder(deck, slide),
        28.0,
    );
    b.frame
}

/// A notes page of the slide's own size: a small copy of the slide (`revealed`) and its notes
/// beside it.
pub fn notes_page(deck: &Deck, slide: usize, revealed: &Frame, fonts: &Fonts) -> Frame {
    let theme = paper_theme(&deck.theme);
    let (w, h) = deck.meta.aspect.canvas();
    let mut b = Builder::new(fonts, &theme, (w, h), usize::MAX);
    let m = 80.0;
    let thumb_w = w * 0.38;
    embed_slide(&mut b, revealed, Rect::new(m, m, thumb_w, 0.0));
    let x = m + thumb_w + 60.0;
    notes_block(
        &mut b,
        Rect::new(x, m, w - x - m, h - 2.0 * m),
        &notes_or_placeholder(deck, slide),
        theme.body_size * 0.8,
    );
    b.frame
}

//! Text cards one under the other. Cards side by side that cannot hold a word of theirs at a
//! readable size (a long word in capitals, such as « D’INTERNATIONALISATION », wider than a
//! third of the slide) are set as full-width rows instead, the accent on their left, rather
//! than shrunk: headings are never hyphenated.

use super::builder::{Builder, Style};
use super::frame::Rect;
use super::text::Face;
use crate::model::{Column, Theme};

/// Space between two rows.
const GAP: f32 = 28.0;
/// Padding inside a card.
const PAD: f32 = 36.0;
/// Width of a row's accent bar.
const BAR: f32 = 10.0;

/// A card's heading at text size `s`.
pub fn heading_style(t: &Theme, s: f32) -> Style {
    Style::new(Face::Strong, s * 1.02, t.accent)
        .leading(1.22)
        .case(t.title_case)
        .role("heading")
}

/// A card's paragraph at text size `s`.
pub fn paragraph_style(t: &Theme, s: f32) -> Style {
    Style {
        leading: 1.32,
        ..Style::body(t, s * 0.9)
    }
}

/// A card's note (a source, a remark) at text size `s`: never under the theme's minimum.
pub fn note_style(t: &Theme, s: f32) -> Style {
    Style::new(Face::Body, (s * 0.7).max(t.min_size), t.muted)
        .leading(1.3)
        .role("note")
}

/// Whether rows can show these cards: text only (no picture, no list).
pub fn can_stack(cols: &[Column]) -> bool {
    cols.iter().all(|c| c.image.is_none() && c.bullets.is_empty())
}

/// Height of one row at text size `s` within `inner` width.
fn row_height(b: &Builder, c: &Column, s: f32, inner: f32) -> f32 {
    let t = b.theme;
    let mut h = 2.0 * PAD;
    if let Some(hd) = &c.heading {
        h += b.measure(hd, &heading_style(t, s), inner);
    }
    h += c
        .text
        .iter()
        .map(|p| s * 0.4 + b.measure(p, &paragraph_style(t, s), inner))
        .sum::<f32>();
    h + c
        .note
        .as_ref()
        .map_or(0.0, |n| s * 0.3 + b.measure(n, &note_style(t, s), inner))
}

fn inner_width(area: Rect) -> f32 {
    area.w - 2.0 * PAD - BAR
}

/// The text size rows would use in `area`, and whether they fit at all.
pub fn fitted_size(b: &Builder, area: Rect, cols: &[Column]) -> (f32, bool) {
    let t = b.theme;
    let inner = inner_width(area);
    let gaps = GAP * (cols.len().max(1) - 1) as f32;
    b.fit_size(t.body_size, t.min_size, area.h, |s| {
        gaps + cols.iter().map(|c| row_height(b, c, s, inner)).sum::<f32>()
    })
}

/// Lays the cards out as rows at text size `size`; row `k` is revealed at step `k`.
pub fn rows(b: &mut Builder, area: Rect, cols: &[Column], size: f32) {
    let t = b.theme.clone();
    let inner = inner_width(area);
    let x = area.x + BAR + PAD;
    let mut top = area.y;
    for (k, c) in cols.iter().enumerate() {
        b.reveal = k;
        let h = row_height(b, c, size, inner);
        b.shape(Rect::new(area.x, top, area.w, h), t.surface, 12.0);
        b.shape(Rect::new(area.x, top, BAR, h), t.accent, 0.0);
        let bottom = top + h - PAD;
        let mut y = top + PAD;
        let room = |y: f32| Rect::new(x, y, inner, (bottom - y).max(0.0));
        if let Some(hd) = &c.heading {
            y += b.text(hd, room(y), &heading_style(&t, size));
        }
        for p in &c.text {
            y += size * 0.4;
            y += b.text(p, room(y), &paragraph_style(&t, size));
        }
        if let Some(n) = &c.note {
            y += size * 0.3;
            b.text(n, room(y), &note_style(&t, size));
        }
        top += h + GAP;
    }
}

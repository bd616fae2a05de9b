//! What surrounds the content: kicker, title with its accent rule, footer.

use super::builder::{Align, Builder, Style};
use super::frame::Rect;
use super::text::Face;
use crate::model::{Deck, RichText, Slide, TextCase};

/// Top of the title area.
const TOP: f32 = 64.0;
/// Height kept for the footer at the bottom.
pub const FOOTER: f32 = 84.0;

/// Draws kicker and title; returns the content area below them.
pub fn header(b: &mut Builder, slide: &Slide) -> Rect {
    let t = b.theme.clone();
    let (w, h) = (b.frame.width, b.frame.height);
    let width = w - 2.0 * t.margin;
    let mut y = TOP;
    b.reveal = 0;
    if let Some(k) = &slide.kicker {
        let style = Style::new(Face::Strong, t.small_size, t.accent)
            .leading(1.2)
            .case(TextCase::Upper)
            .role("kicker");
        y += b.text(k, Rect::new(t.margin, y, width, style.line_height()), &style) + 6.0;
    }
    if let Some(title) = &slide.title {
        let base = Style::new(Face::Display, t.title_size, t.text)
            .leading(1.08)
            .case(t.title_case)
            .role("title");
        let (size, _) = b.fit_size(
            t.title_size,
            t.min_size.max(t.title_size * 0.55),
            2.0 * t.title_size * 1.08,
            |s| b.measure(title, &base.sized(s), width),
        );
        let style = base.sized(size);
        let used = b.text(
            title,
            Rect::new(t.margin, y, width, 2.0 * style.line_height() + 1.0),
            &style,
        );
        y += used + 18.0;
        b.shape(Rect::new(t.margin, y, 96.0, 8.0), t.accent, 0.0);
        y += 8.0 + 44.0;
    } else if slide.kicker.is_some() {
        y += 24.0;
    }
    Rect::new(t.margin, y, width, (h - FOOTER - y).max(0.0))
}

/// Event name on the left, slide number on the right.
pub fn footer(b: &mut Builder, deck: &Deck, number: Option<usize>, total: usize) {
    let t = b.theme.clone();
    if !t.footer {
        return;
    }
    b.reveal = 0;
    let (w, h) = (b.frame.width, b.frame.height);
    let size = (t.small_size * 0.75).max(16.0);
    let style = Style {
        face: Face::Body,
        size,
        leading: 1.2,
        color: t.muted,
        align: Align::Left,
        case: TextCase::AsWritten,
        role: "footer",
        structure: super::frame::Structure::Artifact,
    };
    let y = h - FOOTER / 2.0 - style.line_height() / 2.0;
    let left = match (&deck.meta.event, &deck.meta.author) {
        (Some(e), Some(a)) => format!("{a} · {e}"),
        (Some(e), None) => e.clone(),
        (None, Some(a)) => a.clone(),
        (None, None) => String::new(),
    };
    if !left.is_empty() {
        b.text(
            &RichText::plain(left),
            Rect::new(t.margin, y, w * 0.6, style.line_height()),
            &style,
        );
    }
    if let Some(n) = number {
        let label = RichText::plain(format!("{n}\u{a0}/\u{a0}{total}"));
        let lw = b.fonts.width(&label.to_plain(), crate::model::FontRole::Regular, size) + 2.0;
        b.text(&label, Rect::new(w - t.margin - lw, y, lw, style.line_height()), &style);
    }
}

//! Text slides with a header: paragraphs, a quotation, references.

use super::builder::{Builder, Style};
use super::captioned::captioned_image;
use super::frame::Rect;
use super::text::Face;
use crate::model::{Image, RichText};

/// Running paragraphs, fitted to the area; paragraph `k` is revealed at step `k`.
pub fn paragraphs(b: &mut Builder, area: Rect, paras: &[RichText]) {
    let t = b.theme.clone();
    let width = area.w.min(1500.0);
    let st = |s: f32| Style {
        leading: 1.38,
        ..Style::body(&t, s)
    };
    let height = |b: &Builder, s: f32| {
        paras
            .iter()
            .map(|p| b.measure(p, &st(s), width) + s * 0.75)
            .sum::<f32>()
    };
    let (size, _) = b.fit_size(t.body_size, t.min_size, area.h, |s| height(b, s));
    if size < t.body_size * 0.999 {
        b.frame.shrunk.push(("paragraphs".into(), size, t.body_size));
    }
    let mut y = area.y;
    for (k, p) in paras.iter().enumerate() {
        b.reveal = k;
        y += b.text(p, Rect::new(area.x, y, width, (area.bottom() - y).max(0.0)), &st(size)) + size * 0.75;
    }
}

/// A quotation with its author, role and optional portrait.
pub fn quote(
    b: &mut Builder,
    area: Rect,
    text: &RichText,
    author: Option<&RichText>,
    role: Option<&RichText>,
    image: Option<&Image>,
) {
    let t = b.theme.clone();
    b.reveal = 0;
    let mut x = area.x;
    if let Some(img) = image {
        let side = area.h.min(460.0);
        captioned_image(b, img, Rect::new(area.x, area.y + (area.h - side) / 2.0, side, side));
        x += side + 90.0;
    }
    let width = (area.right() - x - 40.0).min(1300.0);
    let q = Style::new(Face::Display, t.title_size * 1.15, t.text)
        .leading(1.18)
        .case(t.title_case)
        .role("quote");
    let who = Style::new(Face::Strong, t.body_size, t.accent)
        .leading(1.3)
        .role("author");
    let sub = Style::new(Face::Body, t.small_size * 1.05, t.muted)
        .leading(1.3)
        .role("role");
    let tail = |b: &Builder| {
        author.map_or(0.0, |a| b.measure(a, &who, width) + 40.0) + role.map_or(0.0, |r| b.measure(r, &sub, width))
    };
    let (size, _) = b.fit_size(q.size, t.min_size, area.h - tail(b), |s| {
        b.measure(text, &q.sized(s), width - 50.0)
    });
    let q = q.sized(size);
    let qh = b.measure(text, &q, width - 50.0);
    let total = qh + tail(b);
    let mut y = area.y + ((area.h - total) / 2.0).max(0.0);
    b.shape(Rect::new(x, y, 12.0, qh), t.accent, 0.0);
    y += b.text(text, Rect::new(x + 50.0, y, width - 50.0, qh), &q) + 40.0;
    if let Some(a) = author {
        y += b.text(a, Rect::new(x + 50.0, y, width - 50.0, area.bottom() - y), &who);
    }
    if let Some(r) = role {
        b.text(
            r,
            Rect::new(x + 50.0, y, width - 50.0, (area.bottom() - y).max(0.0)),
            &sub,
        );
    }
}

/// Bibliography entries with a hanging indent, fitted to the area.
pub fn references(b: &mut Builder, area: Rect, entries: &[RichText]) {
    let t = b.theme.clone();
    let hang = 36.0;
    let st = |s: f32| Style {
        leading: 1.3,
        role: "reference",
        ..Style::body(&t, s)
    };
    let height = |b: &Builder, s: f32| {
        entries
            .iter()
            .map(|e| b.measure(e, &st(s), area.w - hang) + s * 0.55)
            .sum::<f32>()
    };
    let (size, _) = b.fit_size(t.body_size * 0.85, t.min_size, area.h, |s| height(b, s));
    if size < t.small_size * 0.999 {
        b.frame.shrunk.push(("references".into(), size, t.small_size));
    }
    let mut y = area.y;
    for (k, e) in entries.iter().enumerate() {
        b.reveal = k;
        let style = st(size);
        let lines = b.lines(e, &style, area.w - hang);
        // First line flush left, the following ones indented.
        let lh = style.line_height();
        let avail = (area.bottom() - y).max(0.0);
        let first = &lines[..lines.len().min(1)];
        b.emit_lines(first, Rect::new(area.x, y, area.w, avail), &style, &e.to_plain());
        if lines.len() > 1 {
            let rest_rect = Rect::new(area.x + hang, y + lh, area.w - hang, (avail - lh).max(0.0));
            b.emit_lines(&lines[1..], rest_rect, &style, "");
        }
        y += lines.len() as f32 * lh + size * 0.55;
    }
}

//! The slides without a header, set on the whole slide: the title slide, a section divider,
//! the closing slide.

use super::builder::{Align, Builder, Style};
use super::frame::Rect;
use super::text::Face;
use crate::model::{RichText, Slide, TextCase};

/// Opening slide: accent band, kicker, large title, author.
pub fn title_slide(
    b: &mut Builder,
    slide: &Slide,
    title: &RichText,
    subtitle: Option<&RichText>,
    author: Option<&RichText>,
    affiliation: Option<&RichText>,
) {
    let t = b.theme.clone();
    let (w, h) = (b.frame.width, b.frame.height);
    b.reveal = 0;
    b.shape(Rect::new(0.0, 0.0, 28.0, h), t.accent, 0.0);
    let panel_x = w * 0.74;
    b.shape(Rect::new(panel_x, 0.0, w - panel_x, h), t.surface, 0.0);
    // Ripples: an abstract picture of a city's influence spreading outwards.
    let (cx, cy) = (panel_x + (w - panel_x) / 2.0, h * 0.5);
    for (k, r) in [200.0f32, 150.0, 100.0, 50.0].iter().enumerate() {
        let fill = if k % 2 == 0 {
            t.accent.with_alpha(40 + 50 * k as u8)
        } else {
            t.surface
        };
        b.shape(Rect::new(cx - r, cy - r, 2.0 * r, 2.0 * r), fill, *r);
    }
    b.shape(Rect::new(cx - 18.0, cy - 18.0, 36.0, 36.0), t.accent, 18.0);
    let x = t.margin + 40.0;
    let width = panel_x - x - 80.0;
    let big = Style::new(Face::Display, t.title_size * 1.45, t.text)
        .leading(1.04)
        .case(t.title_case)
        .role("title");
    let kick = Style::new(Face::Strong, t.small_size * 1.05, t.accent)
        .leading(1.2)
        .case(TextCase::Upper)
        .role("kicker");
    let sub = Style::new(Face::Body, t.body_size, t.muted).role("subtitle");
    let who = Style::new(Face::Strong, t.body_size * 1.05, t.text).role("author");
    let (size, _) = b.fit_size(big.size, t.title_size * 0.7, h * 0.55, |s| {
        b.measure(title, &big.sized(s), width)
    });
    let big = big.sized(size);
    let kh = slide.kicker.as_ref().map_or(0.0, |k| b.measure(k, &kick, width) + 36.0);
    let th = b.measure(title, &big, width);
    let sh = subtitle.map_or(0.0, |s| b.measure(s, &sub, width) + 16.0);
    let ah = author.map_or(0.0, |a| b.measure(a, &who, width) + 70.0)
        + affiliation.map_or(0.0, |a| b.measure(a, &sub, width));
    let mut y = ((h - (kh + th + sh + ah)) / 2.0).max(t.margin * 0.6);
    if let Some(k) = &slide.kicker {
        y += b.text(k, Rect::new(x, y, width, kh), &kick) + 36.0;
    }
    y += b.text(title, Rect::new(x, y, width, th), &big);
    if let Some(s) = subtitle {
        y += 16.0 + b.text(s, Rect::new(x, y + 16.0, width, sh), &sub);
    }
    if let Some(a) = author {
        b.shape(Rect::new(x, y + 34.0, 96.0, 8.0), t.accent, 0.0);
        y += 70.0;
        y += b.text(a, Rect::new(x, y, width, h - y), &who);
    }
    if let Some(a) = affiliation {
        b.text(a, Rect::new(x, y, width, h - y), &sub);
    }
}

/// Section divider on the accent colour.
pub fn section(b: &mut Builder, slide: &Slide, subtitle: Option<&RichText>) {
    let t = b.theme.clone();
    let (w, h) = (b.frame.width, b.frame.height);
    b.reveal = 0;
    b.shape(Rect::new(0.0, 0.0, w, h), t.accent, 0.0);
    let x = t.margin + 40.0;
    let width = w - 2.0 * x;
    let kick = Style::new(Face::Strong, t.small_size * 1.1, t.on_accent.with_alpha(210))
        .leading(1.2)
        .case(TextCase::Upper)
        .role("kicker");
    let big = Style::new(Face::Display, t.title_size * 1.25, t.on_accent)
        .leading(1.08)
        .case(t.title_case)
        .role("title");
    let sub = Style::new(Face::Body, t.body_size, t.on_accent.with_alpha(230))
        .leading(1.3)
        .role("subtitle");
    let empty = RichText::default();
    let title = slide.title.as_ref().unwrap_or(&empty);
    let (size, _) = b.fit_size(big.size, t.title_size * 0.6, h * 0.5, |s| {
        b.measure(title, &big.sized(s), width)
    });
    let big = big.sized(size);
    let kh = slide.kicker.as_ref().map_or(0.0, |k| b.measure(k, &kick, width) + 30.0);
    let th = b.measure(title, &big, width);
    let sh = subtitle.map_or(0.0, |s| b.measure(s, &sub, width) + 40.0);
    let mut y = (h - (kh + th + sh)) / 2.0;
    if let Some(k) = &slide.kicker {
        y += b.text(k, Rect::new(x, y, width, kh), &kick) + 30.0;
    }
    y += b.text(title, Rect::new(x, y, width, th), &big);
    b.shape(Rect::new(x, y + 24.0, 96.0, 8.0), t.on_accent, 0.0);
    if let Some(s) = subtitle {
        b.text(s, Rect::new(x, y + 40.0, width, sh), &sub);
    }
}

/// Closing slide: large centred title, name and contact lines.
pub fn closing(b: &mut Builder, title: &RichText, name: Option<&RichText>, contact: &[RichText]) {
    let t = b.theme.clone();
    let (w, h) = (b.frame.width, b.frame.height);
    b.reveal = 0;
    let width = w - 2.0 * t.margin;
    let big = Style::new(Face::Display, t.title_size * 2.6, t.accent)
        .leading(1.1)
        .align(Align::Center)
        .case(t.title_case)
        .role("title");
    let who = Style::new(Face::Strong, t.body_size * 1.15, t.text)
        .leading(1.3)
        .align(Align::Center)
        .role("author");
    let line = Style::new(Face::Body, t.body_size * 0.9, t.muted)
        .leading(1.35)
        .align(Align::Center)
        .role("contact");
    let th = b.measure(title, &big, width);
    let nh = name.map_or(0.0, |n| b.measure(n, &who, width) + 60.0);
    let ch: f32 = contact.iter().map(|c| b.measure(c, &line, width)).sum();
    let mut y = (h - (th + nh + ch)) / 2.0;
    y += b.text(title, Rect::new(t.margin, y, width, th), &big);
    if let Some(n) = name {
        b.shape(Rect::new(w / 2.0 - 48.0, y + 22.0, 96.0, 8.0), t.accent, 0.0);
        y += 60.0 + b.text(n, Rect::new(t.margin, y + 60.0, width, h - y), &who);
    }
    for c in contact {
        y += b.text(c, Rect::new(t.margin, y, width, (h - y).max(0.0)), &line);
    }
}

//! Bullet lists: the bullets slide and the agenda.

use super::builder::{Align, Builder, Style};
use super::captioned::{caption_height, captioned_image};
use super::frame::{Rect, Structure};
use super::text::Face;
use crate::model::{Bullet, Image, RichText, TextCase};

/// Size factor per nesting level.
const LEVEL_SCALE: [f32; 4] = [1.0, 0.86, 0.78, 0.72];

fn level_style(b: &Builder, size: f32, depth: usize) -> Style {
    let s = size * LEVEL_SCALE[depth.min(3)];
    let color = if depth == 0 {
        b.theme.text
    } else {
        b.theme.text.with_alpha(225)
    };
    Style {
        face: Face::Body,
        size: s,
        leading: 1.28,
        color,
        align: Align::Left,
        case: TextCase::AsWritten,
        role: "bullet",
        structure: Structure::Plain,
    }
}

fn indent(size: f32, depth: usize) -> f32 {
    depth as f32 * size * 1.05 + size * 0.95
}

/// Height of a bullet list at `size` within `width`.
pub fn measure_bullets(b: &Builder, items: &[Bullet], size: f32, width: f32, depth: usize) -> f32 {
    items
        .iter()
        .map(|it| {
            let st = level_style(b, size, depth);
            let own = b.measure(&it.text, &st, width - indent(size, depth));
            own + gap_after(size, depth) + measure_bullets(b, &it.children, size, width, depth + 1)
        })
        .sum()
}

fn gap_after(size: f32, depth: usize) -> f32 {
    if depth == 0 { size * 0.42 } else { size * 0.16 }
}

/// Draws a bullet list from `rect`'s top; top-level item `k` is revealed at step `k` when
/// `reveal_each` is set. Returns the height used.
pub fn draw_bullets(b: &mut Builder, items: &[Bullet], rect: Rect, size: f32, depth: usize, reveal_each: bool) -> f32 {
    let mut y = rect.y;
    for (k, it) in items.iter().enumerate() {
        if depth == 0 && reveal_each {
            b.reveal = k;
        }
        let depth_u8 = u8::try_from(depth).unwrap_or(u8::MAX);
        let st = level_style(b, size, depth).structure(Structure::ListItem { depth: depth_u8 });
        let x = rect.x + indent(size, depth);
        let avail = (rect.bottom() - y).max(0.0);
        // Marker centred on the first line's x-height.
        let m = (st.size * if depth == 0 { 0.26 } else { 0.2 }).round();
        let my = y + st.line_height() / 2.0 - m / 2.0 + st.size * 0.04;
        let mx = x - st.size * 0.75;
        if avail >= st.line_height() {
            let (fill, radius) = match depth {
                0 => (b.theme.accent, 1.0),
                1 => (b.theme.muted, m / 2.0),
                _ => (b.theme.muted.with_alpha(170), 0.0),
            };
            b.shape(Rect::new(mx, my, m, m), fill, radius);
        }
        y += b.text(&it.text, Rect::new(x, y, rect.right() - x, avail), &st);
        if !it.children.is_empty() {
            y += gap_after(size, depth + 1);
            let child = Rect::new(rect.x, y, rect.w, (rect.bottom() - y).max(0.0));
            y += draw_bullets(b, &it.children, child, size, depth + 1, false);
        }
        y += gap_after(size, depth);
    }
    y - rect.y
}

/// A bullets slide: optional lead statement, the list, an optional image on the right, a footnote.
pub fn bullets_slide(
    b: &mut Builder,
    area: Rect,
    lead: Option<&RichText>,
    items: &[Bullet],
    image: Option<&Image>,
    footnote: Option<&RichText>,
) {
    let t = b.theme.clone();
    b.reveal = 0;
    let mut area = area;
    if let Some(note) = footnote {
        let st = Style::new(Face::Body, t.small_size * 0.85, t.muted).role("footnote");
        let h = b.measure(note, &st, area.w);
        b.text(note, Rect::new(area.x, area.bottom() - h, area.w, h), &st);
        area.h -= h + 16.0;
    }
    let text_w = if image.is_some() { area.w * 0.57 } else { area.w };
    if let Some(img) = image {
        let x = area.x + text_w + area.w * 0.05;
        let w = area.right() - x;
        // The picture's top on the text's first line, not centred in the column: as tall as
        // it is shown with its caption, when that is less than the column.
        let h = img
            .size
            .filter(|&(iw, _)| iw > 0 && img.problem.is_none())
            .map_or(area.h, |(iw, ih)| {
                (w * ih as f32 / iw as f32 + caption_height(b, img, w)).min(area.h)
            });
        captioned_image(b, img, Rect::new(x, area.y, w, h));
    }
    let lead_style = |s: f32| Style::new(Face::Emphasis, s, t.text).leading(1.3).role("lead");
    let pad = 28.0;
    let height = |b: &Builder, s: f32| {
        let lead_h = lead.map_or(0.0, |l| {
            b.measure(l, &lead_style(s * 0.92), text_w - 2.0 * pad - 10.0) + 2.0 * pad + s * 0.8
        });
        lead_h + measure_bullets(b, items, s, text_w, 0)
    };
    let (size, _) = b.fit_size(t.body_size, t.min_size, area.h, |s| height(b, s));
    if size < t.body_size * 0.999 {
        b.frame.shrunk.push(("bullets".into(), size, t.body_size));
    }
    let mut y = area.y;
    if let Some(l) = lead {
        let st = lead_style(size * 0.92);
        let th = b.measure(l, &st, text_w - 2.0 * pad - 10.0);
        let card = Rect::new(area.x, y, text_w, th + 2.0 * pad);
        b.shape(card, t.surface, 10.0);
        b.shape(Rect::new(area.x, y, 10.0, card.h), t.accent, 0.0);
        b.text(
            l,
            Rect::new(area.x + 10.0 + pad, y + pad, text_w - 2.0 * pad - 10.0, th),
            &st,
        );
        y += card.h + size * 0.8;
    }
    draw_bullets(
        b,
        items,
        Rect::new(area.x, y, text_w, (area.bottom() - y).max(0.0)),
        size,
        0,
        true,
    );
}

/// The plan: numbered sections with their sub-points, in two columns when there are many.
pub fn agenda(b: &mut Builder, area: Rect, items: &[Bullet]) {
    let t = b.theme.clone();
    let cols = if items.len() > 3 { 2 } else { 1 };
    let per_col = items.len().div_ceil(cols);
    let gap = 80.0;
    let col_w = (area.w - gap * (cols as f32 - 1.0)) / cols as f32;
    let num_w = |s: f32| s * 2.2;
    let item_h = |b: &Builder, it: &Bullet, s: f32| {
        let head = Style::new(Face::Strong, s, t.text)
            .leading(1.2)
            .case(t.title_case)
            .role("agenda");
        let sub = Style::new(Face::Body, s * 0.8, t.muted).leading(1.3).role("agenda");
        let w = col_w - num_w(s);
        b.measure(&it.text, &head, w) + it.children.iter().map(|c| b.measure(&c.text, &sub, w)).sum::<f32>() + s * 1.1
    };
    let col_h = |b: &Builder, s: f32| {
        items
            .chunks(per_col.max(1))
            .map(|c| c.iter().map(|it| item_h(b, it, s)).sum::<f32>())
            .fold(0.0, f32::max)
    };
    let (size, _) = b.fit_size(t.body_size * 1.25, t.min_size, area.h, |s| col_h(b, s));
    let total_h = col_h(b, size);
    let top = area.y + ((area.h - total_h) / 2.0).max(0.0);
    for (k, it) in items.iter().enumerate() {
        let c = k / per_col.max(1);
        b.reveal = k;
        let x = area.x + c as f32 * (col_w + gap);
        let y = top + items[c * per_col..k].iter().map(|p| item_h(b, p, size)).sum::<f32>();
        let num = RichText::plain(format!("{:02}", k + 1));
        let ns = Style::new(Face::Display, size * 1.1, t.accent)
            .leading(1.0)
            .role("agenda-number")
            .structure(Structure::Label);
        b.text(&num, Rect::new(x, y + size * 0.02, num_w(size), ns.line_height()), &ns);
        let head = Style {
            face: Face::Strong,
            size,
            leading: 1.2,
            color: t.text,
            align: Align::Left,
            case: t.title_case,
            role: "agenda",
            structure: Structure::Plain,
        };
        let w = col_w - num_w(size);
        let mut yy = y + b.text(&it.text, Rect::new(x + num_w(size), y, w, area.bottom() - y), &head);
        for ch in &it.children {
            let sub = Style::new(Face::Body, size * 0.8, t.muted).leading(1.3).role("agenda");
            yy += b.text(
                &ch.text,
                Rect::new(x + num_w(size), yy, w, (area.bottom() - yy).max(0.0)),
                &sub,
            );
        }
    }
}

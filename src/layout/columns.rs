//! Columns: two to four side by side, each with a heading, a picture, text or bullets and a
//! note; text columns too narrow for their words become full-width rows (`card_rows.rs`).

use super::blocks::{draw_bullets, measure_bullets};
use super::builder::Builder;
use super::card_rows;
use super::frame::Rect;
use crate::model::Column;

/// Columns as cards: image, heading, text and bullets; column `k` is revealed at step `k`.
pub fn columns(b: &mut Builder, area: Rect, cols: &[Column]) {
    let t = b.theme.clone();
    let n = cols.len().max(1) as f32;
    let gap = 48.0;
    let cw = (area.w - gap * (n - 1.0)) / n;
    let pad = 36.0;
    let inner = cw - 2.0 * pad;
    let any_image = cols.iter().any(|c| c.image.is_some());
    let pictures_only = cols.iter().all(|c| c.bullets.is_empty() && c.text.is_empty());
    let img_h = match (any_image, pictures_only) {
        (false, _) => 0.0,
        (true, true) => (area.h * 0.5).min(cw - 2.0 * pad),
        (true, false) => (area.h * 0.36).min(260.0),
    };
    let head = |s: f32| card_rows::heading_style(&t, s);
    let para = |s: f32| card_rows::paragraph_style(&t, s);
    let note = |s: f32| card_rows::note_style(&t, s);
    let col_h = |b: &Builder, c: &Column, s: f32| {
        let mut h = 2.0 * pad + if c.image.is_some() { img_h + 28.0 } else { 0.0 };
        if let Some(hd) = &c.heading {
            h += b.measure(hd, &head(s), inner) + s * 0.5;
        }
        h += c
            .text
            .iter()
            .map(|p| b.measure(p, &para(s), inner) + s * 0.4)
            .sum::<f32>();
        h += c.note.as_ref().map_or(0.0, |n| b.measure(n, &note(s), inner) + s * 0.3);
        h + measure_bullets(b, &c.bullets, s * 0.9, inner, 0)
    };
    let start = if cols.iter().all(|c| c.bullets.is_empty() && c.text.len() <= 1) {
        t.body_size * 1.3
    } else {
        t.body_size
    };
    let (size, _) = b.fit_size(start, t.min_size, area.h, |s| {
        cols.iter().map(|c| col_h(b, c, s)).fold(0.0, f32::max)
    });
    // Side by side only at a readable size: text cards that would shrink more than a tenth are
    // set as rows when rows hold them larger.
    if size < t.body_size * 0.9 && card_rows::can_stack(cols) {
        let (rows_size, fits) = card_rows::fitted_size(b, area, cols);
        if fits && rows_size > size {
            if rows_size < t.body_size * 0.999 {
                b.frame.shrunk.push(("columns".into(), rows_size, t.body_size));
            }
            return card_rows::rows(b, area, cols, rows_size);
        }
    }
    if size < t.body_size * 0.999 {
        b.frame.shrunk.push(("columns".into(), size, t.body_size));
    }
    let card_h = cols.iter().map(|c| col_h(b, c, size)).fold(0.0, f32::max).min(area.h);
    // Where the row sits is the optical-centre rule's (layout::optical), as for any body.
    let top = area.y;
    for (k, c) in cols.iter().enumerate() {
        b.reveal = k;
        let x = area.x + k as f32 * (cw + gap);
        b.shape(Rect::new(x, top, cw, card_h), t.surface, 12.0);
        b.shape(Rect::new(x, top, cw, 8.0), t.accent, 0.0);
        let mut y = top + pad;
        let bottom = top + card_h - pad;
        if let Some(img) = &c.image {
            b.image(img, Rect::new(x + pad, y, inner, img_h));
            y += img_h + 28.0;
        }
        if let Some(hd) = &c.heading {
            y += b.text(hd, Rect::new(x + pad, y, inner, (bottom - y).max(0.0)), &head(size)) + size * 0.5;
        }
        for p in &c.text {
            y += b.text(p, Rect::new(x + pad, y, inner, (bottom - y).max(0.0)), &para(size)) + size * 0.4;
        }
        y += draw_bullets(
            b,
            &c.bullets,
            Rect::new(x + pad, y, inner, (bottom - y).max(0.0)),
            size * 0.9,
            0,
            false,
        );
        if let Some(n) = &c.note {
            b.text(
                n,
                Rect::new(x + pad, y + size * 0.3, inner, (bottom - y - size * 0.3).max(0.0)),
                &note(size),
            );
        }
    }
}

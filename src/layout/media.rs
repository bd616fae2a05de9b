//! Images, galleries, tables and columns.

use super::blocks::{draw_bullets, measure_bullets};
use super::builder::{Align, Builder, Style};
use super::frame::Rect;
use super::text::Face;
use crate::model::{Column, Image, RichText, Table, TextCase};

fn caption_style(b: &Builder) -> Style {
    Style {
        face: Face::Strong,
        size: b.theme.small_size * 0.9,
        leading: 1.25,
        color: b.theme.text,
        align: Align::Center,
        case: TextCase::AsWritten,
        role: "caption",
    }
}

fn credit_style(b: &Builder) -> Style {
    Style {
        face: Face::Body,
        size: (b.theme.small_size * 0.62).max(b.theme.min_size * 0.75),
        leading: 1.25,
        color: b.theme.muted,
        align: Align::Center,
        case: TextCase::AsWritten,
        role: "credit",
    }
}

/// Height taken by an image's caption and credit at `width`.
pub fn caption_height(b: &Builder, img: &Image, width: f32) -> f32 {
    img.caption
        .as_ref()
        .map_or(0.0, |c| b.measure(c, &caption_style(b), width) + 10.0)
        + img
            .credit
            .as_ref()
            .map_or(0.0, |c| b.measure(c, &credit_style(b), width) + 4.0)
}

/// An image with its caption and credit under it, all within `rect`.
pub fn captioned_image(b: &mut Builder, img: &Image, rect: Rect) {
    let ch = caption_height(b, img, rect.w).min(rect.h * 0.5);
    let shown = b.image(img, Rect::new(rect.x, rect.y, rect.w, rect.h - ch));
    let mut y = shown.bottom() + 10.0;
    if let Some(c) = &img.caption {
        let st = caption_style(b);
        y += b.text(c, Rect::new(rect.x, y, rect.w, (rect.bottom() - y).max(0.0)), &st) + 4.0;
    }
    if let Some(c) = &img.credit {
        let st = credit_style(b);
        b.text(c, Rect::new(rect.x, y, rect.w, (rect.bottom() - y).max(0.0)), &st);
    }
}

/// One image filling the content area.
pub fn single_image(b: &mut Builder, area: Rect, img: &Image) {
    b.reveal = 0;
    captioned_image(b, img, area);
}

/// Several captioned images in a grid; image `k` is revealed at step `k`.
pub fn gallery(b: &mut Builder, area: Rect, images: &[Image]) {
    let n = images.len().max(1);
    let cols = match n {
        1..=3 => n,
        4 => 2,
        _ => 3,
    };
    let rows = n.div_ceil(cols);
    let (gx, gy) = (56.0, 36.0);
    let cw = (area.w - gx * (cols as f32 - 1.0)) / cols as f32;
    let rh = (area.h - gy * (rows as f32 - 1.0)) / rows as f32;
    for (k, img) in images.iter().enumerate() {
        b.reveal = k;
        let (c, r) = (k % cols, k / cols);
        captioned_image(
            b,
            img,
            Rect::new(area.x + c as f32 * (cw + gx), area.y + r as f32 * (rh + gy), cw, rh),
        );
    }
}

/// A table with a coloured header row and banded rows, fitted to the area.
pub fn table(b: &mut Builder, area: Rect, table: &Table) {
    let t = b.theme.clone();
    b.reveal = 0;
    let ncols = table.header.len().max(table.rows.first().map_or(0, Vec::len)).max(1);
    let foot: Vec<&RichText> = table.caption.iter().chain(table.credit.iter()).collect();
    let foot_style = Style {
        face: Face::Body,
        size: t.small_size * 0.8,
        leading: 1.25,
        color: t.muted,
        align: Align::Left,
        case: TextCase::AsWritten,
        role: "caption",
    };
    let foot_h: f32 =
        foot.iter().map(|f| b.measure(f, &foot_style, area.w)).sum::<f32>() + if foot.is_empty() { 0.0 } else { 16.0 };
    let pad_x = 18.0;
    let cell = |s: f32, head: bool| Style {
        face: if head { Face::Strong } else { Face::Body },
        size: s,
        leading: 1.2,
        color: if head { t.on_accent } else { t.text },
        align: Align::Left,
        case: TextCase::AsWritten,
        role: "table",
    };
    // Column widths: each column's widest cell at the chosen size, with some air, within the area.
    let natural: Vec<f32> = (0..ncols)
        .map(|c| {
            let head = table
                .header
                .get(c)
                .map_or(0.0, |h| b.fonts.width(&h.to_plain(), crate::model::FontRole::Bold, 1.0));
            table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|x| b.fonts.width(&x.to_plain(), crate::model::FontRole::Regular, 1.0))
                .fold(head, f32::max)
        })
        .collect();
    let widths_at = |s: f32| -> Vec<f32> {
        let raw: Vec<f32> = natural.iter().map(|w| w * s + 2.0 * pad_x).collect();
        let total: f32 = raw.iter().sum::<f32>().max(1.0);
        let target = (total * 1.3).min(area.w);
        let min = area.w * 0.06;
        let raw: Vec<f32> = raw.iter().map(|w| (w * target / total).max(min)).collect();
        let sum: f32 = raw.iter().sum();
        if sum > area.w {
            raw.iter().map(|w| w * area.w / sum).collect()
        } else {
            raw
        }
    };
    let row_h = |b: &Builder, row: &[RichText], s: f32, head: bool| {
        row.iter()
            .zip(widths_at(s))
            .map(|(x, w)| b.measure(x, &cell(s, head), w - 2.0 * pad_x))
            .fold(s * 1.2, f32::max)
            + s * 0.4
    };
    let all_h = |b: &Builder, s: f32| {
        let h = if table.header.is_empty() {
            0.0
        } else {
            row_h(b, &table.header, s, true)
        };
        h + table.rows.iter().map(|r| row_h(b, r, s, false)).sum::<f32>()
    };
    let (size, _) = b.fit_size(t.body_size * 0.8, t.min_size, area.h - foot_h, |s| all_h(b, s));
    if size < t.body_size * 0.8 * 0.999 {
        b.frame.shrunk.push(("table".into(), size));
    }
    let widths = widths_at(size);
    let table_w: f32 = widths.iter().sum();
    let mut y = area.y;
    let draw_row = |b: &mut Builder, row: &[RichText], head: bool, band: bool, y: &mut f32| {
        let h = row_h(b, row, size, head);
        if *y + h > area.bottom() - foot_h + 0.5 {
            b.frame.overflow.push(super::frame::Overflow {
                block: "table".into(),
                lines_dropped: 1,
            });
            return;
        }
        let fill = if head {
            Some(t.accent)
        } else if band {
            Some(t.surface)
        } else {
            None
        };
        if let Some(f) = fill {
            b.shape(Rect::new(area.x, *y, table_w, h), f, 0.0);
        }
        let mut x = area.x;
        for (c, w) in row.iter().zip(&widths) {
            b.text(
                c,
                Rect::new(x + pad_x, *y + size * 0.2, w - 2.0 * pad_x, h - size * 0.4),
                &cell(size, head),
            );
            x += w;
        }
        *y += h;
    };
    if !table.header.is_empty() {
        draw_row(b, &table.header, true, false, &mut y);
    }
    for (k, r) in table.rows.iter().enumerate() {
        draw_row(b, r, false, k % 2 == 1, &mut y);
    }
    let mut fy = y + 16.0;
    for f in foot {
        fy += b.text(
            f,
            Rect::new(area.x, fy, area.w, (area.bottom() - fy).max(0.0)),
            &foot_style,
        );
    }
}

/// Columns as cards: image, heading, text and bullets; column `k` is revealed at step `k`.
pub fn columns(b: &mut Builder, area: Rect, cols: &[Column]) {
    let t = b.theme.clone();
    let n = cols.len().max(1) as f32;
    let gap = 48.0;
    let cw = (area.w - gap * (n - 1.0)) / n;
    let pad = 36.0;
    let inner = cw - 2.0 * pad;
    let any_image = cols.iter().any(|c| c.image.is_some());
    let img_h = if any_image { (area.h * 0.36).min(260.0) } else { 0.0 };
    let head = |s: f32| Style {
        face: Face::Strong,
        size: s * 1.02,
        leading: 1.22,
        color: t.accent,
        align: Align::Left,
        case: t.title_case,
        role: "heading",
    };
    let para = |s: f32| Style {
        leading: 1.32,
        ..Style::body(&t, s * 0.9)
    };
    let note = |s: f32| Style {
        face: Face::Body,
        size: s * 0.7,
        leading: 1.3,
        color: t.muted,
        align: Align::Left,
        case: TextCase::AsWritten,
        role: "note",
    };
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
    if size < t.body_size * 0.999 {
        b.frame.shrunk.push(("columns".into(), size));
    }
    let card_h = cols.iter().map(|c| col_h(b, c, size)).fold(0.0, f32::max).min(area.h);
    for (k, c) in cols.iter().enumerate() {
        b.reveal = k;
        let x = area.x + k as f32 * (cw + gap);
        b.shape(Rect::new(x, area.y, cw, card_h), t.surface, 12.0);
        b.shape(Rect::new(x, area.y, cw, 8.0), t.accent, 0.0);
        let mut y = area.y + pad;
        let bottom = area.y + card_h - pad;
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

//! Tables: a coloured header row, banded rows, fitted to the area. A long, narrow table flows
//! into two side-by-side halves (each with the header) when that makes its text larger.

use super::builder::{Align, Builder, Style};
use super::frame::{Overflow, Rect, Structure};
use super::text::Face;
use crate::model::{FontRole, RichText, Table};

const PAD_X: f32 = 18.0;
const GROUP_GAP: f32 = 56.0;

fn cell_style(b: &Builder, s: f32, head: bool) -> Style {
    let t = b.theme;
    Style::new(
        if head { Face::Strong } else { Face::Body },
        s,
        if head { t.on_accent } else { t.text },
    )
    .leading(1.2)
    .role("table")
}

/// Whether a cell holds a number (`32`, `1 250`, `12,5 %`, `-3.2`): numbers are set flush
/// right so that their digits line up.
fn is_number(cell: &RichText) -> bool {
    let text = cell.to_plain();
    let core: String = text
        .trim()
        .trim_end_matches(['%', '‰'])
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    !core.is_empty() && core.replace(',', ".").parse::<f64>().is_ok()
}

/// For each column, whether every filled cell of the body is a number.
fn numeric_columns(table: &Table, ncols: usize) -> Vec<bool> {
    (0..ncols)
        .map(|c| {
            let mut cells = table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .filter(|x| !x.to_plain().trim().is_empty());
            let mut any = false;
            let all = cells.all(|x| {
                any = true;
                is_number(x)
            });
            any && all
        })
        .collect()
}

/// Geometry of a table at one size, split into `groups` side-by-side parts.
struct Plan {
    size: f32,
    widths: Vec<f32>,
    groups: usize,
}

impl Plan {
    fn table_width(&self) -> f32 {
        self.widths.iter().sum()
    }
}

/// Widest cell of each column, per unit of font size.
fn natural_widths(b: &Builder, table: &Table, ncols: usize) -> Vec<f32> {
    (0..ncols)
        .map(|c| {
            let head = table
                .header
                .get(c)
                .map_or(0.0, |h| b.fonts.width(&h.to_plain(), FontRole::Bold, 1.0));
            table
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|x| b.fonts.width(&x.to_plain(), FontRole::Regular, 1.0))
                .fold(head, f32::max)
        })
        .collect()
}

/// Column widths at size `s` within `avail`: natural widths with some air, at least 6 % each.
fn widths_at(natural: &[f32], s: f32, avail: f32) -> Vec<f32> {
    let raw: Vec<f32> = natural.iter().map(|w| w * s + 2.0 * PAD_X).collect();
    let total: f32 = raw.iter().sum::<f32>().max(1.0);
    let target = (total * 1.3).min(avail);
    let min = avail * 0.06;
    let raw: Vec<f32> = raw.iter().map(|w| (w * target / total).max(min)).collect();
    let sum: f32 = raw.iter().sum();
    if sum > avail {
        raw.iter().map(|w| w * avail / sum).collect()
    } else {
        raw
    }
}

fn row_height(b: &Builder, row: &[RichText], widths: &[f32], s: f32, head: bool) -> f32 {
    row.iter()
        .zip(widths)
        .map(|(x, w)| b.measure(x, &cell_style(b, s, head), w - 2.0 * PAD_X))
        .fold(s * 1.2, f32::max)
        + s * 0.4
}

/// Rows of each group (the header repeats in every group).
fn chunks(table: &Table, groups: usize) -> Vec<&[Vec<RichText>]> {
    let per = table.rows.len().div_ceil(groups.max(1)).max(1);
    table.rows.chunks(per).collect()
}

fn plan(b: &Builder, table: &Table, natural: &[f32], area: Rect, avail_h: f32, groups: usize) -> Plan {
    let group_w = (area.w - GROUP_GAP * (groups as f32 - 1.0)) / groups as f32;
    let height = |s: f32| {
        let widths = widths_at(natural, s, group_w);
        let head = if table.header.is_empty() {
            0.0
        } else {
            row_height(b, &table.header, &widths, s, true)
        };
        chunks(table, groups)
            .iter()
            .map(|rows| head + rows.iter().map(|r| row_height(b, r, &widths, s, false)).sum::<f32>())
            .fold(0.0, f32::max)
    };
    let (size, _) = b.fit_size(b.theme.body_size * 0.8, b.theme.min_size, avail_h, height);
    Plan {
        size,
        widths: widths_at(natural, size, group_w),
        groups,
    }
}

/// Lays out a table in `area`.
pub fn table(b: &mut Builder, area: Rect, table: &Table) {
    let t = b.theme.clone();
    b.reveal = 0;
    let ncols = table.header.len().max(table.rows.first().map_or(0, Vec::len)).max(1);
    let foot: Vec<&RichText> = table.caption.iter().chain(table.credit.iter()).collect();
    let foot_style = Style::new(Face::Body, t.small_size * 0.8, t.muted).role("caption");
    let foot_h: f32 =
        foot.iter().map(|f| b.measure(f, &foot_style, area.w)).sum::<f32>() + if foot.is_empty() { 0.0 } else { 16.0 };
    let natural = natural_widths(b, table, ncols);
    let numeric = numeric_columns(table, ncols);
    let single = plan(b, table, &natural, area, area.h - foot_h, 1);
    let chosen = if table.rows.len() >= 10 {
        let double = plan(b, table, &natural, area, area.h - foot_h, 2);
        if double.size > single.size * 1.15 {
            double
        } else {
            single
        }
    } else {
        single
    };
    if chosen.size < t.body_size * 0.8 * 0.999 {
        b.frame.shrunk.push(("table".into(), chosen.size, t.body_size * 0.8));
    }
    let size = chosen.size;
    let bottom = area.bottom() - foot_h;
    let mut lowest = area.y;
    // Rows numbered through the groups (the header is row 0), for the tagged PDF's table.
    let mut next_row: u16 = 1;
    for (g, rows) in chunks(table, chosen.groups).iter().enumerate() {
        let x0 = area.x + g as f32 * (chosen.table_width() + GROUP_GAP);
        let mut y = area.y;
        let all = std::iter::once((&table.header[..], true, false)).filter(|_| !table.header.is_empty());
        let body = rows.iter().enumerate().map(|(k, r)| (&r[..], false, k % 2 == 1));
        for (row, head, band) in all.chain(body) {
            let h = row_height(b, row, &chosen.widths, size, head);
            if y + h > bottom + 0.5 {
                b.frame.overflow.push(Overflow {
                    block: "table".into(),
                    lines_dropped: 1,
                });
                continue;
            }
            let fill = if head {
                Some(t.accent)
            } else if band {
                Some(t.surface)
            } else {
                None
            };
            if let Some(f) = fill {
                b.shape(Rect::new(x0, y, chosen.table_width(), h), f, 0.0);
            }
            let structure = match (head, g) {
                (true, 0) => Structure::TableCell { row: 0, header: true },
                (true, _) => Structure::Artifact,
                (false, _) => {
                    next_row = next_row.saturating_add(1);
                    Structure::TableCell {
                        row: next_row - 1,
                        header: false,
                    }
                }
            };
            let mut x = x0;
            for ((c, w), number) in row.iter().zip(&chosen.widths).zip(&numeric) {
                let style = cell_style(b, size, head).structure(structure);
                let style = if *number { style.align(Align::Right) } else { style };
                b.text(
                    c,
                    Rect::new(x + PAD_X, y + size * 0.2, w - 2.0 * PAD_X, h - size * 0.4),
                    &style,
                );
                x += w;
            }
            y += h;
        }
        lowest = lowest.max(y);
    }
    let mut fy = lowest + 16.0;
    for f in foot {
        fy += b.text(
            f,
            Rect::new(area.x, fy, area.w, (area.bottom() - fy).max(0.0)),
            &foot_style,
        );
    }
}

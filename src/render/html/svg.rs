//! One frame as SVG markup: the HTML painter's one `match` over the frame's items. Text is real
//! text (selectable, found by the browser's search) in the subset fonts of [`super::fonts`],
//! each character at the position the layout's shaping gave it, so the browser neither
//! re-shapes nor re-flows anything.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::fonts::GlyphSets;
use super::images::ImageDefs;
use super::markup::{attr, text};
use crate::layout::fonts::FaceSlot;
use crate::layout::text::centered_note;
use crate::layout::{Fonts, Frame, InkLine, Item, Rect, TextRun};
use crate::model::Color;
use crate::render::image_store::ImageStore;

/// What painting a frame needs besides the frame: the faces, and the document-wide records of
/// the characters and images used (each font and image is embedded once in the page).
pub struct Painter<'a> {
    pub fonts: &'a Fonts,
    pub store: &'a ImageStore,
    pub glyphs: &'a mut GlyphSets,
    pub images: &'a mut ImageDefs,
}

impl Painter<'_> {
    /// `frame` as an `<svg>` element scaled to its container (letterboxed). What it draws is
    /// hidden from assistive technology (the page gives a reader's copy of the slide beside
    /// it); its links are not, so that the keyboard reaches them where they are drawn.
    pub fn svg(&mut self, frame: &Frame) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<svg class="frame" viewBox="0 0 {w} {h}" preserveAspectRatio="xMidYMid meet"><g aria-hidden="true"><rect width="{w}" height="{h}" fill="{bg}"/>"#,
            w = num(frame.width),
            h = num(frame.height),
            bg = hex(frame.background),
        );
        let mut links = String::new();
        for item in &frame.items {
            match item {
                Item::Shape(s) => {
                    let radius = s.radius.min(s.rect.w / 2.0).min(s.rect.h / 2.0).max(0.0);
                    let _ = write!(
                        out,
                        "<rect{}{}{}/>",
                        rect_attrs(&s.rect),
                        radius_attr(radius),
                        fill(s.fill)
                    );
                }
                Item::Text(run) => self.run(&mut out, run),
                Item::Image(img) => match self.images.get(self.store, img) {
                    Ok(def) => {
                        let (u0, v0, u1, v1) = img.uv;
                        let _ = write!(
                            out,
                            r##"<svg{} viewBox="{} {} {} {}" preserveAspectRatio="none"><use href="#{}"/></svg>"##,
                            rect_attrs(&img.rect),
                            num(u0 * def.width),
                            num(v0 * def.height),
                            num((u1 - u0) * def.width),
                            num((v1 - v0) * def.height),
                            def.id,
                        );
                    }
                    Err(reason) => {
                        // Cannot be read after all: the same placeholder as on screen.
                        let _ = write!(out, "<rect{} rx=\"6\" fill=\"#ebebeb\"/>", rect_attrs(&img.rect));
                        let note = format!("[{}] {reason}", img.alt);
                        for run in centered_note(self.fonts, img.rect, &note, Color::rgb(90, 90, 90)) {
                            self.run(&mut out, &run);
                        }
                    }
                },
                // Over everything else, so that nothing drawn later hides them from the pointer.
                Item::Link(l) => {
                    let _ = write!(
                        links,
                        r#"<a href="{url}" target="_blank" rel="noopener" aria-label="{url}"><rect{} fill="transparent"/></a>"#,
                        rect_attrs(&l.rect),
                        url = attr(&l.url),
                    );
                }
                Item::Ink(line) => ink(&mut out, line),
            }
        }
        out.push_str("</g>");
        out.push_str(&links);
        out.push_str("</svg>");
        out
    }

    /// A text run: one `<text>` per stretch drawn by one face, every character placed.
    fn run(&mut self, out: &mut String, run: &TextRun) {
        let placed = char_positions(self.fonts, run);
        let mut start = 0;
        while start < placed.len() {
            let face = placed[start].2;
            let end = placed[start..]
                .iter()
                .position(|p| p.2 != face)
                .map_or(placed.len(), |k| start + k);
            let piece = &placed[start..end];
            let class = self.glyphs.class(run.font, face);
            let xs: Vec<String> = piece.iter().map(|p| num(p.1)).collect();
            let chars: String = piece.iter().map(|p| p.0).collect();
            self.glyphs.add(run.font, face, &chars);
            let _ = write!(
                out,
                r#"<text class="{class}" x="{}" y="{}" font-size="{}"{}>{}</text>"#,
                xs.join(" "),
                num(run.baseline),
                num(run.size),
                fill(run.color),
                text(&chars),
            );
            start = end;
        }
    }
}

/// Each character of `run` with its left edge and the face that draws it, from the layout's
/// shaping. A character inside a cluster (the « t » and « i » of a ligature) follows the one
/// before it by that one's own width: the subset fonts have no ligatures, so the browser
/// draws them one by one.
pub fn char_positions(fonts: &Fonts, run: &TextRun) -> Vec<(char, f32, FaceSlot)> {
    let mut starts: BTreeMap<usize, (f32, FaceSlot)> = BTreeMap::new();
    let mut x = run.x;
    for g in run.glyphs(fonts) {
        starts.entry(g.cluster).or_insert((x + g.x_offset * run.size, g.face));
        x += g.x_advance * run.size;
    }
    let mut out: Vec<(char, f32, FaceSlot)> = Vec::new();
    for (i, c) in run.text.char_indices() {
        let (at, face) = match (starts.get(&i), out.last()) {
            (Some(&found), _) => found,
            (None, Some(&(prev, px, pf))) => {
                let mut buf = [0u8; 4];
                (px + fonts.width(prev.encode_utf8(&mut buf), run.font, run.size), pf)
            }
            (None, None) => (run.x, FaceSlot::Primary),
        };
        out.push((c, at, face));
    }
    out
}

/// A line of ink: a round-capped path.
fn ink(out: &mut String, line: &InkLine) {
    let mut d = String::new();
    for (i, &(x, y)) in line.points.iter().enumerate() {
        let _ = write!(d, "{}{} {}", if i == 0 { "M" } else { " L" }, num(x), num(y));
        if i == 0 {
            // A single point still leaves a dot.
            let _ = write!(d, " L{} {}", num(x + 0.01), num(y));
        }
    }
    let _ = write!(
        out,
        r#"<path d="{d}" fill="none" stroke="{}"{} stroke-width="{}" stroke-linecap="round" stroke-linejoin="round"/>"#,
        hex(line.color),
        opacity("stroke-opacity", line.color),
        num(line.width)
    );
}

fn rect_attrs(r: &Rect) -> String {
    format!(
        r#" x="{}" y="{}" width="{}" height="{}""#,
        num(r.x),
        num(r.y),
        num(r.w.max(0.0)),
        num(r.h.max(0.0))
    )
}

fn radius_attr(radius: f32) -> String {
    if radius > 0.0 {
        format!(r#" rx="{}""#, num(radius))
    } else {
        String::new()
    }
}

fn fill(c: Color) -> String {
    format!(r#" fill="{}"{}"#, hex(c), opacity("fill-opacity", c))
}

fn opacity(name: &str, c: Color) -> String {
    if c.a == 255 {
        String::new()
    } else {
        format!(r#" {name}="{}""#, num(f32::from(c.a) / 255.0))
    }
}

/// `#rrggbb`.
pub fn hex(c: Color) -> String {
    format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b)
}

/// A coordinate with at most two decimals and no trailing zeros (smaller files, same picture).
pub fn num(v: f32) -> String {
    let v = if v.is_finite() { v } else { 0.0 };
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".to_string() } else { s.to_string() }
}

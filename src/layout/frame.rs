//! A laid-out slide: positioned items on a fixed logical canvas, free of any rendering backend.

use std::sync::{Arc, OnceLock};

use crate::layout::fonts::{Fonts, ShapedGlyph};
use crate::model::{Color, FontRole};

/// An axis-aligned rectangle in canvas units (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    /// A rectangle from its corner and size.
    pub const fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Whether `other` lies inside (with a small tolerance for rounding).
    pub fn contains_rect(&self, other: &Rect) -> bool {
        const EPS: f32 = 0.5;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }
}

/// One run of text in one face, size and colour, on one baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRun {
    pub text: String,
    /// Left end of the run.
    pub x: f32,
    pub baseline: f32,
    pub size: f32,
    pub font: FontRole,
    pub color: Color,
    /// Advance width measured by the layout.
    pub width: f32,
    /// Index of the [`TextBlock`] this run belongs to.
    pub block: usize,
    /// Its glyphs, shaped once (see [`TextRun::glyphs`]).
    pub shaped: Glyphs,
}

/// The glyphs of a run, in em units, shaped the first time a painter asks for them and kept
/// with the frame: the PDF, PNG and web painters of one export, and every later paint of the
/// same frame, share one shaping. The screen never asks (egui shapes its own text). Derived
/// from the run's text and face, so it plays no part in comparing runs.
#[derive(Debug, Clone, Default)]
pub struct Glyphs(OnceLock<Arc<[ShapedGlyph]>>);

impl PartialEq for Glyphs {
    fn eq(&self, _: &Glyphs) -> bool {
        true
    }
}

impl TextRun {
    /// The run's glyphs, shaped with `fonts` (those the frame was laid out with) the first time
    /// they are asked for.
    pub fn glyphs(&self, fonts: &Fonts) -> &[ShapedGlyph] {
        self.shaped.0.get_or_init(|| fonts.shape(&self.text, self.font).into())
    }

    /// Whether the glyphs were shaped already.
    pub fn is_shaped(&self) -> bool {
        self.shaped.0.get().is_some()
    }

    /// Bounding box of the run's line (ascent above, descent below the baseline).
    pub fn bounds(&self, ascent: f32, descent: f32) -> Rect {
        Rect::new(self.x, self.baseline - ascent, self.width, ascent + descent)
    }
}

/// A filled rectangle, optionally rounded.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub rect: Rect,
    pub fill: Color,
    pub radius: f32,
}

/// An image drawn into `rect`, showing the `uv` part of the source (0–1 coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct ImageItem {
    /// Asset key in the deck's source.
    pub asset: String,
    pub rect: Rect,
    /// Source region `(u0, v0, u1, v1)`; cropping implements `fit: Cover`.
    pub uv: (f32, f32, f32, f32),
    /// Alternative text.
    pub alt: String,
}

/// A clickable area.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkArea {
    pub rect: Rect,
    pub url: String,
}

/// A block of text as a reader sees it: its box and its whole text (for screen readers, tests).
#[derive(Debug, Clone, PartialEq)]
pub struct TextBlock {
    pub rect: Rect,
    /// The text as written (before an upper-case style).
    pub text: String,
    /// Role for assistive technology: "title", "body", "caption", "notes"…
    pub role: &'static str,
    /// Its place in the document's structure, where the role alone does not tell it.
    pub structure: Structure,
    /// The style set it in capitals: `text` is what a screen reader should read.
    pub upper: bool,
}

/// Where a text block sits in the document's structure (lists, tables), for the tagged PDF
/// and screen readers. Most blocks need nothing beyond their role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Structure {
    /// What its role says: a heading, a paragraph, a quote…
    #[default]
    Plain,
    /// An item of a bullet list, at this depth (0 for the top level).
    ListItem { depth: u8 },
    /// The number or marker of the list item whose body follows (an agenda's « 01 »).
    Label,
    /// A table cell: its row (0 for the header row) and whether it is a header cell.
    TableCell { row: u16, header: bool },
    /// Decoration repeated for the eye only (the header row repeated over a second half of a
    /// table): not read.
    Artifact,
}

/// The role of the note laid out in a picture's placeholder.
pub const PLACEHOLDER_ROLE: &str = "placeholder";

/// Something drawn on the canvas, in painting order.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text(TextRun),
    Shape(Shape),
    Image(ImageItem),
    Link(LinkArea),
    /// A line of ink drawn over the slide.
    Ink(InkLine),
}

/// A line through `points` (canvas coordinates), with round ends and joins.
#[derive(Debug, Clone, PartialEq)]
pub struct InkLine {
    pub points: Vec<(f32, f32)>,
    pub width: f32,
    /// Its colour, with the highlighter's translucency in the alpha.
    pub color: Color,
}

/// Text that did not fit even at the theme's minimum size.
#[derive(Debug, Clone, PartialEq)]
pub struct Overflow {
    /// Which block (e.g. "body", "references").
    pub block: String,
    /// Lines that were dropped.
    pub lines_dropped: usize,
}

/// A laid-out slide at one step.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    pub width: f32,
    pub height: f32,
    pub background: Color,
    pub items: Vec<Item>,
    pub blocks: Vec<TextBlock>,
    pub overflow: Vec<Overflow>,
    /// Blocks whose text was shrunk to fit: (block, size used, size the block is set at when
    /// it fits).
    pub shrunk: Vec<(String, f32, f32)>,
    /// Paragraphs that end on a word alone even after line choice (no narrower measure kept
    /// their line count): (block, the word), for `estrade check`.
    pub widows: Vec<(String, String)>,
    /// Where a picture could not be shown: the layout draws a note there (for the speaker, the
    /// check and the exports); the audience view leaves the place empty ([`Frame::for_audience`]).
    pub placeholders: Vec<Rect>,
    /// The slide's language when it is not the deck's (a BCP 47 tag): the PDF's structure and the
    /// web page's section carry it, for screen readers and hyphenation.
    pub lang: Option<String>,
}

impl Frame {
    /// An empty frame of `width` × `height` on `background`.
    pub fn empty(width: f32, height: f32, background: Color) -> Frame {
        Frame {
            width,
            height,
            background,
            items: Vec::new(),
            blocks: Vec::new(),
            overflow: Vec::new(),
            shrunk: Vec::new(),
            widows: Vec::new(),
            placeholders: Vec::new(),
            lang: None,
        }
    }

    /// The frame without its placeholders' notes and boxes: what the audience may see when a
    /// picture is missing (nothing in its place, never a path or an error).
    pub fn for_audience(&self) -> Frame {
        let in_placeholder = |r: &Rect| self.placeholders.iter().any(|p| p.contains_rect(r));
        let items = self
            .items
            .iter()
            .filter(|i| match i {
                Item::Text(t) => self.blocks.get(t.block).is_none_or(|b| b.role != PLACEHOLDER_ROLE),
                Item::Shape(s) => !in_placeholder(&s.rect),
                _ => true,
            })
            .cloned()
            .collect();
        Frame {
            items,
            placeholders: Vec::new(),
            ..self.clone()
        }
    }

    /// All text runs.
    pub fn runs(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
    }

    /// The frame's text, line by line (runs on one baseline joined), top to bottom per block.
    pub fn text_lines(&self) -> Vec<String> {
        let mut lines: Vec<(usize, f32, String)> = Vec::new();
        for r in self.runs() {
            match lines.last_mut() {
                Some((b, y, s)) if *b == r.block && (*y - r.baseline).abs() < 0.01 => s.push_str(&r.text),
                _ => lines.push((r.block, r.baseline, r.text.clone())),
            }
        }
        lines.into_iter().map(|(_, _, s)| s).collect()
    }
}

impl Rect {
    /// This rectangle scaled by `s` then moved by `(dx, dy)`.
    pub fn placed(&self, s: f32, dx: f32, dy: f32) -> Rect {
        Rect::new(self.x * s + dx, self.y * s + dy, self.w * s, self.h * s)
    }
}

impl Item {
    /// The item scaled by `s` then moved by `(dx, dy)` (to place a slide inside a page).
    pub fn placed(&self, s: f32, dx: f32, dy: f32) -> Item {
        match self {
            Item::Text(t) => Item::Text(TextRun {
                x: t.x * s + dx,
                baseline: t.baseline * s + dy,
                size: t.size * s,
                width: t.width * s,
                ..t.clone()
            }),
            Item::Shape(sh) => Item::Shape(Shape {
                rect: sh.rect.placed(s, dx, dy),
                radius: sh.radius * s,
                ..sh.clone()
            }),
            Item::Image(i) => Item::Image(ImageItem {
                rect: i.rect.placed(s, dx, dy),
                ..i.clone()
            }),
            Item::Link(l) => Item::Link(LinkArea {
                rect: l.rect.placed(s, dx, dy),
                ..l.clone()
            }),
            Item::Ink(line) => Item::Ink(InkLine {
                points: line.points.iter().map(|&(x, y)| (x * s + dx, y * s + dy)).collect(),
                width: line.width * s,
                color: line.color,
            }),
        }
    }
}

//! The PDF painter: frames → a vector PDF with real, selectable text (krilla).
//!
//! Glyphs are shaped with the same harfrust shaper and font files the layout measured with, and
//! placed at the layout's positions, so lines break and runs sit exactly as on screen. Fonts are
//! embedded and subset by krilla; images are embedded once each, downscaled to print resolution.

use std::collections::HashMap;
use std::num::NonZeroU32;

use krilla::Document;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::destination::XyzDestination;
use krilla::geom::{Path, PathBuilder, Point, Size, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::{NumberingStyle, PageLabel, PageSettings};
use krilla::paint::{Fill, FillRule};
use krilla::tagging::{Artifact, ArtifactType, ContentTag, SpanTag, Tag, TagGroup, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use super::image_store::ImageStore;
use super::pdf_images::ImageCache;
use super::pdf_tags::{Entry, page_structure};
use crate::layout::fonts::FaceSlot;
use crate::layout::pages::UNITS_PER_POINT;
use crate::layout::text::centered_note;
use crate::layout::{Fonts, Frame, InkLine, Item, Rect, Structure, TextRun};
use crate::model::{Color, FontRole, Meta};

/// One page to write.
pub struct PdfPage {
    pub frame: Frame,
    /// Page label (the slide number); pages of one slide's steps share it.
    pub label: Option<u32>,
    /// Bookmark text when this page starts a slide.
    pub bookmark: Option<String>,
}

/// Why a PDF could not be written.
#[derive(Debug)]
pub enum PdfError {
    /// A font estrade brings cannot be embedded.
    Font(FontRole),
    /// The PDF writer failed, for this reason.
    Krilla(String),
    /// A library panicked while the pages were drawn (caught: the message says why).
    Panicked(String),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            PdfError::Font(role) => crate::t!("deck-pdf-font", role = format!("{role:?}")),
            PdfError::Krilla(reason) => crate::t!("deck-pdf-failed", reason = reason),
            PdfError::Panicked(why) => why.clone(),
        })
    }
}

impl std::error::Error for PdfError {}

/// Writes `pages` as one PDF and returns its bytes, with problems that did not stop it (an
/// image that could not be read is drawn as a placeholder). The PDF is tagged: headings, lists,
/// tables, quotes, paragraphs and links in reading order (see [`super::pdf_tags`]), images as
/// figures with their alt text; shapes, backgrounds, ink and footers are artifacts.
pub fn write_pdf(
    pages: &[PdfPage],
    meta: &Meta,
    fonts: &Fonts,
    store: &ImageStore,
) -> Result<(Vec<u8>, Vec<String>), PdfError> {
    super::contained(|| draw_pdf(pages, meta, fonts, store)).unwrap_or_else(|why| Err(PdfError::Panicked(why)))
}

fn draw_pdf(
    pages: &[PdfPage],
    meta: &Meta,
    fonts: &Fonts,
    store: &ImageStore,
) -> Result<(Vec<u8>, Vec<String>), PdfError> {
    let started = std::time::Instant::now();
    let mut doc = Document::new();
    let mut faces = HashMap::new();
    for (role, slot, bytes) in fonts.files() {
        let font = Font::new(bytes.shared().into(), 0).ok_or(PdfError::Font(role))?;
        faces.insert((role, slot), font);
    }
    let mut images = ImageCache::default();
    let items: Vec<&crate::layout::ImageItem> = pages
        .iter()
        .flat_map(|p| p.frame.items.iter())
        .filter_map(|i| match i {
            Item::Image(img) => Some(img),
            _ => None,
        })
        .collect();
    images.prepare(store, &items);
    log::debug!("pdf: images prepared at {:?}", started.elapsed()); // not user text
    let mut outline = Outline::new();
    // The deck's language on the document element too (the catalog has it from the metadata).
    let mut tree = TagTree::new().with_lang(Some(meta.lang.clone()));
    for (index, page) in pages.iter().enumerate() {
        let (w, h) = (page.frame.width / UNITS_PER_POINT, page.frame.height / UNITS_PER_POINT);
        let mut settings = PageSettings::from_wh(w, h).ok_or_else(|| {
            PdfError::Krilla(crate::t!(
                "deck-pdf-page-size",
                width = format!("{w}"),
                height = format!("{h}")
            ))
        })?;
        if let Some(n) = page.label.and_then(NonZeroU32::new) {
            settings = settings.with_page_label(PageLabel::new(Some(NumberingStyle::Arabic), None, Some(n)));
        }
        let mut pdf_page = doc.start_page_with(settings);
        let mut surface = pdf_page.surface();
        surface.push_transform(&Transform::from_scale(1.0 / UNITS_PER_POINT, 1.0 / UNITS_PER_POINT));
        let entries = paint_page(&mut surface, &page.frame, fonts, &faces, &mut images, store);
        surface.pop();
        surface.finish();
        // Links as tagged annotations, each with the text block it underlines (the text run
        // just before it in the frame).
        let mut links = Vec::new();
        let mut block = None;
        for item in &page.frame.items {
            match item {
                Item::Text(run) => block = Some(run.block),
                Item::Link(l) => {
                    let r = l.rect;
                    let s = 1.0 / UNITS_PER_POINT;
                    if let Some(rect) = krilla::geom::Rect::from_xywh(r.x * s, r.y * s, r.w * s, r.h * s) {
                        let target = Target::Action(Action::Link(LinkAction::new(l.url.clone())));
                        let annotation = Annotation::new_link(LinkAnnotation::new(rect, target), Some(l.url.clone()));
                        links.push((block, pdf_page.add_tagged_annotation(annotation)));
                    }
                }
                _ => {}
            }
        }
        pdf_page.finish();
        let groups = page_structure(&page.frame.blocks, entries, links);
        match &page.frame.lang {
            // A slide in another language than the deck's: its content in a section saying so.
            Some(lang) => {
                let mut section = TagGroup::new(Tag::Section.with_lang(Some(lang.clone())));
                for g in groups {
                    section.push(g);
                }
                tree.push(section);
            }
            None => {
                for g in groups {
                    tree.push(g);
                }
            }
        }
        if let Some(title) = &page.bookmark {
            outline.push_child(OutlineNode::new(
                title.clone(),
                XyzDestination::new(index, Point::from_xy(0.0, 0.0)),
            ));
        }
    }
    log::debug!("pdf: pages painted at {:?}", started.elapsed()); // not user text
    doc.set_outline(outline);
    doc.set_tag_tree(tree);
    let mut metadata = Metadata::new()
        .title(meta.title.clone())
        .language(meta.lang.clone())
        .creator("estrade".into());
    if let Some(a) = &meta.author {
        metadata = metadata.authors(vec![a.clone()]);
    }
    if let Some(s) = &meta.subtitle {
        metadata = metadata.description(s.clone());
    }
    doc.set_metadata(metadata);
    let mut bytes = doc.finish().map_err(|e| PdfError::Krilla(format!("{e:?}")))?;
    log::debug!("pdf: document finished at {:?}", started.elapsed()); // not user text
    super::pdf_poppler::quiet_suspects(&mut bytes);
    Ok((bytes, images.problems))
}

/// Paints one frame's items; returns what it painted, in reading order, for the structure tree.
fn paint_page(
    surface: &mut krilla::surface::Surface<'_>,
    frame: &Frame,
    fonts: &Fonts,
    faces: &HashMap<(FontRole, FaceSlot), Font>,
    images: &mut ImageCache,
    store: &ImageStore,
) -> Vec<Entry> {
    let artifact = |kind| ContentTag::Artifact(Artifact::new(kind, None));
    surface.start_tagged(artifact(ArtifactType::Layout));
    fill_rect(
        surface,
        &Rect::new(0.0, 0.0, frame.width, frame.height),
        frame.background,
        0.0,
    );
    surface.end_tagged();
    // What was painted, in reading order, for the structure tree.
    let mut entries: Vec<Entry> = Vec::new();
    for item in &frame.items {
        match item {
            Item::Shape(s) => {
                surface.start_tagged(artifact(ArtifactType::Layout));
                fill_rect(surface, &s.rect, s.fill, s.radius);
                surface.end_tagged();
            }
            Item::Text(run) => {
                let block = frame.blocks.get(run.block);
                let footer = block.is_some_and(|b| b.role == "footer");
                let unread = footer || block.is_some_and(|b| b.structure == Structure::Artifact);
                let tag = match (footer, unread) {
                    (true, _) => artifact(ArtifactType::Footer),
                    (false, true) => artifact(ArtifactType::Layout),
                    _ => ContentTag::Span(SpanTag::empty()),
                };
                let id = surface.start_tagged(tag);
                draw_run(surface, fonts, faces, run);
                surface.end_tagged();
                if unread {
                    continue;
                }
                let found = entries.iter_mut().rev().find_map(|e| match e {
                    Entry::Block(b, ids) if *b == run.block => Some(ids),
                    _ => None,
                });
                match found {
                    Some(ids) => ids.push(id),
                    None => entries.push(Entry::Block(run.block, vec![id])),
                }
            }
            Item::Image(img) => match images.get(store, img) {
                Ok(image) => {
                    let id = surface.start_tagged(ContentTag::Other);
                    surface.push_transform(&Transform::from_translate(img.rect.x, img.rect.y));
                    if let Some(size) = Size::from_wh(img.rect.w, img.rect.h) {
                        surface.draw_image(image, size);
                    }
                    surface.pop();
                    surface.end_tagged();
                    let mut g = TagGroup::new(Tag::Figure(Some(img.alt.clone())));
                    g.push(id);
                    entries.push(Entry::Figure(g));
                }
                Err(reason) => {
                    // The layout placed a picture the PDF cannot read after all (a file cut
                    // short): a placeholder that says so, as on screen.
                    surface.start_tagged(artifact(ArtifactType::Layout));
                    fill_rect(surface, &img.rect, Color::rgb(235, 235, 235), 6.0);
                    let note = format!("[{}] {reason}", img.alt);
                    for run in centered_note(fonts, img.rect, &note, Color::rgb(90, 90, 90)) {
                        draw_run(surface, fonts, faces, &run);
                    }
                    surface.end_tagged();
                }
            },
            Item::Link(_) => {}
            Item::Ink(line) => {
                surface.start_tagged(artifact(ArtifactType::Layout));
                draw_ink(surface, line);
                surface.end_tagged();
            }
        }
    }
    entries
}

fn fill(c: Color) -> Fill {
    Fill {
        paint: rgb::Color::new(c.r, c.g, c.b).into(),
        opacity: NormalizedF32::new(f32::from(c.a) / 255.0).unwrap_or(NormalizedF32::ONE),
        rule: FillRule::NonZero,
    }
}

/// Shaped glyphs of a run, grouped by consecutive face, with their text ranges so the text
/// stays selectable.
fn glyphs(fonts: &Fonts, run: &TextRun) -> Vec<(FaceSlot, Vec<KrillaGlyph>)> {
    let (shaped, text) = (run.glyphs(fonts), &run.text);
    let mut out: Vec<(FaceSlot, Vec<KrillaGlyph>)> = Vec::new();
    for (i, g) in shaped.iter().enumerate() {
        let end = shaped[i + 1..]
            .iter()
            .map(|n| n.cluster)
            .find(|&c| c > g.cluster)
            .unwrap_or(text.len());
        let glyph = KrillaGlyph {
            glyph_id: GlyphId::new(g.glyph_id),
            text_range: g.cluster..end.max(g.cluster),
            x_advance: g.x_advance,
            x_offset: g.x_offset,
            y_offset: -g.y_offset,
            y_advance: 0.0,
            location: None,
        };
        match out.last_mut() {
            Some((slot, list)) if *slot == g.face => list.push(glyph),
            _ => out.push((g.face, vec![glyph])),
        }
    }
    out
}

/// Draws a run in its colour with the glyphs the layout measured: one call per face, since a
/// theme font's run may borrow glyphs from the fallback.
fn draw_run(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &Fonts,
    faces: &HashMap<(FontRole, FaceSlot), Font>,
    run: &TextRun,
) {
    surface.set_fill(Some(fill(run.color)));
    let mut x = run.x;
    for (slot, glyphs) in glyphs(fonts, run) {
        let Some(font) = faces.get(&(run.font, slot)) else {
            continue;
        };
        surface.draw_glyphs(
            Point::from_xy(x, run.baseline),
            &glyphs,
            font.clone(),
            &run.text,
            run.size,
            false,
        );
        x += glyphs.iter().map(|g| g.x_advance).sum::<f32>() * run.size;
    }
}

/// A rectangle with rounded corners (a circle when the radius is half the side).
fn rounded_rect(r: &Rect, radius: f32) -> Option<Path> {
    let mut pb = PathBuilder::new();
    let rad = radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0);
    if rad <= 0.01 {
        pb.push_rect(krilla::geom::Rect::from_xywh(r.x, r.y, r.w, r.h)?);
        return pb.finish();
    }
    // Cubic approximation of quarter circles.
    let k = rad * 0.552_284_8;
    let (l, t, rt, b) = (r.x, r.y, r.right(), r.bottom());
    pb.move_to(l + rad, t);
    pb.line_to(rt - rad, t);
    pb.cubic_to(rt - rad + k, t, rt, t + rad - k, rt, t + rad);
    pb.line_to(rt, b - rad);
    pb.cubic_to(rt, b - rad + k, rt - rad + k, b, rt - rad, b);
    pb.line_to(l + rad, b);
    pb.cubic_to(l + rad - k, b, l, b - rad + k, l, b - rad);
    pb.line_to(l, t + rad);
    pb.cubic_to(l, t + rad - k, l + rad - k, t, l + rad, t);
    pb.close();
    pb.finish()
}

/// A line of ink as a vector path with round ends (a single point: a dot).
fn draw_ink(surface: &mut krilla::surface::Surface<'_>, line: &InkLine) {
    let mut pb = PathBuilder::new();
    for (i, &(x, y)) in line.points.iter().enumerate() {
        if i == 0 {
            pb.move_to(x, y);
            pb.line_to(x + 0.01, y);
        } else {
            pb.line_to(x, y);
        }
    }
    let Some(path) = pb.finish() else { return };
    let c = line.color;
    surface.set_fill(None);
    surface.set_stroke(Some(krilla::paint::Stroke {
        paint: rgb::Color::new(c.r, c.g, c.b).into(),
        width: line.width,
        miter_limit: 4.0,
        line_cap: krilla::paint::LineCap::Round,
        line_join: krilla::paint::LineJoin::Round,
        opacity: NormalizedF32::new(f32::from(c.a) / 255.0).unwrap_or(NormalizedF32::ONE),
        dash: None,
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

fn fill_rect(surface: &mut krilla::surface::Surface<'_>, r: &Rect, color: Color, radius: f32) {
    if let Some(path) = rounded_rect(r, radius) {
        surface.set_fill(Some(fill(color)));
        surface.draw_path(&path);
    }
}

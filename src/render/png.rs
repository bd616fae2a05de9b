//! The PNG painter: rasterises a frame on the CPU (vello_cpu) with the bundled fonts, so images
//! look like the screen without needing a GPU or a display.

use std::collections::HashMap;
use std::sync::Arc;

use vello_cpu::color::{AlphaColor, PremulRgba8, Srgb};
use vello_cpu::kurbo::{Affine, BezPath, Rect as KRect, RoundedRect, Shape as _};
use vello_cpu::peniko::{Blob, FontData, ImageSampler};
use vello_cpu::{Glyph, Image, ImageSource, Pixmap, RenderContext, Resources};

use super::image_store::ImageStore;
use crate::layout::fonts::FaceSlot;
use crate::layout::text::centered_note;
use crate::layout::{Fonts, Frame, ImageItem, Item, Rect, TextRun};
use crate::model::{Color, FontRole};

fn color(c: Color) -> AlphaColor<Srgb> {
    AlphaColor::from_rgba8(c.r, c.g, c.b, c.a)
}

fn shape_path(r: &Rect, radius: f32) -> BezPath {
    let rect = KRect::new(
        f64::from(r.x),
        f64::from(r.y),
        f64::from(r.right()),
        f64::from(r.bottom()),
    );
    let rad = f64::from(radius.min(r.w / 2.0).min(r.h / 2.0).max(0.0));
    RoundedRect::from_rect(rect, rad).to_path(0.1)
}

/// Draws one text run with the glyphs the layout measured; consecutive glyphs of one face make
/// one glyph run (a theme font's run may borrow glyphs from the fallback).
fn draw_run(
    ctx: &mut RenderContext,
    resources: &mut Resources,
    fonts: &Fonts,
    faces: &HashMap<(FontRole, FaceSlot), FontData>,
    run: &TextRun,
) {
    let mut x = run.x;
    let mut groups: Vec<(FaceSlot, Vec<Glyph>)> = Vec::new();
    for g in run.glyphs(fonts) {
        let glyph = Glyph {
            id: g.glyph_id,
            x: x + g.x_offset * run.size,
            y: run.baseline - g.y_offset * run.size,
        };
        x += g.x_advance * run.size;
        match groups.last_mut() {
            Some((slot, list)) if *slot == g.face => list.push(glyph),
            _ => groups.push((g.face, vec![glyph])),
        }
    }
    ctx.set_paint(color(run.color));
    for (slot, glyphs) in groups {
        let Some(face) = faces.get(&(run.font, slot)) else {
            continue;
        };
        ctx.glyph_run(resources, face)
            .font_size(run.size)
            .hint(false)
            .fill_glyphs(glyphs.into_iter());
    }
}

/// Rasterises `frame` at `scale` pixels per layout unit; returns PNG bytes. A panic inside the
/// rasteriser is an error for this frame ([`super::contained`]).
pub fn render_png(frame: &Frame, fonts: &Fonts, store: &ImageStore, scale: f32) -> Result<Vec<u8>, String> {
    super::contained(|| rasterise(frame, fonts, store, scale)).and_then(|r| r)
}

fn rasterise(frame: &Frame, fonts: &Fonts, store: &ImageStore, scale: f32) -> Result<Vec<u8>, String> {
    let (w, h) = ((frame.width * scale).round(), (frame.height * scale).round());
    if !(1.0..=16_384.0).contains(&w) || !(1.0..=16_384.0).contains(&h) {
        return Err(crate::t!(
            "deck-png-size",
            width = format!("{w}"),
            height = format!("{h}")
        ));
    }
    let (w, h) = (w as u16, h as u16);
    let mut ctx = RenderContext::new(w, h);
    let mut resources = Resources::new();
    ctx.set_transform(Affine::scale(f64::from(scale)));
    ctx.set_paint(color(frame.background));
    ctx.fill_rect(&KRect::new(0.0, 0.0, f64::from(frame.width), f64::from(frame.height)));
    let faces: HashMap<(FontRole, FaceSlot), FontData> = fonts
        .files()
        .into_iter()
        .map(|(role, slot, bytes)| ((role, slot), FontData::new(Blob::new(bytes.shared()), 0)))
        .collect();
    for item in &frame.items {
        match item {
            Item::Shape(s) => {
                ctx.set_paint(color(s.fill));
                ctx.fill_path(&shape_path(&s.rect, s.radius));
            }
            Item::Text(run) => draw_run(&mut ctx, &mut resources, fonts, &faces, run),
            Item::Image(img) => match image_pixmap(store, img, scale) {
                Ok(pixmap) => {
                    let r = img.rect;
                    ctx.set_paint_transform(
                        Affine::translate((f64::from(r.x), f64::from(r.y))).then_scale(1.0)
                            * Affine::scale(1.0 / f64::from(scale)),
                    );
                    ctx.set_paint(Image {
                        image: ImageSource::Pixmap(Arc::new(pixmap)),
                        sampler: ImageSampler::default(),
                    });
                    ctx.fill_rect(&KRect::new(
                        f64::from(r.x),
                        f64::from(r.y),
                        f64::from(r.right()),
                        f64::from(r.bottom()),
                    ));
                    ctx.reset_paint_transform();
                }
                Err(reason) => {
                    // Cannot be read after all (a file cut short): a placeholder that says so.
                    ctx.set_paint(color(Color::rgb(235, 235, 235)));
                    ctx.fill_path(&shape_path(&img.rect, 6.0));
                    let note = format!("[{}] {reason}", img.alt);
                    for run in centered_note(fonts, img.rect, &note, Color::rgb(90, 90, 90)) {
                        draw_run(&mut ctx, &mut resources, fonts, &faces, &run);
                    }
                }
            },
            Item::Link(_) => {}
            Item::Ink(line) => {
                let mut path = BezPath::new();
                for (i, &(x, y)) in line.points.iter().enumerate() {
                    let p = (f64::from(x), f64::from(y));
                    if i == 0 {
                        path.move_to(p);
                        // A single point still leaves a dot.
                        path.line_to((p.0 + 0.01, p.1));
                    } else {
                        path.line_to(p);
                    }
                }
                ctx.set_stroke(
                    vello_cpu::kurbo::Stroke::new(f64::from(line.width))
                        .with_caps(vello_cpu::kurbo::Cap::Round)
                        .with_join(vello_cpu::kurbo::Join::Round),
                );
                ctx.set_paint(color(line.color));
                ctx.stroke_path(&path);
            }
        }
    }
    ctx.flush();
    let mut pixmap = Pixmap::new(w, h);
    ctx.render(&mut pixmap, &mut resources);
    pixmap.into_png().map_err(|e| e.to_string())
}

/// The shown part of an image, resized to the pixels it covers.
fn image_pixmap(store: &ImageStore, item: &ImageItem, scale: f32) -> Result<Pixmap, String> {
    // The picture (and its share of the decoding memory) is held until it is scaled.
    let picture = store.pixels(&item.asset)?;
    let crop = super::decode::crop_uv(&picture, item.uv);
    let (tw, th) = (
        ((item.rect.w * scale).round() as u32).clamp(1, 16_384),
        ((item.rect.h * scale).round() as u32).clamp(1, 16_384),
    );
    let rgba = crop
        .resize_exact(tw, th, image::imageops::FilterType::Lanczos3)
        .to_rgba8();
    let premul: Vec<PremulRgba8> = rgba
        .pixels()
        .map(|p| {
            let a = u16::from(p[3]);
            let m = |c: u8| ((u16::from(c) * a + 127) / 255) as u8;
            PremulRgba8 {
                r: m(p[0]),
                g: m(p[1]),
                b: m(p[2]),
                a: p[3],
            }
        })
        .collect();
    Ok(Pixmap::from_parts(premul, tw as u16, th as u16))
}

//! The egui painter: draws a frame scaled into a window rectangle, letterboxed.

use egui::{Color32, FontData, FontDefinitions, FontFamily, FontId, Pos2, Rect as ERect, Stroke, TextureId, Vec2};

use crate::layout::fonts::{FaceSlot, FontBytes, Fonts};
use crate::layout::{Frame, Item, Rect};
use crate::model::{Color, FontRole};

/// The egui family name of a font role.
pub fn family(role: FontRole) -> FontFamily {
    FontFamily::Name(format!("estrade-{role:?}").into())
}

/// Registers the deck's faces with egui (the same bytes the layout measured: each role's face,
/// then its fallback face, in the order the layout picks them), and makes the regular face the
/// interface font too (hinted, unlike the slides' faces). egui's default fonts stay as last
/// fallbacks for symbols.
pub fn install_fonts(ctx: &egui::Context, fonts: &Fonts) {
    let mut defs = FontDefinitions::default();
    let files = fonts.files();
    for role in FontRole::ALL {
        let mut chain = Vec::new();
        for slot in [FaceSlot::Primary, FaceSlot::Fallback] {
            let Some((_, _, bytes)) = files.iter().find(|(r, s, _)| *r == role && *s == slot) else {
                continue;
            };
            let name = format!("estrade-{role:?}-{slot:?}");
            let data = match bytes {
                FontBytes::Bundled(b) => FontData::from_static(b),
                FontBytes::File(v) => FontData::from_owned(v.to_vec()),
            };
            // Unhinted, as the PDF, PNG and web painters draw them: the same shapes everywhere,
            // and glyphs at slide sizes rasterised without running the font's hinting program.
            let data = data.tweak(egui::FontTweak {
                hinting: Some(false),
                ..Default::default()
            });
            defs.font_data.insert(name.clone(), data.into());
            chain.push(name);
        }
        chain.extend(
            defs.families
                .get(&FontFamily::Proportional)
                .cloned()
                .unwrap_or_default(),
        );
        defs.families.insert(family(role), chain);
    }
    // The interface's own copy of the regular face, hinted: its text is small.
    if let Some((_, _, bytes)) = files
        .iter()
        .find(|(r, s, _)| *r == FontRole::Regular && *s == FaceSlot::Primary)
    {
        let data = match bytes {
            FontBytes::Bundled(b) => FontData::from_static(b),
            FontBytes::File(v) => FontData::from_owned(v.to_vec()),
        };
        defs.font_data.insert("estrade-interface".into(), data.into());
        if let Some(p) = defs.families.get_mut(&FontFamily::Proportional) {
            p.insert(0, "estrade-interface".into());
        }
    }
    ctx.set_fonts(defs);
}

/// Converts a frame colour.
pub fn color(c: Color) -> Color32 {
    Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a)
}

/// Where a frame lands in a target rectangle: the letterboxed slide rect and the scale.
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    pub slide: ERect,
    pub scale: f32,
}

impl Placement {
    /// Fits a `w`×`h` canvas into `target`, centred.
    pub fn fit(w: f32, h: f32, target: ERect) -> Placement {
        let scale = (target.width() / w).min(target.height() / h).max(1e-3);
        let size = Vec2::new(w * scale, h * scale);
        Placement {
            slide: ERect::from_center_size(target.center(), size),
            scale,
        }
    }

    /// A canvas rectangle in screen points.
    pub fn rect(&self, r: &Rect) -> ERect {
        ERect::from_min_size(self.pos(r.x, r.y), Vec2::new(r.w * self.scale, r.h * self.scale))
    }

    /// A canvas point in screen points.
    pub fn pos(&self, x: f32, y: f32) -> Pos2 {
        self.slide.min + Vec2::new(x * self.scale, y * self.scale)
    }

    /// The canvas point under a screen point.
    pub fn to_canvas(&self, p: Pos2) -> (f32, f32) {
        (
            (p.x - self.slide.min.x) / self.scale,
            (p.y - self.slide.min.y) / self.scale,
        )
    }
}

/// What the painter knows of an image.
#[derive(Debug, Clone, PartialEq)]
pub enum ImageLook {
    Ready(TextureId),
    /// Still decoding: a soft frame is drawn.
    Pending,
    /// Cannot be shown: a placeholder with the reason is drawn.
    Failed(String),
    /// Nothing is drawn (the audience view: a picture not there leaves its place empty).
    Blank,
}

/// Lays out (without painting) the text of `frame` as [`paint_frame`] would in `target`, so
/// egui's text cache holds it and its glyphs are rasterised before the frame is shown: moving to
/// a prepared slide then costs no shaping and no glyph rendering.
///
/// Stops once `budget` is spent and returns `false`: call again in the next frame (runs done
/// before are cache hits then), until it returns `true`. A slide at 4K can take tens of
/// milliseconds to prepare; spread over frames, a key pressed meanwhile is never kept waiting.
pub fn prepare_text(painter: &egui::Painter, frame: &Frame, target: ERect, budget: std::time::Duration) -> bool {
    let started = std::time::Instant::now();
    let place = Placement::fit(frame.width, frame.height, target);
    for run in frame.runs() {
        if started.elapsed() > budget {
            return false;
        }
        let font = FontId::new(run.size * place.scale, family(run.font));
        drop(painter.layout_no_wrap(run.text.clone(), font, color(run.color)));
    }
    true
}

/// Paints `frame` into `target` (letterbox in the frame's background). `texture` says how each
/// image asset can be drawn right now.
pub fn paint_frame(
    painter: &egui::Painter,
    frame: &Frame,
    target: ERect,
    texture: &mut dyn FnMut(&str) -> ImageLook,
) -> Placement {
    let place = Placement::fit(frame.width, frame.height, target);
    painter.rect_filled(target, 0.0, color(frame.background));
    let painter = painter.with_clip_rect(place.slide);
    for item in &frame.items {
        paint_item(&painter, item, place, texture);
    }
    place
}

/// Paints one item of a frame at `place` (the painter clipped to the slide).
pub fn paint_item(painter: &egui::Painter, item: &Item, place: Placement, texture: &mut dyn FnMut(&str) -> ImageLook) {
    match item {
        Item::Shape(s) => {
            painter.rect_filled(place.rect(&s.rect), s.radius * place.scale, color(s.fill));
        }
        Item::Text(run) => {
            let font = FontId::new(run.size * place.scale, family(run.font));
            let galley = painter.layout_no_wrap(run.text.clone(), font, color(run.color));
            let baseline = galley
                .rows
                .first()
                .and_then(|r| r.row.glyphs.first().map(|g| r.pos.y + g.pos.y))
                .unwrap_or(0.0);
            let at = place.pos(run.x, run.baseline) - Vec2::new(0.0, baseline);
            painter.galley(at, galley, color(run.color));
        }
        Item::Image(img) => {
            let rect = place.rect(&img.rect);
            match texture(&img.asset) {
                ImageLook::Ready(id) => {
                    let uv = ERect::from_min_max(Pos2::new(img.uv.0, img.uv.1), Pos2::new(img.uv.2, img.uv.3));
                    painter.image(id, rect, uv, Color32::WHITE);
                }
                ImageLook::Pending => {
                    painter.rect_stroke(
                        rect,
                        4.0,
                        Stroke::new(1.0, Color32::from_gray(200)),
                        egui::StrokeKind::Inside,
                    );
                }
                ImageLook::Blank => {}
                ImageLook::Failed(reason) => {
                    painter.rect_filled(rect, 4.0, Color32::from_gray(235));
                    painter.rect_stroke(
                        rect,
                        4.0,
                        Stroke::new(2.0, Color32::from_rgb(190, 60, 50)),
                        egui::StrokeKind::Inside,
                    );
                    let font = FontId::new((14.0 * place.scale * 1.5).max(11.0), family(FontRole::Regular));
                    let galley = painter.layout(
                        format!("[{}]\n{reason}", img.alt),
                        font,
                        Color32::from_gray(60),
                        rect.width() - 16.0,
                    );
                    painter.galley(rect.center() - galley.size() / 2.0, galley, Color32::from_gray(60));
                }
            }
        }
        Item::Link(_) => {}
        Item::Ink(line) => {
            let points: Vec<Pos2> = line.points.iter().map(|&(x, y)| place.pos(x, y)).collect();
            let c = line.color;
            let ink = Color32::from_rgba_unmultiplied(c.r, c.g, c.b, c.a);
            let width = line.width * place.scale;
            if let [only] = points.as_slice() {
                painter.circle_filled(*only, width / 2.0, ink);
            } else {
                painter.add(egui::Shape::line(points, Stroke::new(width, ink)));
            }
        }
    }
}

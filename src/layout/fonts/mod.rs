//! The font files every output uses, and text measurement with them.
//!
//! Layout measures with these files and every painter draws with the very same bytes, so a line
//! breaks at the same word on screen, in the PDF and in PNGs.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, OnceLock};

use crate::model::{FontRole, ThemeFonts};

/// The bundled Lato faces (SIL OFL 1.1, see `assets/fonts/`).
pub fn bundled_bytes(role: FontRole) -> &'static [u8] {
    match role {
        FontRole::Regular => include_bytes!("../../../assets/fonts/Lato-Regular.ttf"),
        FontRole::Bold => include_bytes!("../../../assets/fonts/Lato-Bold.ttf"),
        FontRole::Italic => include_bytes!("../../../assets/fonts/Lato-Italic.ttf"),
        FontRole::BoldItalic => include_bytes!("../../../assets/fonts/Lato-BoldItalic.ttf"),
        FontRole::Display => include_bytes!("../../../assets/fonts/Lato-Black.ttf"),
    }
}

/// The bytes of one font file, cheap to clone: built in, or read from a theme's file.
#[derive(Clone)]
pub enum FontBytes {
    Bundled(&'static [u8]),
    File(Arc<Vec<u8>>),
}

impl FontBytes {
    /// The file's bytes.
    pub fn as_slice(&self) -> &[u8] {
        match self {
            FontBytes::Bundled(b) => b,
            FontBytes::File(v) => v,
        }
    }

    /// The bytes behind a shared handle, as PDF and PNG writers take them (no copy).
    pub fn shared(&self) -> Arc<dyn AsRef<[u8]> + Send + Sync> {
        match self {
            FontBytes::Bundled(b) => Arc::new(*b),
            FontBytes::File(v) => v.clone(),
        }
    }

    fn same(&self, other: &FontBytes) -> bool {
        match (self, other) {
            (FontBytes::Bundled(a), FontBytes::Bundled(b)) => std::ptr::eq(*a, *b),
            (FontBytes::File(a), FontBytes::File(b)) => Arc::ptr_eq(a, b) || a == b,
            _ => false,
        }
    }
}

impl std::fmt::Debug for FontBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FontBytes::Bundled(b) => write!(f, "Bundled({} bytes)", b.len()),
            FontBytes::File(v) => write!(f, "File({} bytes)", v.len()),
        }
    }
}

/// Which of a role's two faces draws a glyph: the theme's face, or the bundled Lato that stands
/// in for characters the theme's font lacks (a narrow no-break space, « ᵉ »…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FaceSlot {
    Primary,
    Fallback,
}

/// Metrics of one face, in font units, plus what shaping needs.
struct Face {
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    /// The characters the face has a glyph for, gathered when first asked: only a theme with
    /// its own fonts and the missing-glyph check need them.
    covered: OnceLock<HashSet<char>>,
    bytes: FontBytes,
    shaper_data: harfrust::ShaperData,
    /// Shaping plans made so far, one per direction and script: making a plan (choosing the
    /// font's features) cost a third of shaping when it was redone for every word.
    plans: Mutex<Vec<Arc<harfrust::ShapePlan>>>,
}

impl Face {
    fn read(bytes: FontBytes) -> Option<Face> {
        let data = bytes.as_slice();
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let font = harfrust::FontRef::new(data).ok()?;
        let shaper_data = harfrust::ShaperData::new(&font);
        let units_per_em = f32::from(face.units_per_em());
        if units_per_em <= 0.0 {
            return None;
        }
        Some(Face {
            units_per_em,
            ascender: f32::from(face.ascender()),
            descender: f32::from(face.descender()),
            covered: OnceLock::new(),
            shaper_data,
            bytes,
            plans: Mutex::new(Vec::new()),
        })
    }

    /// Whether the face has a glyph for `c`.
    fn covers(&self, c: char) -> bool {
        self.covered
            .get_or_init(|| {
                let mut covered = HashSet::new();
                let Ok(face) = ttf_parser::Face::parse(self.bytes.as_slice(), 0) else {
                    return covered;
                };
                for sub in face.tables().cmap.iter().flat_map(|t| t.subtables) {
                    if sub.is_unicode() {
                        sub.codepoints(|cp| {
                            if let Some(c) = char::from_u32(cp)
                                && sub.glyph_index(cp).is_some_and(|g| g.0 != 0)
                            {
                                covered.insert(c);
                            }
                        });
                    }
                }
                covered
            })
            .contains(&c)
    }

    /// Shapes `text` (kerning and ligatures applied), calling `each` with every glyph's id,
    /// cluster and position in font units.
    fn shape_with(&self, text: &str, mut each: impl FnMut(u32, u32, &harfrust::GlyphPosition)) {
        let Ok(font) = harfrust::FontRef::new(self.bytes.as_slice()) else {
            return;
        };
        let shaper = self.shaper_data.shaper(&font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let plan = self.plan(&shaper, &buffer);
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new().plan(plan.as_deref()));
        for (i, p) in glyphs.glyph_infos().iter().zip(glyphs.glyph_positions()) {
            each(i.glyph_id, i.cluster, p);
        }
    }

    /// The plan for a buffer's direction and script, made once. A buffer whose script could not
    /// be told (digits, punctuation) gets none: harfrust then plans it itself, as before.
    fn plan(
        &self,
        shaper: &harfrust::Shaper<'_>,
        buffer: &harfrust::UnicodeBuffer,
    ) -> Option<Arc<harfrust::ShapePlan>> {
        let (direction, script) = (buffer.direction(), buffer.script());
        if script == harfrust::script::UNKNOWN {
            return None;
        }
        let mut plans = self.plans.lock().ok()?;
        if let Some(p) = plans
            .iter()
            .find(|p| p.direction() == direction && p.script() == Some(script))
        {
            return Some(Arc::clone(p));
        }
        let plan = Arc::new(harfrust::ShapePlan::new(shaper, direction, Some(script), None, &[]));
        plans.push(Arc::clone(&plan));
        Some(plan)
    }

    /// Advance of `text` in ems.
    fn shaped_em(&self, text: &str) -> f32 {
        let mut units = 0i64;
        self.shape_with(text, |_, _, p| units += i64::from(p.x_advance));
        units as f32 / self.units_per_em
    }
}

/// Measures text in the deck's faces by shaping it with harfrust, the shaper egui and the PDF
/// writer use, so measured widths match painted ones. Widths are cached per face and string.
///
/// Each role has the theme's face and, when the theme brings its own fonts, the bundled Lato of
/// the same role for characters the theme's font lacks: text is cut into pieces by the face that
/// has their glyphs, exactly as egui does with a family's font list.
pub struct Fonts {
    primary: Vec<(FontRole, Face)>,
    fallback: Vec<(FontRole, Face)>,
    cache: Mutex<HashMap<(FontRole, String), f32>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts")
            .field("primary", &self.primary.len())
            .field("fallback", &self.fallback.len())
            .finish()
    }
}

/// One shaped glyph (see [`Fonts::shape`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShapedGlyph {
    pub glyph_id: u32,
    /// Byte offset in the text where this glyph's cluster starts.
    pub cluster: usize,
    /// Advance in em units (multiply by the font size).
    pub x_advance: f32,
    pub x_offset: f32,
    pub y_offset: f32,
    /// The face the glyph id belongs to.
    pub face: FaceSlot,
}

/// A font file could not be read.
#[derive(Debug)]
pub struct FontError(pub FontRole);

impl std::fmt::Display for FontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("deck-font-role-unreadable", role = format!("{:?}", self.0)))
    }
}

impl std::error::Error for FontError {}

/// Cached strings beyond which the width cache is emptied (keeps memory bounded for days).
const CACHE_LIMIT: usize = 50_000;

impl Fonts {
    /// Reads the bundled faces.
    pub fn bundled() -> Result<Fonts, FontError> {
        Fonts::for_theme(&ThemeFonts::default())
    }

    /// The faces a theme names (see [`ThemeFonts::resolve`]), with the bundled Lato behind them
    /// for missing characters; the bundled Lato alone when the theme names none.
    pub fn for_theme(theme: &ThemeFonts) -> Result<Fonts, FontError> {
        let mut primary = Vec::new();
        let mut fallback = Vec::new();
        for role in FontRole::ALL {
            let bundled = || Face::read(FontBytes::Bundled(bundled_bytes(role))).ok_or(FontError(role));
            match theme.resolve(role) {
                Some(file) => {
                    let face = Face::read(FontBytes::File(file.bytes.clone())).ok_or(FontError(role))?;
                    primary.push((role, face));
                    fallback.push((role, bundled()?));
                }
                None => primary.push((role, bundled()?)),
            }
        }
        Ok(Fonts {
            primary,
            fallback,
            cache: Mutex::new(HashMap::new()),
        })
    }

    /// Whether these are the faces `theme` asks for (so a reloaded deck can keep them).
    pub fn serves(&self, theme: &ThemeFonts) -> bool {
        FontRole::ALL.iter().all(|&role| {
            let mine = &self.face(role, FaceSlot::Primary).bytes;
            match theme.resolve(role) {
                Some(file) => mine.same(&FontBytes::File(file.bytes.clone())),
                None => mine.same(&FontBytes::Bundled(bundled_bytes(role))),
            }
        })
    }

    fn face(&self, role: FontRole, slot: FaceSlot) -> &Face {
        let list = match slot {
            FaceSlot::Fallback if !self.fallback.is_empty() => &self.fallback,
            _ => &self.primary,
        };
        // Every constructor fills every role, so the search always succeeds.
        list.iter().find(|(r, _)| *r == role).map_or(&list[0].1, |(_, f)| f)
    }

    /// Every face a painter must register: role, slot and bytes.
    pub fn files(&self) -> Vec<(FontRole, FaceSlot, FontBytes)> {
        let p = self
            .primary
            .iter()
            .map(|(r, f)| (*r, FaceSlot::Primary, f.bytes.clone()));
        let f = self
            .fallback
            .iter()
            .map(|(r, f)| (*r, FaceSlot::Fallback, f.bytes.clone()));
        p.chain(f).collect()
    }

    /// Whether a role has a fallback face behind the theme's.
    pub fn has_fallback(&self) -> bool {
        !self.fallback.is_empty()
    }

    /// Cuts `text` into pieces drawn by one face each: `(byte offset, piece, face)`. A character
    /// goes to the theme's face when it has the glyph, else to the fallback when that has it
    /// (character by character, as egui picks the fonts of a family).
    fn pieces<'t>(&self, text: &'t str, role: FontRole) -> Vec<(usize, &'t str, FaceSlot)> {
        if self.fallback.is_empty() {
            return vec![(0, text, FaceSlot::Primary)];
        }
        let primary = self.face(role, FaceSlot::Primary);
        let fallback = self.face(role, FaceSlot::Fallback);
        let mut out: Vec<(usize, &str, FaceSlot)> = Vec::new();
        let mut start = 0;
        let mut current: Option<FaceSlot> = None;
        for (i, c) in text.char_indices() {
            let slot = if primary.covers(c) || !fallback.covers(c) {
                FaceSlot::Primary
            } else {
                FaceSlot::Fallback
            };
            match current {
                Some(cur) if cur != slot => {
                    out.push((start, &text[start..i], cur));
                    start = i;
                    current = Some(slot);
                }
                None => current = Some(slot),
                _ => {}
            }
        }
        out.push((start, &text[start..], current.unwrap_or(FaceSlot::Primary)));
        out
    }

    /// Width of `text` at `size` (layout units).
    pub fn width(&self, text: &str, role: FontRole, size: f32) -> f32 {
        let key = (role, text.to_string());
        let cached = self.cache.lock().ok().and_then(|c| c.get(&key).copied());
        let em = match cached {
            Some(w) => w,
            None => {
                let w = self
                    .pieces(text, role)
                    .into_iter()
                    .map(|(_, piece, slot)| self.face(role, slot).shaped_em(piece))
                    .sum();
                if let Ok(mut c) = self.cache.lock() {
                    if c.len() > CACHE_LIMIT {
                        c.clear();
                    }
                    c.insert(key, w);
                }
                w
            }
        };
        em * size
    }

    /// Shapes `text` in a face: glyphs with their cluster (byte offset in `text`), face, and
    /// advances and offsets in em units. Painters that place glyphs themselves (PDF, PNG) use
    /// this so they draw exactly what the layout measured.
    pub fn shape(&self, text: &str, role: FontRole) -> Vec<ShapedGlyph> {
        let mut out = Vec::new();
        for (offset, piece, slot) in self.pieces(text, role) {
            let f = self.face(role, slot);
            let em = f.units_per_em;
            f.shape_with(piece, |glyph_id, cluster, p| {
                out.push(ShapedGlyph {
                    glyph_id,
                    cluster: offset + cluster as usize,
                    x_advance: p.x_advance as f32 / em,
                    x_offset: p.x_offset as f32 / em,
                    y_offset: p.y_offset as f32 / em,
                    face: slot,
                });
            });
        }
        out
    }

    /// Distance from the top of the line box to the baseline, at `size`.
    pub fn ascent(&self, role: FontRole, size: f32) -> f32 {
        let f = self.face(role, FaceSlot::Primary);
        f.ascender * size / f.units_per_em
    }

    /// Depth below the baseline (positive), at `size`.
    pub fn descent(&self, role: FontRole, size: f32) -> f32 {
        let f = self.face(role, FaceSlot::Primary);
        -f.descender * size / f.units_per_em
    }

    /// Whether a face of the role (the theme's or its fallback) has a glyph for `c`.
    pub fn has_glyph(&self, role: FontRole, c: char) -> bool {
        self.face(role, FaceSlot::Primary).covers(c)
            || (self.has_fallback() && self.face(role, FaceSlot::Fallback).covers(c))
    }
}

#[cfg(test)]
mod tests;

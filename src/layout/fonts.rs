//! The font files every output uses, and text measurement with them.
//!
//! Layout measures with these files and every painter draws with the very same bytes, so a line
//! breaks at the same word on screen, in the PDF and in PNGs.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use crate::model::FontRole;

/// The bundled Lato faces (SIL OFL 1.1, see `assets/fonts/`).
pub fn font_bytes(role: FontRole) -> &'static [u8] {
    match role {
        FontRole::Regular => include_bytes!("../../assets/fonts/Lato-Regular.ttf"),
        FontRole::Bold => include_bytes!("../../assets/fonts/Lato-Bold.ttf"),
        FontRole::Italic => include_bytes!("../../assets/fonts/Lato-Italic.ttf"),
        FontRole::BoldItalic => include_bytes!("../../assets/fonts/Lato-BoldItalic.ttf"),
        FontRole::Display => include_bytes!("../../assets/fonts/Lato-Black.ttf"),
    }
}

/// Metrics of one face, in font units, plus what shaping needs.
struct Face {
    role: FontRole,
    units_per_em: f32,
    ascender: f32,
    descender: f32,
    covered: HashSet<char>,
    font: harfrust::FontRef<'static>,
    shaper_data: harfrust::ShaperData,
}

impl Face {
    fn read(role: FontRole) -> Option<Face> {
        let data = font_bytes(role);
        let face = ttf_parser::Face::parse(data, 0).ok()?;
        let mut covered = HashSet::new();
        if let Some(table) = face.tables().cmap {
            for sub in table.subtables {
                if sub.is_unicode() {
                    sub.codepoints(|cp| {
                        if let Some(c) = char::from_u32(cp) {
                            covered.insert(c);
                        }
                    });
                }
            }
        }
        let font = harfrust::FontRef::new(data).ok()?;
        let shaper_data = harfrust::ShaperData::new(&font);
        Some(Face {
            role,
            units_per_em: f32::from(face.units_per_em()),
            ascender: f32::from(face.ascender()),
            descender: f32::from(face.descender()),
            covered,
            font,
            shaper_data,
        })
    }

    /// Advance of `text` in font units, shaped (kerning and ligatures applied).
    fn shaped_units(&self, text: &str) -> i64 {
        let shaper = self.shaper_data.shaper(&self.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        glyphs.glyph_positions().iter().map(|p| i64::from(p.x_advance)).sum()
    }
}

/// Measures text in the bundled faces by shaping it with harfrust, the shaper egui and the PDF
/// writer use, so measured widths match painted ones. Widths are cached per face and string.
pub struct Fonts {
    faces: Vec<Face>,
    cache: Mutex<HashMap<(FontRole, String), f32>>,
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fonts").field("faces", &self.faces.len()).finish()
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
}

/// The bundled font files could not be read (a build problem, never user input).
#[derive(Debug, thiserror::Error)]
#[error("bundled font {0:?} is unreadable")]
pub struct FontError(pub FontRole);

/// Cached strings beyond which the width cache is emptied (keeps memory bounded for days).
const CACHE_LIMIT: usize = 50_000;

impl Fonts {
    /// Reads the bundled faces.
    pub fn bundled() -> Result<Fonts, FontError> {
        let mut faces = Vec::new();
        for role in FontRole::ALL {
            faces.push(Face::read(role).ok_or(FontError(role))?);
        }
        Ok(Fonts {
            faces,
            cache: Mutex::new(HashMap::new()),
        })
    }

    fn face(&self, role: FontRole) -> &Face {
        // `bundled` fills every role in order, so the search always succeeds.
        self.faces.iter().find(|f| f.role == role).unwrap_or(&self.faces[0])
    }

    /// Width of `text` at `size` (layout units).
    pub fn width(&self, text: &str, role: FontRole, size: f32) -> f32 {
        let key = (role, text.to_string());
        let cached = self.cache.lock().ok().and_then(|c| c.get(&key).copied());
        let em = match cached {
            Some(w) => w,
            None => {
                let f = self.face(role);
                let w = f.shaped_units(text) as f32 / f.units_per_em;
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

    /// Shapes `text` in a face: glyphs with their cluster (byte offset in `text`) and advances
    /// and offsets in em units. Painters that place glyphs themselves (PDF, PNG) use this so
    /// they draw exactly what the layout measured.
    pub fn shape(&self, text: &str, role: FontRole) -> Vec<ShapedGlyph> {
        let f = self.face(role);
        let shaper = f.shaper_data.shaper(&f.font).build();
        let mut buffer = harfrust::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, harfrust::ShapeOptions::new());
        let em = f.units_per_em;
        glyphs
            .glyph_infos()
            .iter()
            .zip(glyphs.glyph_positions())
            .map(|(i, p)| ShapedGlyph {
                glyph_id: i.glyph_id,
                cluster: i.cluster as usize,
                x_advance: p.x_advance as f32 / em,
                x_offset: p.x_offset as f32 / em,
                y_offset: p.y_offset as f32 / em,
            })
            .collect()
    }

    /// Distance from the top of the line box to the baseline, at `size`.
    pub fn ascent(&self, role: FontRole, size: f32) -> f32 {
        let f = self.face(role);
        f.ascender * size / f.units_per_em
    }

    /// Depth below the baseline (positive), at `size`.
    pub fn descent(&self, role: FontRole, size: f32) -> f32 {
        let f = self.face(role);
        -f.descender * size / f.units_per_em
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(&self, role: FontRole, c: char) -> bool {
        self.face(role).covered.contains(&c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_french_text() {
        let f = Fonts::bundled().unwrap();
        let w = f.width("é", FontRole::Regular, 100.0);
        assert!(w > 30.0 && w < 70.0, "{w}");
        assert!(f.width("WWW", FontRole::Bold, 40.0) > f.width("iii", FontRole::Bold, 40.0));
        // Kerning is applied: "AV" is narrower than "A" plus "V".
        let pair = f.width("AV", FontRole::Regular, 100.0);
        assert!(pair < f.width("A", FontRole::Regular, 100.0) + f.width("V", FontRole::Regular, 100.0) - 0.5);
        for c in "àâçéèêëîïôûùüÿœæ«»\u{a0}\u{202f}–—’…ᵉÀÉÈÊÇ".chars() {
            assert!(f.has_glyph(FontRole::Regular, c), "missing {c:?}");
        }
    }
}

//! The page's fonts: for each face a text uses, a subset holding just the characters drawn with
//! it, embedded as `@font-face` rules (base64 TrueType). The subsets keep a Unicode `cmap`, as
//! browsers require, and drop the layout tables: the characters are placed by our own shaping.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use base64::Engine as _;

use super::Embedding;
use crate::layout::Fonts;
use crate::layout::fonts::FaceSlot;
use crate::model::FontRole;

/// Why a font could not be embedded.
#[derive(Debug, thiserror::Error)]
pub enum FontEmbedError {
    /// The font file could not be read as OpenType.
    #[error("{}", crate::t!("html-font-unreadable", face = face.clone(), error = reason.clone()))]
    Unreadable { face: String, reason: String },
    /// The subsetter refused the font.
    #[error("{}", crate::t!("html-font-subset", face = face.clone(), error = reason.clone()))]
    Subset { face: String, reason: String },
}

/// The characters drawn with each face, gathered while the frames are painted.
#[derive(Debug, Default)]
pub struct GlyphSets {
    used: BTreeMap<(FontRole, FaceSlot), BTreeSet<char>>,
}

impl GlyphSets {
    /// The CSS class that selects this face's subset.
    pub fn class(&self, role: FontRole, slot: FaceSlot) -> String {
        class_name(role, slot)
    }

    /// Records that `chars` are drawn with this face.
    pub fn add(&mut self, role: FontRole, slot: FaceSlot, chars: &str) {
        self.used.entry((role, slot)).or_default().extend(chars.chars());
    }

    /// The `@font-face` rules and the class rules for every face used; with
    /// [`Embedding::Files`] the subsets go to `files` as `fonts/NAME.ttf`.
    pub fn css(
        &self,
        fonts: &Fonts,
        embedding: Embedding,
        files: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<String, FontEmbedError> {
        let faces = fonts.files();
        let mut css = String::new();
        for ((role, slot), chars) in &self.used {
            let Some((_, _, bytes)) = faces.iter().find(|(r, s, _)| r == role && s == slot) else {
                continue;
            };
            let name = class_name(*role, *slot);
            let subset = subset(bytes.as_slice(), chars, &name)?;
            let url = match embedding {
                Embedding::Inline => format!(
                    "data:font/ttf;base64,{}",
                    base64::engine::general_purpose::STANDARD.encode(subset)
                ),
                Embedding::Files => {
                    let path = format!("fonts/{name}.ttf");
                    files.push((path.clone(), subset));
                    path
                }
            };
            let _ = write!(
                css,
                "@font-face{{font-family:{name};src:url({url}) format(\"truetype\");font-display:block}}\n.{name}{{font-family:{name}}}\n"
            );
        }
        Ok(css)
    }
}

fn class_name(role: FontRole, slot: FaceSlot) -> String {
    let role = FontRole::ALL.iter().position(|r| *r == role).unwrap_or(0);
    let slot = match slot {
        FaceSlot::Primary => 'p',
        FaceSlot::Fallback => 'f',
    };
    format!("f{role}{slot}")
}

/// `bytes` cut down to the glyphs of `chars` (and `.notdef`).
fn subset(bytes: &[u8], chars: &BTreeSet<char>, face: &str) -> Result<Vec<u8>, FontEmbedError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};
    let unreadable = |reason: String| FontEmbedError::Unreadable {
        face: face.to_string(),
        reason,
    };
    let parsed = ttf_parser::Face::parse(bytes, 0).map_err(|e| unreadable(e.to_string()))?;
    let mut ids: BTreeSet<u16> = chars
        .iter()
        .filter_map(|c| parsed.glyph_index(*c))
        .map(|g| g.0)
        .collect();
    ids.insert(0);
    let ids: Vec<u16> = ids.into_iter().collect();
    let data = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| unreadable(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| unreadable(e.to_string()))?;
    allsorts::subset::subset(&provider, &ids, &SubsetProfile::Minimal, CmapTarget::Unicode).map_err(|e| {
        FontEmbedError::Subset {
            face: face.to_string(),
            reason: e.to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subset_is_small_and_maps_its_characters() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        let files = fonts.files();
        let (_, _, bytes) = &files[0];
        let chars: BTreeSet<char> = "Québec « ᵉ »".chars().collect();
        let out = subset(bytes.as_slice(), &chars, "test").expect("subset");
        assert!(out.len() < bytes.as_slice().len() / 10, "{} bytes", out.len());
        let face = ttf_parser::Face::parse(&out, 0).expect("the subset parses");
        for c in chars {
            assert!(face.glyph_index(c).is_some(), "{c:?} is mapped in the subset");
        }
        assert!(face.glyph_index('z').is_none(), "an unused character is left out");
    }
}

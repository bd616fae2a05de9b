//! Theme lookup and validation.

use super::Validator;
use crate::deck::locate::Step;
use crate::deck::parse::parse_ron;
use crate::diagnostics::{Diagnostic, did_you_mean};
use std::sync::Arc;

use crate::deck::raw::{RawCase, RawFonts, RawTheme};
use crate::model::{Color, FontFile, FontRole, TextCase, Theme, ThemeFonts};
use crate::source::{BuiltinSource, Source, SourceError, join_relative, parent_of};

/// Themes built into the binary.
pub const BUILTIN_THEMES: &[&str] = &["ceap", "dark", "high-contrast"];

impl Validator<'_> {
    /// Finds and reads the theme `name`: `assets/themes/NAME.ron`, then `NAME.ron` beside the deck,
    /// then the built-in themes. No name gives the default theme.
    pub(crate) fn theme(&mut self, name: Option<&str>) -> Theme {
        let Some(name) = name else { return Theme::default() };
        let path = [Step::Field("theme")];
        let file = if name.ends_with(".ron") {
            name.to_string()
        } else {
            format!("{name}.ron")
        };
        let candidates = [
            join_relative(self.cx.assets_base, &format!("themes/{file}")),
            join_relative(parent_of(self.cx.deck_path), &file),
        ];
        let mut found: Option<(String, Vec<u8>, bool)> = None;
        for c in candidates.into_iter().flatten() {
            if let Ok(bytes) = self.cx.source.read(&c) {
                found = Some((c, bytes, false));
                break;
            }
        }
        if found.is_none()
            && let Ok(bytes) = BuiltinSource.read(&format!("assets/themes/{file}"))
        {
            found = Some((format!("assets/themes/{file}"), bytes, true));
        }
        let Some((rel, bytes, builtin)) = found else {
            let d = self
                .cx
                .loc
                .error(&path, None, crate::msg!("deck-unknown-theme", name = name));
            let hint = match did_you_mean(name, BUILTIN_THEMES.iter().copied()) {
                Some(s) => crate::t!("deck-did-you-mean", name = s),
                None => crate::t!(
                    "deck-unknown-theme-hint",
                    file = &file,
                    themes = BUILTIN_THEMES.join(", ")
                ),
            };
            self.fatal(d.with_hint(hint));
            return Theme::default();
        };
        let shown = if builtin {
            BuiltinSource.display(&rel)
        } else {
            self.cx.source.display(&rel)
        };
        let text = crate::deck::without_bom(String::from_utf8_lossy(&bytes).into_owned());
        match parse_ron::<RawTheme>(&shown, &text) {
            Ok(raw) => {
                let base = Theme {
                    name: name.to_string(),
                    ..Theme::default()
                };
                let fonts_from = if builtin {
                    FontPlace::Builtin
                } else {
                    FontPlace::Project
                };
                self.apply_theme(base, &raw, &shown, &text, fonts_from)
            }
            Err(d) => {
                self.fatal(*d);
                Theme::default()
            }
        }
    }

    /// Lays the fields given in `raw` over `base`; `file` and `text` locate bad values, and
    /// `fonts_from` says where the theme's font files are read.
    pub(crate) fn apply_theme(
        &mut self,
        base: Theme,
        raw: &RawTheme,
        file: &str,
        text: &str,
        fonts_from: FontPlace,
    ) -> Theme {
        let mut t = base;
        let color = |v: &mut Self, field: &str, value: &Option<String>, slot: &mut Color| {
            let Some(s) = value else { return };
            match Color::parse_hex(s) {
                Some(c) => *slot = c,
                None => {
                    let (line, col) = field_position(text, field);
                    let msg = crate::msg!("deck-bad-colour", field = field, value = s);
                    let d = Diagnostic::error(file, Some(text), line, col, msg);
                    v.fatal(d.with_hint(crate::t!("deck-bad-colour-hint")));
                }
            }
        };
        color(self, "background", &raw.background, &mut t.background);
        color(self, "surface", &raw.surface, &mut t.surface);
        color(self, "text", &raw.text, &mut t.text);
        color(self, "muted", &raw.muted, &mut t.muted);
        color(self, "accent", &raw.accent, &mut t.accent);
        color(self, "on_accent", &raw.on_accent, &mut t.on_accent);
        color(self, "link", &raw.link, &mut t.link);
        let sizes = [
            (&raw.title_size, &mut t.title_size),
            (&raw.body_size, &mut t.body_size),
            (&raw.small_size, &mut t.small_size),
            (&raw.min_size, &mut t.min_size),
            (&raw.margin, &mut t.margin),
        ];
        for (v, slot) in sizes {
            if let Some(v) = v.filter(|v| v.is_finite() && *v > 0.0 && *v < 1000.0) {
                *slot = v;
            }
        }
        if let Some(c) = raw.title_case {
            t.title_case = match c {
                RawCase::AsWritten => TextCase::AsWritten,
                RawCase::Upper => TextCase::Upper,
            };
        }
        t.footer = raw.footer.unwrap_or(t.footer);
        t.hyphenate = raw.hyphenate.unwrap_or(t.hyphenate);
        t.transition_ms = raw.transition_ms.unwrap_or(t.transition_ms).min(2000);
        if let Some(src) = &raw.background_image {
            let img = crate::deck::raw::RawImage {
                src: src.clone(),
                alt: Some("(background)".into()),
                caption: None,
                credit: None,
                fit: crate::deck::raw::RawFit::Cover,
            };
            t.background_image = Some(self.image(&img, &[Step::Field("theme")]));
        }
        if let Some(fonts) = &raw.fonts {
            self.theme_fonts(fonts, &mut t.fonts, file, text, fonts_from);
        }
        t
    }

    /// Reads and checks each font file `raw` names into `fonts`; a bad one is an error at its
    /// line in the theme file and leaves the role to its fallback.
    fn theme_fonts(&mut self, raw: &RawFonts, fonts: &mut ThemeFonts, file: &str, text: &str, from: FontPlace) {
        let given = [
            (FontRole::Regular, "regular", &raw.regular),
            (FontRole::Bold, "bold", &raw.bold),
            (FontRole::Italic, "italic", &raw.italic),
            (FontRole::BoldItalic, "bold_italic", &raw.bold_italic),
            (FontRole::Display, "display", &raw.display),
        ];
        for (role, field, rel) in given {
            let Some(rel) = rel else { continue };
            // The fonts built into estrade (`assets/fonts/`) are found even when a copied deck
            // left them behind.
            let builtin = || join_relative("assets", rel).and_then(|p| BuiltinSource.read(&p));
            let read = match from {
                FontPlace::Project => {
                    match join_relative(self.cx.assets_base, rel).and_then(|p| self.cx.source.read(&p)) {
                        Err(SourceError::NotFound) => builtin(),
                        other => other,
                    }
                }
                FontPlace::Builtin => builtin(),
            };
            let problem = match read {
                Ok(bytes) => match check_font(&bytes) {
                    Ok(()) => {
                        *fonts.slot(role) = Some(FontFile {
                            path: rel.clone(),
                            bytes: Arc::new(bytes),
                        });
                        continue;
                    }
                    Err(p) => crate::msg!("deck-font-unusable", path = rel, reason = p),
                },
                Err(SourceError::NotFound) => crate::msg!("deck-font-not-found", path = rel),
                Err(e) => crate::msg!("deck-font-unreadable", path = rel, reason = e.to_string()),
            };
            let (line, col) = field_position(text, field);
            // `place` chooses the words for the folder: the deck's, `folder/`, or estrade's own.
            let (place, folder) = match (from, self.cx.assets_base) {
                (FontPlace::Project, "") => ("deck", ""),
                (FontPlace::Project, base) => ("folder", base),
                (FontPlace::Builtin, _) => ("builtin", ""),
            };
            let d = Diagnostic::error(file, Some(text), line, col, problem).with_hint(crate::t!(
                "deck-font-hint",
                place = place,
                folder = folder
            ));
            self.report(d);
        }
    }
}

/// Where a theme's font files are read: the deck's project, or the files built into estrade
/// (for a built-in theme).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FontPlace {
    Project,
    Builtin,
}

/// Largest font file accepted (the biggest CJK fonts are ~20 MB).
pub const MAX_FONT_BYTES: usize = 32 * 1024 * 1024;

/// Checks that `bytes` is a font the shaper and every painter can use.
fn check_font(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() > MAX_FONT_BYTES {
        return Err(crate::t!(
            "deck-font-too-big",
            size = bytes.len() / 1_000_000,
            max = MAX_FONT_BYTES / (1024 * 1024)
        ));
    }
    if bytes.starts_with(b"wOFF") || bytes.starts_with(b"wOF2") {
        return Err(crate::t!("deck-font-woff"));
    }
    let face =
        ttf_parser::Face::parse(bytes, 0).map_err(|e| crate::t!("deck-font-not-a-font", reason = e.to_string()))?;
    if face.tables().cmap.is_none() || face.units_per_em() == 0 {
        return Err(crate::t!("deck-font-no-cmap"));
    }
    harfrust::FontRef::new(bytes).map_err(|e| crate::t!("deck-font-shaper", reason = format!("{e:?}")))?;
    check_font_intact(bytes, &face)
}

/// Checks that the font is whole: every table inside the file, and the letters and digits it
/// maps drawn by a readable outline (a file cut short or damaged passes the parsers, which
/// read lazily, and would fail in a painter).
fn check_font_intact(bytes: &[u8], face: &ttf_parser::Face<'_>) -> Result<(), String> {
    let raw =
        ttf_parser::RawFace::parse(bytes, 0).map_err(|e| crate::t!("deck-font-not-a-font", reason = e.to_string()))?;
    for record in raw.table_records {
        let end = u64::from(record.offset) + u64::from(record.length);
        if end > bytes.len() as u64 {
            let table = String::from_utf8_lossy(&record.tag.to_bytes()).into_owned();
            return Err(crate::t!("deck-font-damaged-table", table = table));
        }
    }
    struct Nothing;
    impl ttf_parser::OutlineBuilder for Nothing {
        fn move_to(&mut self, _: f32, _: f32) {}
        fn line_to(&mut self, _: f32, _: f32) {}
        fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
        fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
        fn close(&mut self) {}
    }
    let outlined = face.tables().glyf.is_some() || face.tables().cff.is_some() || face.tables().cff2.is_some();
    if !outlined {
        // A colour-bitmap or emoji font: no outlines to check.
        return Ok(());
    }
    for c in ('0'..='9')
        .chain('A'..='Z')
        .chain('a'..='z')
        .chain('À'..='ÿ')
        .filter(|c| c.is_alphanumeric())
    {
        let Some(glyph) = face.glyph_index(c) else { continue };
        if face.outline_glyph(glyph, &mut Nothing).is_none() {
            return Err(crate::t!("deck-font-damaged-glyph", char = c.to_string()));
        }
    }
    Ok(())
}

/// Line and column (1-based) of the first `field:` in `text` (outside comments), or (0, 1).
fn field_position(text: &str, field: &str) -> (usize, usize) {
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut from = 0;
        while let Some(pos) = code[from..].find(field) {
            let at = from + pos;
            let before_ok = code[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let after = code[at + field.len()..].trim_start();
            if before_ok && after.starts_with(':') {
                return (n + 1, code[..at].chars().count() + 1);
            }
            from = at + field.len();
        }
    }
    (0, 1)
}

//! Theme lookup and validation.

use super::Validator;
use crate::deck::diagnostics::{Diagnostic, did_you_mean};
use crate::deck::locate::Step;
use crate::deck::parse::parse_ron;
use crate::deck::raw::{RawCase, RawTheme};
use crate::deck::source::{BuiltinSource, Source, join_relative, parent_of};
use crate::model::{Color, TextCase, Theme};

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
            let d = self.cx.loc.error(&path, None, format!("unknown theme `{name}`"));
            let hint = match did_you_mean(name, BUILTIN_THEMES.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "put `{file}` in `assets/themes/` or beside the deck, or use one of: {}",
                    BUILTIN_THEMES.join(", ")
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
        let text = String::from_utf8_lossy(&bytes).into_owned();
        match parse_ron::<RawTheme>(&shown, &text) {
            Ok(raw) => self.apply_theme(
                Theme {
                    name: name.to_string(),
                    ..Theme::default()
                },
                &raw,
                &shown,
                &text,
            ),
            Err(d) => {
                self.fatal(d);
                Theme::default()
            }
        }
    }

    /// Lays the fields given in `raw` over `base`; `file` and `text` locate bad colours.
    pub(crate) fn apply_theme(&mut self, base: Theme, raw: &RawTheme, file: &str, text: &str) -> Theme {
        let mut t = base;
        let color = |v: &mut Self, field: &str, value: &Option<String>, slot: &mut Color| {
            let Some(s) = value else { return };
            match Color::parse_hex(s) {
                Some(c) => *slot = c,
                None => {
                    let line = text
                        .lines()
                        .position(|l| l.trim_start().starts_with(field))
                        .map_or(0, |l| l + 1);
                    let col = text
                        .lines()
                        .nth(line.saturating_sub(1))
                        .map_or(1, |l| l.len() - l.trim_start().len() + 1);
                    let d = Diagnostic::error(file, Some(text), line, col, format!("`{field}` is not a colour: `{s}`"));
                    v.fatal(d.with_hint("write colours as \"#rrggbb\" or \"#rrggbbaa\""));
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
        t
    }
}

//! Visual theme: colours, sizes, margins, casing. Loaded from `assets/themes/*.ron`.

/// An sRGB colour with alpha.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
    pub a: u8,
}

impl Color {
    /// Opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Color { r, g, b, a: 255 }
    }

    /// Parses `#rrggbb` or `#rrggbbaa`.
    pub fn parse_hex(s: &str) -> Option<Color> {
        let h = s.strip_prefix('#')?;
        if !h.is_ascii() || !(h.len() == 6 || h.len() == 8) {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some(Color {
            r: byte(0)?,
            g: byte(2)?,
            b: byte(4)?,
            a: if h.len() == 8 { byte(6)? } else { 255 },
        })
    }

    /// Same colour with another alpha.
    pub fn with_alpha(self, a: u8) -> Color {
        Color { a, ..self }
    }
}

/// The font faces a frame can use. Every painter maps these to the same font files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FontRole {
    Regular,
    Bold,
    Italic,
    BoldItalic,
    /// Heavy display face for titles.
    Display,
}

impl FontRole {
    /// All roles, in a fixed order.
    pub const ALL: [FontRole; 5] = [
        FontRole::Regular,
        FontRole::Bold,
        FontRole::Italic,
        FontRole::BoldItalic,
        FontRole::Display,
    ];
}

/// A font file named by a theme, read and checked at validation.
#[derive(Debug, Clone)]
pub struct FontFile {
    /// The path as written in the theme (relative to `assets/`).
    pub path: String,
    /// The file's bytes, shared by the layout and every painter.
    pub bytes: std::sync::Arc<Vec<u8>>,
}

impl PartialEq for FontFile {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path && (std::sync::Arc::ptr_eq(&self.bytes, &other.bytes) || self.bytes == other.bytes)
    }
}

/// The faces a theme draws with. A role the theme leaves out falls back to another of its faces
/// (see [`ThemeFonts::resolve`]); a theme with no faces uses the bundled Lato.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThemeFonts {
    pub regular: Option<FontFile>,
    pub bold: Option<FontFile>,
    pub italic: Option<FontFile>,
    pub bold_italic: Option<FontFile>,
    pub display: Option<FontFile>,
}

impl ThemeFonts {
    /// The face given for exactly `role`.
    pub fn get(&self, role: FontRole) -> Option<&FontFile> {
        match role {
            FontRole::Regular => self.regular.as_ref(),
            FontRole::Bold => self.bold.as_ref(),
            FontRole::Italic => self.italic.as_ref(),
            FontRole::BoldItalic => self.bold_italic.as_ref(),
            FontRole::Display => self.display.as_ref(),
        }
    }

    /// The slot for `role`.
    pub fn slot(&mut self, role: FontRole) -> &mut Option<FontFile> {
        match role {
            FontRole::Regular => &mut self.regular,
            FontRole::Bold => &mut self.bold,
            FontRole::Italic => &mut self.italic,
            FontRole::BoldItalic => &mut self.bold_italic,
            FontRole::Display => &mut self.display,
        }
    }

    /// Whether the theme names no font at all (the bundled Lato is used).
    pub fn is_empty(&self) -> bool {
        FontRole::ALL.iter().all(|r| self.get(*r).is_none())
    }

    /// The face drawn for `role`: the one given, else the nearest one the theme has (bold
    /// italic → bold → italic → regular; display → bold → regular; bold or italic → regular,
    /// then any face). `None` only when the theme names no font.
    pub fn resolve(&self, role: FontRole) -> Option<&FontFile> {
        use FontRole::{Bold, BoldItalic, Display, Italic, Regular};
        let order: &[FontRole] = match role {
            Regular => &[Regular, Bold, Italic, BoldItalic, Display],
            Bold => &[Bold, Regular, Display, BoldItalic, Italic],
            Italic => &[Italic, Regular, BoldItalic, Bold, Display],
            BoldItalic => &[BoldItalic, Bold, Italic, Regular, Display],
            Display => &[Display, Bold, Regular, BoldItalic, Italic],
        };
        order.iter().find_map(|r| self.get(*r))
    }
}

/// How titles are cased on screen (the deck text keeps its own case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextCase {
    #[default]
    AsWritten,
    Upper,
}

/// A complete theme; every field has a value.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: String,
    pub background: Color,
    pub surface: Color,
    pub text: Color,
    pub muted: Color,
    pub accent: Color,
    pub on_accent: Color,
    pub link: Color,
    pub title_size: f32,
    pub body_size: f32,
    pub small_size: f32,
    pub min_size: f32,
    pub margin: f32,
    pub title_case: TextCase,
    pub footer: bool,
    /// Hyphenate narrow columns automatically (French and English decks; off by default).
    pub hyphenate: bool,
    /// Cross-fade between slides in milliseconds (0 = none).
    pub transition_ms: u32,
    /// A picture behind every slide (covering the canvas).
    pub background_image: Option<super::Image>,
    /// The font files; empty means the bundled Lato.
    pub fonts: ThemeFonts,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            name: "default".into(),
            background: Color::rgb(0xfa, 0xf8, 0xf4),
            surface: Color::rgb(0xee, 0xea, 0xe2),
            text: Color::rgb(0x1d, 0x22, 0x2b),
            muted: Color::rgb(0x5c, 0x63, 0x70),
            accent: Color::rgb(0x0b, 0x4f, 0x8a),
            on_accent: Color::rgb(0xff, 0xff, 0xff),
            link: Color::rgb(0x0b, 0x4f, 0x8a),
            title_size: 68.0,
            body_size: 40.0,
            small_size: 28.0,
            min_size: 20.0,
            margin: 110.0,
            title_case: TextCase::AsWritten,
            footer: true,
            hyphenate: false,
            transition_ms: 0,
            background_image: None,
            fonts: ThemeFonts::default(),
        }
    }
}

//! The deck file as written: serde structs that mirror the RON text one to one.
//!
//! Every optional field has a default, unknown fields are refused. Nothing here is checked beyond
//! types: [`super::validate`] turns these into the [`crate::model`].

use serde::Deserialize;

fn one() -> u32 {
    1
}
fn yes() -> bool {
    true
}
fn default_lang() -> String {
    "fr-CA".into()
}
fn default_aspect() -> String {
    "16:9".into()
}

/// The whole deck file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Deck")]
pub struct RawDeck {
    #[serde(default = "one")]
    pub format: u32,
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub event: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default = "default_lang")]
    pub lang: String,
    #[serde(default = "default_aspect")]
    pub aspect: String,
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default)]
    pub duration: Option<String>,
    /// Theme values that replace the theme's for this deck only.
    #[serde(default)]
    pub theme_overrides: Option<RawTheme>,
    #[serde(default = "yes")]
    pub french_typography: bool,
    /// French word rules to turn off one by one.
    #[serde(default)]
    pub typography: Option<RawTypography>,
    pub slides: Vec<RawSlide>,
}

/// `typography: (apostrophes: false, …)`: each French word rule can be turned off.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Typography")]
pub struct RawTypography {
    #[serde(default = "yes")]
    pub apostrophes: bool,
    #[serde(default = "yes")]
    pub ordinals: bool,
    #[serde(default = "yes")]
    pub no_break: bool,
    #[serde(default = "yes")]
    pub numero: bool,
    #[serde(default = "yes")]
    pub dashes: bool,
    #[serde(default = "yes")]
    pub ranges: bool,
    /// None: as the deck's `lang` says (none for `fr-CA`, a narrow space otherwise).
    #[serde(default)]
    pub space_before_marks: Option<bool>,
}

/// `origin: (deck: "../ceap/ceap-2024.ron", slide: "causes", hash: "…", local: "…")`: where an
/// imported slide comes from, written by `estrade import` so that `check` can say when the
/// original changed and `import --update` can take the change.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Origin")]
pub struct RawOrigin {
    /// The deck it was imported from, relative to this deck's folder.
    pub deck: String,
    /// Its id there.
    pub slide: String,
    /// The fingerprint of the slide there (its text and files) when it was imported.
    pub hash: String,
    /// The fingerprint of the slide here when it was imported (to tell local edits).
    pub local: String,
}

/// An image with its texts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Img")]
pub struct RawImage {
    pub src: String,
    #[serde(default)]
    pub alt: Option<String>,
    #[serde(default)]
    pub caption: Option<String>,
    #[serde(default)]
    pub credit: Option<String>,
    #[serde(default)]
    pub fit: RawFit,
}

/// How an image fills its box.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
pub enum RawFit {
    #[default]
    Contain,
    Cover,
}

/// One column of a `Columns` slide.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename = "Column")]
pub struct RawColumn {
    #[serde(default)]
    pub heading: Option<String>,
    #[serde(default)]
    pub image: Option<RawImage>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub items: Option<String>,
    /// Small text under the bullets (a source, a citation).
    #[serde(default)]
    pub note: Option<String>,
}

/// Declares a slide struct with the fields every slide kind shares.
macro_rules! slide_kind {
    ($(#[$doc:meta])* $name:ident as $shown:literal { $($(#[$fdoc:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Deserialize)]
        #[serde(deny_unknown_fields, rename = $shown)]
        pub struct $name {
            /// Stable id; derived from the title when absent.
            #[serde(default)]
            pub id: Option<String>,
            /// Speaker notes (inline markup; blank line between paragraphs).
            #[serde(default)]
            pub notes: Option<String>,
            #[serde(default)]
            pub hidden: bool,
            /// Seconds on screen in kiosk mode; planned time for pace.
            #[serde(default)]
            pub duration: Option<f32>,
            /// Reveal top-level items one at a time.
            #[serde(default)]
            pub steps: bool,
            /// Small line above the title.
            #[serde(default)]
            pub kicker: Option<String>,
            /// The part of the talk this slide starts (shown on the console until the next).
            #[serde(default)]
            pub section: Option<String>,
            /// The slide's language when it is not the deck's (a BCP 47 tag: `fr-CA`, `en`).
            #[serde(default)]
            pub lang: Option<String>,
            /// Where the slide was imported from (written by `estrade import`).
            #[serde(default)]
            pub origin: Option<RawOrigin>,
            $($(#[$fdoc])* pub $field: $ty,)*
        }
    };
}

slide_kind!(
    /// Opening slide.
    RawTitle as "Title" { title: String, #[serde(default)] subtitle: Option<String>, #[serde(default)] author: Option<String>, #[serde(default)] affiliation: Option<String> }
);
slide_kind!(
    /// Plan of the talk.
    RawAgenda as "Agenda" { #[serde(default)] title: Option<String>, items: String }
);
slide_kind!(
    /// Section divider.
    RawSection as "Section" { title: String, #[serde(default)] subtitle: Option<String> }
);
slide_kind!(
    /// Bullet list.
    RawBullets as "Bullets" { title: String, items: String, #[serde(default)] lead: Option<String>, #[serde(default)] image: Option<RawImage>, #[serde(default)] footnote: Option<String> }
);
slide_kind!(
    /// Paragraphs.
    RawText as "Text" { #[serde(default)] title: Option<String>, body: String }
);
slide_kind!(
    /// Quotation.
    RawQuote as "Quote" { text: String, #[serde(default)] title: Option<String>, #[serde(default)] author: Option<String>, #[serde(default)] role: Option<String>, #[serde(default)] image: Option<RawImage> }
);
slide_kind!(
    /// One image.
    RawImageSlide as "Image" { #[serde(default)] title: Option<String>, image: RawImage }
);
slide_kind!(
    /// Several captioned images.
    RawGallery as "Gallery" { #[serde(default)] title: Option<String>, images: Vec<RawImage> }
);
slide_kind!(
    /// A table, inline or from CSV.
    RawTable as "Table" { #[serde(default)] title: Option<String>, #[serde(default)] csv: Option<String>, #[serde(default)] header: Option<Vec<String>>, #[serde(default)] rows: Option<Vec<Vec<String>>>, #[serde(default)] caption: Option<String>, #[serde(default)] credit: Option<String> }
);
slide_kind!(
    /// Two or three columns.
    RawColumns as "Columns" { #[serde(default)] title: Option<String>, columns: Vec<RawColumn> }
);
slide_kind!(
    /// Bibliography.
    RawReferences as "References" { #[serde(default)] title: Option<String>, entries: Vec<String> }
);
slide_kind!(
    /// Closing / contact slide.
    RawClosing as "Closing" { title: String, #[serde(default)] name: Option<String>, #[serde(default)] contact: Vec<String> }
);

slide_kind!(
    /// Slides taken from another deck: `from` is its file (relative to this deck), `slides` an
    /// id, a range `first..last`, or a comma-separated list of ids (all slides when absent).
    RawInclude as "Include" { from: String, #[serde(default)] slides: Option<String> }
);

/// One slide: the variant name is the slide kind.
#[derive(Debug, Clone, Deserialize)]
pub enum RawSlide {
    Title(RawTitle),
    Agenda(RawAgenda),
    Section(RawSection),
    Bullets(RawBullets),
    Text(RawText),
    Quote(RawQuote),
    Image(RawImageSlide),
    Gallery(RawGallery),
    Table(RawTable),
    Columns(RawColumns),
    References(RawReferences),
    Closing(RawClosing),
    Include(RawInclude),
}

/// Fields common to every slide kind, borrowed.
pub struct Common<'a> {
    pub id: &'a Option<String>,
    pub notes: &'a Option<String>,
    pub hidden: bool,
    pub duration: Option<f32>,
    pub steps: bool,
    pub kicker: &'a Option<String>,
    pub section: &'a Option<String>,
    pub lang: &'a Option<String>,
    pub origin: &'a Option<RawOrigin>,
}

impl RawSlide {
    /// The shared fields.
    pub fn common(&self) -> Common<'_> {
        macro_rules! c {
            ($s:expr) => {
                Common {
                    id: &$s.id,
                    notes: &$s.notes,
                    hidden: $s.hidden,
                    duration: $s.duration,
                    steps: $s.steps,
                    kicker: &$s.kicker,
                    section: &$s.section,
                    lang: &$s.lang,
                    origin: &$s.origin,
                }
            };
        }
        match self {
            RawSlide::Title(s) => c!(s),
            RawSlide::Agenda(s) => c!(s),
            RawSlide::Section(s) => c!(s),
            RawSlide::Bullets(s) => c!(s),
            RawSlide::Text(s) => c!(s),
            RawSlide::Quote(s) => c!(s),
            RawSlide::Image(s) => c!(s),
            RawSlide::Gallery(s) => c!(s),
            RawSlide::Table(s) => c!(s),
            RawSlide::Columns(s) => c!(s),
            RawSlide::References(s) => c!(s),
            RawSlide::Closing(s) => c!(s),
            RawSlide::Include(s) => c!(s),
        }
    }

    /// The slide kind as written in the file.
    pub fn kind_name(&self) -> &'static str {
        match self {
            RawSlide::Title(_) => "Title",
            RawSlide::Agenda(_) => "Agenda",
            RawSlide::Section(_) => "Section",
            RawSlide::Bullets(_) => "Bullets",
            RawSlide::Text(_) => "Text",
            RawSlide::Quote(_) => "Quote",
            RawSlide::Image(_) => "Image",
            RawSlide::Gallery(_) => "Gallery",
            RawSlide::Table(_) => "Table",
            RawSlide::Columns(_) => "Columns",
            RawSlide::References(_) => "References",
            RawSlide::Closing(_) => "Closing",
            RawSlide::Include(_) => "Include",
        }
    }
}

/// A theme file: every field optional, laid over the defaults.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Theme")]
pub struct RawTheme {
    #[serde(default)]
    pub background: Option<String>,
    #[serde(default)]
    pub surface: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub muted: Option<String>,
    #[serde(default)]
    pub accent: Option<String>,
    #[serde(default)]
    pub on_accent: Option<String>,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub title_size: Option<f32>,
    #[serde(default)]
    pub body_size: Option<f32>,
    #[serde(default)]
    pub small_size: Option<f32>,
    #[serde(default)]
    pub min_size: Option<f32>,
    #[serde(default)]
    pub margin: Option<f32>,
    #[serde(default)]
    pub title_case: Option<RawCase>,
    #[serde(default)]
    pub footer: Option<bool>,
    /// Hyphenate narrow columns (cards, two-column sides) in French or English decks.
    #[serde(default)]
    pub hyphenate: Option<bool>,
    #[serde(default)]
    pub transition_ms: Option<u32>,
    /// A picture behind every slide, relative to `assets/`.
    #[serde(default)]
    pub background_image: Option<String>,
    /// Font files (TrueType or OpenType), relative to `assets/`.
    #[serde(default)]
    pub fonts: Option<RawFonts>,
}

/// The font files of a theme, one per face; every field optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Fonts")]
pub struct RawFonts {
    #[serde(default)]
    pub regular: Option<String>,
    #[serde(default)]
    pub bold: Option<String>,
    #[serde(default)]
    pub italic: Option<String>,
    #[serde(default)]
    pub bold_italic: Option<String>,
    /// Heavy face for titles.
    #[serde(default)]
    pub display: Option<String>,
}

/// Title casing in a theme.
#[derive(Debug, Clone, Copy, Deserialize)]
pub enum RawCase {
    AsWritten,
    Upper,
}

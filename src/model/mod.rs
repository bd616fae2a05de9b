//! The validated, immutable deck: what every later stage (layout, painters, app) consumes.
//!
//! Nothing in here can be invalid: the loader in [`crate::deck`] is the only producer.

mod rich;
mod theme;

pub use rich::{RichText, Span, SpanStyle};
pub use theme::{Color, FontFile, FontRole, TextCase, Theme, ThemeFonts};

use std::sync::Arc;

/// Slide canvas proportions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Aspect {
    /// 16:9, laid out on a 1920×1080 canvas.
    #[default]
    Wide,
    /// 4:3, laid out on a 1440×1080 canvas.
    Standard,
}

impl Aspect {
    /// Logical canvas size in layout units.
    pub fn canvas(self) -> (f32, f32) {
        match self {
            Aspect::Wide => (1920.0, 1080.0),
            Aspect::Standard => (1440.0, 1080.0),
        }
    }
}

/// Where something came from in a deck file, for messages.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// File as shown to the user.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (in characters).
    pub col: usize,
}

/// Deck-level metadata.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Meta {
    pub title: String,
    pub subtitle: Option<String>,
    pub author: Option<String>,
    pub event: Option<String>,
    pub date: Option<String>,
    /// BCP 47 language tag, e.g. `fr-CA`.
    pub lang: String,
    pub aspect: Aspect,
    /// Planned talk length in seconds.
    pub duration_secs: Option<u32>,
}

/// A validated deck, ready to lay out.
#[derive(Clone)]
pub struct Deck {
    pub meta: Meta,
    pub theme: Theme,
    /// The slides, shared: a reload that finds a slide unchanged hands the same one on (no copy),
    /// and a change goes through `Arc::make_mut`.
    pub slides: Vec<Arc<Slide>>,
    /// The deck file, relative to the source root.
    pub path: String,
}

impl std::fmt::Debug for Deck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deck")
            .field("meta", &self.meta)
            .field("slides", &self.slides.len())
            .finish()
    }
}

impl Deck {
    /// Slides that are shown (not hidden), with their index in `slides`.
    pub fn visible(&self) -> impl Iterator<Item = (usize, &Slide)> {
        self.slides
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.hidden)
            .map(|(i, s)| (i, &**s))
    }

    /// Index of the slide with this id.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.slides.iter().position(|s| s.id == id)
    }

    /// The language `slide` is written in: its own `lang`, else the deck's.
    pub fn lang_of<'a>(&'a self, slide: &'a Slide) -> &'a str {
        slide.lang.as_deref().unwrap_or(&self.meta.lang)
    }
}

/// One slide.
#[derive(Debug, Clone)]
pub struct Slide {
    /// Stable, unique id (given or derived from the title).
    pub id: String,
    /// Title shown at the top (may be empty for title/closing kinds).
    pub title: Option<RichText>,
    /// Small line above the title.
    pub kicker: Option<RichText>,
    pub body: Body,
    /// Speaker notes, one rich paragraph each.
    pub notes: Vec<RichText>,
    pub hidden: bool,
    /// Seconds on screen (kiosk) and planned time (pace).
    pub duration: Option<f32>,
    /// Number of reveal steps (1 when the slide shows all at once).
    pub steps: usize,
    /// The part of the talk this slide starts, when it says so (`section: "…"`).
    pub section: Option<String>,
    /// The slide's language when it is not the deck's (a BCP 47 tag), for its typography,
    /// hyphenation and the exports' structure; `None`: the deck's `lang`.
    pub lang: Option<String>,
    /// Where the slide was imported from, when `estrade import` brought it (not for slides an
    /// `Include` lends: those are read from their deck at every load).
    pub origin: Option<ImportOrigin>,
    /// Where the slide starts in its file.
    pub location: Location,
}

/// Where an imported slide comes from (its `origin` field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOrigin {
    /// The deck it was imported from, relative to this deck's folder, as written.
    pub deck: String,
    /// Its id in that deck.
    pub slide: String,
    /// The fingerprint of the slide there when it was imported.
    pub hash: String,
    /// The fingerprint of the slide here when it was imported.
    pub local: String,
}

/// A bullet with its nested children.
#[derive(Debug, Clone, PartialEq)]
pub struct Bullet {
    pub text: RichText,
    pub children: Vec<Bullet>,
}

/// How an image fills its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Fit {
    /// Whole image visible, letterboxed.
    #[default]
    Contain,
    /// Box filled, image cropped.
    Cover,
}

/// Most pixels an image of a deck may have (a 108-megapixel phone photograph fits; a slide
/// shows about 2 million): the validator refuses more, and every painter's decoder too.
pub const MAX_IMAGE_PIXELS: u64 = 120_000_000;

/// An image reference with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Image {
    /// Path relative to the source root (the asset key).
    pub asset: String,
    /// Pixel size read from the file header; `None` when unreadable.
    pub size: Option<(u32, u32)>,
    /// Why the image cannot be shown, if it cannot.
    pub problem: Option<String>,
    pub caption: Option<RichText>,
    pub credit: Option<RichText>,
    pub alt: String,
    pub fit: Fit,
}

/// A table with an optional header row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<RichText>,
    pub rows: Vec<Vec<RichText>>,
    pub caption: Option<RichText>,
    pub credit: Option<RichText>,
}

/// One column of a columns slide.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub heading: Option<RichText>,
    pub image: Option<Image>,
    pub text: Vec<RichText>,
    pub bullets: Vec<Bullet>,
    /// Small text under the bullets.
    pub note: Option<RichText>,
}

/// What a slide shows below its title.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// Opening slide.
    Title {
        title: RichText,
        subtitle: Option<RichText>,
        author: Option<RichText>,
        affiliation: Option<RichText>,
    },
    /// Plan of the talk: numbered sections with optional sub-points.
    Agenda {
        items: Vec<Bullet>,
    },
    /// Section divider.
    Section {
        subtitle: Option<RichText>,
    },
    /// Bullets, optionally led by a highlighted statement and with an image beside them.
    Bullets {
        lead: Option<RichText>,
        items: Vec<Bullet>,
        image: Option<Image>,
        footnote: Option<RichText>,
    },
    /// Paragraphs of running text.
    Text {
        paragraphs: Vec<RichText>,
    },
    Quote {
        text: RichText,
        author: Option<RichText>,
        role: Option<RichText>,
        image: Option<Image>,
    },
    Image {
        image: Image,
    },
    Gallery {
        images: Vec<Image>,
    },
    Table {
        table: Table,
    },
    Columns {
        columns: Vec<Column>,
    },
    /// Bibliography entries.
    References {
        entries: Vec<RichText>,
    },
    /// Closing / contact slide.
    Closing {
        title: RichText,
        name: Option<RichText>,
        contact: Vec<RichText>,
    },
}

impl Slide {
    /// What names the slide for a person: the big title of a title or closing slide, else the
    /// slide title, else the kicker.
    pub fn display_title(&self) -> Option<&RichText> {
        let own = match &self.body {
            Body::Title { title, .. } | Body::Closing { title, .. } => Some(title),
            _ => None,
        };
        own.or(self.title.as_ref()).or(self.kicker.as_ref())
    }

    /// The images the slide shows, in order.
    pub fn images(&self) -> Vec<&Image> {
        match &self.body {
            Body::Bullets { image, .. } | Body::Quote { image, .. } => image.iter().collect(),
            Body::Image { image } => vec![image],
            Body::Gallery { images } => images.iter().collect(),
            Body::Columns { columns } => columns.iter().filter_map(|c| c.image.as_ref()).collect(),
            _ => Vec::new(),
        }
    }

    /// The images the slide shows, to change (a reload keeping a picture already shown).
    pub fn images_mut(&mut self) -> Vec<&mut Image> {
        match &mut self.body {
            Body::Bullets { image, .. } | Body::Quote { image, .. } => image.iter_mut().collect(),
            Body::Image { image } => vec![image],
            Body::Gallery { images } => images.iter_mut().collect(),
            Body::Columns { columns } => columns.iter_mut().filter_map(|c| c.image.as_mut()).collect(),
            _ => Vec::new(),
        }
    }

    /// Every text the slide shows (titles, bullets, captions, credits, alt texts, table cells…),
    /// in reading order, without markup. Notes are not included.
    pub fn texts(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut push = |t: &RichText| out.push(t.to_plain());
        self.kicker.iter().chain(self.title.iter()).for_each(&mut push);
        fn bullets(items: &[Bullet], push: &mut dyn FnMut(&RichText)) {
            for b in items {
                push(&b.text);
                bullets(&b.children, push);
            }
        }
        let image = |img: &Image, push: &mut dyn FnMut(&RichText)| {
            img.caption.iter().chain(img.credit.iter()).for_each(&mut *push);
            push(&RichText::plain(img.alt.clone()));
        };
        match &self.body {
            Body::Title {
                title,
                subtitle,
                author,
                affiliation,
            } => [Some(title), subtitle.as_ref(), author.as_ref(), affiliation.as_ref()]
                .into_iter()
                .flatten()
                .for_each(&mut push),
            Body::Agenda { items } => bullets(items, &mut push),
            Body::Section { subtitle } => subtitle.iter().for_each(&mut push),
            Body::Bullets {
                lead,
                items,
                image: img,
                footnote,
            } => {
                lead.iter().for_each(&mut push);
                bullets(items, &mut push);
                footnote.iter().for_each(&mut push);
                if let Some(i) = img {
                    image(i, &mut push);
                }
            }
            Body::Text { paragraphs } => paragraphs.iter().for_each(&mut push),
            Body::Quote {
                text,
                author,
                role,
                image: img,
            } => {
                [Some(text), author.as_ref(), role.as_ref()]
                    .into_iter()
                    .flatten()
                    .for_each(&mut push);
                if let Some(i) = img {
                    image(i, &mut push);
                }
            }
            Body::Image { image: img } => image(img, &mut push),
            Body::Gallery { images } => images.iter().for_each(|i| image(i, &mut push)),
            Body::Table { table } => {
                let row =
                    |r: &[RichText]| RichText::plain(r.iter().map(RichText::to_plain).collect::<Vec<_>>().join(" "));
                push(&row(&table.header));
                table.rows.iter().for_each(|r| push(&row(r)));
                table.caption.iter().chain(table.credit.iter()).for_each(&mut push);
            }
            Body::Columns { columns } => {
                for c in columns {
                    c.heading.iter().for_each(&mut push);
                    if let Some(i) = &c.image {
                        image(i, &mut push);
                    }
                    c.text.iter().for_each(&mut push);
                    bullets(&c.bullets, &mut push);
                    c.note.iter().for_each(&mut push);
                }
            }
            Body::References { entries } => entries.iter().for_each(&mut push),
            Body::Closing { title, name, contact } => {
                push(title);
                name.iter().for_each(&mut push);
                contact.iter().for_each(&mut push);
            }
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }
}

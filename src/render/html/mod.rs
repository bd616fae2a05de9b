//! The HTML painter: a whole deck as one self-contained web page. Each step of each slide is its
//! frame painted as SVG ([`svg`]): real text in subset fonts at the layout's positions, shapes,
//! images, links and ink, with a reader's copy beside it ([`reader`]). Fonts ([`fonts`]) and
//! images ([`images`]) are embedded once; a small script (`assets/html/present.js`) shows one
//! step at a time. No layout decision is taken here: line breaks are the screen's and the PDF's.

mod fonts;
mod images;
pub mod markup;
mod page;
mod reader;
mod svg;

pub use fonts::FontEmbedError;
pub use page::{HtmlDeck, HtmlSlide};

use crate::layout::Fonts;
use crate::render::image_store::ImageStore;

/// Where the fonts and images go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Embedding {
    /// Inside the page, as data URLs: one file that needs nothing else.
    #[default]
    Inline,
    /// Beside the page, as files under `fonts/` and `images/` (for large decks on a server).
    Files,
}

/// The page, and the files it refers to (with [`Embedding::Files`]): paths relative to it.
#[derive(Debug, Clone, Default)]
pub struct HtmlOutput {
    pub page: String,
    pub files: Vec<(String, Vec<u8>)>,
}

/// Paints `deck` as one HTML document. The page's own texts (slide labels, the speaker's view)
/// are in the deck's language when it is one of ours, else in the interface's.
pub fn render_html(
    deck: &HtmlDeck<'_>,
    fonts: &Fonts,
    store: &ImageStore,
    embedding: Embedding,
) -> Result<HtmlOutput, FontEmbedError> {
    let lang = crate::i18n::Lang::parse(&deck.meta.lang).unwrap_or_else(crate::i18n::lang);
    crate::i18n::with_lang(lang, || paint(deck, fonts, store, embedding))
}

fn paint(
    deck: &HtmlDeck<'_>,
    fonts: &Fonts,
    store: &ImageStore,
    embedding: Embedding,
) -> Result<HtmlOutput, FontEmbedError> {
    let mut glyphs = fonts::GlyphSets::default();
    let mut images = images::ImageDefs::new(embedding);
    let mut painter = svg::Painter {
        fonts,
        store,
        glyphs: &mut glyphs,
        images: &mut images,
    };
    let body = page::slides(deck, &mut painter);
    let mut files = Vec::new();
    let font_css = glyphs.css(fonts, embedding, &mut files)?;
    let page = page::document(deck, &body, &font_css, &images.defs());
    files.extend(images.into_files());
    Ok(HtmlOutput { page, files })
}

/// Slides painted for a live page (`estrade --share`): each slide's `<section>` shown, with the
/// font rules and image definitions they need, and nothing else of a document. Slides painted
/// together share their fonts and images (the speaker's remote shows two at once).
#[derive(Debug, Clone, Default)]
pub struct HtmlPieces {
    /// The `@font-face` and class rules.
    pub css: String,
    /// One `<section>` per slide, in order.
    pub sections: Vec<String>,
    /// The hidden `<svg>` holding the images the sections `<use>`.
    pub defs: String,
}

/// Paints `slides` (of a talk of `total` slides) as [`HtmlPieces`], fonts and images inside.
pub fn render_pieces(
    slides: &[HtmlSlide],
    total: usize,
    fonts: &Fonts,
    store: &ImageStore,
) -> Result<HtmlPieces, FontEmbedError> {
    let mut glyphs = fonts::GlyphSets::default();
    let mut images = images::ImageDefs::new(Embedding::Inline);
    let mut painter = svg::Painter {
        fonts,
        store,
        glyphs: &mut glyphs,
        images: &mut images,
    };
    let sections = slides
        .iter()
        .map(|s| page::section(s, total, &mut painter, true))
        .collect();
    let css = glyphs.css(fonts, Embedding::Inline, &mut Vec::new())?;
    Ok(HtmlPieces {
        css,
        sections,
        defs: images.defs(),
    })
}

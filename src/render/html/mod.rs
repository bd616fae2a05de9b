//! The HTML painter: a whole deck as one self-contained web page. Each step of each slide is its
//! frame painted as SVG ([`svg`]): real text in subset fonts at the layout's positions, shapes,
//! images, links and ink, with a reader's copy beside it ([`reader`]). Fonts ([`fonts`]) and
//! images ([`images`]) are embedded once; a small script (`assets/html/present.js`) shows one
//! step at a time. No layout decision is taken here: line breaks are the screen's and the PDF's.

mod fonts;
mod images;
mod markup;
mod page;
mod reader;
mod svg;

pub use fonts::FontEmbedError;
pub use page::{HtmlDeck, HtmlSlide};

use crate::layout::Fonts;
use crate::source::Source;

/// Paints `deck` as one HTML document. The page's own texts (slide labels, the speaker's view)
/// are in the deck's language when it is one of ours, else in the interface's.
pub fn render_html(deck: &HtmlDeck<'_>, fonts: &Fonts, source: &dyn Source) -> Result<String, FontEmbedError> {
    let lang = crate::i18n::Lang::parse(&deck.meta.lang).unwrap_or_else(crate::i18n::lang);
    crate::i18n::with_lang(lang, || paint(deck, fonts, source))
}

fn paint(deck: &HtmlDeck<'_>, fonts: &Fonts, source: &dyn Source) -> Result<String, FontEmbedError> {
    let mut glyphs = fonts::GlyphSets::default();
    let mut images = images::ImageDefs::default();
    let mut painter = svg::Painter {
        fonts,
        source,
        glyphs: &mut glyphs,
        images: &mut images,
    };
    let body = page::slides(deck, &mut painter);
    let font_css = glyphs.css(fonts)?;
    Ok(page::document(deck, &body, &font_css, &images.defs()))
}

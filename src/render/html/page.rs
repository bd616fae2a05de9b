//! The HTML document around the painted slides: head, styles, the slides and their steps, the
//! notes and labels for the script, and the script.

use std::fmt::Write as _;

use super::markup::{attr, json_in_script, text};
use super::reader::reader_copy;
use super::svg::{Painter, num};
use crate::layout::Frame;
use crate::model::Meta;

/// The page's styles (`assets/html/page.css`).
const CSS: &str = include_str!("../../../assets/html/page.css");
/// The page's script (`assets/html/present.js`).
const SCRIPT: &str = include_str!("../../../assets/html/present.js");

/// One slide of the page: its steps' frames, in order.
#[derive(Debug, Clone)]
pub struct HtmlSlide {
    /// The slide's id: its address is `#/id` (and `#/id/2` for its second step).
    pub id: String,
    /// Its title as read (for its label), if it has one.
    pub title: Option<String>,
    /// Its number in the talk, as shown.
    pub number: u32,
    /// One frame per step (at least one).
    pub steps: Vec<Frame>,
    /// Its speaker notes, one string per paragraph.
    pub notes: Vec<String>,
}

/// What the page shows.
#[derive(Debug, Clone)]
pub struct HtmlDeck<'a> {
    pub meta: &'a Meta,
    pub slides: Vec<HtmlSlide>,
    /// Whether the notes are in the page (`--no-notes` leaves them out).
    pub with_notes: bool,
}

/// The `<main>` element: every slide as a section, every step hidden but the shown one.
pub fn slides(deck: &HtmlDeck<'_>, painter: &mut Painter<'_>) -> String {
    let total = deck.slides.len();
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<main aria-roledescription="{}"><h1 class="sr">{}</h1>"#,
        attr(&crate::t!("html-deck-role")),
        text(&deck.meta.title)
    );
    for slide in &deck.slides {
        out.push_str(&section(slide, total, painter, false));
    }
    out.push_str("</main>");
    out
}

/// One slide as a `<section>` with a `<div>` per step: all hidden for the script to show one at
/// a time, or all `shown` (a live page, which holds the one step to show).
pub fn section(slide: &HtmlSlide, total: usize, painter: &mut Painter<'_>, shown: bool) -> String {
    let mut out = String::new();
    let hidden = if shown { "" } else { " hidden" };
    let label = match &slide.title {
        Some(title) => crate::t!(
            "html-slide-label-titled",
            number = slide.number,
            total = total,
            title = title.clone()
        ),
        None => crate::t!("html-slide-label", number = slide.number, total = total),
    };
    // A slide in another language than the deck's says so (screen readers switch voice).
    let lang = slide
        .steps
        .first()
        .and_then(|f| f.lang.as_deref())
        .map(|l| format!(r#" lang="{}""#, attr(l)))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<section class="slide" data-id="{}"{lang} role="group" aria-roledescription="{}" aria-label="{}"{hidden}>"#,
        attr(&slide.id),
        attr(&crate::t!("html-slide-role")),
        attr(&label)
    );
    for frame in &slide.steps {
        let _ = write!(
            out,
            r#"<div class="step"{hidden}>{}<div class="sr">{}</div></div>"#,
            painter.svg(frame),
            reader_copy(frame)
        );
    }
    out.push_str("</section>");
    out
}

/// The whole document.
pub fn document(deck: &HtmlDeck<'_>, main: &str, font_css: &str, image_defs: &str) -> String {
    let (w, h) = deck
        .slides
        .first()
        .and_then(|s| s.steps.first())
        .map_or((1920.0, 1080.0), |f| (f.width, f.height));
    let meta = deck.meta;
    let mut head = String::new();
    let _ = write!(
        head,
        r#"<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{}</title><meta name="generator" content="estrade {}">"#,
        text(&meta.title),
        env!("CARGO_PKG_VERSION")
    );
    if let Some(author) = &meta.author {
        let _ = write!(head, r#"<meta name="author" content="{}">"#, attr(author));
    }
    let _ = write!(
        head,
        "<style>:root{{--aspect:{w}/{h}}}\n{CSS}\n@media print{{@page{{size:{w}px {h}px;margin:0}}}}\n{font_css}</style>",
        w = num(w),
        h = num(h),
    );
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head>{head}</head><body>{main}<div id=\"live\" class=\"sr\" aria-live=\"polite\"></div>{image_defs}<script type=\"application/json\" id=\"estrade-data\">{data}</script><script>{SCRIPT}</script></body></html>\n",
        lang = attr(&meta.lang),
        data = json_in_script(&script_data(deck)),
    )
}

/// The notes (unless left out) and the texts of the speaker's view, for the script.
fn script_data(deck: &HtmlDeck<'_>) -> String {
    let notes: Option<Vec<&Vec<String>>> = deck.with_notes.then(|| deck.slides.iter().map(|s| &s.notes).collect());
    let labels = serde_json::json!({
        "step": crate::t!("html-step", n = "{n}", total = "{total}"),
        "next": crate::t!("html-next"),
        "notes": crate::t!("html-notes"),
        "noNotes": crate::t!("html-no-notes"),
        "notesLeftOut": crate::t!("html-notes-left-out"),
        "end": crate::t!("html-end"),
        "elapsed": crate::t!("html-elapsed"),
        "clockReset": crate::t!("html-clock-reset"),
        "keys": crate::t!("html-keys"),
        "speakerTitle": crate::t!("html-speaker-title"),
    });
    serde_json::json!({ "notes": notes, "labels": labels }).to_string()
}

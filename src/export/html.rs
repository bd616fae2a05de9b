//! `estrade export --html`: the talk as one web page. This module decides what the page holds
//! (which slides, every step of each, boards and ink, notes or not); the HTML painter
//! (`render::html`) paints it.

use std::path::Path;

use super::options::{ExportError, ExportOptions};
use super::plan::{self, Steps};
use crate::layout::Fonts;
use crate::model::{Deck, RichText};
use crate::render::html::{Embedding, HtmlDeck, HtmlOutput, HtmlSlide, render_html};
use crate::writing::{replace_folder, write_atomically};

/// Writes the page to `out`: one file, or, when `out` is a folder (it exists as one, or its
/// name ends with `/`), `index.html` in it with the fonts and images beside it, the whole folder
/// made beside `out` and swapped in at the end (a full disk leaves the old site whole).
/// Returns the bytes written.
pub fn write(
    deck: &Deck,
    pictures: &mut super::Pictures<'_>,
    fonts: &Fonts,
    opts: &ExportOptions,
    out: &Path,
) -> Result<usize, ExportError> {
    let folder = out.is_dir() || out.as_os_str().to_string_lossy().ends_with('/');
    let embedding = if folder { Embedding::Files } else { Embedding::Inline };
    let made = page(deck, pictures, fonts, opts, embedding)?;
    if !folder {
        write_atomically(out, made.page.as_bytes())?;
        return Ok(made.page.len());
    }
    let written = replace_folder(out, |new| {
        let mut bytes = 0;
        for (rel, data) in &made.files {
            write_atomically(&new.join(rel), data)?;
            bytes += data.len();
        }
        write_atomically(&new.join("index.html"), made.page.as_bytes())?;
        Ok(bytes + made.page.len())
    })?;
    Ok(written)
}

/// The page for `deck`: every shown slide with each of its steps (and, with `--ink`, its ink and
/// its boards as further steps).
pub fn page(
    deck: &Deck,
    pictures: &mut super::Pictures<'_>,
    fonts: &Fonts,
    opts: &ExportOptions,
    embedding: Embedding,
) -> Result<HtmlOutput, ExportError> {
    let mut slides: Vec<HtmlSlide> = Vec::new();
    for p in plan::plan(deck, opts.include_hidden, Steps::Every, opts.ink.as_ref()) {
        let frame = plan::frame(deck, fonts, opts.ink.as_ref(), &p);
        match slides.last_mut() {
            Some(last) if last.number == p.number => last.steps.push(frame),
            _ => {
                let s = &deck.slides[p.slide];
                slides.push(HtmlSlide {
                    id: s.id.clone(),
                    title: s.display_title().map(RichText::to_plain),
                    number: p.number,
                    steps: vec![frame],
                    notes: s.notes.iter().map(RichText::to_plain).collect(),
                });
            }
        }
    }
    let page = HtmlDeck {
        meta: &deck.meta,
        slides,
        with_notes: opts.html_notes,
    };
    // A panic inside the painter (a font the subsetter trips on) is an error, not an exit 101.
    let store = pictures.for_frames(page.slides.iter().flat_map(|s| s.steps.iter()));
    let painted =
        crate::render::contained(|| render_html(&page, fonts, store, embedding)).map_err(ExportError::Painter)?;
    Ok(painted?)
}

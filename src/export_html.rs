//! `estrade export --html`: the talk as one web page. This module decides what the page holds
//! (which slides, every step of each, boards and ink, notes or not); the HTML painter
//! (`render::html`) paints it.

use crate::export::{ExportError, ExportOptions};
use crate::layout::{Fonts, SlideRef, layout_slide};
use crate::model::{Deck, RichText};
use crate::render::html::{HtmlDeck, HtmlSlide, render_html};

/// The page for `deck`: every shown slide with each of its steps (and, with `--ink`, its ink and
/// its boards as further steps).
pub fn page(deck: &Deck, fonts: &Fonts, opts: &ExportOptions) -> Result<String, ExportError> {
    let mut slides = Vec::new();
    let mut number = 0;
    for (i, s) in deck.slides.iter().enumerate() {
        if s.hidden && !opts.include_hidden {
            continue;
        }
        number += 1;
        let mut steps: Vec<_> = (0..s.steps.max(1))
            .map(|step| {
                let mut frame = layout_slide(deck, SlideRef { slide: i, step }, fonts);
                if let Some(ink) = &opts.ink {
                    crate::ink::frame::draw(&mut frame, &ink.on_slide(&s.id, step));
                }
                frame
            })
            .collect();
        if let Some(ink) = &opts.ink {
            for board in ink.boards_after(&s.id) {
                steps.push(crate::ink::frame::board(deck.meta.aspect.canvas(), board, ink));
            }
        }
        slides.push(HtmlSlide {
            id: s.id.clone(),
            title: s.display_title().map(RichText::to_plain),
            number,
            steps,
            notes: s.notes.iter().map(RichText::to_plain).collect(),
        });
    }
    let page = HtmlDeck {
        meta: &deck.meta,
        slides,
        with_notes: opts.html_notes,
    };
    Ok(render_html(&page, fonts, deck.source.as_ref())?)
}

//! The PDF's pages over the plan: one page per slide or step (with a notes page after it when
//! asked), a handout page per slide, or several slides to a handout page.

use super::options::{ExportOptions, PdfLayout};
use super::plan::{self, Page, Steps};
use crate::layout::Fonts;
use crate::layout::pages::{handout, notes_page};
use crate::model::Deck;
use crate::render::pdf::PdfPage;

/// The planned pages of the PDF: every step with `--steps` on slide pages, else each slide
/// revealed; boards after their slide except on handouts (which show slides).
pub fn planned(deck: &Deck, opts: &ExportOptions) -> Vec<Page> {
    let steps = if opts.steps && opts.layout == PdfLayout::Slides {
        Steps::Every
    } else {
        Steps::Revealed
    };
    let ink = opts.ink.as_ref().filter(|_| opts.layout != PdfLayout::Handout);
    plan::plan(deck, opts.include_hidden, steps, ink)
}

/// The PDF's pages for the planned ones, laid out on every core in the plan's order.
pub fn pages(
    deck: &Deck,
    fonts: &Fonts,
    opts: &ExportOptions,
    planned: &[Page],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<PdfPage> {
    let ink = opts.ink.as_ref();
    if let (PdfLayout::Handout, Some(per_page)) = (opts.layout, opts.per_page) {
        let slides: Vec<usize> = planned.iter().map(|p| p.slide).collect();
        let frames = crate::layout::handouts::handout_pages(deck, &slides, per_page, fonts, opts.paper, &|i| {
            plan::revealed(deck, i, fonts, ink)
        });
        progress(planned.len(), planned.len());
        return frames
            .into_iter()
            .zip(planned.chunks(per_page.max(1)))
            .map(|(frame, on_page)| PdfPage {
                frame,
                label: None,
                bookmark: on_page.first().and_then(|p| p.bookmark.clone()),
            })
            .collect();
    }
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // Shaping is most of the work: each planned page on its own, on every core.
    let done = AtomicUsize::new(0);
    let per_planned: Vec<Vec<PdfPage>> = planned
        .par_iter()
        .map(|p| {
            let pages = page_and_notes(deck, fonts, opts, p);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, planned.len());
            pages
        })
        .collect();
    per_planned.into_iter().flatten().collect()
}

/// The page of one planned slide, step or board, and its notes page when asked.
fn page_and_notes(deck: &Deck, fonts: &Fonts, opts: &ExportOptions, p: &Page) -> Vec<PdfPage> {
    let ink = opts.ink.as_ref();
    let frame = if opts.layout == PdfLayout::Handout {
        handout(
            deck,
            p.slide,
            &plan::revealed(deck, p.slide, fonts, ink),
            fonts,
            opts.paper,
        )
    } else {
        plan::frame(deck, fonts, ink, p)
    };
    let mut pages = vec![PdfPage {
        frame,
        label: Some(p.number),
        bookmark: p.bookmark.clone(),
    }];
    if opts.layout == PdfLayout::NotesPages && p.board.is_none() {
        pages.push(PdfPage {
            frame: notes_page(deck, p.slide, &plan::revealed(deck, p.slide, fonts, ink), fonts),
            label: Some(p.number),
            bookmark: None,
        });
    }
    pages
}

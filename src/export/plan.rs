//! The paged document, planned once: which pages an export has, in which order, with which
//! number, bookmark and ink. Hidden slides, steps, boards, numbering and bookmarks are decided
//! here and nowhere else; each painter's exporter (PDF, pdfpc, PNG, web page, handouts) is one
//! function over these pages.

use crate::ink::{Ink, Place};
use crate::layout::{Fonts, Frame, SlideRef, layout_slide};
use crate::model::{Deck, RichText};

/// One page of the exported talk: a slide at a step, or a board drawn after it.
#[derive(Debug, Clone)]
pub struct Page {
    /// Index into `deck.slides`.
    pub slide: usize,
    /// The step shown (the last one when the slide is shown fully revealed).
    pub step: usize,
    /// How many of the slide's steps the export shows (1 when only the revealed slide is).
    pub steps: usize,
    /// The slide's number among the shown slides (the page label), from 1.
    pub number: u32,
    /// A board drawn on the blank screen after the slide (`--ink`): a page of its own.
    pub board: Option<Place>,
    /// The slide's title (or its number in the language), on the slide's first page only.
    pub bookmark: Option<String>,
}

impl Page {
    /// Whether the page shows its slide with every step revealed.
    pub fn revealed(&self) -> bool {
        self.board.is_none() && (self.steps == 1 || self.step + 1 == self.steps)
    }
}

/// Which steps of a slide get a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Steps {
    /// One page per step.
    Every,
    /// One page, the slide fully revealed.
    Revealed,
}

/// The pages of `deck`: every slide that is not hidden (or all of them with `include_hidden`),
/// with its steps as `steps` says, then the boards drawn after it when `ink` has some.
pub fn plan(deck: &Deck, include_hidden: bool, steps: Steps, ink: Option<&Ink>) -> Vec<Page> {
    let mut out = Vec::new();
    let mut number = 0;
    for (i, s) in deck.slides.iter().enumerate() {
        if s.hidden && !include_hidden {
            continue;
        }
        number += 1;
        let last = s.steps.saturating_sub(1);
        let shown = match steps {
            Steps::Every => s.steps.max(1),
            Steps::Revealed => 1,
        };
        for step in 0..shown {
            out.push(Page {
                slide: i,
                step: if shown == 1 { last } else { step },
                steps: shown,
                number,
                board: None,
                bookmark: (step == 0).then(|| bookmark(deck, i)),
            });
        }
        for board in ink.map(|ink| ink.boards_after(&s.id)).into_iter().flatten() {
            out.push(Page {
                slide: i,
                step: last,
                steps: 1,
                number,
                board: Some(board.clone()),
                bookmark: None,
            });
        }
    }
    out
}

/// What a page shows: the slide at its step with the ink drawn up to that step (all of it on
/// a fully revealed slide), or its board.
pub fn frame(deck: &Deck, fonts: &Fonts, ink: Option<&Ink>, page: &Page) -> Frame {
    if let (Some(board), Some(ink)) = (&page.board, ink) {
        return crate::ink::frame::board(deck.meta.aspect.canvas(), board, ink);
    }
    if page.revealed() {
        return revealed(deck, page.slide, fonts, ink);
    }
    let at = SlideRef {
        slide: page.slide,
        step: page.step,
    };
    let mut frame = layout_slide(deck, at, fonts);
    if let Some(ink) = ink {
        crate::ink::frame::draw(&mut frame, &ink.on_slide(&deck.slides[page.slide].id, page.step));
    }
    frame
}

/// Slide `slide` fully revealed, with all its ink when the export has some.
pub fn revealed(deck: &Deck, slide: usize, fonts: &Fonts, ink: Option<&Ink>) -> Frame {
    let mut frame = crate::layout::layout_revealed(deck, slide, fonts);
    if let Some(ink) = ink {
        crate::ink::frame::draw(&mut frame, &ink.on_slide(&deck.slides[slide].id, usize::MAX));
    }
    frame
}

/// The bookmark of a slide: its title, or « Slide N » in the language.
pub fn bookmark(deck: &Deck, slide: usize) -> String {
    deck.slides[slide]
        .display_title()
        .map(RichText::to_plain)
        .unwrap_or_else(|| crate::t!("cli-export-bookmark", number = slide + 1))
}

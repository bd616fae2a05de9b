//! Layout: one slide at one step → a backend-free [`Frame`].
//!
//! This is the only place where text is measured, wrapped and fitted. Every painter (screen,
//! PDF, PNG) draws the same frame, so they all break lines identically.

mod blocks;
mod breaks;
mod builder;
mod captioned;
pub mod check;
mod chrome;
pub mod fonts;
pub mod frame;
pub mod handouts;
pub mod hyphenation;
mod line_choice;
mod media;
pub mod pages;
mod prose;
mod table;
pub mod text;

pub use builder::{Align, Builder, Style};
pub use fonts::Fonts;
pub use frame::{Frame, ImageItem, InkLine, Item, LinkArea, Overflow, Rect, Shape, Structure, TextBlock, TextRun};

use crate::model::{Body, Deck};

/// Which slide and step to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SlideRef {
    /// Index into `deck.slides`.
    pub slide: usize,
    /// Step, from 0 to `steps - 1` (clamped).
    pub step: usize,
}

/// Lays out one slide at one step. Pure: the same inputs always give the same frame.
pub fn layout_slide(deck: &Deck, at: SlideRef, fonts: &Fonts) -> Frame {
    let size = deck.meta.aspect.canvas();
    let Some(slide) = deck.slides.get(at.slide) else {
        return Builder::new(fonts, &deck.theme, size, 0).frame;
    };
    // A slide without steps shows everything; otherwise items revealed after `step` stay hidden.
    let step = if slide.steps <= 1 {
        usize::MAX
    } else {
        at.step.min(slide.steps - 1)
    };
    let mut b = Builder::new(fonts, &deck.theme, size, step);
    b.hyphenation = hyphenation::for_deck(deck);
    let number = deck.visible().position(|(i, _)| i == at.slide).map(|n| n + 1);
    let total = deck.visible().count();
    match &slide.body {
        Body::Title {
            title,
            subtitle,
            author,
            affiliation,
        } => prose::title_slide(
            &mut b,
            slide,
            title,
            subtitle.as_ref(),
            author.as_ref(),
            affiliation.as_ref(),
        ),
        Body::Section { subtitle } => prose::section(&mut b, slide, subtitle.as_ref()),
        Body::Closing { title, name, contact } => prose::closing(&mut b, title, name.as_ref(), contact),
        body => {
            let area = chrome::header(&mut b, slide);
            match body {
                Body::Agenda { items } => blocks::agenda(&mut b, area, items),
                Body::Bullets {
                    lead,
                    items,
                    image,
                    footnote,
                } => blocks::bullets_slide(&mut b, area, lead.as_ref(), items, image.as_ref(), footnote.as_ref()),
                Body::Text { paragraphs } => prose::paragraphs(&mut b, area, paragraphs),
                Body::Quote {
                    text,
                    author,
                    role,
                    image,
                } => prose::quote(&mut b, area, text, author.as_ref(), role.as_ref(), image.as_ref()),
                Body::References { entries } => prose::references(&mut b, area, entries),
                Body::Image { image } => media::single_image(&mut b, area, image),
                Body::Gallery { images } => media::gallery(&mut b, area, images),
                Body::Table { table } => table::table(&mut b, area, table),
                Body::Columns { columns } => media::columns(&mut b, area, columns),
                Body::Title { .. } | Body::Section { .. } | Body::Closing { .. } => {}
            }
        }
    }
    if !matches!(slide.body, Body::Title { .. } | Body::Section { .. }) {
        chrome::footer(&mut b, deck, number, total);
    }
    b.frame
}

/// Lays out a slide with every step revealed (handouts, thumbnails, checks, PNG export).
pub fn layout_revealed(deck: &Deck, slide: usize, fonts: &Fonts) -> Frame {
    let steps = deck.slides.get(slide).map_or(1, |s| s.steps);
    layout_slide(
        deck,
        SlideRef {
            slide,
            step: steps.saturating_sub(1),
        },
        fonts,
    )
}

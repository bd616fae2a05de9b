//! Layout: one slide at one step → a backend-free [`Frame`].
//!
//! This is the only place where text is measured, wrapped and fitted. Every painter (screen,
//! PDF, PNG) draws the same frame, so they all break lines identically.

mod blocks;
mod breaks;
mod builder;
mod captioned;
mod card_rows;
pub mod check;
mod chrome;
mod columns;
pub mod fonts;
pub mod frame;
pub mod handouts;
pub mod hyphenation;
mod line_choice;
mod media;
mod optical;
pub mod pages;
mod prose;
mod style;
mod table;
pub mod text;
mod thin_space;
mod title_slides;

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
    b.hyphenation = hyphenation::for_slide(deck, slide);
    let number = deck.visible().position(|(i, _)| i == at.slide).map(|n| n + 1);
    let total = deck.visible().count();
    match &slide.body {
        Body::Title {
            title,
            subtitle,
            author,
            affiliation,
        } => title_slides::title_slide(
            &mut b,
            slide,
            title,
            subtitle.as_ref(),
            author.as_ref(),
            affiliation.as_ref(),
        ),
        Body::Section { subtitle } => title_slides::section(&mut b, slide, subtitle.as_ref()),
        Body::Closing { title, name, contact } => title_slides::closing(&mut b, title, name.as_ref(), contact),
        body => {
            let area = chrome::header(&mut b, slide);
            let mark = optical::mark(&b.frame);
            content(&mut b, area, body);
            if at_optical_centre(body) {
                // The fully revealed content decides the place, so steps never move it.
                let bottom = if step == usize::MAX {
                    optical::bottom(&b.frame, mark)
                } else {
                    let mut probe = Builder::new(fonts, &deck.theme, size, usize::MAX);
                    probe.hyphenation = b.hyphenation;
                    let area = chrome::header(&mut probe, slide);
                    let mark = optical::mark(&probe.frame);
                    content(&mut probe, area, body);
                    optical::bottom(&probe.frame, mark)
                };
                if let Some(bottom) = bottom {
                    optical::shift(&mut b.frame, mark, optical::offset(area, bottom));
                }
            }
        }
    }
    if !matches!(slide.body, Body::Title { .. } | Body::Section { .. }) {
        chrome::footer(&mut b, deck, number, total);
    }
    b.frame.lang.clone_from(&slide.lang);
    b.frame
}

/// Whether a body sits at the optical centre of its area when short. Lists that continue over
/// several slides (references, tables) stay at the top, so that their pages line up.
fn at_optical_centre(body: &Body) -> bool {
    matches!(
        body,
        Body::Agenda { .. } | Body::Bullets { .. } | Body::Text { .. } | Body::Quote { .. } | Body::Columns { .. }
    )
}

/// Lays out a slide's content (anything but a title, section or closing slide) in `area`.
fn content(b: &mut Builder, area: frame::Rect, body: &Body) {
    match body {
        Body::Agenda { items } => blocks::agenda(b, area, items),
        Body::Bullets {
            lead,
            items,
            image,
            footnote,
        } => blocks::bullets_slide(b, area, lead.as_ref(), items, image.as_ref(), footnote.as_ref()),
        Body::Text { paragraphs } => prose::paragraphs(b, area, paragraphs),
        Body::Quote {
            text,
            author,
            role,
            image,
        } => prose::quote(b, area, text, author.as_ref(), role.as_ref(), image.as_ref()),
        Body::References { entries } => prose::references(b, area, entries),
        Body::Image { image } => media::single_image(b, area, image),
        Body::Gallery { images } => media::gallery(b, area, images),
        Body::Table { table } => table::table(b, area, table),
        Body::Columns { columns } => columns::columns(b, area, columns),
        Body::Title { .. } | Body::Section { .. } | Body::Closing { .. } => {}
    }
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

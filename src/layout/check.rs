//! Layout problems reported by `estrade check`: text that does not fit at the minimum size.

use super::{Fonts, SlideRef, layout_slide};
use crate::deck::Diagnostic;
use crate::model::Deck;

/// Lays out every slide fully revealed and warns (once per slide) about clipped text.
pub fn layout_warnings(deck: &Deck, fonts: &Fonts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, slide) in deck.slides.iter().enumerate() {
        let frame = layout_slide(
            deck,
            SlideRef {
                slide: i,
                step: slide.steps.saturating_sub(1),
            },
            fonts,
        );
        if frame.overflow.is_empty() {
            continue;
        }
        let lines: usize = frame.overflow.iter().map(|o| o.lines_dropped).sum();
        let mut blocks: Vec<&str> = frame.overflow.iter().map(|o| o.block.as_str()).collect();
        blocks.dedup();
        let loc = &slide.location;
        let msg = format!(
            "slide `{}`: {lines} line(s) of {} do not fit even at the smallest size and are cut",
            slide.id,
            blocks.join(", ")
        );
        let d = Diagnostic::error(&loc.file, None, loc.line, loc.col, msg).warning();
        out.push(d.with_hint("shorten the text or split the slide in two"));
    }
    out
}

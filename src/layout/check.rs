//! Layout problems reported by `estrade check`: text that does not fit at the minimum size.

use super::{Fonts, SlideRef, layout_slide};
use crate::deck::Diagnostic;
use crate::model::Deck;

/// Lays out every slide fully revealed and warns about clipped text.
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
        for o in &frame.overflow {
            let loc = &slide.location;
            let d = Diagnostic::error(
                &loc.file,
                None,
                loc.line,
                loc.col,
                format!(
                    "slide `{}`: {} line(s) of {} do not fit and are cut",
                    slide.id, o.lines_dropped, o.block
                ),
            )
            .warning();
            out.push(d.with_hint("shorten the text or split the slide in two"));
        }
    }
    out
}

//! Imported slides whose original changed: `estrade import` leaves an `origin` on each slide it
//! copies (the deck and slide it comes from, and their fingerprint then); `check` reads those
//! decks again and says which originals changed since, with the command that takes the change.

use std::path::Path;

use crate::deck::{Diagnostic, Loaded};
use crate::import::origin::fingerprint;
use crate::import::update::OriginDecks;

/// A warning for each slide of the deck at `path` whose origin changed, cannot be read, or no
/// longer has the slide.
pub fn origin_changes(path: &Path, loaded: &Loaded) -> Vec<Diagnostic> {
    let Some(deck) = &loaded.deck else {
        return Vec::new();
    };
    let file = path.display().to_string();
    let mut opened = OriginDecks::default();
    let mut out = Vec::new();
    for slide in &deck.slides {
        // Only the deck's own slides: one an `Include` lends is followed at every load.
        let Some(origin) = slide.origin.as_ref().filter(|_| slide.location.file == file) else {
            continue;
        };
        let other = opened.open(path, &origin.deck);
        let (id, from) = (slide.id.as_str(), origin.deck.as_str());
        let loc = &slide.location;
        let warning = |message, hint: String| {
            Diagnostic::error(&loc.file, None, loc.line, loc.col, message)
                .warning()
                .with_hint(hint)
        };
        match other {
            Err(why) => out.push(warning(
                crate::msg!("deck-origin-unreadable", id = id, from = from, reason = why.as_str()),
                crate::t!("deck-origin-unreadable-hint"),
            )),
            Ok(other) => match other.raw_of(&origin.slide) {
                None => out.push(warning(
                    crate::msg!(
                        "deck-origin-gone",
                        id = id,
                        from = from,
                        from_id = origin.slide.as_str()
                    ),
                    crate::t!("deck-origin-unreadable-hint"),
                )),
                Some(raw) if fingerprint(other, raw).is_some_and(|now| now != origin.hash) => out.push(warning(
                    crate::msg!("deck-origin-changed", id = id, from = from),
                    crate::t!("deck-origin-changed-hint", id = id),
                )),
                Some(_) => {}
            },
        }
    }
    out
}

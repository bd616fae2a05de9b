//! `estrade ids`: the slides of a deck as a remixer needs them to write an `Include` or an
//! import — id, number of steps, title — one line each.

use crate::model::Deck;

/// One line per slide, in deck order: the id (padded to the longest), the number of steps,
/// the title (see [`crate::model::Slide::display_title`]), and a note for hidden slides.
pub fn slide_lines(deck: &Deck) -> Vec<String> {
    let width = deck.slides.iter().map(|s| s.id.chars().count()).max().unwrap_or(0);
    deck.slides
        .iter()
        .map(|s| {
            let title = s.display_title().map(|t| t.to_plain()).unwrap_or_default();
            let hidden = if s.hidden {
                format!("  {}", crate::t!("deck-ids-hidden"))
            } else {
                String::new()
            };
            // No control character reaches the terminal (a title could retitle it).
            let title = crate::diagnostics::printable(&title.replace('\n', " "));
            let id = crate::diagnostics::printable(&s.id);
            format!("{id:<width$}  {:>2}  {title}{hidden}", s.steps)
                .trim_end()
                .to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn lists_ids_steps_and_titles_and_marks_hidden_slides() {
        let text = r#"Deck(title: "x", slides: [
            Bullets(id: "un", title: "Premier", items: "- a\n- b", steps: true),
            Text(id: "deux-long", title: "Second", body: "c", hidden: true),
        ])"#;
        let loaded = crate::deck::load_text(Arc::new(crate::source::BuiltinSource), "slides/x.ron", text.to_string());
        let deck = loaded.deck.expect("the deck loads");
        let lines = with_lang(Lang::Fr, || slide_lines(&deck));
        assert_eq!(lines[0], format!("un          {}  Premier", deck.slides[0].steps));
        assert!(deck.slides[0].steps >= 2, "the bullets are revealed one by one");
        assert_eq!(lines[1], "deux-long   1  Second  (masquée)");
        let english = with_lang(Lang::En, || slide_lines(&deck));
        assert_eq!(english[1], "deux-long   1  Second  (hidden)");
    }
}

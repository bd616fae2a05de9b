//! `estrade ids`: the slides of a deck as a remixer needs them to write an `Include` or an
//! import — id, number of steps, title — one line each.

use crate::model::Deck;

/// One line per slide, in deck order: the id (padded to the longest), the number of steps,
/// the title (see [`crate::model::Slide::display_title`]) or, for an untitled slide, its first
/// words in quotation marks, and a note for hidden slides.
pub fn slide_lines(deck: &Deck) -> Vec<String> {
    let width = deck.slides.iter().map(|s| s.id.chars().count()).max().unwrap_or(0);
    deck.slides
        .iter()
        .map(|s| {
            let title = match s.display_title() {
                Some(t) => t.to_plain(),
                None => first_words(s).map_or_else(String::new, |w| crate::t!("deck-ids-first-words", words = w)),
            };
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

/// How many words of its text name an untitled slide.
const FIRST_WORDS: usize = 8;

/// The first words a slide without a title shows (a quotation, a plan), with `…` when there
/// are more: what a remixer recognises it by.
pub fn first_words(slide: &crate::model::Slide) -> Option<String> {
    // Each text of the slide (a plan's items, a quotation and its author) apart, with « · ».
    let mut parts: Vec<String> = Vec::new();
    let mut taken = 0;
    let mut more = false;
    for text in slide.texts() {
        let words: Vec<&str> = text.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if taken == FIRST_WORDS {
            more = true;
            break;
        }
        let n = words.len().min(FIRST_WORDS - taken);
        parts.push(words[..n].join(" "));
        taken += n;
        more |= n < words.len();
    }
    let shown = parts.join(" · ");
    match (shown.is_empty(), more) {
        (true, _) => None,
        (false, true) => Some(format!("{shown}…")),
        (false, false) => Some(shown),
    }
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

    #[test]
    fn an_untitled_slide_shows_its_first_words_as_a_quotation() {
        let text = r#"Deck(title: "x", slides: [
            Quote(id: "citation", text: "Les villes sont devenues des actrices internationales à part entière", author: "Quelqu’un"),
            Quote(id: "courte", text: "Bref."),
        ])"#;
        let loaded = crate::deck::load_text(Arc::new(crate::source::BuiltinSource), "slides/x.ron", text.to_string());
        let deck = loaded.deck.expect("the deck loads");
        let lines = with_lang(Lang::Fr, || slide_lines(&deck));
        assert_eq!(
            lines[0],
            "citation   1  «\u{a0}Les villes sont devenues des actrices internationales à…\u{a0}»"
        );
        assert_eq!(lines[1], "courte     1  «\u{a0}Bref.\u{a0}»");
        let english = with_lang(Lang::En, || slide_lines(&deck));
        assert_eq!(english[1], "courte     1  “Bref.”");
    }
}

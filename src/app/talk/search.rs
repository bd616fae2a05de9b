//! Finding a slide by words of its title (for the "go to" prompt): every match, best first.

use crate::deck::validate::fold;
use crate::model::{Deck, RichText, Slide};

/// How many candidates the prompt lists.
pub const MAX_CANDIDATES: usize = 8;

/// The "go to" prompt: what was typed and which candidate the arrows chose.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: String,
    /// Index into [`candidates`] of the query.
    pub pick: usize,
}

/// How well a slide matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The title is the query.
    Exact,
    /// The title starts with the query.
    Prefix,
    /// Every word of the query starts a word of the title.
    WordStarts,
    /// Every word of the query is somewhere in the title, kicker or id.
    Contains,
}

/// The visible slides matching `query` (case and accents ignored), best first: title equal to
/// the query, then starting with it, then every word starting a title word, then every word
/// found in the title, kicker or id; within each, shorter titles first, then deck order. A
/// number is slide `n`.
pub fn candidates(deck: &Deck, query: &str) -> Vec<usize> {
    let q = fold(query).split_whitespace().collect::<Vec<_>>().join(" ");
    if q.is_empty() {
        return Vec::new();
    }
    if let Ok(n) = q.parse::<usize>() {
        return deck
            .visible()
            .nth(n.saturating_sub(1))
            .map(|(i, _)| i)
            .into_iter()
            .collect();
    }
    let words: Vec<&str> = q.split(' ').collect();
    // Within a rank, the shorter title first (it says less else: « Le Québec » before « La
    // diplomatie municipale au Québec »), then deck order.
    let mut ranked: Vec<(Rank, usize, usize)> = deck
        .visible()
        .filter_map(|(i, s)| rank(s, &q, &words).map(|r| (r, title_len(s), i)))
        .collect();
    ranked.sort();
    ranked.into_iter().map(|(_, _, i)| i).take(MAX_CANDIDATES).collect()
}

/// The best match, if any.
pub fn find_slide(deck: &Deck, query: &str) -> Option<usize> {
    candidates(deck, query).first().copied()
}

fn title_len(s: &Slide) -> usize {
    s.display_title().map_or(usize::MAX, |t| t.to_plain().chars().count())
}

fn rank(s: &Slide, q: &str, words: &[&str]) -> Option<Rank> {
    let title = fold(&s.display_title().map(RichText::to_plain).unwrap_or_default())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if title == q {
        return Some(Rank::Exact);
    }
    if !title.is_empty() && title.starts_with(q) {
        return Some(Rank::Prefix);
    }
    let title_words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().all(|w| title_words.iter().any(|t| t.starts_with(w))) {
        return Some(Rank::WordStarts);
    }
    let mut hay = String::new();
    for t in s.title.iter().chain(s.kicker.iter()) {
        hay.push_str(&t.to_plain());
        hay.push(' ');
    }
    hay.push_str(&title);
    hay.push(' ');
    hay.push_str(&s.id.replace('-', " "));
    let hay = fold(&hay);
    words.iter().all(|w| hay.contains(w)).then_some(Rank::Contains)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ceap() -> Deck {
        let loaded =
            crate::deck::load_path(std::path::Path::new("slides/ceap-2024.ron")).unwrap_or_else(|e| panic!("{e:?}"));
        loaded.deck.unwrap_or_else(|| panic!("{:?}", loaded.diagnostics))
    }

    fn number_of(deck: &Deck, i: usize) -> usize {
        deck.visible().position(|(j, _)| j == i).map_or(0, |p| p + 1)
    }

    #[test]
    fn an_exact_title_comes_before_a_word_inside_another() {
        let deck = ceap();
        let found = candidates(&deck, "le quebec");
        let first = found.first().copied().unwrap_or(usize::MAX);
        let title = deck.slides[first].display_title().map(RichText::to_plain);
        assert_eq!(title.as_deref(), Some("Le Québec"), "{found:?}");
        assert_eq!(number_of(&deck, first), 11);
        assert!(found.len() > 1, "the other matches are listed too");
    }

    #[test]
    fn the_three_reference_slides_are_all_offered() {
        let deck = ceap();
        let found = candidates(&deck, "références");
        assert!(found.len() >= 3, "{found:?}");
        assert!(
            found.windows(2).all(|w| w[0] < w[1]),
            "same rank and length: in deck order"
        );
    }

    #[test]
    fn a_number_is_that_slide_and_nothing_matches_nothing() {
        let deck = ceap();
        assert_eq!(candidates(&deck, "11").len(), 1);
        assert_eq!(number_of(&deck, candidates(&deck, "11")[0]), 11);
        assert!(candidates(&deck, "zzzz").is_empty());
        assert!(candidates(&deck, "  ").is_empty());
    }
}

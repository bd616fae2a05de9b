//! Finding a slide by words of its title (for the "go to" prompt).

use crate::model::{Deck, RichText};

use crate::deck::validate::fold;

/// The first visible slide whose title, kicker or id contains every word of `query`
/// (case and accents ignored).
pub fn find_slide(deck: &Deck, query: &str) -> Option<usize> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return None;
    }
    deck.visible()
        .find(|(_, s)| {
            let mut hay = String::new();
            for t in s.title.iter().chain(s.kicker.iter()) {
                hay.push_str(&RichText::to_plain(t));
                hay.push(' ');
            }
            if let crate::model::Body::Title { title, .. } | crate::model::Body::Closing { title, .. } = &s.body {
                hay.push_str(&title.to_plain());
            }
            hay.push(' ');
            hay.push_str(&s.id.replace('-', " "));
            let hay = fold(&hay);
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|(i, _)| i)
}

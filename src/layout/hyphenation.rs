//! Automatic hyphenation of narrow columns (theme `hyphenate: true`, off by default): soft
//! hyphens inserted at the syllable breaks of `hypher` (the patterns typst uses), which
//! [`super::text::wrap`] then breaks with a visible hyphen or ignores. Applied in the layout,
//! so the screen, the PDF and the PNG break identically.

use std::borrow::Cow;

use super::text::SOFT_HYPHEN;
use crate::model::{Deck, RichText, Slide};

/// Columns narrower than this many ems (of the text's size) are hyphenated; wider ones are not:
/// a slide-wide line breaks well at spaces, a card a third of the slide wide does not.
pub const NARROW_EMS: f32 = 24.0;

/// Shortest word hyphenated, in letters.
const MIN_WORD: usize = 6;

/// The hyphenation patterns for a slide: `None` unless the deck's theme asks for hyphenation
/// and the slide's language (its own, else the deck's) is French or English.
pub fn for_slide(deck: &Deck, slide: &Slide) -> Option<hypher::Lang> {
    if !deck.theme.hyphenate {
        return None;
    }
    language(deck.lang_of(slide))
}

/// French or English patterns for a BCP 47 tag (`fr-CA`, `en`); `None` for other languages.
pub fn language(tag: &str) -> Option<hypher::Lang> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    match primary.as_str() {
        "fr" => Some(hypher::Lang::French),
        "en" => Some(hypher::Lang::English),
        _ => None,
    }
}

/// `text` with soft hyphens at the syllable breaks of its words of six letters or more (not in
/// links, not in words with digits or soft hyphens of their own).
pub fn hyphenated(text: &RichText, lang: hypher::Lang) -> Cow<'_, RichText> {
    let mut out = Cow::Borrowed(text);
    for (i, span) in text.spans.iter().enumerate() {
        if span.link.is_some() {
            continue;
        }
        let new = hyphenate_words(&span.text, lang);
        if new != span.text {
            out.to_mut().spans[i].text = new;
        }
    }
    out
}

fn hyphenate_words(text: &str, lang: hypher::Lang) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().count() >= MIN_WORD {
            // French: at least two letters before a break and three after (« ex-ception »).
            let parts: Vec<&str> = hypher::hyphenate_bounded(word, lang, 2, 3).collect();
            out.push_str(&parts.join(&SOFT_HYPHEN.to_string()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    let mut token_has_digit_or_shy = false;
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if c.is_ascii_digit() || c == SOFT_HYPHEN {
            token_has_digit_or_shy = true;
        }
        if token_has_digit_or_shy {
            out.push_str(&word);
            word.clear();
        } else {
            flush(&mut word, &mut out);
        }
        if c.is_whitespace() {
            token_has_digit_or_shy = false;
        }
        out.push(c);
    }
    if token_has_digit_or_shy {
        out.push_str(&word);
    } else {
        flush(&mut word, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(t: &str) -> String {
        hyphenated(&RichText::plain(t), hypher::Lang::French).spans[0]
            .text
            .clone()
    }

    #[test]
    fn french_words_get_soft_hyphens_at_syllables() {
        let out = plain("internationalisation des villes");
        assert!(out.contains(SOFT_HYPHEN), "{out:?}");
        assert_eq!(out.replace(SOFT_HYPHEN, ""), "internationalisation des villes");
        // Two letters at least before a break, three after.
        for word in out.split(' ') {
            let parts: Vec<&str> = word.split(SOFT_HYPHEN).collect();
            if parts.len() > 1 {
                assert!(parts[0].chars().count() >= 2, "{word:?}");
                assert!(parts.last().unwrap().chars().count() >= 3, "{word:?}");
            }
        }
    }

    #[test]
    fn short_words_links_and_numbers_are_left_alone() {
        assert_eq!(plain("des villes"), "des villes");
        assert_eq!(plain("COP15 Montréal2024"), "COP15 Montréal2024");
        let mut t = RichText::plain("internationalisation");
        t.spans[0].link = Some("https://example.org".into());
        assert_eq!(
            hyphenated(&t, hypher::Lang::French).spans[0].text,
            "internationalisation"
        );
    }

    #[test]
    fn only_french_and_english_decks_are_hyphenated() {
        assert_eq!(language("fr-CA"), Some(hypher::Lang::French));
        assert_eq!(language("en"), Some(hypher::Lang::English));
        assert_eq!(language("de"), None);
    }
}

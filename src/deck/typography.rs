//! French typography, applied once at validation so every output shows the same text.
//!
//! - Inside « » the spaces become non-breaking (added when missing).
//! - Before `;`, `?`, `!` a narrow non-breaking space (U+202F) is used, added when missing, as
//!   in France; for `fr-CA` none (Québec usage, OQLF), a typed space removed
//!   ([`FrenchRules::space_before_marks`]).
//! - Before `:` an existing space becomes non-breaking (U+00A0); none is added, so English
//!   titles quoted in a French deck (`Abroad: A Survey`) keep their colon as written.
//! - The word rules of [`super::typography_rules`]: ’ for ', ordinals as superscripts, no break
//!   after « p. » or « n° » before a number nor before « % » and units (each can be turned off).
//! - Links and URLs are never touched.

pub use super::typography_rules::{FrenchRules, NBSP, NNBSP};
use crate::model::{RichText, Span};

fn is_space(c: char) -> bool {
    c == ' ' || c == NBSP || c == NNBSP
}

/// Applies every French rule to a rich text.
pub fn french(text: &RichText) -> RichText {
    french_with(text, FrenchRules::default())
}

/// Applies the French spacing rules and the word rules that `rules` keeps.
pub fn french_with(text: &RichText, rules: FrenchRules) -> RichText {
    // Flatten to characters tagged with their span and whether they may change.
    let mut chars: Vec<(char, usize)> = Vec::new();
    let frozen: Vec<bool> = text.spans.iter().map(|s| s.link.is_some()).collect();
    for (si, s) in text.spans.iter().enumerate() {
        chars.extend(s.text.chars().map(|c| (c, si)));
    }
    let mut out: Vec<(char, usize)> = Vec::with_capacity(chars.len() + 8);
    for (i, &(c, si)) in chars.iter().enumerate() {
        if frozen[si] {
            out.push((c, si));
            continue;
        }
        let prev = out.last().map(|&(p, _)| p);
        let next = chars.get(i + 1).map(|&(n, _)| n);
        match c {
            ' ' if prev == Some('«') => out.push((NBSP, si)),
            ' ' if matches!(next, Some('»')) => out.push((NBSP, si)),
            ' ' if matches!(next, Some(';' | '?' | '!')) => {
                // Québec usage: no space there (the typed one goes); France: a narrow one.
                if rules.space_before_marks {
                    out.push((NNBSP, si));
                }
            }
            ' ' if matches!(next, Some(':')) => out.push((NBSP, si)),
            '»' => {
                if !prev.is_some_and(is_space) && prev.is_some() {
                    out.push((NBSP, si));
                }
                out.push((c, si));
            }
            ';' | '?' | '!' => {
                // A group such as `?!` gets one space, before its first sign.
                let after_word = prev.is_some_and(|p| !is_space(p) && !matches!(p, '(' | '[' | ';' | '?' | '!'));
                let ends_token = next
                    .is_none_or(|n| n.is_whitespace() || matches!(n, ')' | '»' | '"' | '.' | ',' | ';' | '?' | '!'));
                if after_word && ends_token && rules.space_before_marks {
                    out.push((NNBSP, si));
                }
                out.push((c, si));
            }
            _ => {
                out.push((c, si));
                if c == '«' && next.is_some_and(|n| !n.is_whitespace()) {
                    out.push((NBSP, si));
                }
            }
        }
    }
    let flagged: Vec<(char, bool)> = out.iter().map(|&(c, si)| (c, frozen[si])).collect();
    let worded = super::typography_rules::apply(flagged, rules);
    let out: Vec<(char, usize)> = if worded.len() == out.len() {
        worded.iter().zip(&out).map(|(&(c, _), &(_, si))| (c, si)).collect()
    } else {
        out
    };
    let mut spans: Vec<Span> = text
        .spans
        .iter()
        .map(|s| Span {
            text: String::new(),
            ..s.clone()
        })
        .collect();
    for (c, si) in out {
        spans[si].text.push(c);
    }
    RichText { spans }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(s: &str) -> String {
        french(&RichText::plain(s)).to_plain()
    }

    #[test]
    fn guillemets_and_high_punctuation() {
        assert_eq!(fr("un « portrait varié » ici"), "un «\u{a0}portrait varié\u{a0}» ici");
        assert_eq!(fr("«mot»"), "«\u{a0}mot\u{a0}»");
        assert_eq!(fr("paradiplomatie?"), "paradiplomatie\u{202f}?");
        assert_eq!(fr("pas une ride!"), "pas une ride\u{202f}!");
        assert_eq!(fr("Vraiment?!"), "Vraiment\u{202f}?!", "one space before a group");
        assert_eq!(fr("Vraiment ?!"), "Vraiment\u{202f}?!");
        assert_eq!(fr("monde : état"), "monde\u{a0}: état");
        assert_eq!(fr("Abroad: A Survey"), "Abroad: A Survey");
    }

    #[test]
    fn quebec_puts_no_space_before_high_punctuation() {
        let quebec = FrenchRules {
            space_before_marks: false,
            ..FrenchRules::default()
        };
        let qc = |s: &str| french_with(&RichText::plain(s), quebec).to_plain();
        assert_eq!(qc("paradiplomatie?"), "paradiplomatie?");
        assert_eq!(qc("Vraiment ?! Oui ; non"), "Vraiment?! Oui; non", "a typed space goes");
        assert_eq!(
            qc("« Quoi ? » : monde"),
            "«\u{a0}Quoi?\u{a0}»\u{a0}: monde",
            "the other rules stay"
        );
    }

    #[test]
    fn urls_are_left_alone() {
        let (t, _) = crate::deck::markup::parse_inline("voir https://a.b/c?id=1&x=y!");
        let out = french(&t);
        assert_eq!(out.spans[1].text, "https://a.b/c?id=1&x=y!");
    }
}

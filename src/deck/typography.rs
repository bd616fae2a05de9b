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
use crate::model::RichText;

fn is_space(c: char) -> bool {
    c == ' ' || c == NBSP || c == NNBSP
}

/// Applies every French rule to a rich text.
pub fn french(text: &RichText) -> RichText {
    french_with(text, FrenchRules::default())
}

/// Applies the French spacing rules and the word rules that `rules` keeps.
pub fn french_with(text: &RichText, rules: FrenchRules) -> RichText {
    french_owned(text.clone(), rules)
}

/// [`french_with`] on a text the caller gives away: a text no rule can touch (no digit, no
/// guillemet, no sign a rule looks for) is returned as it is, without a copy.
pub fn french_owned(text: RichText, rules: FrenchRules) -> RichText {
    if !any_rule_may_apply(&text) {
        return text;
    }
    every_rule(text, rules)
}

/// The French rules on `text`, without first asking whether any may apply.
fn every_rule(text: RichText, rules: FrenchRules) -> RichText {
    let len: usize = text.spans.iter().map(|s| s.text.len()).sum();
    // The characters after the spacing rules, with whether they may change (links never do);
    // `ends[k]` is where span k's characters end in `out` (a character added belongs to the
    // span of the one it was added beside).
    let mut out: Vec<(char, bool)> = Vec::with_capacity(len + 8);
    let mut ends: Vec<usize> = Vec::with_capacity(text.spans.len());
    for (si, span) in text.spans.iter().enumerate() {
        if span.link.is_some() {
            out.extend(span.text.chars().map(|c| (c, true)));
            ends.push(out.len());
            continue;
        }
        let mut chars = span.text.chars().peekable();
        while let Some(c) = chars.next() {
            let prev = out.last().map(|&(p, _)| p);
            // The rules look across span boundaries (`**mot** !`).
            let next = chars
                .peek()
                .copied()
                .or_else(|| text.spans[si + 1..].iter().find_map(|s| s.text.chars().next()));
            spacing(c, prev, next, rules, &mut out);
        }
        ends.push(out.len());
    }
    super::typography_rules::apply_in_place(&mut out, rules);
    let mut start = 0;
    let spans = text
        .spans
        .into_iter()
        .zip(ends)
        .map(|(mut s, end)| {
            s.text = out[start..end].iter().map(|&(c, _)| c).collect();
            start = end;
            s
        })
        .collect();
    RichText { spans }
}

/// The spacing rules for one character `c` that may change, between `prev` (as already written
/// to `out`) and `next` (as typed): pushes what `c` becomes.
fn spacing(c: char, prev: Option<char>, next: Option<char>, rules: FrenchRules, out: &mut Vec<(char, bool)>) {
    match c {
        ' ' if prev == Some('«') => out.push((NBSP, false)),
        ' ' if matches!(next, Some('»')) => out.push((NBSP, false)),
        ' ' if matches!(next, Some(';' | '?' | '!')) => {
            // Québec usage: no space there (the typed one goes); France: a narrow one.
            if rules.space_before_marks {
                out.push((NNBSP, false));
            }
        }
        ' ' if matches!(next, Some(':')) => out.push((NBSP, false)),
        '»' => {
            if !prev.is_some_and(is_space) && prev.is_some() {
                out.push((NBSP, false));
            }
            out.push((c, false));
        }
        ';' | '?' | '!' => {
            // A group such as `?!` gets one space, before its first sign.
            let after_word = prev.is_some_and(|p| !is_space(p) && !matches!(p, '(' | '[' | ';' | '?' | '!'));
            let ends_token =
                next.is_none_or(|n| n.is_whitespace() || matches!(n, ')' | '»' | '"' | '.' | ',' | ';' | '?' | '!'));
            if after_word && ends_token && rules.space_before_marks {
                out.push((NNBSP, false));
            }
            out.push((c, false));
        }
        _ => {
            out.push((c, false));
            if c == '«' && next.is_some_and(|n| !n.is_whitespace()) {
                out.push((NBSP, false));
            }
        }
    }
}

fn is_roman(c: char) -> bool {
    matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M')
}

/// Whether some rule may change `text`: it holds a sign a spacing rule looks at, a digit (ranges,
/// units, ordinals, numbers), an apostrophe, a hyphen, a degree sign, or a Roman numeral letter
/// followed by one that may continue an ordinal (XXe, IIe). False only when no rule can apply.
fn any_rule_may_apply(text: &RichText) -> bool {
    text.spans.iter().any(|s| {
        let mut prev_roman = false;
        s.text.chars().any(|c| {
            let hit = matches!(c, '«' | '»' | ';' | '?' | '!' | ':' | '\'' | '-' | '°' | '0'..='9')
                || (prev_roman && (is_roman(c) || matches!(c, 'e' | 'r' | 'd')));
            prev_roman = is_roman(c);
            hit
        })
    }) || text.spans.windows(2).any(|w| {
        // A Roman letter at the end of one span continued by the next (`X**e**`).
        w[0].text.ends_with(is_roman) && w[1].text.starts_with(char::is_alphabetic)
    })
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
    fn texts_passed_over_are_those_no_rule_changes() {
        // Every line of the CÉAP deck, and texts near the signs the quick look watches for.
        let deck = include_str!("../../slides/ceap-2024.ron");
        let extra = [
            "Ce De Le Me",
            "XXe siècle",
            "X",
            "IIe",
            "une ville",
            "l’action",
            "vol. 48, n° 1",
            "Shanghai - A",
            "Vraiment ?",
            "«mot»",
            "a:b",
            "2024",
            "Cd",
            "MMe",
            "",
        ];
        for line in deck.lines().chain(extra) {
            for rules in [
                FrenchRules::default(),
                FrenchRules {
                    space_before_marks: false,
                    ..FrenchRules::default()
                },
            ] {
                let (t, _) = crate::deck::markup::parse_inline(line);
                assert_eq!(french_owned(t.clone(), rules), every_rule(t.clone(), rules), "{line}");
                if !any_rule_may_apply(&t) {
                    assert_eq!(every_rule(t.clone(), rules), t, "passed over but changed: {line}");
                }
            }
        }
        // A Roman numeral split by markup (`X**e**`) is still looked at.
        let (t, _) = crate::deck::markup::parse_inline("X**e** siècle");
        assert!(any_rule_may_apply(&t));
    }

    #[test]
    fn urls_are_left_alone() {
        let (t, _) = crate::deck::markup::parse_inline("voir https://a.b/c?id=1&x=y!");
        let out = french(&t);
        assert_eq!(out.spans[1].text, "https://a.b/c?id=1&x=y!");
    }
}

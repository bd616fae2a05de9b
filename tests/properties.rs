#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Property tests (proptest): inline markup parsing, French typography and line wrapping hold
//! their promises for arbitrary text, not only for the talk's.

use estrade::deck::markup::parse_inline;
use estrade::deck::typography::{FrenchRules, NBSP, NNBSP, french, french_with};
use estrade::layout::Fonts;
use estrade::layout::text::{Face, SOFT_HYPHEN, wrap};
use estrade::model::{RichText, Span, SpanStyle};
use proptest::prelude::*;

/// Whether `small` is `big` with some characters removed (order kept).
fn is_subsequence(small: &str, big: &str) -> bool {
    let mut it = big.chars();
    small.chars().all(|c| it.any(|b| b == c))
}

fn fonts() -> &'static Fonts {
    static FONTS: std::sync::OnceLock<Fonts> = std::sync::OnceLock::new();
    FONTS.get_or_init(|| Fonts::bundled().unwrap())
}

/// Text mixing French letters, punctuation, markup characters, guillemets and odd spaces.
fn messy_text() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([a-zA-Zéèàçœ0-9]{1,12}|[ ,.;:?!*\\[\\]()<>\\\\«»’'\"-]|https://ex\\.org/a|\u{a0}|\u{202f}|\n|\t|日本|🙂){0,40}",
    )
    .unwrap()
}

fn word() -> impl Strategy<Value = String> {
    proptest::string::string_regex("[a-zA-Zéèàçœ0-9’'.,()-]{1,18}").unwrap()
}

fn words_text(sep: &'static str) -> impl Strategy<Value = String> {
    proptest::collection::vec(word(), 1..40).prop_map(move |w| w.join(sep))
}

fn no_space(s: &str) -> String {
    s.chars().filter(|c| !matches!(c, ' ' | '\n' | '\t')).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Markup never invents text: what is shown is the source with markers (and link targets)
    /// removed, in order.
    #[test]
    fn markup_shows_a_subsequence_of_the_source(src in messy_text()) {
        let (rich, _problems) = parse_inline(&src);
        let shown = rich.to_plain();
        prop_assert!(is_subsequence(&shown, &src), "{shown:?} from {src:?}");
        prop_assert!(rich.spans.iter().all(|s| !s.text.is_empty()), "no empty spans: {rich:?}");
    }

    /// Text without markup characters comes out unchanged, as one plain span.
    #[test]
    fn text_without_markup_is_kept_exactly(src in "[a-zA-Zéèàçœ0-9 ,.;:?!«»’'-]{1,80}") {
        let (rich, problems) = parse_inline(&src);
        prop_assert!(problems.is_empty());
        prop_assert_eq!(rich.to_plain(), src.clone());
        prop_assert_eq!(rich.spans.len(), 1);
        prop_assert_eq!(rich.spans[0].style, SpanStyle::default());
    }

    /// `**word**` and `*word*` style exactly the word.
    #[test]
    fn bold_and_italic_markers_style_exactly_their_text(a in "[a-zé]{1,10}", b in "[a-zé]{1,10}", c in "[a-zé]{1,10}") {
        let (rich, problems) = parse_inline(&format!("{a} **{b}** *{c}*"));
        prop_assert!(problems.is_empty());
        prop_assert_eq!(rich.to_plain(), format!("{a} {b} {c}"));
        let bold: String = rich.spans.iter().filter(|s| s.style.bold).map(|s| s.text.as_str()).collect();
        let italic: String = rich.spans.iter().filter(|s| s.style.italic).map(|s| s.text.as_str()).collect();
        prop_assert_eq!(bold, b);
        prop_assert_eq!(italic, c);
    }

    /// French spacing only changes spaces, and the word rules only turn ' into ’ and ordinal
    /// letters into superscripts: every other character stays, in order, and a second pass
    /// changes nothing.
    #[test]
    fn french_typography_only_touches_spaces_and_is_idempotent(src in messy_text()) {
        let rich = RichText::plain(src.clone());
        let spacing_only = FrenchRules { apostrophes: false, ordinals: false, no_break: true, numero: false, dashes: false, ranges: false, space_before_marks: true };
        let strip = |s: &str| s.chars().filter(|c| !matches!(*c, ' ' | NBSP | NNBSP)).collect::<String>();
        let spaced = french_with(&rich, spacing_only);
        prop_assert_eq!(strip(&spaced.to_plain()), strip(&src));
        let once = french(&rich);
        let plain_letters = |s: &str| strip(s).chars().map(|c| match c {
            '’' => '\'',
            'ᵉ' => 'e',
            'ʳ' => 'r',
            'ᵈ' => 'd',
            'ˢ' => 's',
            // A hyphen used as a dash, or between two numbers, becomes an en dash; `n°` takes
            // a superior o (typography_rules.rs).
            '–' => '-',
            'ᵒ' => '°',
            c => c,
        }).collect::<String>();
        prop_assert_eq!(plain_letters(&once.to_plain()), plain_letters(&src));
        prop_assert_eq!(french(&once), once.clone());
        let out: Vec<char> = once.to_plain().chars().collect();
        for w in out.windows(2) {
            prop_assert!(!(w[0] == ' ' && matches!(w[1], ';' | '?' | '!' | '»')), "breakable space before {:?} in {:?}", w[1], once.to_plain());
            prop_assert!(!(w[0] == '«' && w[1] == ' '), "breakable space after « in {:?}", once.to_plain());
        }
    }

    /// Links are never changed by typography.
    #[test]
    fn french_typography_leaves_links_alone(before in "[a-z ]{0,10}", url in "https://ex\\.org/[a-z?!:;]{0,12}") {
        let rich = RichText { spans: vec![
            Span { text: before.clone(), style: SpanStyle::default(), link: None },
            Span { text: url.clone(), style: SpanStyle::default(), link: Some(url.clone()) },
        ] };
        let out = french(&rich);
        prop_assert_eq!(&out.spans[1].text, &url);
        prop_assert_eq!(out.spans[1].link.as_deref(), Some(url.as_str()));
    }

    /// Wrapping keeps every character of the text exactly once, in order (only breakable spaces
    /// at line ends disappear), and no line is wider than the measure.
    #[test]
    fn wrapping_keeps_every_character_once_in_order(
        text in words_text(" "),
        width in 80.0f32..1600.0,
        size in 14.0f32..90.0,
        bold_from in 0usize..200,
    ) {
        // Part of the text bold, to cross face changes.
        let cut = text.char_indices().map(|(i, _)| i).find(|&i| i >= bold_from.min(text.len())).unwrap_or(text.len());
        let rich = RichText { spans: [(&text[..cut], false), (&text[cut..], true)]
            .into_iter()
            .filter(|(t, _)| !t.is_empty())
            .map(|(t, bold)| Span { text: t.to_string(), style: SpanStyle { bold, ..SpanStyle::default() }, link: None })
            .collect() };
        let lines = wrap(fonts(), &rich, Face::Body, size, width);
        let joined: String = lines.iter().flat_map(|l| l.pieces.iter().map(|p| p.text.as_str())).collect();
        prop_assert_eq!(no_space(&joined), no_space(&text));
        for l in &lines {
            // Only a single glyph wider than the whole measure may stick out.
            let chars: usize = l.pieces.iter().map(|p| p.text.trim_end().chars().count()).sum();
            prop_assert!(l.width <= width + 0.01 || chars == 1, "line {:.1} wider than {width:.1}: {:?}", l.width, l.pieces);
            prop_assert!(!l.pieces.is_empty());
        }
        // Inside a line, words keep their single space.
        for l in &lines {
            let s: String = l.pieces.iter().map(|p| p.text.as_str()).collect();
            prop_assert!(text.contains(s.trim_end()), "{s:?} is not a piece of the text");
        }
    }

    /// Soft hyphens vanish, or become a visible hyphen where a line breaks; nothing else changes.
    #[test]
    fn soft_hyphens_disappear_or_become_hyphens(parts in proptest::collection::vec("[a-zé]{2,9}", 2..12), width in 60.0f32..600.0) {
        let text = parts.join("\u{ad}");
        let lines = wrap(fonts(), &RichText::plain(text.clone()), Face::Body, 40.0, width);
        let joined: String = lines.iter().flat_map(|l| l.pieces.iter().map(|p| p.text.as_str())).collect();
        prop_assert_eq!(joined.replace('-', ""), text.replace(SOFT_HYPHEN, ""));
        prop_assert!(joined.matches('-').count() < lines.len().max(1));
    }

    /// Lines break where UAX #14 allows: never before `!`, `?`, `;`, `»` or `)` even after an
    /// ordinary space, and never at a non-breaking space.
    #[test]
    fn lines_never_start_with_closing_punctuation_nor_break_at_non_breaking_spaces(
        items in proptest::collection::vec("[a-zé]{1,10}( [!?;»)])?|p\\.\u{a0}[0-9]{1,3}", 1..40),
        width in 300.0f32..1200.0,
    ) {
        let text = items.join(" ");
        let lines = wrap(fonts(), &RichText::plain(text.clone()), Face::Body, 36.0, width);
        for l in lines.iter().skip(1) {
            let first = l.pieces.first().and_then(|p| p.text.chars().next());
            prop_assert!(!matches!(first, Some('!' | '?' | ';' | '»' | ')')), "a line starts with {first:?}: {lines:?}");
        }
        for l in &lines {
            let s: String = l.pieces.iter().map(|p| p.text.as_str()).collect();
            prop_assert!(!s.trim_end().ends_with("p."), "« p. » ends a line: {s:?}");
        }
    }
}

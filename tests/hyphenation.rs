#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Automatic hyphenation (theme `hyphenate: true`): narrow columns break long French words at
//! syllables with a visible hyphen, wide ones are left alone, and nothing of the text is lost.
//! (The cards hold a list, so they stay side by side: text-only cards that would shrink much
//! become rows, see tests/layout_cards.rs.)

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;
use estrade::layout::{Fonts, Item, SlideRef, layout_slide};

fn deck(hyphenate: bool, lang: &str) -> estrade::deck::Loaded {
    let text = format!(
        r#"Deck(
    title: "Césure",
    lang: "{lang}",
    theme_overrides: (hyphenate: {hyphenate}),
    slides: [
        Columns(
            id: "cartes",
            title: "Trois cartes",
            columns: [
                Column(text: "Processus d'internationalisation des villes québécoises contemporaines"),
                Column(text: "Bouleversement des visions classiques de la diplomatie"),
                Column(text: "Responsabilités intergouvernementales"),
                Column(heading: "Internationalisation", items: "- Les titres ne sont jamais coupés"),
            ],
        ),
        Bullets(id: "large", title: "Pleine largeur", items: "- Processus d'internationalisation des villes québécoises contemporaines et responsabilités intergouvernementales"),
    ],
)"#
    );
    estrade::deck::load_text(Arc::new(BuiltinSource), "slides/test.ron", text)
}

/// The text runs of a slide, as drawn.
fn runs(d: &estrade::model::Deck, slide: usize, fonts: &Fonts) -> Vec<String> {
    layout_slide(
        d,
        SlideRef {
            slide,
            step: usize::MAX,
        },
        fonts,
    )
    .items
    .iter()
    .filter_map(|i| match i {
        Item::Text(t) => Some(t.text.clone()),
        _ => None,
    })
    .collect()
}

#[test]
fn narrow_columns_break_words_at_syllables_and_lose_nothing() {
    let fonts = Fonts::bundled().unwrap();
    let on = deck(true, "fr-CA").deck.unwrap();
    let off = deck(false, "fr-CA").deck.unwrap();
    let hyphenated = runs(&on, 0, &fonts);
    let broken: Vec<&String> = hyphenated
        .iter()
        .filter(|t| t.trim_end().ends_with('-') && t.trim_end().len() > 1)
        .collect();
    assert!(!broken.is_empty(), "no word was hyphenated: {hyphenated:?}");
    assert!(
        !runs(&off, 0, &fonts).iter().any(|t| t.trim_end().ends_with('-')),
        "hyphenation must be off by default"
    );
    // Joined back (a hyphen at a line end removed), the words are the deck's words.
    let joined = hyphenated
        .iter()
        .map(|t| {
            t.trim_end()
                .strip_suffix('-')
                .map_or(format!("{} ", t.trim_end()), str::to_string)
        })
        .collect::<String>();
    for word in ["internationalisation", "Bouleversement", "intergouvernementales"] {
        assert!(joined.contains(word), "{word} lost in {joined:?}");
    }
    // A heading is never hyphenated (in capitals or not): it shrinks instead.
    assert!(
        hyphenated
            .iter()
            .any(|t| t.trim() == "INTERNATIONALISATION" || t.trim() == "Internationalisation"),
        "{hyphenated:?}"
    );
}

#[test]
fn slide_wide_text_is_not_hyphenated() {
    let fonts = Fonts::bundled().unwrap();
    let on = deck(true, "fr-CA").deck.unwrap();
    let lines = runs(&on, 1, &fonts);
    assert!(
        lines.len() >= 3,
        "the title and a bullet on two lines at least: {lines:?}"
    );
    assert!(!lines.iter().any(|t| t.trim_end().ends_with('-')));
}

#[test]
fn a_language_without_patterns_gets_a_warning_not_an_error() {
    let loaded = deck(true, "de");
    assert!(loaded.deck.is_some());
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.message.contains("hyphenation"))
        .expect("a warning about hyphenation");
    assert!(!d.is_error());
    assert!(d.line > 0, "the warning names its line: {d:?}");
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade check`'s typography warnings for remixers: shrunk text (W017) and a heading word
//! cut over two lines (W018), each with its slide (tests/layout.rs holds the CÉAP talk to none).

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;
use estrade::layout::Fonts;
use estrade::layout::check::layout_warnings;

fn warnings(slides: &str) -> Vec<String> {
    let text = format!(r#"Deck(title: "Lint", lang: "fr-CA", theme: "ceap", slides: [{slides}])"#);
    let loaded = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/test.ron", text);
    let deck = loaded.deck.expect("the test deck loads");
    layout_warnings(&deck, &Fonts::bundled().unwrap())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn text_shrunk_by_a_tenth_or_more_is_reported_with_its_slide() {
    let long = "Une phrase assez longue pour remplir une bonne partie de la ligne, encore et encore. ".repeat(20);
    let got = warnings(&format!(r#"Text(id: "long", title: "Long", body: "{long}")"#));
    assert!(
        got.iter().any(|w| w.contains("`long`") && w.contains("shrunk")),
        "{got:?}"
    );
    let short = warnings(r#"Text(id: "court", title: "Court", body: "Une phrase.")"#);
    assert!(!short.iter().any(|w| w.contains("shrunk")), "{short:?}");
}

#[test]
fn a_heading_word_wider_than_its_card_is_reported_as_cut() {
    let word = "Internationalisationdesvillesquébécoisesetmontréalaises";
    let got = warnings(&format!(
        r#"Columns(id: "cartes", title: "Cartes", columns: [
            Column(heading: "{word}", items: "- Un"),
            Column(heading: "Deux", items: "- Deux"),
            Column(heading: "Trois", items: "- Trois"),
            Column(heading: "Quatre", items: "- Quatre"),
        ])"#
    ));
    assert!(
        got.iter()
            .any(|w| w.contains("`cartes`") && w.contains("cut over two lines")),
        "{got:?}"
    );
}

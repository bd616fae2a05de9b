#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Where content sits: short content at the optical centre of its area (the same place at every
//! step), and text cards that cannot stand side by side at a readable size set as rows.

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;
use estrade::layout::{Fonts, Frame, Item, Rect, SlideRef, layout_slide};

fn deck(slides: &str) -> estrade::model::Deck {
    let text = format!(r#"Deck(title: "Cartes", lang: "fr-CA", theme: "ceap", slides: [{slides}])"#);
    let loaded = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/test.ron", text);
    loaded.deck.expect("the test deck loads")
}

fn frame(d: &estrade::model::Deck, step: usize) -> Frame {
    layout_slide(d, SlideRef { slide: 0, step }, &Fonts::bundled().unwrap())
}

/// The rectangles of the cards (the surface-coloured shapes) of a frame.
fn cards(f: &Frame, d: &estrade::model::Deck) -> Vec<Rect> {
    f.items
        .iter()
        .filter_map(|i| match i {
            Item::Shape(s) if s.fill == d.theme.surface => Some(s.rect),
            _ => None,
        })
        .collect()
}

fn block_top(f: &Frame, text: &str) -> f32 {
    f.blocks.iter().find(|b| b.text == text).map(|b| b.rect.y).expect(text)
}

#[test]
fn text_cards_with_a_word_too_wide_for_a_column_become_rows_at_the_body_size() {
    let d = deck(
        r#"Columns(id: "angles", title: "Angles", columns: [
            Column(heading: "Processus d'internationalisation des villes"),
            Column(heading: "Réseaux de villes", note: "(Viltard, 2010, p. 600)"),
            Column(heading: "Bouleversement des visions classiques"),
        ])"#,
    );
    let f = frame(&d, usize::MAX);
    let rows = cards(&f, &d);
    assert_eq!(rows.len(), 3, "{rows:?}");
    for pair in rows.windows(2) {
        assert_eq!(pair[0].x, pair[1].x, "rows share their left edge: {rows:?}");
        assert!(pair[1].y >= pair[0].bottom(), "one under the other: {rows:?}");
    }
    let heading = f
        .runs()
        .find(|r| r.text.contains("INTERNATIONALISATION"))
        .expect("heading");
    assert!(heading.size >= d.theme.body_size, "set at {} px", heading.size);
    assert!(f.shrunk.is_empty(), "{:?}", f.shrunk);
    assert!(
        !f.runs().any(|r| r.text.trim_end().ends_with('-')),
        "a heading is never hyphenated"
    );
}

#[test]
fn cards_with_lists_stay_side_by_side() {
    let d = deck(
        r#"Columns(id: "cartes", title: "Cartes", columns: [
            Column(heading: "Activités", items: "- Participant\n- Place"),
            Column(heading: "Défis", items: "- Acceptabilité sociale"),
        ])"#,
    );
    let f = frame(&d, usize::MAX);
    let c = cards(&f, &d);
    assert_eq!(c.len(), 2);
    assert_eq!(c[0].y, c[1].y, "{c:?}");
    assert!(c[1].x > c[0].right(), "{c:?}");
}

#[test]
fn short_content_sits_at_the_optical_centre_and_steps_never_move_it() {
    let d = deck(r#"Bullets(id: "court", title: "Court", steps: true, items: "- Un\n- Deux")"#);
    let last = frame(&d, 1);
    let first = frame(&d, 0);
    let top = block_top(&last, "Un");
    assert_eq!(
        block_top(&first, "Un"),
        top,
        "the first bullet stays put when the second shows"
    );
    // Content area: under the title's accent rule, above the footer.
    let rule = last
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Shape(s) if s.fill == d.theme.accent => Some(s.rect.bottom()),
            _ => None,
        })
        .next()
        .expect("the title's rule");
    let bottom = last.blocks.iter().find(|b| b.text == "Deux").unwrap().rect.bottom();
    let free_above = top - rule;
    let free_below = last.height - 84.0 - bottom;
    assert!(
        free_above > 44.0 + 100.0 && free_below > free_above,
        "above {free_above}, below {free_below}: a little above the middle"
    );
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A reload validates again only the slides that changed (`deck::validate::SlideMemo`): what it
//! gives must be exactly what a full load gives — the same slides, at their new lines, with the
//! files they use — and nothing a changed file says may come from the memo.

use std::cell::RefCell;
use std::path::Path;

use estrade::deck::validate::SlideMemo;
use estrade::deck::{Loaded, load_path, load_path_reusing};

const DECK: &str = r#"Deck(
    title: "Mémo",
    lang: "fr-CA",
    slides: [
        Bullets(title: "Un", items: "
- l'apostrophe : et les « guillemets »"),
        Table(title: "Tableau", csv: "t.csv"),
        Bullets(title: "Deux", items: "
- deux"),
        Bullets(title: "Trois", items: "
- trois", notes: "Des notes ; ici"),
    ],
)"#;

fn full(path: &Path) -> Loaded {
    load_path(path).unwrap()
}

fn same(a: &Loaded, b: &Loaded) {
    let (da, db) = (a.deck.as_ref().unwrap(), b.deck.as_ref().unwrap());
    assert_eq!(format!("{:?}", da.slides), format!("{:?}", db.slides));
    assert_eq!(a.asset_uses, b.asset_uses);
    assert_eq!(
        a.diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>(),
        b.diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>()
    );
}

#[test]
fn a_reload_reuses_the_unchanged_slides_and_gives_what_a_full_load_gives() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talk.ron");
    std::fs::write(&path, DECK).unwrap();
    std::fs::create_dir_all(dir.path().join("assets")).unwrap();
    std::fs::write(dir.path().join("assets/t.csv"), "Ville,Pays\nMontréal,Canada\n").unwrap();
    let memo = RefCell::new(SlideMemo::default());
    let first = load_path_reusing(&path, Some(&memo)).unwrap();
    same(&first, &full(&path));
    assert_eq!((memo.borrow().validated, memo.borrow().reused), (4, 0));

    // One word changed and two lines added above the third slide: only that one is validated,
    // and the others come back at their new lines.
    let edited = DECK
        .replace("- deux", "- deux, modifié")
        .replace("        Bullets(title: \"Deux\"", "\n\n        Bullets(title: \"Deux\"");
    std::fs::write(&path, &edited).unwrap();
    let second = load_path_reusing(&path, Some(&memo)).unwrap();
    assert_eq!((memo.borrow().validated, memo.borrow().reused), (1, 3));
    same(&second, &full(&path));
    let trois = &second.deck.as_ref().unwrap().slides[3];
    assert_eq!(first.deck.as_ref().unwrap().slides[3].location.line, 10);
    assert_eq!(trois.location.line, 12, "{:?}", trois.location);

    // The table's file changed (another size): its slide is read again, not taken from the memo.
    std::fs::write(
        dir.path().join("assets/t.csv"),
        "Ville,Pays\nQuébec,Canada\nGenève,Suisse\n",
    )
    .unwrap();
    let third = load_path_reusing(&path, Some(&memo)).unwrap();
    assert_eq!((memo.borrow().validated, memo.borrow().reused), (1, 3));
    same(&third, &full(&path));
    assert!(format!("{:?}", third.deck.as_ref().unwrap().slides[1].body).contains("Genève"));

    // Another language for the deck: nothing is reused (the typography depends on it).
    std::fs::write(&path, edited.replace("fr-CA", "en")).unwrap();
    let fourth = load_path_reusing(&path, Some(&memo)).unwrap();
    assert_eq!((memo.borrow().validated, memo.borrow().reused), (4, 0));
    same(&fourth, &full(&path));
}

#[test]
fn a_slide_with_a_problem_is_validated_again_and_reported_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talk.ron");
    let deck = DECK.replace("csv: \"t.csv\"", "csv: \"absent.csv\"");
    std::fs::write(&path, &deck).unwrap();
    let memo = RefCell::new(SlideMemo::default());
    let first = load_path_reusing(&path, Some(&memo)).unwrap();
    assert!(!first.diagnostics.is_empty());
    std::fs::write(&path, deck.replace("- trois", "- trois !")).unwrap();
    let second = load_path_reusing(&path, Some(&memo)).unwrap();
    assert_eq!(
        memo.borrow().validated,
        2,
        "the changed slide and the one with a problem"
    );
    same(&second, &full(&path));
    assert_eq!(second.diagnostics.len(), first.diagnostics.len());
}

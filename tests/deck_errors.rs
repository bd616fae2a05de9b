#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade check` on broken decks: every fixture in `tests/fixtures/bad/` gives exactly the
//! diagnostics in its `.expected` file (file:line:col, excerpt, caret, hint) and exit code 1.
//! To review a changed message, run `estrade check` on the fixture and read it before updating.

#[path = "support/scratch.rs"]
mod scratch;

use std::path::PathBuf;

#[path = "support/cli.rs"]
mod cli;
use cli::estrade_command as estrade;

fn bad_fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir("tests/fixtures/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    v.sort();
    v
}

#[test]
fn there_are_at_least_fifteen_broken_decks() {
    assert!(bad_fixtures().len() >= 15, "only {} fixtures", bad_fixtures().len());
}

#[test]
fn each_broken_deck_gives_its_documented_diagnostic() {
    // `ESTRADE_BLESS=1` rewrites the files: then read every change in `git diff` before committing.
    let bless = std::env::var_os("ESTRADE_BLESS").is_some();
    let mut mismatches = Vec::new();
    for deck in bad_fixtures() {
        let out = estrade().arg("check").arg(&deck).output().unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        if bless {
            std::fs::write(deck.with_extension("expected"), &stderr).unwrap();
        }
        let expected = std::fs::read_to_string(deck.with_extension("expected")).unwrap();
        assert_eq!(out.status.code(), Some(1), "{}: exit code", deck.display());
        assert!(
            stderr.contains(&format!("{}:", deck.display())),
            "{} not named",
            deck.display()
        );
        if stderr != expected {
            mismatches.push(format!("--- {}\nexpected:\n{expected}\ngot:\n{stderr}", deck.display()));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_error_names_line_and_column_and_has_a_hint() {
    for deck in bad_fixtures() {
        let loaded = estrade::deck::load_path(&deck).unwrap();
        assert!(loaded.has_errors(), "{}", deck.display());
        for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
            assert!(d.line > 0 && d.col > 0, "{}: {d}", deck.display());
            assert!(d.hint.is_some(), "{}: no hint in {d}", deck.display());
        }
    }
}

#[test]
fn the_ceap_deck_is_clean() {
    let out = estrade().args(["check", "slides/ceap-2024.ron"]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("0 errors, 0 warnings"), "{stderr}");
}

#[test]
fn an_unreadable_deck_exits_with_2() {
    let out = estrade()
        .args(["check", "tests/fixtures/bad/no-such-deck.ron"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-deck.ron"));
}

#[test]
fn a_symlink_leading_outside_the_deck_folder_is_refused() {
    let dir = scratch::scratch("symlink");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("deck")).unwrap();
    std::fs::write(dir.join("secret.png"), b"not for the deck").unwrap();
    std::os::unix::fs::symlink(dir.join("secret.png"), dir.join("deck/photo.png")).unwrap();
    let deck = dir.join("deck/talk.ron");
    std::fs::write(
        &deck,
        "Deck(title: \"t\", slides: [Image(title: \"x\", image: (src: \"photo.png\", alt: \"a\"))])",
    )
    .unwrap();
    let loaded = estrade::deck::load_path(&deck).unwrap();
    let msg = loaded.diagnostics.iter().map(ToString::to_string).collect::<String>();
    assert!(msg.contains("leads outside the deck's folder"), "{msg}");
    assert!(msg.contains("talk.ron:1:"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn garbage_input_never_panics() {
    let inputs = [
        "",
        "(",
        "Deck(",
        "Deck(title: \"x\", slides: [Bullets(",
        "\u{0}\u{1}",
        "[[[[[[[[",
        "Deck(title: r#\"",
        "Deck(title: \"a\", slides: [Bullets(title: \"t\", items: \"-\")])",
    ];
    for text in inputs {
        let l = estrade::deck::load_text(
            std::sync::Arc::new(estrade::deck::source::BuiltinSource),
            "slides/x.ron",
            text.to_string(),
        );
        assert!(l.has_errors(), "{text:?}");
    }
    let deep = format!("Deck(title: \"x\", slides: {}{})", "[".repeat(5000), "]".repeat(5000));
    let l = estrade::deck::load_text(
        std::sync::Arc::new(estrade::deck::source::BuiltinSource),
        "slides/x.ron",
        deep,
    );
    assert!(l.has_errors());
}

/// A picture written with the assets folder in its path (`assets/images/x.png`, where paths
/// start inside `assets/`): the error says the path to write, in English and in French, and
/// the picture is not also called unused. Goldens in `tests/fixtures/assets-prefix/`.
#[test]
fn a_path_that_repeats_the_assets_folder_is_told_how_to_write_it() {
    use estrade::i18n::{Lang, with_lang};
    let bless = std::env::var_os("ESTRADE_BLESS").is_some();
    let deck = PathBuf::from("tests/fixtures/assets-prefix/talk.ron");
    let out = estrade()
        .arg("check")
        .arg(&deck)
        .arg("--lang")
        .arg("en")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let english = String::from_utf8(out.stderr).unwrap();
    let french: String = with_lang(Lang::Fr, || {
        let report = estrade::check::check_path(&deck).unwrap();
        report.diagnostics.iter().map(ToString::to_string).collect()
    });
    for (golden, got) in [("talk.expected", &english), ("talk.fr.expected", &french)] {
        let path = deck.with_file_name(golden);
        if bless {
            std::fs::write(&path, got).unwrap();
        }
        assert_eq!(&std::fs::read_to_string(&path).unwrap(), got, "{}", path.display());
    }
    assert!(english.contains("write `images/carte.png`"), "{english}");
    assert!(!english.contains("not used"), "{english}");
}

/// `estrade check FOLDER` checks every deck of the folder and of its `slides/`, with the worst
/// exit code; a folder without a deck says so (exit 2) instead of « Is a directory ».
#[test]
fn checking_a_folder_checks_each_of_its_decks() {
    let dir = scratch::scratch("check-folder");
    let check_folder = || {
        estrade()
            .arg("check")
            .arg(&*dir)
            .args(["--lang", "en"])
            .output()
            .unwrap()
    };
    let out = check_folder();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no deck in"));
    std::fs::create_dir_all(dir.join("slides")).unwrap();
    let good = "Deck(title: \"Bon\", slides: [Text(id: \"un\", body: \"Texte\")])";
    std::fs::write(dir.join("slides/bon.ron"), good).unwrap();
    std::fs::write(
        dir.join("brouillon.ron"),
        "Deck(title: \"x\", slides: [Text(id: \"un\", titel: \"t\")])",
    )
    .unwrap();
    std::fs::write(dir.join("brouillon.ink.ron"), "Ink(format: 1)").unwrap();
    let out = check_folder();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("bon.ron: 1 slide, 0 errors"), "{stderr}");
    assert!(stderr.contains("brouillon.ron: slides not counted"), "{stderr}");
    assert!(!stderr.contains("brouillon.ink.ron"), "ink is not a deck: {stderr}");
}

/// A deck saved with a byte-order mark (Windows Notepad) is a deck.
#[test]
fn a_byte_order_mark_does_not_stop_a_deck() {
    let text = "\u{feff}Deck(title: \"BOM\", slides: [Text(id: \"un\", body: \"Texte\")])".to_string();
    let l = estrade::deck::load_text(
        std::sync::Arc::new(estrade::deck::source::BuiltinSource),
        "slides/x.ron",
        text,
    );
    assert!(!l.has_errors(), "{:?}", l.diagnostics);
    assert_eq!(l.deck.map(|d| d.slides.len()), Some(1));
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade check` in French on a few broken decks: the diagnostics of each fixture, printed in
//! French, are exactly its `<name>.fr.expected` file (without the summary line, which belongs to
//! the command line). The checks are the ones `estrade check` makes: loading, then what only
//! layout sees, unused images and images that cannot be decoded.
//!
//! To review a changed message, run with `ESTRADE_BLESS=1` to rewrite the files, then read every
//! one of them as a French proofreader before committing.

use std::path::{Path, PathBuf};

use estrade::i18n::{Lang, with_lang};

/// Fixtures with different kinds of problems: a typo with a suggestion, an unreadable value, a
/// missing file, a duplicate, plurals, several problems (errors and a warning) at once, and
/// the syntax errors found at their cause (a quote or a `]` left out, a stray character) and an
/// unknown included id pointed at.
const FIXTURES: &[&str] = &[
    "unknown-field",
    "bad-duration",
    "missing-image",
    "duplicate-id",
    "table-rows-mismatch",
    "several-problems",
    "unclosed-last-field",
    "unclosed-list",
    "stray-character",
    "include-unknown-id",
];

/// What `estrade check <deck>` prints before its summary line, in the current language.
fn check(deck: &Path) -> String {
    let report = estrade::check::check_path(deck).unwrap();
    report.diagnostics.iter().map(ToString::to_string).collect()
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(format!("tests/fixtures/bad/{name}.ron"))
}

#[test]
fn each_french_golden_matches() {
    let bless = std::env::var_os("ESTRADE_BLESS").is_some();
    let mut mismatches = Vec::new();
    for name in FIXTURES {
        let got = with_lang(Lang::Fr, || check(&fixture(name)));
        let golden = PathBuf::from(format!("tests/fixtures/bad/{name}.fr.expected"));
        if bless {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&golden).unwrap();
        if got != expected {
            mismatches.push(format!("--- {}\nexpected:\n{expected}\ngot:\n{got}", golden.display()));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_english_check_is_the_english_golden_without_its_summary() {
    for name in FIXTURES {
        let got = with_lang(Lang::En, || check(&fixture(name)));
        let golden = std::fs::read_to_string(format!("tests/fixtures/bad/{name}.expected")).unwrap();
        let without_summary = golden.lines().take(golden.lines().count() - 1);
        let expected: String = without_summary.map(|l| format!("{l}\n")).collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn french_keeps_error_and_warning_and_says_conseil() {
    let text = with_lang(Lang::Fr, || check(&fixture("several-problems")));
    assert!(text.contains(": error: "), "{text}");
    assert!(text.contains(": warning: "), "{text}");
    assert!(text.contains("  = conseil\u{a0}: "), "{text}");
    assert!(!text.contains("hint:"), "{text}");
}

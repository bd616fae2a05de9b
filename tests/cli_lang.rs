#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The command line's language: from `LANG` (French for `fr_CA`, English for `en_US` and for a
//! language without a catalogue) or from `--lang`, which wins and may stand anywhere. The
//! summary of `check` has real plurals; `error:` stays `error:` in French; `--help` is in the
//! language.

use std::process::{Command, Output};

const CLEAN: &str = "slides/ceap-2024.ron";
const BROKEN: &str = "tests/fixtures/bad/absolute-path.ron";
const SEVERAL: &str = "tests/fixtures/bad/several-problems.ron";

/// The binary with `LANG` set to `lang` and no other locale variable.
fn estrade(lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_estrade"))
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The last line of `check`'s output: its summary.
fn summary(out: &Output) -> String {
    stderr(out).lines().last().unwrap_or_default().to_string()
}

#[test]
fn check_summarises_in_french_with_a_french_locale_or_lang_fr() {
    for (lang, before, after) in [
        ("fr_CA.UTF-8", &[][..], &[][..]),
        ("en_US.UTF-8", &["--lang", "fr"][..], &[][..]),
        ("de_DE.UTF-8", &[][..], &["--lang=fr"][..]),
    ] {
        let run = |deck: &str| {
            let args: Vec<&str> = before
                .iter()
                .copied()
                .chain(["check", deck])
                .chain(after.iter().copied())
                .collect();
            estrade(lang, &args)
        };
        let clean = run(CLEAN);
        assert_eq!(clean.status.code(), Some(0), "{lang}: {}", stderr(&clean));
        let line = summary(&clean);
        assert!(line.starts_with("slides/ceap-2024.ron\u{a0}: "), "{line}");
        assert!(line.contains(" diapositives, 0 erreur, 0 avertissement"), "{line}");

        let broken = run(BROKEN);
        assert_eq!(broken.status.code(), Some(1));
        let text = stderr(&broken);
        assert!(text.contains("absolute-path.ron:4:44: error: "), "error: stays: {text}");
        assert_eq!(
            summary(&broken),
            format!("{BROKEN}\u{a0}: 1 diapositive, 1 erreur, 0 avertissement")
        );

        let several = run(SEVERAL);
        assert_eq!(
            summary(&several),
            format!("{SEVERAL}\u{a0}: 4 diapositives, 4 erreurs, 1 avertissement")
        );
        assert!(stderr(&several).contains(": warning: "), "warning: stays");
    }
}

#[test]
fn check_summarises_in_english_with_real_plurals() {
    for (lang, args) in [
        ("en_US.UTF-8", &["check", BROKEN][..]),
        ("de_DE.UTF-8", &["check", BROKEN][..]),
        ("fr_CA.UTF-8", &["check", "--lang", "en", BROKEN][..]),
    ] {
        let out = estrade(lang, args);
        assert_eq!(
            summary(&out),
            format!("{BROKEN}: 1 slide, 1 error, 0 warnings"),
            "{lang}"
        );
    }
    let several = estrade("en_US.UTF-8", &["check", SEVERAL]);
    assert_eq!(summary(&several), format!("{SEVERAL}: 4 slides, 4 errors, 1 warning"));
}

#[test]
fn the_help_is_french_for_a_french_locale_and_english_otherwise() {
    let french = estrade("fr_CA.UTF-8", &["--help"]);
    assert_eq!(french.status.code(), Some(0));
    let help = stdout(&french);
    assert!(
        help.contains("Utilisation\u{a0}: estrade [OPTIONS] [PRÉSENTATION]"),
        "{help}"
    );
    assert!(
        help.contains("Démarrer dans une fenêtre plutôt qu’en plein écran"),
        "{help}"
    );
    assert!(help.contains("Afficher la version"), "{help}");
    assert!(
        !help.contains("Usage:") && !help.contains("Start in a window"),
        "{help}"
    );

    let export = stdout(&estrade("fr_CA.UTF-8", &["export", "--help"]));
    assert!(
        export.starts_with("Exporter une présentation\u{a0}: PDF vectoriel"),
        "{export}"
    );
    assert!(export.contains("--pdf <SORTIE.pdf>"), "{export}");

    for lang in ["en_US.UTF-8", "de_DE.UTF-8"] {
        let help = stdout(&estrade(lang, &["--help"]));
        assert!(help.contains("Usage: estrade [OPTIONS] [DECK]"), "{lang}: {help}");
        assert!(
            help.contains("Start in a window instead of full screen"),
            "{lang}: {help}"
        );
        assert!(!help.contains("Utilisation"), "{lang}: {help}");
    }
    let help = stdout(&estrade("fr_CA.UTF-8", &["--lang", "en", "check", "-h"]));
    assert!(help.starts_with("Load and validate a deck"), "{help}");
}

#[test]
fn an_unknown_language_is_clap_s_error() {
    let out = estrade("en_US.UTF-8", &["--lang", "de", "check", CLEAN]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("error: invalid value 'de' for '--lang <LANG>'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn export_errors_are_french_after_error() {
    let out = estrade("fr_CA.UTF-8", &["export", CLEAN]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: rien à exporter\u{a0}: indiquez --pdf FICHIER, --png DOSSIER ou --html FICHIER (ou plusieurs)\n"
    );
}

//! Tests of `keys.rs`.
use super::*;

#[test]
fn clicker_keys_map_to_next_and_previous() {
    for key in [Key::ArrowRight, Key::PageDown, Key::Space, Key::N] {
        assert_eq!(key_action(key, Modifiers::NONE), Some(Action::Next));
    }
    for key in [Key::ArrowLeft, Key::PageUp, Key::Backspace, Key::P] {
        assert_eq!(key_action(key, Modifiers::NONE), Some(Action::Previous));
    }
    assert_eq!(key_action(Key::Q, Modifiers::CTRL), Some(Action::Quit));
    assert_eq!(key_action(Key::Escape, Modifiers::NONE), Some(Action::Escape));
    assert_eq!(key_action(Key::X, Modifiers::NONE), Some(Action::SwapWindows));
    assert_eq!(key_action(Key::B, Modifiers::NONE), Some(Action::ToggleBlack));
    assert_eq!(key_action(Key::Num7, Modifiers::NONE), Some(Action::Digit(7)));
    assert_eq!(key_action(Key::F1, Modifiers::NONE), Some(Action::ToggleHelp));
}

#[test]
fn modifiers_choose_the_binding() {
    assert_eq!(key_action(Key::T, Modifiers::NONE), Some(Action::ToggleClock));
    assert_eq!(key_action(Key::T, Modifiers::SHIFT), Some(Action::ResetClock));
    assert_eq!(key_action(Key::Home, Modifiers::SHIFT), Some(Action::StartOver));
    assert_eq!(key_action(Key::Home, Modifiers::NONE), Some(Action::First));
    assert_eq!(key_action(Key::O, Modifiers::CTRL), Some(Action::OpenDialog));
    assert_eq!(key_action(Key::O, Modifiers::NONE), Some(Action::ToggleOverview));
    assert_eq!(key_action(Key::B, Modifiers::CTRL), None, "Ctrl+B is not B");
    assert_eq!(
        key_action(Key::Questionmark, Modifiers::SHIFT),
        Some(Action::ToggleHelp),
        "? is typed with Shift"
    );
}

#[test]
fn the_help_lists_every_bound_key_and_f1() {
    let rows = help_rows();
    let all: String = rows.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(" ");
    for b in BINDINGS {
        if matches!(b.does, Does::Digit) {
            continue;
        }
        for c in b.chords {
            assert!(
                all.contains(&chord_label(c)),
                "{} missing from the help",
                chord_label(c)
            );
        }
    }
    assert!(all.contains("F1"));
    assert!(strip().starts_with("→ next · ← previous"));
}

#[test]
fn no_key_is_bound_twice() {
    let mut seen = std::collections::HashSet::new();
    for b in BINDINGS {
        for c in b.chords {
            assert!(seen.insert(chord_label(c)), "{} bound twice", chord_label(c));
        }
    }
}

#[test]
fn every_text_of_the_table_is_in_both_catalogues() {
    use crate::i18n::{Lang, tr, with_lang};
    for lang in Lang::ALL {
        with_lang(lang, || {
            for b in BINDINGS {
                for key in [b.help, b.also].into_iter().chain(b.strip) {
                    if !key.is_empty() {
                        assert_ne!(tr(key, &[]), key, "{key} missing in {lang:?}");
                    }
                }
            }
        });
    }
}

#[test]
fn the_help_and_the_strip_speak_french() {
    use crate::i18n::{Lang, with_lang};
    with_lang(Lang::Fr, || {
        let rows = help_rows();
        assert_eq!(rows[0].1, "étape ou diapositive suivante");
        assert_eq!(rows[0].0, "→  ↓  Espace  Page suiv.  N  clic, molette vers le bas");
        let reset = rows.iter().find(|(k, _)| k == "Maj+T").expect("Shift+T as Maj+T");
        assert_eq!(reset.1, "remettre l’horloge de la présentation à zéro");
        assert!(rows.iter().any(|(k, _)| k == "Échap"));
        assert!(strip().starts_with("→ suivante · ← précédente · S console / diapos"));
    });
    // And the English table as it has always been written.
    with_lang(Lang::En, || {
        assert_eq!(help_rows()[0].0, "→  ↓  Space  PgDn  N  click, wheel down");
        assert!(strip().ends_with("? keys"));
    });
}

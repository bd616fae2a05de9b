//! Tests of `keys.rs`.
use super::*;
use crate::app::key_help::*;

#[test]
fn clicker_keys_map_to_next_and_previous() {
    for key in [Key::ArrowRight, Key::PageDown, Key::Space, Key::N] {
        assert_eq!(key_action(key, Modifiers::NONE, false), Some(Action::Next));
    }
    for key in [Key::ArrowLeft, Key::PageUp, Key::Backspace, Key::P] {
        assert_eq!(key_action(key, Modifiers::NONE, false), Some(Action::Previous));
    }
    assert_eq!(key_action(Key::Q, Modifiers::CTRL, false), Some(Action::Quit));
    assert_eq!(key_action(Key::Escape, Modifiers::NONE, false), Some(Action::Escape));
    assert_eq!(key_action(Key::X, Modifiers::NONE, false), Some(Action::SwapWindows));
    assert_eq!(key_action(Key::B, Modifiers::NONE, false), Some(Action::ToggleBlack));
    assert_eq!(key_action(Key::Num7, Modifiers::NONE, false), Some(Action::Digit(7)));
    assert_eq!(key_action(Key::F1, Modifiers::NONE, false), Some(Action::ToggleHelp));
}

#[test]
fn modifiers_choose_the_binding() {
    assert_eq!(key_action(Key::T, Modifiers::NONE, false), Some(Action::ToggleClock));
    assert_eq!(key_action(Key::T, Modifiers::SHIFT, false), Some(Action::ResetClock));
    assert_eq!(key_action(Key::Home, Modifiers::SHIFT, false), Some(Action::StartOver));
    assert_eq!(key_action(Key::Home, Modifiers::NONE, false), Some(Action::First));
    assert_eq!(key_action(Key::O, Modifiers::CTRL, false), Some(Action::OpenDialog));
    assert_eq!(key_action(Key::O, Modifiers::NONE, false), Some(Action::ToggleOverview));
    assert_eq!(key_action(Key::B, Modifiers::CTRL, false), None, "Ctrl+B is not B");
    assert_eq!(
        key_action(Key::Questionmark, Modifiers::SHIFT, false),
        Some(Action::ToggleHelp),
        "? is typed with Shift"
    );
}

#[test]
fn drawing_keys_and_colours_only_while_drawing() {
    use crate::app::ink::drawing::{Hand, InkAction};
    let ink = |a| Some(Action::Ink(a));
    assert_eq!(
        key_action(Key::D, Modifiers::NONE, false),
        ink(InkAction::Take(Hand::Pen))
    );
    assert_eq!(key_action(Key::D, Modifiers::SHIFT, false), ink(InkAction::ToggleShown));
    assert_eq!(
        key_action(Key::H, Modifiers::NONE, false),
        ink(InkAction::Take(Hand::Highlighter))
    );
    assert_eq!(
        key_action(Key::E, Modifiers::NONE, false),
        ink(InkAction::Take(Hand::Eraser))
    );
    assert_eq!(key_action(Key::E, Modifiers::SHIFT, false), ink(InkAction::Clear));
    assert_eq!(key_action(Key::E, Modifiers::CTRL, false), Some(Action::ExportDialog));
    assert_eq!(key_action(Key::Z, Modifiers::CTRL, false), ink(InkAction::Undo));
    let ctrl_shift = Modifiers::CTRL | Modifiers::SHIFT;
    assert_eq!(key_action(Key::Z, ctrl_shift, false), ink(InkAction::Redo));
    assert_eq!(key_action(Key::Y, Modifiers::CTRL, false), ink(InkAction::Redo));
    assert_eq!(key_action(Key::Z, Modifiers::NONE, false), Some(Action::ToggleFreeze));
    assert_eq!(
        key_action(Key::Num2, Modifiers::NONE, false),
        Some(Action::Digit(2)),
        "no pen: a number"
    );
    assert_eq!(
        key_action(Key::Num2, Modifiers::NONE, true),
        ink(InkAction::Colour(1)),
        "pen: a colour"
    );
    assert_eq!(key_action(Key::Num7, Modifiers::NONE, true), Some(Action::Digit(7)));
}

#[test]
fn the_help_lists_every_bound_key_and_f1() {
    let rows = help_rows();
    let all: String = rows.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>().join(" ");
    for b in BINDINGS {
        if matches!(b.does, Does::Digit | Does::InkColour) {
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
    // `1` … `4` pick colours only while drawing, when they do not type slide numbers.
    for b in BINDINGS.iter().filter(|b| !matches!(b.does, Does::InkColour)) {
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
        assert!(strip().ends_with("? keys · D pen"), "{}", strip());
    });
}

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

//! The key table written for people: key names in the current language, the `?` help's rows
//! and the console's key strip, all read from [`BINDINGS`].

use egui::Key;

use crate::app::action::Action;
use crate::app::keys::{BINDINGS, Binding, Chord, Does, Mods};
use crate::t;

/// A text of the table in the current language.
fn text(key: &str) -> String {
    crate::i18n::tr(key, &[])
}

/// How a key is written for people, in the current language.
pub fn key_label(key: Key) -> String {
    let symbol = match key {
        Key::ArrowRight => "→",
        Key::ArrowLeft => "←",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::Questionmark => "?",
        Key::Period => ".",
        Key::Comma => ",",
        Key::Plus => "+",
        Key::Minus => "−",
        Key::Equals => "=",
        Key::PageDown => return t!("ui-key-page-down"),
        Key::PageUp => return t!("ui-key-page-up"),
        Key::Escape => return t!("ui-key-escape"),
        Key::Space => return t!("ui-key-space"),
        Key::Enter => return t!("ui-key-enter"),
        Key::Home => return t!("ui-key-home"),
        Key::End => return t!("ui-key-end"),
        Key::Backspace => return t!("ui-key-backspace"),
        other => other.name(),
    };
    symbol.to_string()
}

/// How a chord is written for people ("Ctrl+O", "Shift+T", "→").
pub fn chord_label(c: &Chord) -> String {
    let key = key_label(c.key);
    match c.mods {
        Mods::None => key,
        Mods::Shift => t!("ui-chord-shift", key = key),
        Mods::Ctrl => t!("ui-chord-ctrl", key = key),
        Mods::CtrlShift => t!("ui-chord-ctrl", key = t!("ui-chord-shift", key = key)),
    }
}

/// The keys of one binding as written in the help ("0 … 9" for the digits).
pub fn keys_text(b: &Binding) -> String {
    let mut parts: Vec<String> = match b.does {
        Does::Digit => vec!["0 … 9".to_string()],
        Does::InkColour => vec!["1 … 4".to_string()],
        _ => b.chords.iter().map(chord_label).collect(),
    };
    if !b.also.is_empty() {
        parts.push(text(b.also));
    }
    parts.join("  ")
}

/// The help's rows: keys, what they do.
pub fn help_rows() -> Vec<(String, String)> {
    BINDINGS.iter().map(|b| (keys_text(b), text(b.help))).collect()
}

/// Where the drawing keys start in [`BINDINGS`] (the help shows them apart).
pub fn drawing_rows_start() -> usize {
    BINDINGS
        .iter()
        .position(|b| matches!(b.does, Does::Act(Action::Ink(_)) | Does::InkColour))
        .unwrap_or(BINDINGS.len())
}

/// The items of the console's key strip ("→ next", "← previous", …): the first key of each
/// binding that has a short label.
pub fn strip_items() -> Vec<String> {
    BINDINGS
        .iter()
        .filter_map(|b| Some(format!("{} {}", chord_label(b.chords.first()?), text(b.strip?))))
        .collect()
}

/// The console's key strip: "→ next · ← previous · …".
pub fn strip() -> String {
    strip_items().join(" · ")
}

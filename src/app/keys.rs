//! The one key table. Key handling ([`key_action`]), the `?` help ([`help_rows`]) and the
//! console's key strip ([`strip`]) are all read from [`BINDINGS`], so they cannot disagree.
//! Compatible with presentation clickers and the habits of PowerPoint, pdfpc and reveal.js.

use egui::{Key, Modifiers};

use super::action::Action;

/// The modifier a chord needs. Plain chords ignore Shift (so `?`, typed with Shift on most
/// layouts, still works) but never match with Ctrl or Command held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mods {
    None,
    Shift,
    Ctrl,
}

/// One key with the modifier it needs.
#[derive(Debug, Clone, Copy)]
pub struct Chord {
    pub key: Key,
    pub mods: Mods,
}

const fn k(key: Key) -> Chord {
    Chord { key, mods: Mods::None }
}

const fn shift(key: Key) -> Chord {
    Chord { key, mods: Mods::Shift }
}

const fn ctrl(key: Key) -> Chord {
    Chord { key, mods: Mods::Ctrl }
}

/// What a binding does.
#[derive(Debug, Clone)]
pub enum Does {
    /// This action.
    Act(Action),
    /// The digit of the key pressed, towards a slide number.
    Digit,
    /// Nothing from the keyboard: a row of the help about the mouse.
    Pointer,
}

/// One row of the table.
#[derive(Debug, Clone)]
pub struct Binding {
    pub chords: &'static [Chord],
    /// Other ways to do it, for the help ("click, wheel down").
    pub also: &'static str,
    pub does: Does,
    /// What it does, for the help.
    pub help: &'static str,
    /// Short label in the console's key strip, if it has a place there.
    pub strip: Option<&'static str>,
}

const DIGITS: &[Chord] = &[
    k(Key::Num0),
    k(Key::Num1),
    k(Key::Num2),
    k(Key::Num3),
    k(Key::Num4),
    k(Key::Num5),
    k(Key::Num6),
    k(Key::Num7),
    k(Key::Num8),
    k(Key::Num9),
];

const fn row(
    chords: &'static [Chord],
    also: &'static str,
    does: Does,
    help: &'static str,
    strip: Option<&'static str>,
) -> Binding {
    Binding {
        chords,
        also,
        does,
        help,
        strip,
    }
}

/// Every key estrade knows, in the order the help lists them.
pub static BINDINGS: &[Binding] = &[
    row(
        &[
            k(Key::ArrowRight),
            k(Key::ArrowDown),
            k(Key::Space),
            k(Key::PageDown),
            k(Key::N),
        ],
        "click, wheel down",
        Does::Act(Action::Next),
        "next step or slide",
        Some("next"),
    ),
    row(
        &[
            k(Key::ArrowLeft),
            k(Key::ArrowUp),
            k(Key::Backspace),
            k(Key::PageUp),
            k(Key::P),
        ],
        "right click, wheel up",
        Does::Act(Action::Previous),
        "previous step or slide",
        Some("previous"),
    ),
    row(&[k(Key::Home)], "", Does::Act(Action::First), "first slide", None),
    row(&[k(Key::End)], "", Does::Act(Action::Last), "last slide", None),
    row(DIGITS, "", Does::Digit, "type a slide number…", None),
    row(
        &[k(Key::Enter)],
        "",
        Does::Act(Action::Confirm),
        "…go to that slide (else: next)",
        None,
    ),
    row(
        &[shift(Key::Home)],
        "",
        Does::Act(Action::StartOver),
        "start over: first slide, clock at zero",
        None,
    ),
    row(
        &[k(Key::F), k(Key::F5), k(Key::F11)],
        "",
        Does::Act(Action::ToggleFullscreen),
        "full screen on / off",
        None,
    ),
    row(
        &[k(Key::Escape)],
        "",
        Does::Act(Action::Escape),
        "close overlays, leave full screen (never quits)",
        None,
    ),
    row(
        &[ctrl(Key::O)],
        "drop a .ron file",
        Does::Act(Action::OpenDialog),
        "open another deck",
        None,
    ),
    row(
        &[ctrl(Key::E)],
        "",
        Does::Act(Action::ExportDialog),
        "export the deck to PDF",
        None,
    ),
    row(
        &[k(Key::S)],
        "",
        Does::Act(Action::TogglePresenter),
        "presenter console on / off (one screen: presenter view or slides)",
        Some("console / slides"),
    ),
    row(
        &[k(Key::X)],
        "",
        Does::Act(Action::SwapWindows),
        "swap the audience and console screens",
        Some("swap screens"),
    ),
    row(
        &[k(Key::B), k(Key::Period)],
        "",
        Does::Act(Action::ToggleBlack),
        "black screen (again to return)",
        Some("black"),
    ),
    row(
        &[k(Key::W), k(Key::Comma)],
        "",
        Does::Act(Action::ToggleWhite),
        "white screen (again to return)",
        Some("white"),
    ),
    row(
        &[k(Key::Z)],
        "",
        Does::Act(Action::ToggleFreeze),
        "freeze the audience view while the console moves on",
        Some("freeze"),
    ),
    row(
        &[k(Key::Tab), k(Key::O)],
        "",
        Does::Act(Action::ToggleOverview),
        "overview of all slides (arrows, Enter)",
        Some("overview"),
    ),
    row(
        &[k(Key::G)],
        "",
        Does::Act(Action::OpenSearch),
        "go to a slide by number or title words",
        Some("go to"),
    ),
    row(
        &[shift(Key::T)],
        "",
        Does::Act(Action::ResetClock),
        "reset the talk clock",
        None,
    ),
    row(
        &[k(Key::T)],
        "",
        Does::Act(Action::ToggleClock),
        "start or pause the talk clock",
        Some("clock"),
    ),
    row(
        &[k(Key::Plus), k(Key::Equals)],
        "",
        Does::Act(Action::NotesBigger),
        "larger notes",
        Some("larger notes"),
    ),
    row(
        &[k(Key::Minus)],
        "",
        Does::Act(Action::NotesSmaller),
        "smaller notes",
        Some("smaller notes"),
    ),
    row(
        &[],
        "hold the mouse on the console's slide",
        Does::Pointer,
        "laser pointer on the audience view",
        None,
    ),
    row(
        &[k(Key::Questionmark), k(Key::F1)],
        "",
        Does::Act(Action::ToggleHelp),
        "show / hide this help",
        Some("keys"),
    ),
    row(
        &[k(Key::Q), ctrl(Key::Q)],
        "",
        Does::Act(Action::Quit),
        "quit (while the clock runs: press again)",
        None,
    ),
];

fn matches(chord: &Chord, key: Key, modifiers: Modifiers) -> bool {
    let ctrl = modifiers.ctrl || modifiers.command;
    chord.key == key
        && match chord.mods {
            Mods::None => !ctrl,
            Mods::Shift => modifiers.shift && !ctrl,
            Mods::Ctrl => ctrl,
        }
}

/// Translates a key press into an action: chords with a modifier win over plain ones.
pub fn key_action(key: Key, modifiers: Modifiers) -> Option<Action> {
    let find = |wanted: &dyn Fn(Mods) -> bool| {
        BINDINGS.iter().find_map(|b| {
            b.chords
                .iter()
                .find(|c| wanted(c.mods) && matches(c, key, modifiers))
                .map(|c| match &b.does {
                    Does::Act(a) => Some(a.clone()),
                    Does::Digit => digit(c.key).map(Action::Digit),
                    Does::Pointer => None,
                })
        })
    };
    find(&|m| m != Mods::None)
        .or_else(|| find(&|m| m == Mods::None))
        .flatten()
}

fn digit(key: Key) -> Option<u8> {
    DIGITS.iter().position(|c| c.key == key).map(|d| d as u8)
}

/// How a key is written for people.
pub fn key_label(key: Key) -> &'static str {
    match key {
        Key::ArrowRight => "→",
        Key::ArrowLeft => "←",
        Key::ArrowUp => "↑",
        Key::ArrowDown => "↓",
        Key::PageDown => "PgDn",
        Key::PageUp => "PgUp",
        Key::Escape => "Esc",
        Key::Questionmark => "?",
        Key::Period => ".",
        Key::Comma => ",",
        Key::Plus => "+",
        Key::Minus => "−",
        Key::Equals => "=",
        other => other.name(),
    }
}

/// How a chord is written for people ("Ctrl+O", "Shift+T", "→").
pub fn chord_label(c: &Chord) -> String {
    let prefix = match c.mods {
        Mods::None => "",
        Mods::Shift => "Shift+",
        Mods::Ctrl => "Ctrl+",
    };
    format!("{prefix}{}", key_label(c.key))
}

/// The keys of one binding as written in the help ("0 … 9" for the digits).
pub fn keys_text(b: &Binding) -> String {
    let mut parts: Vec<String> = match b.does {
        Does::Digit => vec!["0 … 9".to_string()],
        _ => b.chords.iter().map(chord_label).collect(),
    };
    if !b.also.is_empty() {
        parts.push(b.also.to_string());
    }
    parts.join("  ")
}

/// The help's rows: keys, what they do.
pub fn help_rows() -> Vec<(String, &'static str)> {
    BINDINGS.iter().map(|b| (keys_text(b), b.help)).collect()
}

/// The console's key strip: "→ next · ← previous · …", the first key of each binding that has a
/// short label.
pub fn strip() -> String {
    BINDINGS
        .iter()
        .filter_map(|b| Some(format!("{} {}", chord_label(b.chords.first()?), b.strip?)))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;

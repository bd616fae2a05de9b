//! The one key table. Key handling ([`key_action`]), the `?` help and the console's key strip
//! (`key_help.rs`) are all read from [`BINDINGS`], so they cannot disagree.
//! Compatible with presentation clickers and the habits of PowerPoint, pdfpc and reveal.js.

use egui::{Key, Modifiers};

use crate::app::action::Action;
use crate::app::ink::drawing::{Hand, InkAction};

/// The modifier a chord needs. Plain chords ignore Shift (so `?`, typed with Shift on most
/// layouts, still works) but never match with Ctrl or Command held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mods {
    None,
    Shift,
    Ctrl,
    CtrlShift,
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

const fn ctrl_shift(key: Key) -> Chord {
    Chord {
        key,
        mods: Mods::CtrlShift,
    }
}

/// What a binding does.
#[derive(Debug, Clone)]
pub enum Does {
    /// This action.
    Act(Action),
    /// The digit of the key pressed, towards a slide number.
    Digit,
    /// While a drawing tool is in hand: the colour of the digit pressed (`1` is the first).
    InkColour,
    /// Nothing from the keyboard: a row of the help about the mouse.
    Pointer,
}

/// One row of the table. Its texts are catalogue keys (`locales/*/views.ftl`), translated
/// where they are shown, so the table stays one constant for every language.
#[derive(Debug, Clone)]
pub struct Binding {
    pub chords: &'static [Chord],
    /// Other ways to do it, for the help ("click, wheel down"): a catalogue key, or empty.
    pub also: &'static str,
    pub does: Does,
    /// What it does, for the help: a catalogue key.
    pub help: &'static str,
    /// Short label in the console's key strip, if it has a place there: a catalogue key.
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

const INK_COLOURS: &[Chord] = &[k(Key::Num1), k(Key::Num2), k(Key::Num3), k(Key::Num4)];

const fn ink(a: InkAction) -> Does {
    Does::Act(Action::Ink(a))
}

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

/// Every key estrade knows, in the order the help lists them: presenting, then drawing (from
/// [`drawing_rows_start`] on).
pub static BINDINGS: &[Binding] = &[
    row(
        &[
            k(Key::ArrowRight),
            k(Key::ArrowDown),
            k(Key::Space),
            k(Key::PageDown),
            k(Key::N),
        ],
        "ui-also-next",
        Does::Act(Action::Next),
        "ui-help-next",
        Some("ui-strip-next"),
    ),
    row(
        &[
            k(Key::ArrowLeft),
            k(Key::ArrowUp),
            k(Key::Backspace),
            k(Key::PageUp),
            k(Key::P),
        ],
        "ui-also-previous",
        Does::Act(Action::Previous),
        "ui-help-previous",
        Some("ui-strip-previous"),
    ),
    row(&[k(Key::Home)], "", Does::Act(Action::First), "ui-help-first", None),
    row(&[k(Key::End)], "", Does::Act(Action::Last), "ui-help-last", None),
    row(DIGITS, "", Does::Digit, "ui-help-digits", None),
    row(
        &[k(Key::Enter)],
        "",
        Does::Act(Action::Confirm),
        "ui-help-confirm",
        None,
    ),
    row(
        &[shift(Key::Home)],
        "",
        Does::Act(Action::StartOver),
        "ui-help-start-over",
        None,
    ),
    row(
        &[k(Key::F), k(Key::F5), k(Key::F11)],
        "",
        Does::Act(Action::ToggleFullscreen),
        "ui-help-fullscreen",
        None,
    ),
    row(&[k(Key::Escape)], "", Does::Act(Action::Escape), "ui-help-escape", None),
    row(
        &[ctrl(Key::O)],
        "ui-also-open",
        Does::Act(Action::OpenDialog),
        "ui-help-open",
        None,
    ),
    row(
        &[ctrl(Key::I)],
        "",
        Does::Act(Action::ImportDialog),
        "ui-help-import",
        None,
    ),
    row(
        &[ctrl_shift(Key::S)],
        "",
        Does::Act(Action::ToggleShare),
        "ui-help-share",
        None,
    ),
    row(
        &[shift(Key::A)],
        "",
        Does::Act(Action::ToggleShareCode),
        "ui-help-share-code",
        None,
    ),
    row(
        &[ctrl(Key::E)],
        "",
        Does::Act(Action::ExportDialog),
        "ui-help-export",
        None,
    ),
    row(
        &[k(Key::S)],
        "",
        Does::Act(Action::TogglePresenter),
        "ui-help-presenter",
        Some("ui-strip-presenter"),
    ),
    row(
        &[k(Key::X)],
        "",
        Does::Act(Action::SwapWindows),
        "ui-help-swap",
        Some("ui-strip-swap"),
    ),
    row(
        &[k(Key::B), k(Key::Period)],
        "",
        Does::Act(Action::ToggleBlack),
        "ui-help-black",
        Some("ui-strip-black"),
    ),
    row(
        &[k(Key::W), k(Key::Comma)],
        "",
        Does::Act(Action::ToggleWhite),
        "ui-help-white",
        Some("ui-strip-white"),
    ),
    row(
        &[k(Key::Z)],
        "",
        Does::Act(Action::ToggleFreeze),
        "ui-help-freeze",
        Some("ui-strip-freeze"),
    ),
    row(
        &[k(Key::Tab), k(Key::O)],
        "",
        Does::Act(Action::ToggleOverview),
        "ui-help-overview",
        Some("ui-strip-overview"),
    ),
    row(
        &[k(Key::G)],
        "",
        Does::Act(Action::OpenSearch),
        "ui-help-search",
        Some("ui-strip-search"),
    ),
    row(
        &[shift(Key::T)],
        "",
        Does::Act(Action::ResetClock),
        "ui-help-reset-clock",
        None,
    ),
    row(
        &[k(Key::T)],
        "",
        Does::Act(Action::ToggleClock),
        "ui-help-clock",
        Some("ui-strip-clock"),
    ),
    row(
        &[k(Key::Plus), k(Key::Equals)],
        "",
        Does::Act(Action::NotesBigger),
        "ui-help-bigger",
        Some("ui-strip-bigger"),
    ),
    row(
        &[k(Key::Minus)],
        "",
        Does::Act(Action::NotesSmaller),
        "ui-help-smaller",
        Some("ui-strip-smaller"),
    ),
    row(
        &[shift(Key::ArrowDown), k(Key::J)],
        "",
        Does::Act(Action::NotesScroll(1)),
        "ui-help-notes-down",
        None,
    ),
    row(
        &[shift(Key::ArrowUp), k(Key::K)],
        "",
        Does::Act(Action::NotesScroll(-1)),
        "ui-help-notes-up",
        None,
    ),
    row(&[], "ui-also-laser", Does::Pointer, "ui-help-laser", None),
    row(
        &[k(Key::Questionmark), k(Key::F1)],
        "",
        Does::Act(Action::ToggleHelp),
        "ui-help-help",
        Some("ui-strip-help"),
    ),
    row(
        &[k(Key::Q), ctrl(Key::Q)],
        "",
        Does::Act(Action::Quit),
        "ui-help-quit",
        None,
    ),
    row(
        &[k(Key::D)],
        "",
        ink(InkAction::Take(Hand::Pen)),
        "ui-help-pen",
        Some("ui-strip-pen"),
    ),
    row(
        &[k(Key::H)],
        "",
        ink(InkAction::Take(Hand::Highlighter)),
        "ui-help-highlighter",
        None,
    ),
    row(
        &[k(Key::E)],
        "",
        ink(InkAction::Take(Hand::Eraser)),
        "ui-help-eraser",
        None,
    ),
    row(INK_COLOURS, "", Does::InkColour, "ui-help-ink-colour", None),
    row(&[], "ui-also-draw", Does::Pointer, "ui-help-draw", None),
    row(&[shift(Key::E)], "", ink(InkAction::Clear), "ui-help-ink-clear", None),
    row(&[ctrl(Key::Z)], "", ink(InkAction::Undo), "ui-help-ink-undo", None),
    row(
        &[ctrl_shift(Key::Z), ctrl(Key::Y)],
        "",
        ink(InkAction::Redo),
        "ui-help-ink-redo",
        None,
    ),
    row(
        &[shift(Key::D)],
        "",
        ink(InkAction::ToggleShown),
        "ui-help-ink-shown",
        None,
    ),
];

fn matches(chord: &Chord, key: Key, modifiers: Modifiers) -> bool {
    let ctrl = modifiers.ctrl || modifiers.command;
    chord.key == key
        && match chord.mods {
            Mods::None => !ctrl,
            Mods::Shift => modifiers.shift && !ctrl,
            Mods::Ctrl => ctrl && !modifiers.shift,
            Mods::CtrlShift => ctrl && modifiers.shift,
        }
}

/// Translates a key press into an action: chords with a modifier win over plain ones. With a
/// drawing tool in hand (`drawing`), `1` … `4` pick colours instead of typing a slide number.
pub fn key_action(key: Key, modifiers: Modifiers, drawing: bool) -> Option<Action> {
    if drawing && let Some(c) = INK_COLOURS.iter().find(|c| matches(c, key, modifiers)) {
        return ink_colour(c.key);
    }
    let find = |wanted: &dyn Fn(Mods) -> bool| {
        BINDINGS
            .iter()
            .filter(|b| !matches!(b.does, Does::InkColour))
            .find_map(|b| {
                b.chords
                    .iter()
                    .find(|c| wanted(c.mods) && matches(c, key, modifiers))
                    .map(|c| match &b.does {
                        Does::Act(a) => Some(a.clone()),
                        Does::Digit => digit(c.key).map(Action::Digit),
                        Does::InkColour => ink_colour(c.key),
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

fn ink_colour(key: Key) -> Option<Action> {
    let n = INK_COLOURS.iter().position(|c| c.key == key)?;
    Some(Action::Ink(InkAction::Colour(n)))
}

#[cfg(test)]
mod tests;

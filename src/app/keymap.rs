//! Keys, clicks and wheel → [`Action`]s. Compatible with presentation clickers and the habits
//! of PowerPoint, pdfpc and reveal.js.

use egui::{Event, Key, Modifiers, PointerButton};

use super::action::Action;

/// One line of the help overlay: keys and what they do.
pub const HELP: &[(&str, &str)] = &[
    ("→  ↓  Space  PgDn  Enter  N  click  wheel down", "next step or slide"),
    (
        "←  ↑  Backspace  PgUp  P  right click  wheel up",
        "previous step or slide",
    ),
    ("Home / End", "first / last slide"),
    ("number, then Enter", "go to that slide"),
    ("F  F5  F11", "full screen on / off"),
    ("Esc", "close this help, leave full screen"),
    ("Ctrl+O, or drop a .ron file", "open another deck"),
    ("Ctrl+E", "export the deck to PDF"),
    ("S", "presenter console on / off"),
    ("X", "swap the audience window and the console (screens)"),
    ("B  .", "black screen (again to return)"),
    ("W  ,", "white screen (again to return)"),
    ("Z", "freeze the audience view while the console moves on"),
    ("Tab  O", "overview of all slides (arrows, Enter)"),
    ("G", "go to a slide by number or title words"),
    ("T / Shift+T", "start or pause / reset the talk clock"),
    ("+  -", "larger / smaller notes"),
    (
        "hold the mouse on the console's slide",
        "laser pointer on the audience view",
    ),
    ("?", "show / hide this help"),
    ("Q  Ctrl+Q", "quit"),
];

/// Translates a key press into an action.
pub fn key_action(key: Key, modifiers: Modifiers) -> Option<Action> {
    if modifiers.command || modifiers.ctrl {
        return match key {
            Key::Q => Some(Action::Quit),
            Key::O => Some(Action::OpenDialog),
            Key::E => Some(Action::ExportDialog),
            _ => None,
        };
    }
    let digit = |d: u8| Some(Action::Digit(d));
    match key {
        Key::ArrowRight | Key::ArrowDown | Key::Space | Key::PageDown | Key::N => Some(Action::Next),
        Key::Enter => Some(Action::Confirm),
        Key::ArrowLeft | Key::ArrowUp | Key::Backspace | Key::PageUp | Key::P => Some(Action::Previous),
        Key::Home => Some(Action::First),
        Key::End => Some(Action::Last),
        Key::F | Key::F5 | Key::F11 => Some(Action::ToggleFullscreen),
        Key::Escape => Some(Action::Escape),
        Key::Q => Some(Action::Quit),
        Key::Questionmark | Key::F1 => Some(Action::ToggleHelp),
        Key::B | Key::Period => Some(Action::ToggleBlack),
        Key::W | Key::Comma => Some(Action::ToggleWhite),
        Key::Z => Some(Action::ToggleFreeze),
        Key::Tab | Key::O => Some(Action::ToggleOverview),
        Key::G => Some(Action::OpenSearch),
        Key::S => Some(Action::TogglePresenter),
        Key::X => Some(Action::SwapWindows),
        Key::T if modifiers.shift => Some(Action::ResetClock),
        Key::T => Some(Action::ToggleClock),
        Key::Plus | Key::Equals => Some(Action::NotesBigger),
        Key::Minus => Some(Action::NotesSmaller),
        Key::Num0 => digit(0),
        Key::Num1 => digit(1),
        Key::Num2 => digit(2),
        Key::Num3 => digit(3),
        Key::Num4 => digit(4),
        Key::Num5 => digit(5),
        Key::Num6 => digit(6),
        Key::Num7 => digit(7),
        Key::Num8 => digit(8),
        Key::Num9 => digit(9),
        _ => None,
    }
}

/// Accumulates wheel movement so that one notch is one step, not a burst of slides.
#[derive(Debug, Default)]
pub struct WheelGate {
    accumulated: f32,
}

impl WheelGate {
    /// Points of scrolling that count as one step.
    const THRESHOLD: f32 = 40.0;

    /// Feeds a vertical delta (positive = content moves down = "previous").
    pub fn feed(&mut self, dy: f32) -> Option<Action> {
        self.accumulated += dy;
        if self.accumulated <= -Self::THRESHOLD {
            self.accumulated = 0.0;
            Some(Action::Next)
        } else if self.accumulated >= Self::THRESHOLD {
            self.accumulated = 0.0;
            Some(Action::Previous)
        } else {
            None
        }
    }
}

/// Which keys mean what right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputMode {
    #[default]
    Slides,
    /// The "go to" prompt takes typed text.
    Search,
    /// The overview grid takes arrows and Enter; `columns` per row.
    Overview { columns: isize },
}

/// A key in the "go to" prompt or the overview grid.
fn modal_key(key: Key, mode: InputMode) -> Option<Action> {
    match (mode, key) {
        (InputMode::Search, Key::Enter) => Some(Action::SearchCommit),
        (InputMode::Search, Key::Backspace) => Some(Action::SearchBackspace),
        (InputMode::Search | InputMode::Overview { .. }, Key::Escape) => Some(Action::Escape),
        (InputMode::Overview { .. }, Key::ArrowRight | Key::PageDown | Key::Space) => Some(Action::OverviewMove(1)),
        (InputMode::Overview { .. }, Key::ArrowLeft | Key::PageUp | Key::Backspace) => Some(Action::OverviewMove(-1)),
        (InputMode::Overview { columns }, Key::ArrowDown) => Some(Action::OverviewMove(columns)),
        (InputMode::Overview { columns }, Key::ArrowUp) => Some(Action::OverviewMove(-columns)),
        (InputMode::Overview { .. }, Key::Enter) => Some(Action::Confirm),
        (InputMode::Overview { .. }, Key::Tab | Key::O) => Some(Action::ToggleOverview),
        _ => None,
    }
}

/// Reads this frame's input events (of the window whose context this is). `clicks` says whether
/// clicks and the wheel navigate (not in the console, where the mouse is for widgets);
/// `on_link` tells whether a click position hits a link (then the link opens instead).
pub fn read_input(
    ctx: &egui::Context,
    wheel: &mut WheelGate,
    mode: InputMode,
    clicks: bool,
    on_link: &dyn Fn(egui::Pos2) -> Option<String>,
) -> Vec<Action> {
    let mut actions = Vec::new();
    // egui may run a frame's pass again (after a layout discard) with the same events: act once.
    if ctx.current_pass_index() > 0 {
        return actions;
    }
    ctx.input(|i| {
        for e in &i.events {
            if mode != InputMode::Slides {
                match e {
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => {
                        let ctrl = modifiers.ctrl || modifiers.command;
                        actions.extend(
                            modal_key(*key, mode).or_else(|| if ctrl { key_action(*key, *modifiers) } else { None }),
                        );
                    }
                    Event::Text(t) if mode == InputMode::Search => actions.push(Action::SearchInput(t.clone())),
                    _ => {}
                }
                continue;
            }
            match e {
                Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } => actions.extend(key_action(*key, *modifiers)),
                Event::Text(t) if t == "?" && !actions.contains(&Action::ToggleHelp) => {
                    actions.push(Action::ToggleHelp)
                }
                Event::PointerButton { .. } | Event::MouseWheel { .. } if !clicks => {}
                Event::PointerButton {
                    pos,
                    button: PointerButton::Primary,
                    pressed: false,
                    ..
                } => match on_link(*pos) {
                    Some(url) => actions.push(Action::OpenUrl(url)),
                    None => actions.push(Action::Next),
                },
                Event::PointerButton {
                    button: PointerButton::Secondary,
                    pressed: false,
                    ..
                } => actions.push(Action::Previous),
                Event::MouseWheel { unit, delta, .. } => {
                    let dy = match unit {
                        egui::MouseWheelUnit::Point => delta.y,
                        egui::MouseWheelUnit::Line => delta.y * 40.0,
                        egui::MouseWheelUnit::Page => delta.y * 400.0,
                    };
                    actions.extend(wheel.feed(dy));
                }
                _ => {}
            }
        }
        for f in &i.raw.dropped_files {
            let p = f.path();
            if !p.as_os_str().is_empty() {
                actions.push(Action::Open(p.to_path_buf()));
            }
        }
    });
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_keys_map_to_next_and_previous() {
        for k in [Key::ArrowRight, Key::PageDown, Key::Space, Key::N] {
            assert_eq!(key_action(k, Modifiers::NONE), Some(Action::Next));
        }
        for k in [Key::ArrowLeft, Key::PageUp, Key::Backspace, Key::P] {
            assert_eq!(key_action(k, Modifiers::NONE), Some(Action::Previous));
        }
        assert_eq!(key_action(Key::Q, Modifiers::CTRL), Some(Action::Quit));
        assert_eq!(key_action(Key::Escape, Modifiers::NONE), Some(Action::Escape));
        assert_eq!(key_action(Key::X, Modifiers::NONE), Some(Action::SwapWindows));
        assert_eq!(key_action(Key::B, Modifiers::NONE), Some(Action::ToggleBlack));
    }

    #[test]
    fn one_wheel_notch_is_one_step() {
        let mut g = WheelGate::default();
        assert_eq!(g.feed(-10.0), None);
        assert_eq!(g.feed(-35.0), Some(Action::Next));
        assert_eq!(g.feed(50.0), Some(Action::Previous));
    }
}

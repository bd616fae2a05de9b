//! Reading a window's input: keys (through the key table in [`crate::app::keys`]), clicks, the
//! wheel, typed text and dropped files → [`Action`]s, once per frame.

use egui::{Event, Key, PointerButton};

use crate::app::action::Action;
use crate::app::keys::key_action;

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
    /// A drawing tool is in hand: the pointer draws (the views read it) and `1` … `4` pick
    /// colours; the other keys work as on the slides.
    Drawing,
}

impl InputMode {
    /// The mode for the talk's state: the "go to" prompt, the overview grid, drawing, or the
    /// slides.
    pub fn of(session: Option<&crate::app::talk::session::Session>, drawing: bool) -> InputMode {
        match session {
            Some(s) if s.search.is_some() => InputMode::Search,
            Some(s) if s.overview.is_some() => InputMode::Overview { columns: 4 },
            Some(_) if drawing => InputMode::Drawing,
            _ => InputMode::Slides,
        }
    }

    /// Whether keys act on the slides (not a prompt or the overview).
    fn on_slides(self) -> bool {
        matches!(self, InputMode::Slides | InputMode::Drawing)
    }
}

/// A key in the "go to" prompt or the overview grid.
fn modal_key(key: Key, mode: InputMode) -> Option<Action> {
    match (mode, key) {
        (InputMode::Search, Key::Enter) => Some(Action::SearchCommit),
        (InputMode::Search, Key::Backspace) => Some(Action::SearchBackspace),
        (InputMode::Search, Key::ArrowDown | Key::Tab) => Some(Action::SearchMove(1)),
        (InputMode::Search, Key::ArrowUp) => Some(Action::SearchMove(-1)),
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
/// clicks and the wheel navigate (not in the console, where the mouse is for widgets, nor while
/// drawing, when the views read the pointer);
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
            if !mode.on_slides() {
                match e {
                    Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } => {
                        let ctrl = modifiers.ctrl || modifiers.command;
                        actions.extend(modal_key(*key, mode).or_else(|| {
                            if ctrl {
                                key_action(*key, *modifiers, false)
                            } else {
                                None
                            }
                        }));
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
                } => actions.extend(key_action(*key, *modifiers, mode == InputMode::Drawing)),
                Event::Text(t) if t == "?" && !actions.contains(&Action::ToggleHelp) => {
                    actions.push(Action::ToggleHelp)
                }
                Event::PointerButton { .. } | Event::MouseWheel { .. } if !clicks || mode == InputMode::Drawing => {}
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
    fn one_wheel_notch_is_one_step() {
        let mut g = WheelGate::default();
        assert_eq!(g.feed(-10.0), None);
        assert_eq!(g.feed(-35.0), Some(Action::Next));
        assert_eq!(g.feed(50.0), Some(Action::Previous));
    }
}

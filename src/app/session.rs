//! The state of a talk in progress: where we are, what is shown. Knows nothing of egui.

use super::action::Action;
use crate::layout::SlideRef;
use crate::model::Deck;

/// What the shell must do after an action the session cannot do itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    None,
    ToggleFullscreen,
    LeaveFullscreen,
    Quit,
    OpenDialog,
    ExportDialog,
    Open(std::path::PathBuf),
    OpenUrl(String),
}

/// Cursor and overlays of a running presentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Index into `deck.slides` (always a visible slide when the deck has one).
    pub slide: usize,
    pub step: usize,
    pub help: bool,
    /// Digits typed towards "go to slide N".
    pub number: String,
}

impl Session {
    /// At the first visible slide.
    pub fn new(deck: &Deck) -> Session {
        Session {
            slide: deck.visible().next().map_or(0, |(i, _)| i),
            step: 0,
            help: false,
            number: String::new(),
        }
    }

    /// The slide and step to lay out.
    pub fn at(&self) -> SlideRef {
        SlideRef {
            slide: self.slide,
            step: self.step,
        }
    }

    /// 1-based position among visible slides, and their count.
    pub fn position(&self, deck: &Deck) -> (usize, usize) {
        let n = deck.visible().position(|(i, _)| i == self.slide).map_or(0, |p| p + 1);
        (n, deck.visible().count())
    }

    /// Applies an action; returns what the shell must do.
    pub fn apply(&mut self, action: Action, deck: &Deck) -> Effect {
        let visible: Vec<usize> = deck.visible().map(|(i, _)| i).collect();
        let steps = |i: usize| deck.slides.get(i).map_or(1, |s| s.steps.max(1));
        let pos = visible.iter().position(|&i| i == self.slide);
        match action {
            Action::Next => {
                self.number.clear();
                if self.step + 1 < steps(self.slide) {
                    self.step += 1;
                } else if let Some(&n) = pos.and_then(|p| visible.get(p + 1)) {
                    self.slide = n;
                    self.step = 0;
                }
            }
            Action::Previous => {
                self.number.clear();
                if self.step > 0 {
                    self.step -= 1;
                } else if let Some(&p) = pos.and_then(|p| p.checked_sub(1)).and_then(|p| visible.get(p)) {
                    self.slide = p;
                    self.step = steps(p) - 1;
                }
            }
            Action::First => self.go(visible.first().copied(), 0),
            Action::Last => {
                let last = visible.last().copied();
                self.go(last, last.map_or(0, |l| steps(l) - 1));
            }
            Action::GoTo(n) => {
                let target = n.checked_sub(1).and_then(|k| visible.get(k)).copied();
                if target.is_some() {
                    self.go(target, 0);
                }
                self.number.clear();
            }
            Action::Digit(d) => {
                if self.number.len() < 4 {
                    self.number.push(char::from(b'0' + d.min(9)));
                }
            }
            Action::Confirm => {
                if self.number.is_empty() {
                    return self.apply(Action::Next, deck);
                }
                let n = self.number.parse().unwrap_or(0);
                return self.apply(Action::GoTo(n), deck);
            }
            Action::Escape => {
                if self.help || !self.number.is_empty() {
                    self.help = false;
                    self.number.clear();
                } else {
                    return Effect::LeaveFullscreen;
                }
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::ToggleFullscreen => return Effect::ToggleFullscreen,
            Action::Quit => return Effect::Quit,
            Action::OpenDialog => return Effect::OpenDialog,
            Action::ExportDialog => return Effect::ExportDialog,
            Action::Open(p) => return Effect::Open(p),
            Action::OpenUrl(u) => return Effect::OpenUrl(u),
        }
        Effect::None
    }

    fn go(&mut self, slide: Option<usize>, step: usize) {
        if let Some(s) = slide {
            self.slide = s;
            self.step = step;
        }
        self.number.clear();
    }

    /// Keeps the position valid after the deck changed (same id if possible, else same index).
    pub fn rebase(&mut self, old_id: Option<&str>, deck: &Deck) {
        if let Some(i) = old_id.and_then(|id| deck.find(id)) {
            self.slide = i;
        }
        if deck.slides.get(self.slide).is_none_or(|s| s.hidden) {
            self.slide = deck
                .visible()
                .map(|(i, _)| i)
                .take_while(|&i| i <= self.slide)
                .last()
                .or_else(|| deck.visible().next().map(|(i, _)| i))
                .unwrap_or(0);
        }
        let steps = deck.slides.get(self.slide).map_or(1, |s| s.steps.max(1));
        self.step = self.step.min(steps - 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{load_text, source::BuiltinSource};
    use std::sync::Arc;

    fn deck() -> Deck {
        let text = r#"Deck(title: "t", slides: [
            Bullets(id: "a", title: "A", items: "- 1\n- 2\n- 3", steps: true),
            Text(id: "b", title: "B", body: "x", hidden: true),
            Text(id: "c", title: "C", body: "y"),
        ])"#;
        load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
            .deck
            .unwrap()
    }

    #[test]
    fn next_walks_steps_then_skips_hidden_slides() {
        let d = deck();
        let mut s = Session::new(&d);
        assert_eq!((s.slide, s.step), (0, 0));
        s.apply(Action::Next, &d);
        s.apply(Action::Next, &d);
        assert_eq!((s.slide, s.step), (0, 2));
        s.apply(Action::Next, &d);
        assert_eq!((s.slide, s.step), (2, 0), "hidden slide b skipped");
        s.apply(Action::Next, &d);
        assert_eq!((s.slide, s.step), (2, 0), "stays on the last slide");
        s.apply(Action::Previous, &d);
        assert_eq!((s.slide, s.step), (0, 2), "back to the previous slide fully built");
    }

    #[test]
    fn digits_and_confirm_jump_by_visible_number() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::Digit(2), &d);
        assert_eq!(s.number, "2");
        s.apply(Action::Confirm, &d);
        assert_eq!(s.slide, 2, "visible slide 2 is c");
        s.apply(Action::GoTo(99), &d);
        assert_eq!(s.slide, 2, "out of range is ignored");
        assert_eq!(s.position(&d), (2, 2));
    }

    #[test]
    fn escape_closes_overlays_before_leaving_full_screen() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::ToggleHelp, &d);
        assert_eq!(s.apply(Action::Escape, &d), Effect::None);
        assert!(!s.help);
        assert_eq!(s.apply(Action::Escape, &d), Effect::LeaveFullscreen);
        assert_eq!(s.apply(Action::Quit, &d), Effect::Quit);
    }

    #[test]
    fn rebase_keeps_the_slide_by_id() {
        let d = deck();
        let mut s = Session::new(&d);
        s.slide = 2;
        let text = r#"Deck(title: "t", slides: [Text(id: "new", title: "N", body: "z"), Text(id: "c", title: "C", body: "y")])"#;
        let d2 = load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
            .deck
            .unwrap();
        s.rebase(Some("c"), &d2);
        assert_eq!(s.slide, 1);
    }
}

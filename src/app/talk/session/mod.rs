//! The state of a talk in progress: where we are, what the audience sees, the talk clock and
//! the presenter's overlays. Knows nothing of egui; times are seconds on a monotonic clock.

use crate::app::action::Action;
use crate::app::talk::rehearsal::Recorder;
use crate::app::talk::talk_clock::TalkClock;
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
    TogglePresenter,
    SwapWindows,
    Open(std::path::PathBuf),
    OpenUrl(String),
}

/// What the audience window shows instead of the slide, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    #[default]
    Slide,
    Black,
    White,
}

/// Cursor, overlays and clock of a running presentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// Index into `deck.slides` (always a visible slide when the deck has one).
    pub slide: usize,
    pub step: usize,
    pub help: bool,
    /// Digits typed towards "go to slide N".
    pub number: String,
    pub screen: Screen,
    /// While set, the audience keeps showing this position and the console moves on alone.
    pub frozen: Option<SlideRef>,
    /// Overview grid open, with the selected slide (index into `deck.slides`).
    pub overview: Option<usize>,
    /// "Go to" prompt open, with what was typed (a number or words of a title) and the
    /// candidate chosen with the arrows.
    pub search: Option<crate::app::talk::search::Search>,
    /// Laser pointer position on the slide canvas.
    pub laser: Option<(f32, f32)>,
    pub clock: TalkClock,
    /// Latest time given to [`Session::tick`].
    pub now: f64,
    /// Notes text size in the console, in points.
    pub notes_size: f32,
    /// Scrolling of the notes asked with the keys since the slide came up (in steps of a few
    /// lines; the view scrolls by what it has not applied yet).
    pub notes_scroll: i32,
    /// Set when rehearsing: time spent on each slide.
    pub rehearsal: Option<Recorder>,
    /// When the current slide went on screen (session time).
    pub entered: f64,
}

impl Session {
    /// At the first visible slide.
    pub fn new(deck: &Deck) -> Session {
        Session {
            slide: deck.visible().next().map_or(0, |(i, _)| i),
            step: 0,
            help: false,
            number: String::new(),
            screen: Screen::Slide,
            frozen: None,
            overview: None,
            search: None,
            laser: None,
            clock: TalkClock::default(),
            now: 0.0,
            notes_size: 22.0,
            notes_scroll: 0,
            rehearsal: None,
            entered: 0.0,
        }
    }

    /// Advances the session's notion of time (monotonic seconds).
    pub fn tick(&mut self, now: f64) {
        self.now = now.max(self.now);
    }

    /// The slide and step the speaker is on.
    pub fn at(&self) -> SlideRef {
        SlideRef {
            slide: self.slide,
            step: self.step,
        }
    }

    /// What the audience sees (the frozen position while frozen).
    pub fn audience_at(&self) -> SlideRef {
        self.frozen.unwrap_or_else(|| self.at())
    }

    /// The position after one "next" (the same when at the end).
    pub fn peek_next(&self, deck: &Deck) -> SlideRef {
        let mut s = self.clone();
        s.rehearsal = None;
        s.navigate(Action::Next, deck);
        s.at()
    }

    /// 1-based position among visible slides, and their count.
    pub fn position(&self, deck: &Deck) -> (usize, usize) {
        let n = deck.visible().position(|(i, _)| i == self.slide).map_or(0, |p| p + 1);
        (n, deck.visible().count())
    }

    /// The part of the talk the current slide belongs to: set by the last slide up to here
    /// that starts one (a `section: "…"` field, or a `Section` slide's kicker or title); a
    /// `Closing` slide ends it.
    pub fn section(&self, deck: &Deck) -> Option<String> {
        use crate::model::{Body, RichText};
        deck.slides[..=self.slide.min(deck.slides.len().saturating_sub(1))]
            .iter()
            .rev()
            .find_map(|s| match (&s.section, &s.body) {
                (Some(name), _) => Some(Some(name.clone())),
                (None, Body::Section { .. }) => Some(s.kicker.as_ref().or(s.title.as_ref()).map(RichText::to_plain)),
                (None, Body::Closing { .. }) => Some(None),
                _ => None,
            })
            .flatten()
    }

    /// Applies an action; returns what the shell must do.
    pub fn apply(&mut self, action: Action, deck: &Deck) -> Effect {
        let before = self.slide;
        let effect = self.navigate(action, deck);
        if self.slide != before {
            self.entered = self.now;
            self.notes_scroll = 0;
            if let (Some(r), Some(s)) = (&mut self.rehearsal, deck.slides.get(self.slide)) {
                r.enter(&s.id, self.now);
            }
        }
        effect
    }

    fn navigate(&mut self, action: Action, deck: &Deck) -> Effect {
        let visible: Vec<usize> = deck.visible().map(|(i, _)| i).collect();
        let steps = |i: usize| deck.slides.get(i).map_or(1, |s| s.steps.max(1));
        let pos = visible.iter().position(|&i| i == self.slide);
        match action {
            Action::Next => {
                self.number.clear();
                self.clock.start(self.now);
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
                if let Some(sel) = self.overview {
                    return self.navigate(Action::OverviewPick(sel), deck);
                }
                if self.number.is_empty() {
                    return self.navigate(Action::Next, deck);
                }
                let n = self.number.parse().unwrap_or(0);
                return self.navigate(Action::GoTo(n), deck);
            }
            Action::Escape => {
                if self.help || !self.number.is_empty() || self.overview.is_some() || self.search.is_some() {
                    self.help = false;
                    self.number.clear();
                    self.overview = None;
                    self.search = None;
                } else {
                    return Effect::LeaveFullscreen;
                }
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::ToggleBlack => {
                self.screen = if self.screen == Screen::Black {
                    Screen::Slide
                } else {
                    Screen::Black
                }
            }
            Action::ToggleWhite => {
                self.screen = if self.screen == Screen::White {
                    Screen::Slide
                } else {
                    Screen::White
                }
            }
            Action::ToggleFreeze => self.frozen = if self.frozen.is_some() { None } else { Some(self.at()) },
            Action::ToggleOverview => {
                self.overview = if self.overview.is_some() {
                    None
                } else {
                    Some(self.slide)
                }
            }
            Action::OverviewMove(delta) => {
                if let Some(sel) = self.overview {
                    let p = visible.iter().position(|&i| i == sel).unwrap_or(0) as isize;
                    let q = (p + delta).clamp(0, visible.len() as isize - 1);
                    self.overview = visible.get(q as usize).copied();
                }
            }
            Action::OverviewPick(i) => {
                if visible.contains(&i) {
                    self.go(Some(i), 0);
                }
                self.overview = None;
            }
            Action::OpenSearch => self.search = Some(Default::default()),
            Action::SearchInput(text) => {
                if let Some(q) = &mut self.search {
                    q.query.push_str(&text);
                    q.pick = 0;
                }
            }
            Action::SearchBackspace => {
                if let Some(q) = &mut self.search {
                    q.query.pop();
                    q.pick = 0;
                }
            }
            Action::SearchMove(delta) => {
                if let Some(q) = &mut self.search {
                    let n = crate::app::talk::search::candidates(deck, &q.query).len() as isize;
                    q.pick = (q.pick as isize + delta).clamp(0, (n - 1).max(0)) as usize;
                }
            }
            Action::SearchCommit => {
                if let Some(q) = self.search.take() {
                    let found = crate::app::talk::search::candidates(deck, &q.query);
                    if let Some(&i) = found.get(q.pick).or(found.first()) {
                        self.go(Some(i), 0);
                    }
                }
            }
            Action::Laser(p) => self.laser = p,
            Action::ToggleClock => self.clock.toggle_pause(self.now),
            Action::ResetClock => self.clock.reset(),
            Action::NotesBigger => self.notes_size = (self.notes_size * 1.15).min(72.0),
            Action::NotesSmaller => self.notes_size = (self.notes_size / 1.15).max(10.0),
            Action::NotesScroll(delta) => self.notes_scroll = self.notes_scroll.saturating_add(delta),
            Action::TogglePresenter => return Effect::TogglePresenter,
            Action::SwapWindows => return Effect::SwapWindows,
            Action::ToggleFullscreen => return Effect::ToggleFullscreen,
            Action::Quit => return Effect::Quit,
            Action::OpenDialog => return Effect::OpenDialog,
            Action::ExportDialog => return Effect::ExportDialog,
            Action::Open(p) => return Effect::Open(p),
            Action::OpenUrl(u) => return Effect::OpenUrl(u),
            Action::StartOver => {
                self.go(visible.first().copied(), 0);
                self.clock.reset();
                self.screen = Screen::Slide;
                self.frozen = None;
            }
            // The shell's own business (windows, files, screens): nothing changes here.
            Action::CloseConsole
            | Action::DismissNotices
            | Action::Reload
            | Action::ExportTo(_)
            | Action::ExportFinished(_)
            | Action::Report(_)
            | Action::Notice(_)
            | Action::InkWritten { .. }
            | Action::StartedOn(_)
            | Action::Tick(_)
            | Action::KioskTick { .. }
            | Action::CloseRequested
            | Action::Visitor { .. }
            | Action::PicturesUnavailable(_)
            | Action::AwakeHeld { .. }
            | Action::FirstFrameReported
            | Action::ScreensChanged(_)
            | Action::Ink(_)
            | Action::ImportDialog
            | Action::ImportFrom(_)
            | Action::PickerReady(_)
            | Action::ImportChosen { .. }
            | Action::ToggleShare
            | Action::ToggleShareCode
            | Action::ShareStatus { .. }
            | Action::Remote(_) => {}
        }
        Effect::None
    }

    /// Moves to `slide` at `step`; a move starts the talk clock (a jump as much as `Next`).
    fn go(&mut self, slide: Option<usize>, step: usize) {
        if let Some(s) = slide {
            if (s, step) != (self.slide, self.step) {
                self.clock.start(self.now);
            }
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
        self.frozen = None;
        self.overview = None;
    }
}

#[cfg(test)]
mod tests;

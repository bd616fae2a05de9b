//! The state of a talk in progress: where we are, what the audience sees, the talk clock and
//! the presenter's overlays. Knows nothing of egui; times are seconds on a monotonic clock.

use super::action::Action;
use super::rehearsal::Recorder;
use super::talk_clock::TalkClock;
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
    /// "Go to" prompt open, with what was typed (a number or words of a title).
    pub search: Option<String>,
    /// Laser pointer position on the slide canvas.
    pub laser: Option<(f32, f32)>,
    pub clock: TalkClock,
    /// Latest time given to [`Session::tick`].
    pub now: f64,
    /// Notes text size in the console, in points.
    pub notes_size: f32,
    /// Set when rehearsing: time spent on each slide.
    pub rehearsal: Option<Recorder>,
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
            rehearsal: None,
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

    /// The title of the section the current slide belongs to (the last `Section` slide before it).
    pub fn section(&self, deck: &Deck) -> Option<String> {
        deck.slides[..=self.slide.min(deck.slides.len().saturating_sub(1))]
            .iter()
            .rev()
            .find(|s| matches!(s.body, crate::model::Body::Section { .. }))
            .and_then(|s| s.kicker.as_ref().or(s.title.as_ref()))
            .map(crate::model::RichText::to_plain)
    }

    /// Applies an action; returns what the shell must do.
    pub fn apply(&mut self, action: Action, deck: &Deck) -> Effect {
        let before = self.slide;
        let effect = self.navigate(action, deck);
        if self.slide != before
            && let (Some(r), Some(s)) = (&mut self.rehearsal, deck.slides.get(self.slide))
        {
            r.enter(&s.id, self.now);
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
            Action::OpenSearch => self.search = Some(String::new()),
            Action::SearchInput(text) => {
                if let Some(q) = &mut self.search {
                    q.push_str(&text);
                }
            }
            Action::SearchBackspace => {
                if let Some(q) = &mut self.search {
                    q.pop();
                }
            }
            Action::SearchCommit => {
                if let Some(q) = self.search.take() {
                    match q.trim().parse::<usize>() {
                        Ok(n) => return self.navigate(Action::GoTo(n), deck),
                        Err(_) => {
                            if let Some(i) = super::search::find_slide(deck, &q) {
                                self.go(Some(i), 0);
                            }
                        }
                    }
                }
            }
            Action::Laser(p) => self.laser = p,
            Action::ToggleClock => self.clock.toggle_pause(self.now),
            Action::ResetClock => self.clock.reset(),
            Action::NotesBigger => self.notes_size = (self.notes_size * 1.15).min(72.0),
            Action::NotesSmaller => self.notes_size = (self.notes_size / 1.15).max(10.0),
            Action::TogglePresenter => return Effect::TogglePresenter,
            Action::SwapWindows => return Effect::SwapWindows,
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
        self.frozen = None;
        self.overview = None;
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
    fn blackout_whiteout_and_freeze_toggle() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::ToggleBlack, &d);
        assert_eq!(s.screen, Screen::Black);
        s.apply(Action::ToggleWhite, &d);
        assert_eq!(s.screen, Screen::White);
        s.apply(Action::ToggleWhite, &d);
        assert_eq!(s.screen, Screen::Slide);
        s.apply(Action::ToggleFreeze, &d);
        s.apply(Action::Next, &d);
        assert_eq!(s.audience_at(), SlideRef { slide: 0, step: 0 }, "audience frozen");
        assert_eq!(s.at(), SlideRef { slide: 0, step: 1 }, "console moved on");
        s.apply(Action::ToggleFreeze, &d);
        assert_eq!(s.audience_at(), s.at());
    }

    #[test]
    fn overview_moves_over_visible_slides_and_picks() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::ToggleOverview, &d);
        assert_eq!(s.overview, Some(0));
        s.apply(Action::OverviewMove(1), &d);
        assert_eq!(s.overview, Some(2), "hidden slide skipped");
        s.apply(Action::OverviewMove(5), &d);
        assert_eq!(s.overview, Some(2), "clamped");
        s.apply(Action::OverviewPick(2), &d);
        assert_eq!((s.slide, s.overview), (2, None));
    }

    #[test]
    fn the_clock_starts_on_the_first_advance_and_pauses() {
        let d = deck();
        let mut s = Session::new(&d);
        s.tick(100.0);
        assert!(!s.clock.started());
        s.apply(Action::Next, &d);
        s.tick(160.0);
        assert_eq!(s.clock.elapsed(s.now), 60.0);
        s.apply(Action::ToggleClock, &d);
        s.tick(400.0);
        assert_eq!(s.clock.elapsed(s.now), 60.0, "paused");
        s.tick(10.0);
        assert_eq!(s.now, 400.0, "time never goes back");
    }

    #[test]
    fn search_jumps_by_number_or_title() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::OpenSearch, &d);
        s.apply(Action::SearchInput("2".into()), &d);
        s.apply(Action::SearchCommit, &d);
        assert_eq!(s.slide, 2);
        s.apply(Action::OpenSearch, &d);
        s.apply(Action::SearchInput("Ä".into()), &d);
        s.apply(Action::SearchBackspace, &d);
        s.apply(Action::SearchInput("a".into()), &d);
        s.apply(Action::SearchCommit, &d);
        assert_eq!(s.slide, 0);
        assert_eq!(s.search, None);
    }

    #[test]
    fn rehearsal_records_time_per_slide() {
        let d = deck();
        let mut s = Session::new(&d);
        s.rehearsal = Some(Recorder::default());
        s.rehearsal.as_mut().unwrap().enter("a", 0.0);
        s.tick(10.0);
        s.apply(Action::Last, &d);
        s.tick(25.0);
        s.rehearsal.as_mut().unwrap().flush(s.now);
        let t = &s.rehearsal.as_ref().unwrap().timings.slides;
        assert_eq!((t["a"], t["c"]), (10.0, 15.0));
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

//! The talk picked up where it was: at start, the remembered screen swaps, the notes' size and
//! the live position saved before a crash are read from the user's state folder; while
//! presenting, the position is saved again (by the executor) whenever it changes, a few times a
//! second at most, and the notes' size whenever the speaker changes it.

use super::Reducer;
use crate::app::command::Command;
use crate::app::talk::resume::{self, Position, ScreenState, unix_now};
use crate::app::talk::session::Screen;
use crate::app::talk::talk_clock::TalkClock;

impl Reducer<'_> {
    /// At start: the remembered screen swaps, the notes' size and a saved position, read from
    /// the user's state folder.
    pub(crate) fn start_from_state_folder(&mut self) {
        let mode = &self.state.mode;
        if mode.remember_position
            && let Some(dir) = resume::state_dir()
        {
            self.state.screens.remembered = resume::load_remembered(&dir);
            let size = self
                .state
                .path
                .as_deref()
                .and_then(|p| crate::app::talk::notes_size::load(&dir, p));
            if let (Some(size), Some(s)) = (size, &mut self.state.session) {
                s.notes_size = size;
            }
            if !self.state.mode.fresh {
                self.resume_from(&dir);
            }
        }
    }

    /// Goes back to the saved position of this deck, if there is a recent one.
    pub(crate) fn resume_from(&mut self, dir: &std::path::Path) {
        let Some(path) = self.state.path.as_ref().and_then(|p| p.canonicalize().ok()) else {
            return;
        };
        let Some(pos) = resume::load(dir, &path, unix_now()) else {
            return;
        };
        let (Some(deck), Some(session)) = (&self.state.deck, &mut self.state.session) else {
            return;
        };
        let Some(slide) = deck.find(&pos.slide_id).filter(|&i| !deck.slides[i].hidden) else {
            return;
        };
        let at_start = Some(slide) == deck.visible().next().map(|(i, _)| i)
            && pos.step == 0
            && !pos.clock_started
            && pos.screen == ScreenState::Slide;
        if at_start {
            // Nothing to resume: the talk had not begun.
            return;
        }
        session.slide = slide;
        session.step = pos.step.min(deck.slides[slide].steps.max(1) - 1);
        session.screen = match pos.screen {
            ScreenState::Slide => Screen::Slide,
            ScreenState::Black => Screen::Black,
            ScreenState::White => Screen::White,
        };
        if pos.clock_started {
            // The talk went on while the app was down: a running clock counts that time too.
            let away = if pos.running {
                unix_now().saturating_sub(pos.saved_at).min(resume::MAX_AGE) as f64
            } else {
                0.0
            };
            session.clock = TalkClock::resumed(pos.elapsed + away, pos.running, session.now);
        }
        let (n, _) = session.position(deck);
        let clock = crate::app::talk::talk_clock::format_duration(session.clock.elapsed(session.now));
        let note = crate::t!("app-resumed", slide = n, clock = clock);
        self.rt.resume_written = Some(pos);
        match &self.state.kiosk {
            Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
            // Said once: a lasting note on the console, or a short line on the slides alone.
            None => {
                eprintln!("estrade: {note}");
                if self.state.speaker_view_open() {
                    self.state.notices.push(note);
                } else {
                    self.state.say(note);
                }
            }
        }
    }

    /// The live position as it would be saved now.
    fn position(&self) -> Option<Position> {
        let (deck, session) = (self.state.deck.as_ref()?, self.state.session.as_ref()?);
        let path = self.rt.canonical_path.clone()?;
        Some(Position {
            deck: path,
            slide_id: deck.slides.get(session.slide)?.id.clone(),
            step: session.step,
            elapsed: session.clock.elapsed(session.now),
            running: session.clock.started() && !session.clock.paused(),
            clock_started: session.clock.started(),
            screen: match session.screen {
                Screen::Slide => ScreenState::Slide,
                Screen::Black => ScreenState::Black,
                Screen::White => ScreenState::White,
            },
            saved_at: unix_now(),
        })
    }

    /// Writes the position when it changed (slide, step, clock running or paused, blackout), a
    /// few times a second at most; `now` forces the write (quitting).
    pub(crate) fn save_position(&mut self, now: bool) {
        if !self.state.mode.remember_position {
            return;
        }
        // The canonical path, once per deck file rather than once per frame.
        if self.rt.canonical_for != self.state.path {
            self.rt.canonical_for = self.state.path.clone();
            self.rt.canonical_path = self.state.path.as_ref().and_then(|p| p.canonicalize().ok());
        }
        let Some(pos) = self.position() else { return };
        let same = |a: &Position, b: &Position| {
            a.deck == b.deck
                && a.slide_id == b.slide_id
                && a.step == b.step
                && a.running == b.running
                && a.clock_started == b.clock_started
                && a.screen == b.screen
                && (a.running || (a.elapsed - b.elapsed).abs() < 0.5)
        };
        let changed = self.rt.resume_written.as_ref().is_none_or(|w| !same(w, &pos));
        let due = self.rt.resume_throttle.due(self.state.now(), changed);
        if !(due || now && (changed || self.rt.resume_throttle.pending())) {
            if let Some(wait) = self.rt.resume_throttle.due_in(self.state.now()) {
                self.commands.push(Command::RepaintAfter(wait.max(0.01)));
            }
            return;
        }
        let Some(dir) = resume::state_dir() else { return };
        self.rt.resume_written = Some(pos.clone());
        self.commands.push(Command::SavePosition { dir, position: pos });
    }

    /// The notes' size, for the next start of this deck.
    pub(crate) fn remember_notes_size(&mut self) {
        let (Some(path), Some(s)) = (&self.state.path, &self.state.session) else {
            return;
        };
        if !self.state.mode.remember_position {
            return;
        }
        if let Some(dir) = crate::app::talk::resume::state_dir() {
            self.commands.push(Command::SaveNotesSize {
                dir,
                deck: path.clone(),
                size: s.notes_size,
            });
        }
    }
}

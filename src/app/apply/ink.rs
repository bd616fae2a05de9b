//! Applying drawing actions: the tool, the colour, the strokes and undo go to the drawing state
//! (`drawing.rs`); the speaker is told what the keys did. And the deck's ink kept on disk: as
//! soon as a stroke ends, a write is asked of the executor (on a thread of its own, atomically),
//! so that a crash loses at most the stroke being drawn; what it ended with comes back as
//! [`Action::InkWritten`](crate::app::action::Action::InkWritten). An unreadable ink file is
//! never overwritten silently: it is kept under another name the first time new ink is saved,
//! and the speaker is told.

use std::path::PathBuf;

use super::Reducer;
use crate::app::command::Command;
use crate::app::ink::drawing::{Context, Hand, InkAction};
use crate::app::ink::writer::Aside;
use crate::ink::file;
use crate::t;

impl Reducer<'_> {
    /// Applies one drawing action. Nothing happens without a deck; a kiosk never gets here
    /// (its input lock lets only navigation through).
    pub(crate) fn apply_ink(&mut self, action: InkAction) {
        let st = &mut self.state;
        let (Some(deck), Some(session)) = (&st.deck, &st.session) else {
            return;
        };
        let message = match &action {
            InkAction::Undo if !st.drawing.ink.can_undo() && st.drawing.stroke.is_none() => {
                Some(t!("app-ink-nothing-to-undo"))
            }
            InkAction::Redo if !st.drawing.ink.can_redo() => Some(t!("app-ink-nothing-to-redo")),
            _ => None,
        };
        let drawing = &mut st.drawing;
        let changed = Context::with(deck, session, |cx| drawing.apply(action.clone(), cx));
        let d = &st.drawing;
        let colour = t!("ui-ink-colour", n = d.colour + 1);
        let message = message.or(match action {
            InkAction::Take(_) | InkAction::Colour(_) => Some(match d.hand {
                None => t!("app-ink-off"),
                Some(Hand::Eraser) => t!("app-ink-eraser"),
                Some(Hand::Pen) => t!("app-ink-tool", tool = t!("ui-ink-pen"), colour = colour, key = "D"),
                Some(Hand::Highlighter) => {
                    t!(
                        "app-ink-tool",
                        tool = t!("ui-ink-highlighter"),
                        colour = colour,
                        key = "H"
                    )
                }
            }),
            InkAction::ToggleShown if d.shown => Some(t!("app-ink-shown")),
            InkAction::ToggleShown => Some(t!("app-ink-hidden")),
            InkAction::Clear if changed => Some(t!("app-ink-cleared")),
            _ => None,
        });
        if let Some(m) = message {
            self.state.say(m);
        }
    }

    /// Asks for the ink to be written when it changed since the last save (one write at a
    /// time; a kiosk never writes; a write that failed is not tried again until the ink changes).
    pub(crate) fn save_ink(&mut self) {
        let changes = self.state.drawing.changes;
        if self.rt.ink.writing.is_some()
            || !self.state.drawing.unsaved()
            || self.state.kiosk.is_some()
            || self.rt.ink.failed == Some(changes)
        {
            return;
        }
        let Some(deck) = self.state.path.clone() else {
            if !std::mem::replace(&mut self.rt.ink.told_builtin, true) {
                self.state.say(t!("app-ink-not-saved-builtin"));
            }
            return;
        };
        // Moved aside by this write: a later one must not move the new file too.
        let aside = self.rt.ink.broken.take().as_deref().map(Aside::of);
        let text = file::to_text(&self.state.drawing.ink);
        self.rt.ink.writing = Some(changes);
        self.commands.push(Command::WriteInk {
            deck,
            text,
            aside,
            changes,
            wait: false,
        });
    }

    /// The stroke being drawn is ended and the ink written before the frame ends, after any
    /// write in progress (leaving the deck, quitting).
    pub(crate) fn flush_ink(&mut self) {
        self.state.drawing.finish();
        let Some(deck) = self.state.path.clone() else { return };
        if !self.state.drawing.unsaved() || self.state.kiosk.is_some() {
            return;
        }
        let changes = self.state.drawing.changes;
        self.commands.push(Command::WriteInk {
            deck,
            text: file::to_text(&self.state.drawing.ink),
            aside: self.rt.ink.broken.take().as_deref().map(Aside::of),
            changes,
            wait: true,
        });
        // Asked for once: the app's exit does not ask again.
        self.state.drawing.saved = changes;
    }

    /// A write of the ink ended: the deck's ink is saved up to `changes`, or the speaker is told
    /// why not. A write for another deck file (the one left) changes nothing here.
    pub(crate) fn ink_written(
        &mut self,
        deck: PathBuf,
        changes: u64,
        aside: Option<Aside>,
        result: Result<(), String>,
    ) {
        if self.state.path.as_ref() != Some(&deck) {
            if let Err(e) = result {
                eprintln!("estrade: {}", t!("app-ink-save-failed", error = e));
            }
            return;
        }
        if self.rt.ink.writing == Some(changes) {
            self.rt.ink.writing = None;
        }
        match result {
            Ok(()) => {
                self.state.drawing.saved = self.state.drawing.saved.max(changes);
                if let Some(a) = aside {
                    self.state.notices.push(t!(
                        "app-ink-set-aside",
                        aside = a.kept_as.display().to_string(),
                        path = a.file.display().to_string()
                    ));
                }
            }
            Err(e) => {
                // Still to be kept aside by the next write (a file already moved is not moved
                // again: see `writer::write`).
                if let Some(a) = aside {
                    self.rt.ink.broken = Some(a.file);
                }
                self.rt.ink.failed = Some(changes);
                self.state.say(t!("app-ink-save-failed", error = e));
            }
        }
    }
}

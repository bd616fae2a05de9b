//! The deck's ink on disk while presenting: read when a deck opens, written beside it (on a
//! thread of its own, atomically) as soon as a stroke ends, so that a crash loses at most the
//! stroke being drawn. An unreadable ink file is never overwritten silently: it is kept under
//! another name the first time new ink is saved, and the speaker is told.

use std::path::Path;

use crate::app::ink::drawing::Drawing;
use crate::app::ink::writer::{Aside, InkStore, aside_path, write};
use crate::app::shell::Presenter;
use crate::ink::file;

impl Presenter {
    /// Reads the ink of the deck at `path` (a newly opened deck). A broken file is reported to
    /// the speaker and left alone; the deck opens without its ink.
    pub(crate) fn load_ink(&mut self, path: Option<&Path>) {
        self.rt.ink = InkStore::default();
        let Some(path) = path else {
            self.state.drawing = Drawing::default();
            return;
        };
        self.state.drawing = match file::load(path) {
            Ok(ink) => Drawing::with_ink(ink),
            Err(d) => {
                let ink_file = file::path_for(path);
                let problem = format!("{}:{}: {}", d.line, d.col, d.message); // not user text: a location
                let note = crate::t!(
                    "app-ink-unreadable",
                    path = ink_file.display().to_string(),
                    problem = problem,
                    aside = aside_path(&ink_file).display().to_string(),
                );
                match &self.state.kiosk {
                    Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
                    None => self.state.notices.push(note),
                }
                eprint!("{d}");
                self.rt.ink.broken = Some(ink_file);
                Drawing::default()
            }
        };
    }

    /// Writes the ink when it changed and no write is running; collects the end of a write.
    /// Called once per frame.
    pub(crate) fn save_ink(&mut self) {
        if let Some((_, _, handle)) = &self.rt.ink.writing
            && !handle.is_finished()
        {
            if let Some(c) = &self.rt.ctx {
                c.request_repaint_after(std::time::Duration::from_millis(50));
            }
            return;
        }
        if let Some((changes, aside, handle)) = self.rt.ink.writing.take() {
            let failure = match handle.join() {
                Ok(Ok(())) => {
                    self.state.drawing.saved = changes;
                    if let Some(a) = aside {
                        self.rt.ink.broken = None;
                        self.state.notices.push(crate::t!(
                            "app-ink-set-aside",
                            aside = a.kept_as.display().to_string(),
                            path = a.file.display().to_string()
                        ));
                    }
                    None
                }
                Ok(Err(e)) => Some(e),
                Err(_) => Some("panic".to_string()), // not user text: a panic's name
            };
            if let Some(e) = failure {
                self.rt.ink.failed = Some(changes);
                self.state.say(crate::t!("app-ink-save-failed", error = e));
            }
        }
        let changes = self.state.drawing.changes;
        if !self.state.drawing.unsaved() || self.state.kiosk.is_some() || self.rt.ink.failed == Some(changes) {
            return;
        }
        let Some(deck) = self.state.path.clone() else {
            if !std::mem::replace(&mut self.rt.ink.told_builtin, true) {
                self.state.say(crate::t!("app-ink-not-saved-builtin"));
            }
            return;
        };
        let text = file::to_text(&self.state.drawing.ink);
        let aside = self.rt.ink.broken.as_deref().map(Aside::of);
        let moving = aside.clone();
        let spawned = std::thread::Builder::new()
            .name("estrade-ink".into()) // not user text: a thread name
            .spawn(move || write(&deck, &text, moving.as_ref()));
        match spawned {
            Ok(handle) => self.rt.ink.writing = Some((changes, aside, handle)),
            Err(e) => self.state.say(crate::t!("app-ink-save-failed", error = e.to_string())),
        }
        if let Some(c) = &self.rt.ctx {
            c.request_repaint_after(std::time::Duration::from_millis(50));
        }
    }

    /// Waits for the write in progress and writes what is left (on quitting).
    pub(crate) fn flush_ink(&mut self) {
        if let Some((changes, aside, handle)) = self.rt.ink.writing.take()
            && let Ok(Ok(())) = handle.join()
        {
            self.state.drawing.saved = changes;
            if aside.is_some() {
                self.rt.ink.broken = None;
            }
        }
        self.state.drawing.finish();
        if !self.state.drawing.unsaved() || self.state.kiosk.is_some() {
            return;
        }
        if let Some(deck) = self.state.path.clone() {
            let aside = self.rt.ink.broken.as_deref().map(Aside::of);
            match write(&deck, &file::to_text(&self.state.drawing.ink), aside.as_ref()) {
                Ok(()) => self.state.drawing.saved = self.state.drawing.changes,
                Err(e) => eprintln!("estrade: {}", crate::t!("app-ink-save-failed", error = e)),
            }
        }
    }
}

//! The files the app keeps, as the executor writes them: the deck's ink on a thread of its own
//! (a stroke never waits for the disk), and the small state files at once (the position, the
//! rehearsal timings, the notes' size, the screen swaps).

use crate::app::action::Action;
use crate::app::command::Command;

use super::Executor;

impl Executor {
    /// The files the app keeps: the ink on a thread of its own (a stroke never waits for the
    /// disk), the small state files at once.
    pub(super) fn save(&mut self, command: Command, ctx: Option<&egui::Context>) {
        let to = self.replies_to.clone();
        match command {
            Command::WriteInk {
                deck,
                text,
                aside,
                changes,
                wait,
            } => {
                let write = move || {
                    let result = crate::app::ink::writer::write(&deck, &text, aside.as_ref());
                    let _ = to.send(Action::InkWritten {
                        deck,
                        changes,
                        aside,
                        result,
                    });
                };
                if wait {
                    if let Some(h) = self.ink_writer.take() {
                        let _ = h.join();
                    }
                    write();
                    return;
                }
                let ctx = ctx.cloned();
                let spawned = std::thread::Builder::new()
                    .name("estrade-ink".into()) // not user text: a thread name
                    .spawn(move || {
                        write();
                        if let Some(c) = ctx {
                            c.request_repaint();
                        }
                    });
                match spawned {
                    Ok(h) => self.ink_writer = Some(h),
                    Err(e) => {
                        let _ = self
                            .replies_to
                            .send(Action::Report(crate::t!("app-ink-save-failed", error = e.to_string())));
                    }
                }
            }
            Command::SavePosition { dir, position } => {
                if let Err(e) = crate::app::talk::resume::save(&dir, &position) {
                    let _ = to.send(Action::Notice(crate::t!(
                        "app-position-save-failed",
                        error = e.to_string()
                    )));
                }
            }
            Command::SaveTimings { timings, out } => {
                let _ = to.send(Action::Report(match timings.save(&out) {
                    Ok(()) => crate::t!("app-rehearsal-saved", path = &out),
                    Err(e) => crate::t!("app-rehearsal-save-failed", error = e.to_string()),
                }));
            }
            Command::SaveNotesSize { dir, deck, size } => {
                // A failed write only loses the size for the next start.
                if let Err(e) = crate::app::talk::notes_size::save(&dir, &deck, size) {
                    log::warn!("{e}");
                }
            }
            Command::SaveSwaps { dir, remembered } => {
                if let Err(e) = crate::app::talk::resume::save_remembered(&dir, &remembered) {
                    log::warn!("{e}");
                }
            }
            _ => {}
        }
    }
}

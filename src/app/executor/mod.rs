//! The one place the app's effects are carried out ([`Command`]s queued while applying
//! actions). Window commands and links go to egui at once; the small state files (position,
//! timings, notes' size, swaps) are written at once; the ink file, file dialogs and exports run
//! on threads of their own; what they end with comes back as [`Action`]s, read by the shell at
//! the next frame.

mod files;

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::app::action::Action;
use crate::app::command::Command;
use crate::layout::Fonts;

/// Runs commands; collects what background work reports.
pub struct Executor {
    replies_to: Sender<Action>,
    replies: Receiver<Action>,
    /// The server of `--share`, while sharing (dropping it stops it).
    sharing: Option<crate::share::Sharing>,
    /// The thread writing the ink file, while it runs (a write that must wait joins it first).
    ink_writer: Option<std::thread::JoinHandle<()>>,
    /// The display kept awake while presenting.
    awake: crate::app::screens::awake::keeper::Keeper,
    /// Window commands waiting for their time (session seconds).
    later: Vec<(f64, egui::ViewportId, egui::ViewportCommand)>,
}

impl Default for Executor {
    fn default() -> Self {
        let (replies_to, replies) = channel();
        Executor {
            replies_to,
            replies,
            sharing: None,
            ink_writer: None,
            awake: Default::default(),
            later: Vec::new(),
        }
    }
}

impl Executor {
    /// Carries out `command`. Without a context (tests), window commands and links are dropped
    /// and the rest runs as in the app.
    pub fn run(&mut self, command: Command, ctx: Option<&egui::Context>, fonts: &Arc<Fonts>) {
        match command {
            Command::Share(how) => self.share(how, ctx),
            Command::KeepAwake { kiosk } => self.awake.start(kiosk),
            c @ (Command::WriteInk { .. }
            | Command::SavePosition { .. }
            | Command::SaveTimings { .. }
            | Command::SaveNotesSize { .. }
            | Command::SaveSwaps { .. }) => self.save(c, ctx),
            Command::Window(id, c) => {
                if let Some(ctx) = ctx {
                    ctx.send_viewport_cmd_to(id, c);
                }
            }
            Command::WindowAt { at, id, command } => self.later.push((at, id, command)),
            Command::RepaintAfter(seconds) => {
                if let Some(ctx) = ctx {
                    ctx.request_repaint_after(std::time::Duration::from_secs_f64(seconds.clamp(0.01, 3600.0)));
                }
            }
            Command::OpenUrl(url) => {
                if let Some(ctx) = ctx {
                    ctx.open_url(egui::OpenUrl::new_tab(url));
                }
            }
            Command::PickDeck { folder } => self.dialog(ctx, move || {
                let mut dialog = rfd::FileDialog::new().add_filter(crate::t!("app-dialog-deck-filter"), &["ron"]);
                if let Some(dir) = folder {
                    dialog = dialog.set_directory(dir);
                }
                dialog.pick_file().map(Action::Open)
            }),
            Command::PickPdf { name } => self.dialog(ctx, move || {
                rfd::FileDialog::new()
                    .add_filter("PDF", &["pdf"])
                    .set_file_name(format!("{name}.pdf"))
                    .save_file()
                    .map(Action::ExportTo)
            }),
            c @ (Command::PickImport { .. } | Command::OpenPicker { .. } | Command::Import { .. }) => {
                self.import(c, ctx)
            }
            Command::ExportPdf { deck, source, out } => {
                let fonts = fonts.clone();
                let spawned = self.background(ctx, "estrade-export", move || {
                    let opts = crate::export::ExportOptions {
                        pdf: Some(out.clone()),
                        ..Default::default()
                    };
                    Some(Action::ExportFinished(
                        match crate::export::export(&deck, source.as_ref(), &fonts, &opts, &|_, _| {}) {
                            Ok(s) => crate::t!("app-export-done", path = &out, pages = s.pdf_pages),
                            Err(e) => crate::t!("app-export-failed", error = e.to_string()),
                        },
                    ))
                });
                if let Err(e) = spawned {
                    let msg = crate::t!("app-export-failed", error = e.to_string());
                    let _ = self.replies_to.send(Action::ExportFinished(msg));
                }
            }
        }
    }

    /// Sharing on the phones, while it runs.
    pub fn sharing(&self) -> Option<&crate::share::Sharing> {
        self.sharing.as_ref()
    }

    /// Starts sharing as `how` says, or stops it (`None`); the speaker is told either way.
    fn share(&mut self, how: Option<crate::share::ShareOptions>, ctx: Option<&egui::Context>) {
        let Some(opts) = how else {
            if self.sharing.take().is_some() {
                let said = crate::t!("share-stopped");
                let _ = self.replies_to.send(Action::ShareStatus { on: false, said });
            }
            return;
        };
        if self.sharing.is_some() {
            return;
        }
        let ctx = ctx.cloned();
        let wake = Box::new(move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        });
        let (on, said) = match crate::share::Sharing::start(&opts, wake) {
            Ok(sharing) => {
                log::info!("sharing on {}", sharing.addr()); // not user text; no token in the log
                sharing.write_addresses_for_scripts();
                self.sharing = Some(sharing);
                (true, crate::t!("share-started"))
            }
            Err(e) => (false, crate::t!("share-start-failed", error = e.to_string())),
        };
        let _ = self.replies_to.send(Action::ShareStatus { on, said });
    }

    /// The commands of an import while presenting: the dialog, the picker, the import itself.
    fn import(&self, command: Command, ctx: Option<&egui::Context>) {
        match command {
            Command::PickImport { folder } => self.dialog(ctx, move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title(crate::t!("app-import-dialog-title"))
                    .add_filter(crate::t!("app-dialog-deck-filter"), &["ron"]);
                if let Some(dir) = folder {
                    dialog = dialog.set_directory(dir);
                }
                dialog.pick_file().map(Action::ImportFrom)
            }),
            Command::OpenPicker { from, into } => {
                let spawned = self.background(ctx, "estrade-picker", move || {
                    Some(match crate::app::picker::Ready::open(&from, &into) {
                        Ok(ready) => Action::PickerReady(ready),
                        Err(e) => Action::Report(crate::t!("app-import-failed", error = e.to_string())),
                    })
                });
                if let Err(e) = spawned {
                    let _ = self
                        .replies_to
                        .send(Action::Report(crate::t!("app-import-failed", error = e.to_string())));
                }
            }
            Command::Import { from, into, ids, after } => {
                let spawned = self.background(ctx, "estrade-import", move || {
                    let slides = ids.join(", ");
                    let req = crate::import::ImportRequest {
                        from: &from,
                        slides: &slides,
                        into: &into,
                        after: after.as_deref(),
                    };
                    Some(Action::Report(match crate::import::import(&req) {
                        Ok(report) => crate::t!(
                            "app-import-done",
                            n = report.slides.len(),
                            ids = report
                                .slides
                                .iter()
                                .map(|s| s.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                        Err(e) => crate::t!("app-import-failed", error = e.to_string()),
                    }))
                });
                if let Err(e) = spawned {
                    let _ = self
                        .replies_to
                        .send(Action::Report(crate::t!("app-import-failed", error = e.to_string())));
                }
            }
            _ => {}
        }
    }

    /// A file dialog on a thread of its own (the slides keep painting while it is open); a
    /// dialog that cannot open is told to the speaker.
    fn dialog(&self, ctx: Option<&egui::Context>, work: impl FnOnce() -> Option<Action> + Send + 'static) {
        // macOS opens panels from the main thread only: there the dialog waits as before.
        if cfg!(target_os = "macos") {
            if let Some(action) = work() {
                let _ = self.replies_to.send(action);
            }
            return;
        }
        if let Err(e) = self.background(ctx, "estrade-dialog", work) {
            let _ = self
                .replies_to
                .send(Action::Report(crate::t!("app-dialog-failed", error = e.to_string())));
        }
    }

    /// Runs `work` on a thread of its own; its action, if any, comes back through
    /// [`Self::replies`] and wakes the UI.
    fn background(
        &self,
        ctx: Option<&egui::Context>,
        name: &str,
        work: impl FnOnce() -> Option<Action> + Send + 'static,
    ) -> std::io::Result<()> {
        let to = self.replies_to.clone();
        let ctx = ctx.cloned();
        std::thread::Builder::new().name(name.into()).spawn(move || {
            if let Some(action) = work() {
                let _ = to.send(action);
            }
            if let Some(c) = ctx {
                c.request_repaint();
            }
        })?;
        Ok(())
    }

    /// Sends the window commands whose time came (session time `now`), and asks for a frame when
    /// the next one is due.
    pub fn send_due(&mut self, ctx: &egui::Context, now: f64) {
        let (due, later): (Vec<_>, Vec<_>) = self.later.drain(..).partition(|(t, _, _)| *t <= now);
        self.later = later;
        for (_, id, command) in due {
            ctx.send_viewport_cmd_to(id, command);
        }
        if let Some(next) = self.later.iter().map(|(t, _, _)| *t).reduce(f64::min) {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64((next - now).max(0.01)));
        }
    }

    /// What background work reported since the last call.
    pub fn replies(&self) -> Vec<Action> {
        self.replies.try_iter().collect()
    }

    /// The executor's own upkeep, once a frame at session time `now`: the display inhibitor
    /// refreshed when due, and its answer (as [`Action::AwakeHeld`]) once it came.
    pub fn tend(&mut self, now: f64) -> Vec<Action> {
        self.awake
            .tend(now)
            .map(|(method, holds)| Action::AwakeHeld { method, holds })
            .into_iter()
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_runs_off_the_calling_thread_and_reports_back_as_an_action() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let text = r#"Deck(title: "x", slides: [Text(title: "Un", body: "Deux")])"#.to_string();
        let loaded = crate::deck::load_text(Arc::new(crate::source::BuiltinSource), "slides/x.ron", text);
        let deck = Arc::new(loaded.deck.expect("the deck loads"));
        let fonts = Arc::new(Fonts::bundled().expect("bundled fonts"));
        let mut exec = Executor::default();
        let out = dir.path().join("x.pdf");
        let source: Arc<dyn crate::source::Source> = Arc::new(crate::source::BuiltinSource);
        exec.run(
            Command::ExportPdf {
                deck,
                source,
                out: out.clone(),
            },
            None,
            &fonts,
        );
        let started = std::time::Instant::now();
        let mut got = Vec::new();
        while got.is_empty() && started.elapsed().as_secs() < 60 {
            got = exec.replies();
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(matches!(got.as_slice(), [Action::ExportFinished(_)]), "{got:?}");
        assert!(std::fs::read(&out).expect("the PDF").starts_with(b"%PDF"));
    }

    /// Replies of background work, waited for (at most a minute).
    fn wait(exec: &Executor) -> Vec<Action> {
        let started = std::time::Instant::now();
        loop {
            let got = exec.replies();
            if !got.is_empty() || started.elapsed().as_secs() > 60 {
                return got;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }

    #[test]
    fn applying_the_export_key_only_queues_a_dialog_and_the_answer_exports_in_the_background() {
        use crate::app::shell::Presenter;
        let text = r#"Deck(title: "x", slides: [Text(title: "Un", body: "Deux")])"#.to_string();
        let loaded = crate::deck::load_text(Arc::new(crate::source::BuiltinSource), "slides/x.ron", text);
        let fonts = Arc::new(Fonts::bundled().expect("bundled fonts"));
        let mut p = Presenter::new(loaded, None, fonts, false);
        p.rt.outbox.clear();
        p.apply(Action::ExportDialog);
        assert!(
            matches!(p.rt.outbox.as_slice(), [Command::PickPdf { .. }]),
            "the dialog is a command, not opened while applying: {:?}",
            p.rt.outbox
        );
        p.rt.outbox.clear();
        let dir = tempfile::tempdir().expect("a temporary folder");
        let out = dir.path().join("talk.pdf");
        p.apply(Action::ExportTo(out.clone()));
        assert!(
            p.state.toast.as_ref().is_some_and(|t| t.busy),
            "the speaker sees it is exporting"
        );
        let commands = std::mem::take(&mut p.rt.outbox);
        assert!(
            matches!(commands.as_slice(), [Command::ExportPdf { .. }]),
            "{commands:?}"
        );
        for c in commands {
            p.rt.executor.run(c, None, &p.rt.view.fonts);
        }
        let replies = wait(&p.rt.executor);
        assert!(matches!(replies.as_slice(), [Action::ExportFinished(_)]), "{replies:?}");
        p.apply_all(replies);
        assert!(
            p.state.toast.as_ref().is_some_and(|t| !t.busy),
            "the result replaces « exporting »"
        );
        assert!(std::fs::read(&out).expect("the PDF").starts_with(b"%PDF"));
    }
}

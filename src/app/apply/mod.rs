//! The one place where actions change the app: keys, clicks, the kiosk timer, the file watcher,
//! the export thread and the screens all arrive here as [`Action`]s, and [`apply`] returns the
//! [`Command`]s they call for. This file holds the reducer ([`Reducer`]), dispatches the actions
//! and applies the talk's own (navigation, screens, quitting); `frame.rs` applies what the frame
//! loop reads once a frame, `deck.rs` a deck opened or reloaded, `ink.rs` drawing and the ink's
//! saving, `import.rs` the import, `resume.rs` the talk picked up after a crash, `screens.rs` the
//! views placed on the screens. The reducer carries out no effect: window commands, links,
//! dialogs, the export and the files kept are returned as commands, which the shell hands to the
//! executor at the end of the frame. Views only read the state and return actions.

mod deck;
mod frame;
mod import;
mod ink;
mod resume;
mod screens;

use egui::ViewportCommand;

use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::runtime::Runtime;
use crate::app::state::{AppState, Toast};
use crate::app::talk::kiosk::ReloadPolicy;
use crate::app::talk::rehearsal::timings_path;
use crate::app::talk::session::{Effect, Screen};

/// Seconds a first `Q` waits for the second one while the talk clock runs.
const QUIT_CONFIRM_SECONDS: f64 = 5.0;

/// Applies `action` to the state (and to the runtime's bookkeeping: which caches are stale, the
/// ink writes pending, the position saved last); returns the commands it calls for, in the order
/// they are to run.
pub fn apply(state: &mut AppState, rt: &mut Runtime, action: Action) -> Vec<Command> {
    let mut reducer = Reducer::new(state, rt);
    reducer.apply(action);
    reducer.commands
}

/// Applies one action to the talk (the session) alone; returns what the shell must do. Tests
/// drive the state with it; the app uses [`apply`], which also does what follows.
pub fn act(state: &mut AppState, action: Action) -> Effect {
    match (&mut state.session, &state.deck) {
        (Some(s), Some(d)) => s.apply(action, d),
        _ => match action {
            Action::Quit => Effect::Quit,
            Action::OpenDialog => Effect::OpenDialog,
            Action::Open(p) => Effect::Open(p),
            Action::ToggleFullscreen => Effect::ToggleFullscreen,
            Action::Escape => Effect::LeaveFullscreen,
            _ => Effect::None,
        },
    }
}

/// The reducer: the state and the runtime's bookkeeping an action may change, and the commands
/// decided so far. It lives for one call (see [`apply`] and [`crate::app::Presenter`]'s entry
/// points) and never runs a command itself.
pub struct Reducer<'a> {
    state: &'a mut AppState,
    rt: &'a mut Runtime,
    commands: Vec<Command>,
}

impl<'a> Reducer<'a> {
    /// A reducer over `state` and `rt`, with no command decided yet.
    pub fn new(state: &'a mut AppState, rt: &'a mut Runtime) -> Reducer<'a> {
        Reducer {
            state,
            rt,
            commands: Vec::new(),
        }
    }

    /// The commands decided, in order.
    pub fn into_commands(self) -> Vec<Command> {
        self.commands
    }

    /// Queues a command for the audience (root) window.
    fn root(&mut self, command: ViewportCommand) {
        self.commands.push(Command::Window(egui::ViewportId::ROOT, command));
    }

    /// Queues a command for window `id`, to be sent at session time `at`.
    fn window_at(&mut self, at: f64, id: egui::ViewportId, command: ViewportCommand) {
        self.commands.push(Command::WindowAt { at, id, command });
    }

    fn act(&mut self, action: Action) -> Effect {
        act(self.state, action)
    }

    /// Applies one action and what follows from it.
    pub fn apply(&mut self, action: Action) {
        let Some(action) = self.apply_frame(action) else {
            return;
        };
        if matches!(action, Action::Next | Action::Previous) && self.browse_boards(action == Action::Next) {
            return;
        }
        let now = self.state.now();
        let confirm_quit = action == Action::Quit && self.needs_confirmation(now, self.state.quit_armed);
        let confirm_start_over =
            action == Action::StartOver && self.needs_confirmation(now, self.state.start_over_armed);
        let st = &mut self.state;
        let start_over_armed = st.start_over_armed.take();
        match action {
            Action::Escape if st.quit_armed.take().is_some_and(|t| now - t < QUIT_CONFIRM_SECONDS) => {}
            Action::Escape if start_over_armed.is_some_and(|t| now - t < QUIT_CONFIRM_SECONDS) => {}
            Action::StartOver if confirm_start_over => {
                self.state.start_over_armed = Some(now);
                self.state.say(crate::t!("app-start-over-confirm"));
            }
            // On the console, Esc takes a message away; on the slides it goes by itself.
            Action::Escape if st.speaker_view_open() && st.toast.as_ref().is_some_and(|t| t.visible(now)) => {
                st.toast = None
            }
            Action::Quit if confirm_quit => {
                self.state.quit_armed = Some(now);
                self.state.say(crate::t!("app-quit-confirm"));
            }
            // A kiosk with nothing on screen (a black screen: no deck could be shown yet)
            // takes a valid deck at once; one that shows a deck waits for its loop to end.
            Action::Reload => match &mut st.kiosk {
                Some(k) if k.options.reload == ReloadPolicy::AtLoopStart && st.deck.is_some() => {
                    k.reload_pending = true;
                    crate::app::talk::kiosk::log(&k.options, &crate::t!("app-kiosk-reload-at-loop-start"));
                }
                _ => self.reload(),
            },
            Action::ExportTo(out) => self.export_to(out),
            Action::ExportFinished(msg) | Action::Report(msg) => self.state.say(msg),
            Action::Notice(note) => {
                if !st.notices.contains(&note) {
                    st.notices.push(note);
                }
            }
            Action::InkWritten {
                deck,
                changes,
                aside,
                result,
            } => self.ink_written(deck, changes, aside, result),
            Action::ScreensChanged(monitors) => self.screens_changed(monitors),
            Action::CloseConsole => self.state.console = false,
            Action::DismissNotices => self.state.notices.clear(),
            Action::Ink(a) => self.apply_ink(a),
            Action::ImportDialog => self.import_dialog(),
            Action::ImportFrom(from) => self.open_picker(from),
            Action::PickerReady(ready) => self.show_picker(ready),
            Action::ImportChosen { from, ids, after } => self.import_chosen(from, ids, after),
            Action::ToggleShare if st.kiosk.is_none() => {
                let how = (!st.sharing).then(|| st.mode.share.unwrap_or_default());
                self.commands.push(Command::Share(how));
            }
            Action::ToggleShareCode if st.kiosk.is_none() => {
                if st.sharing {
                    st.share_code_on_slides = !st.share_code_on_slides;
                } else {
                    st.say(crate::t!("share-code-not-shared"));
                }
            }
            Action::ShareStatus { on, said } => {
                st.sharing = on;
                st.share_code_on_slides &= on;
                st.say(said);
            }
            Action::Remote(c) if st.kiosk.is_none() => self.apply(crate::app::talk::share_feed::action_of(c)),
            Action::ToggleShare | Action::ToggleShareCode | Action::Remote(_) => {}
            action => {
                if action == Action::StartOver {
                    self.state.notices.clear();
                }
                let notes_size = matches!(action, Action::NotesBigger | Action::NotesSmaller);
                let effect = self.act(action);
                self.effect(effect);
                if notes_size {
                    self.remember_notes_size();
                }
            }
        }
        // Back on a slide, the board drawn on is kept; the next black screen is a new one.
        if self.state.session.as_ref().is_some_and(|s| s.screen == Screen::Slide) {
            self.state.drawing.board = None;
        }
    }

    /// `Q` (or `Shift+Home`, which starts over) while the talk clock runs asks for the same key
    /// again within a few seconds (kiosks never get here); `armed` is when it was pressed first.
    fn needs_confirmation(&self, now: f64, armed: Option<f64>) -> bool {
        let running = self
            .state
            .session
            .as_ref()
            .is_some_and(|s| s.clock.started() && !s.clock.paused());
        let armed = armed.is_some_and(|t| now - t < QUIT_CONFIRM_SECONDS);
        running && !armed && self.state.kiosk.is_none()
    }

    /// `→`/`←` on a black or white screen over a slide with boards: the boards in turn.
    fn browse_boards(&mut self, forward: bool) -> bool {
        let blank = self.state.session.as_ref().is_some_and(|s| s.screen != Screen::Slide);
        let Some(id) = self.state.current_id().filter(|_| blank) else {
            return false;
        };
        match self.state.drawing.browse_boards(&id, forward) {
            Some((0, total)) => self.state.say(crate::t!("app-board-blank", total = total)),
            Some((n, total)) => self.state.say(crate::t!("app-board-shown", n = n, total = total)),
            None => return false,
        }
        true
    }

    fn effect(&mut self, effect: Effect) {
        match effect {
            Effect::None => {}
            Effect::Quit => self.quit(),
            Effect::ToggleFullscreen => {
                self.state.fullscreen = !self.state.fullscreen;
                self.root(ViewportCommand::Fullscreen(self.state.fullscreen));
            }
            Effect::LeaveFullscreen => {
                if self.state.fullscreen {
                    self.state.fullscreen = false;
                    self.root(ViewportCommand::Fullscreen(false));
                }
            }
            Effect::TogglePresenter => self.state.console = !self.state.console,
            Effect::SwapWindows => self.swap_windows(),
            Effect::OpenDialog => {
                let folder = self
                    .state
                    .path
                    .as_ref()
                    .and_then(|p| p.parent())
                    .map(std::path::Path::to_path_buf);
                self.commands.push(Command::PickDeck { folder });
            }
            Effect::ExportDialog => self.export_dialog(),
            Effect::Open(p) => self.open(p),
            Effect::OpenUrl(url) => self.commands.push(Command::OpenUrl(url)),
        }
    }

    /// Saves what must survive and closes the app (the executor writes before it closes).
    pub(crate) fn quit(&mut self) {
        self.flush_ink();
        self.queue_rehearsal_save();
        self.save_position(true);
        self.state.quit_requested = true;
        self.root(ViewportCommand::Close);
    }

    /// Asks for the rehearsal timings to be written beside the deck (when rehearsing); what
    /// happened comes back as a report.
    pub(crate) fn queue_rehearsal_save(&mut self) {
        let st = &mut self.state;
        let (Some(s), Some(path)) = (&mut st.session, &st.path) else {
            return;
        };
        if let Some(r) = &mut s.rehearsal {
            r.flush(s.now);
            let command = Command::SaveTimings {
                timings: r.timings.clone(),
                out: timings_path(path),
            };
            self.commands.push(command);
        }
    }

    /// Asks where to save a PDF (the dialog off the UI thread); the answer comes back as
    /// [`Action::ExportTo`].
    fn export_dialog(&mut self) {
        if self.state.deck.is_none() {
            return;
        }
        let name = self.state.path.as_ref().and_then(|p| p.file_stem()).map_or_else(
            || crate::t!("app-export-default-name"),
            |s| s.to_string_lossy().into_owned(),
        );
        self.commands.push(Command::PickPdf { name });
    }

    /// Exports the deck to `out` on a background thread; the result comes back as
    /// [`Action::ExportFinished`].
    fn export_to(&mut self, out: std::path::PathBuf) {
        let (Some(deck), Some(source)) = (self.state.deck.clone(), self.state.source.clone()) else {
            return;
        };
        self.commands.push(Command::ExportPdf { deck, source, out });
        self.state.toast = Some(Toast {
            text: crate::t!("app-exporting"),
            since: self.state.now(),
            busy: true,
        });
    }
}

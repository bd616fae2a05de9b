//! The one place where actions change the app: keys, clicks, the kiosk timer, the file watcher,
//! the export thread and the screens all arrive here as [`Action`]s. This file dispatches them and
//! applies the talk's own (navigation, screens, quitting); `frame.rs` applies what the frame loop
//! reads once a frame, `deck.rs` a deck opened or reloaded, `ink.rs` drawing and the ink's
//! saving, `import.rs` the import, `resume.rs` the talk picked up after a crash. Views only read
//! the state and return actions; effects (window commands, links, dialogs, the export, the files
//! kept) are queued as [`Command`]s in the runtime's outbox and carried out by the executor at
//! the end of the frame.

mod deck;
mod frame;
mod import;
mod ink;
mod resume;

use egui::ViewportCommand;

use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::screens::placement::{self, Layout, Monitor};
use crate::app::shell::Presenter;
use crate::app::state::Toast;
use crate::app::talk::kiosk::ReloadPolicy;
use crate::app::talk::rehearsal::timings_path;
use crate::app::talk::session::{Effect, Screen};

/// Seconds between leaving full screen and going full screen on another screen.
const MOVE_DELAY: f64 = 0.3;

/// Seconds a first `Q` waits for the second one while the talk clock runs.
const QUIT_CONFIRM_SECONDS: f64 = 5.0;

impl Presenter {
    /// Applies one action to the talk (the session); returns what the shell must do. Tests
    /// drive the state with it; the app uses [`Presenter::apply`], which also does the effects.
    pub fn act(&mut self, action: Action) -> Effect {
        match (&mut self.state.session, &self.state.deck) {
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
                self.rt.outbox.push(Command::Share(how));
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

    /// Applies a batch of actions in order.
    pub fn apply_all(&mut self, actions: Vec<Action>) {
        for a in actions {
            self.apply(a);
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
                self.rt.root(ViewportCommand::Fullscreen(self.state.fullscreen));
            }
            Effect::LeaveFullscreen => {
                if self.state.fullscreen {
                    self.state.fullscreen = false;
                    self.rt.root(ViewportCommand::Fullscreen(false));
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
                self.rt.outbox.push(Command::PickDeck { folder });
            }
            Effect::ExportDialog => self.export_dialog(),
            Effect::Open(p) => self.open(p),
            Effect::OpenUrl(url) => self.rt.outbox.push(Command::OpenUrl(url)),
        }
    }

    /// Saves what must survive and closes the app (the executor writes before it closes).
    pub(crate) fn quit(&mut self) {
        self.flush_ink();
        self.queue_rehearsal_save();
        self.save_position(true);
        self.state.quit_requested = true;
        self.rt.root(ViewportCommand::Close);
    }

    /// Writes the rehearsal timings beside the deck now (when rehearsing): the executor runs
    /// that save at once.
    pub fn save_rehearsal(&mut self) {
        // Only this save runs now: what else is queued waits for the end of the frame.
        let queued = self.rt.outbox.len();
        self.queue_rehearsal_save();
        let save: Vec<Command> = self.rt.outbox.drain(queued..).collect();
        for command in save {
            self.rt.executor.run(command, None, &self.rt.view.fonts);
        }
        let replies = self.rt.executor.replies();
        self.apply_all(replies);
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
            self.rt.outbox.push(command);
        }
    }

    /// The monitors changed (or were read for the first time): place the views again. Slide,
    /// step and clock are untouched.
    fn screens_changed(&mut self, monitors: Vec<Monitor>) {
        let st = &mut self.state;
        if let Some(n) = st.mode.audience_monitor
            && n >= monitors.len()
            && st.screens.monitors.is_empty()
        {
            st.notices
                .push(crate::t!("app-audience-monitor-missing", n = n, count = monitors.len()));
        }
        st.screens.monitors = monitors;
        self.place_views();
    }

    /// Computes where the views go and moves the windows there.
    pub(crate) fn place_views(&mut self) {
        let st = &self.state;
        let layout = placement::place(&st.screens.monitors, st.mode.audience_monitor, &st.screens.remembered);
        self.move_views(layout);
    }

    /// Moves the views to `layout` (when it differs from where they are).
    fn move_views(&mut self, layout: Layout) {
        let st = &mut self.state;
        let before = st.screens.layout;
        if layout == before {
            return;
        }
        st.screens.layout = layout;
        let was_dual = matches!(before, Layout::Dual { .. });
        let audience = match layout {
            Layout::Unknown => return,
            Layout::Single { monitor } => monitor,
            Layout::Dual { audience, .. } => {
                // A projector appeared: the speaker gets the console on the other screen.
                if !was_dual && st.kiosk.is_none() {
                    st.console = true;
                }
                audience
            }
        };
        let described = placement::describe(&st.screens.monitors, layout).join("; ");
        let line = crate::t!("app-screens-log", screens = described);
        match &st.kiosk {
            Some(k) => crate::app::talk::kiosk::log(&k.options, &line),
            None => eprintln!("estrade: {line}"),
        }
        let moving = before != Layout::Unknown;
        // Checked once the window system has answered (platform.rs: asked again at most once).
        self.rt.placed = Some((st.now(), audience, false));
        // Already full screen where it belongs (the usual start on one screen): left as it is, as
        // a needless switch would resize the window once more.
        let in_place = !moving && st.fullscreen && st.screens.started_on == Some(audience);
        if !st.mode.windowed || st.fullscreen {
            // A window already full screen on one output is not moved by a new full-screen
            // request on some compositors (weston): leave full screen first.
            let due = self.state.now() + if moving { MOVE_DELAY } else { 0.0 };
            self.state.fullscreen = true;
            let root = egui::ViewportId::ROOT;
            if moving {
                self.rt.root(ViewportCommand::Fullscreen(false));
            }
            if !in_place {
                let at = self.rt.set_monitor_index(audience);
                self.rt.later.push((due, root, ViewportCommand::SetMonitor(at)));
            }
            if let (Layout::Dual { console, .. }, true) = (layout, moving && self.state.console_window()) {
                let id = crate::app::views::console::console_id();
                self.rt
                    .outbox
                    .push(Command::Window(id, ViewportCommand::Fullscreen(false)));
                let at = self.rt.set_monitor_index(console);
                self.rt.later.push((due, id, ViewportCommand::SetMonitor(at)));
            }
        } else if let Some(m) = self.state.screens.monitors.get(audience).filter(|_| moving) {
            // A window (not full screen) goes to the top left of its screen, so that a screen
            // unplugged never leaves it out of sight.
            let scale = m.scale.max(0.1) as f32;
            let at = egui::pos2(m.position.0 as f32 / scale + 40.0, m.position.1 as f32 / scale + 40.0);
            self.rt.root(ViewportCommand::OuterPosition(at));
        }
    }

    /// `X`: on two screens, the audience and the console exchange screens (remembered for that
    /// pair); on screens not known, the two windows exchange places.
    fn swap_windows(&mut self) {
        let st = &mut self.state;
        match st.screens.layout {
            Layout::Dual { .. } => {
                let natural = placement::natural(&st.screens.monitors, st.mode.audience_monitor);
                st.screens.remembered.toggle(&st.screens.monitors, natural);
                if st.mode.remember_position
                    && let Some(dir) = crate::app::talk::resume::state_dir()
                {
                    let remembered = st.screens.remembered.clone();
                    self.rt.outbox.push(Command::SaveSwaps { dir, remembered });
                }
                // `--audience-monitor` wins over remembered swaps: then the swap is for now only.
                let swapped = st.screens.layout.swapped();
                self.move_views(swapped);
            }
            Layout::Single { .. } => self.state.say(crate::t!("app-swap-one-screen")),
            Layout::Unknown => self.swap_window_places(),
        }
    }

    /// Moves the audience window where the console is and back (full screen follows).
    fn swap_window_places(&mut self) {
        let (Some(a), Some(c)) = (self.rt.audience_outer, self.rt.view.console_outer) else {
            return;
        };
        let full = self.state.fullscreen;
        if full {
            self.rt.root(ViewportCommand::Fullscreen(false));
        }
        self.rt.root(ViewportCommand::OuterPosition(c.min));
        self.rt.outbox.push(Command::Window(
            crate::app::views::console::console_id(),
            ViewportCommand::OuterPosition(a.min),
        ));
        if full {
            self.rt.root(ViewportCommand::Fullscreen(true));
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
        self.rt.outbox.push(Command::PickPdf { name });
    }

    /// Exports the deck to `out` on a background thread; the result comes back as
    /// [`Action::ExportFinished`].
    fn export_to(&mut self, out: std::path::PathBuf) {
        let (Some(deck), Some(source)) = (self.state.deck.clone(), self.state.source.clone()) else {
            return;
        };
        self.rt.outbox.push(Command::ExportPdf { deck, source, out });
        self.state.toast = Some(Toast {
            text: crate::t!("app-exporting"),
            since: self.state.now(),
            busy: true,
        });
    }
}

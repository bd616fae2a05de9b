//! The app shell: each frame reads input and events as [`Action`]s, applies them (the reducer
//! in `apply/`, the one place that changes the state, returns the commands they call for), lets
//! the views draw from the state (they return more actions, applied the same way), then hands
//! the commands to the executor. This is the only `impl Presenter`.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::action::Action;
use crate::app::apply::{self, Reducer};
use crate::app::command::Command;
use crate::app::frame_cache::{FrameCache, LayoutFn, link_at};
use crate::app::images::{ImageCache, TextureState};
use crate::app::input::{InputMode, read_input};
use crate::app::runtime::Runtime;
use crate::app::state::{AppState, Mode};
use crate::app::talk::kiosk::Kiosk;
use crate::app::talk::session::Effect;
use crate::app::views;
use crate::deck::Loaded;
use crate::layout::Fonts;
use crate::model::Deck;

/// The presenter application: its state and its runtime handles.
pub struct Presenter {
    /// What the views read (no egui inside).
    pub state: AppState,
    pub(crate) rt: Runtime,
}

impl Presenter {
    /// A presenter showing `loaded` (its deck, or its diagnostics).
    pub fn new(loaded: Loaded, path: Option<PathBuf>, fonts: Arc<Fonts>, fullscreen: bool) -> Presenter {
        Self::with_mode(loaded, path, fonts, fullscreen, Mode::default())
    }

    /// Same, with the console, kiosk, rehearsal and resume settings.
    pub fn with_mode(
        loaded: Loaded,
        path: Option<PathBuf>,
        fonts: Arc<Fonts>,
        fullscreen: bool,
        mode: Mode,
    ) -> Presenter {
        let state = AppState {
            console: mode.console && mode.kiosk.is_none(),
            fullscreen,
            kiosk: mode.kiosk.clone().map(Kiosk::new),
            close_refused_logged: f64::NEG_INFINITY,
            mode,
            ..AppState::default()
        };
        let mut p = Presenter {
            state,
            rt: Runtime::new(fonts),
        };
        p.reduce(|r| {
            r.replace(loaded, path);
            r.start_from_state_folder();
        });
        if p.state.mode.keep_awake {
            // Asked of the executor, which acquires it off the way to the first frame.
            let kiosk = p.state.kiosk.as_ref().map(|k| k.options.clone());
            p.rt.outbox.push(Command::KeepAwake { kiosk });
        }
        p
    }

    /// The faces slides are laid out and drawn with (the shown deck's theme fonts).
    pub fn fonts(&self) -> &Fonts {
        &self.rt.view.fonts
    }

    /// The deck being shown.
    pub fn deck(&self) -> Option<&Deck> {
        self.state.deck.as_deref()
    }

    /// The state of an image's texture (what the screen would draw for it).
    pub fn texture(&self, asset: &str) -> TextureState {
        let images = self.rt.view.images.as_ref();
        images.map_or(TextureState::Pending, |c| c.get(asset))
    }

    /// Replaces how slides are laid out (tests: a layout that fails on one slide).
    #[doc(hidden)]
    pub fn set_layout_fn(&mut self, f: LayoutFn) {
        self.rt.view.frames = FrameCache::with_layout(f);
    }

    /// Registers the deck's fonts with egui; they are used from the next pass on.
    pub fn install_fonts(&mut self, ctx: &egui::Context) {
        crate::render::screen::install_fonts(ctx, &self.rt.view.fonts);
        self.rt.fonts_ready = true;
    }

    /// Applies one action: the reducer changes the state and the commands it returns are queued
    /// for the executor, which runs them at the end of the frame.
    pub fn apply(&mut self, action: Action) {
        let commands = apply::apply(&mut self.state, &mut self.rt, action);
        self.rt.outbox.extend(commands);
    }

    /// Applies a batch of actions in order.
    pub fn apply_all(&mut self, actions: Vec<Action>) {
        for a in actions {
            self.apply(a);
        }
    }

    /// Applies one action to the talk (the session) alone; returns what the shell would do.
    pub fn act(&mut self, action: Action) -> Effect {
        apply::act(&mut self.state, action)
    }

    /// Shows `loaded` (a deck opened or reloaded, or its diagnostics).
    pub fn replace(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        self.reduce(|r| r.replace(loaded, path));
    }

    /// Reloads the deck after an edit (see [`Reducer::reload`]).
    pub fn reload(&mut self) {
        self.reduce(|r| r.reload());
    }

    /// Loads the deck at `path` (keeping the current one if it fails).
    pub fn open(&mut self, path: PathBuf) {
        self.reduce(|r| r.open(path));
    }

    /// Goes back to the position saved in the state folder `dir`, if there is a recent one.
    #[cfg(test)]
    pub(crate) fn resume_from(&mut self, dir: &std::path::Path) {
        self.reduce(|r| r.resume_from(dir));
    }

    /// Writes the rehearsal timings beside the deck now (when rehearsing); only this save runs
    /// at once, what else is queued waits for the end of the frame.
    pub fn save_rehearsal(&mut self) {
        let mut reducer = Reducer::new(&mut self.state, &mut self.rt);
        reducer.queue_rehearsal_save();
        for command in reducer.into_commands() {
            self.rt.executor.run(command, None, &self.rt.view.fonts);
        }
        let replies = self.rt.executor.replies();
        self.apply_all(replies);
    }

    /// Runs `f` on the reducer and queues the commands it decided.
    fn reduce<T>(&mut self, f: impl FnOnce(&mut Reducer<'_>) -> T) -> T {
        let mut reducer = Reducer::new(&mut self.state, &mut self.rt);
        let out = f(&mut reducer);
        let commands = reducer.into_commands();
        self.rt.outbox.extend(commands);
        out
    }

    /// One frame: input, actions, views, window commands.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.rt.ctx.is_none() {
            self.rt.ctx = Some(ctx.clone());
        }
        if !self.rt.fonts_ready {
            // Fonts registered now are usable from the next pass on (at start they were
            // registered before the first pass; this is after a theme changed them).
            self.install_fonts(&ctx);
            ctx.request_repaint();
            return;
        }
        self.first_frame_report();
        views::keep_keys_for_the_talk(&ctx);
        let zoom =
            crate::app::screens::placement::interface_zoom(&self.state.screens.monitors, self.state.screens.layout);
        if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
        }
        self.rt.atlas_fill = ctx.fonts(|f| f.font_atlas_fill_ratio());
        if self.rt.atlas_cap.take_lifted() {
            // egui's glyph atlas starts over, wider: the deck's glyphs are warmed again.
            log::debug!("glyph atlas widened"); // not user text
            self.rt.view.audience.warmup.restart();
        }
        // Textures decoded since the last frame are uploaded once, before any view asks.
        let images = self.rt.view.images.get_or_insert_with(|| ImageCache::new(ctx.clone()));
        images.poll(&ctx);
        if std::mem::take(&mut self.rt.preload_due)
            && let (Some(deck), Some(source)) = (&self.state.deck, &self.state.source)
        {
            images.preload(deck, source, &ctx);
        }
        let now = ctx.input(|i| i.time);
        self.apply(Action::Tick(now));
        self.rt.audience_outer = ctx.input(|i| i.viewport().outer_rect);
        let actions = self.root_input(&ctx, now);
        self.apply_all(actions);
        // What dialogs and the export reported since the last frame.
        let replies = self.rt.executor.replies();
        self.apply_all(replies);
        self.share_start_and_commands();
        if self.rt.files_changed(self.state.path.as_deref(), &ctx) {
            self.apply(Action::Reload);
        }
        if self.state.kiosk.is_some() {
            if ctx.input(|i| i.viewport().close_requested()) {
                self.apply(Action::CloseRequested);
            }
            let chord_held =
                ctx.input(|i| (i.modifiers.ctrl || i.modifiers.command) && i.modifiers.alt && i.key_down(egui::Key::Q));
            self.apply(Action::KioskTick { chord_held });
        }
        self.note_lost_images();

        // The console first: what it received (a stroke drawn on its slide) is applied before
        // the audience view paints, so both show it in the same frame.
        if self.state.console_window() {
            let actions = views::console::window(&ctx, &self.state, &mut self.rt.view, self.rt.executor.sharing());
            self.apply_all(actions);
        } else {
            // Closed: made again on the screen of its time.
            self.rt.view.console_created_on = None;
        }
        if let Some((from, crate::app::picker::Choice::Import { ids, after })) =
            crate::app::picker::window(&mut self.rt.picker, &ctx)
        {
            self.apply(Action::ImportChosen { from, ids, after });
        }
        let rect = ui.max_rect();
        let mut actions = Vec::new();
        if self.state.deck.is_none() && self.state.kiosk.is_some() {
            // A hall sees only slides: black until the deck can be shown (the log says why;
            // the deck file is watched and taken as soon as it is valid).
            ui.painter().rect_filled(rect, 0.0, egui::Color32::BLACK);
        } else if self.state.deck.is_none() {
            views::overlays::diagnostics_screen(ui, &self.state);
        } else if self.state.presenter_view_in_root() {
            actions.extend(views::console::body(
                ui,
                &self.state,
                &mut self.rt.view,
                self.rt.executor.sharing(),
            ));
            self.first_frame_drawn();
        } else {
            views::audience::show(ui, &self.state, &mut self.rt.view, rect, now);
            if self.state.share_code_on_slides {
                views::share_panel::code_on_slides(
                    ui,
                    &self.state,
                    &mut self.rt.view,
                    self.rt.executor.sharing(),
                    rect,
                );
            }
            self.first_frame_drawn();
            if self.state.kiosk.is_none() && !self.state.speaker_view_open() {
                views::overlays::audience_overlays(ui, &self.state, &mut self.rt.view, rect);
            }
        }
        self.apply_all(actions);

        if let Some(t) = self.rt.reload_timing.take() {
            let memo = self.rt.slide_memo.borrow();
            t.report(memo.validated, memo.reused);
        }
        self.reduce(|r| r.save_ink());
        if let Some(sharing) = self.rt.executor.sharing() {
            crate::app::talk::share_feed::publish(&ctx, &self.state, &self.rt.view.fonts, sharing);
        }
        self.reduce(|r| r.save_position(false));
        let upkeep = self.rt.executor.tend(now);
        self.apply_all(upkeep);
        self.flush(&ctx);
    }

    /// The root window's keys, clicks and wheel (through the kiosk lock when there is one).
    fn root_input(&mut self, ctx: &egui::Context, now: f64) -> Vec<Action> {
        let shown = self.rt.view.audience.placement.clone();
        // Clicks navigate on the slide; in the presenter view the mouse is for its widgets.
        let clicks = !self.state.presenter_view_in_root();
        let mode = InputMode::of(self.state.session.as_ref(), self.state.drawing.active());
        let mut actions = read_input(ctx, &mut self.rt.wheel, mode, clicks, &|p| {
            shown.as_ref().and_then(|(pl, f)| link_at(f, *pl, p))
        });
        if mode == InputMode::Drawing && clicks {
            actions.extend(crate::app::ink::pen::on_audience(
                ctx,
                &self.state,
                &self.rt.view.audience,
            ));
            ctx.set_cursor_icon(egui::CursorIcon::Crosshair);
        } else if clicks && self.state.deck.is_some() {
            // The slides (and the kiosk): the pointer goes once it rests; the console keeps its.
            crate::app::screens::cursor::hide_when_resting(ctx, &mut self.rt.pointer_moved, now);
        }
        // A kiosk's visitor goes through its lock (applied as any action).
        let visitor = |action| Action::Visitor {
            action: Box::new(action),
            now,
        };
        match self.state.kiosk {
            Some(_) => actions.into_iter().map(visitor).collect(),
            None => actions,
        }
    }

    /// Pictures that cannot be shown any more: the speaker is told which file.
    fn note_lost_images(&mut self) {
        let pictures = self.rt.view.images.as_mut().map(ImageCache::take_unavailable);
        if let Some(pictures) = pictures.filter(|p| !p.is_empty()) {
            self.apply(Action::PicturesUnavailable(pictures));
        }
    }

    /// `--share` at the first frame; the remote's commands since the last frame.
    fn share_start_and_commands(&mut self) {
        if !std::mem::replace(&mut self.rt.share_started, true)
            && let Some(how) = self.state.mode.share
            && self.state.kiosk.is_none()
        {
            self.rt.outbox.push(Command::Share(Some(how)));
        }
        let remote = self.rt.executor.sharing().map(crate::share::Sharing::commands);
        self.apply_all(remote.unwrap_or_default().into_iter().map(Action::Remote).collect());
    }

    /// Hands the queued effects to the executor, in the order they were asked for.
    fn run_commands(&mut self, ctx: Option<&egui::Context>) {
        for command in std::mem::take(&mut self.rt.outbox) {
            self.rt.executor.run(command, ctx, &self.rt.view.fonts);
        }
    }

    /// Carries out the queued effects (window commands, links, dialogs, the export, the files
    /// kept), then the window commands whose time came.
    fn flush(&mut self, ctx: &egui::Context) {
        self.run_commands(Some(ctx));
        self.rt.executor.send_due(ctx, self.state.now());
    }

    /// `--quit-after-first-frame`: notes that this pass drew the slide, and asks for the next
    /// pass, which eframe starts once this one is painted and on screen.
    fn first_frame_drawn(&mut self) {
        if self.state.mode.quit_after_first_frame.is_none() || self.rt.frames_drawn > 0 {
            return;
        }
        self.rt.frames_drawn = 1;
        if let Some(c) = &self.rt.ctx {
            c.request_repaint();
        }
    }

    /// `--quit-after-first-frame`, at the start of the pass after the one that drew the slide
    /// (so that slide is on screen): reports the time since start and the resident memory, and
    /// quits.
    fn first_frame_report(&mut self) {
        let Some(start) = self.state.mode.quit_after_first_frame else {
            return;
        };
        if self.rt.frames_drawn != 1 {
            return;
        }
        self.rt.frames_drawn = 2;
        eprintln!("{}", crate::app::screens::settle::first_frame_line(start));
        self.apply(Action::FirstFrameReported);
    }
}

impl eframe::App for Presenter {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        crate::app::screens::settle::keep_windows_painted(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        let actions = crate::app::platform::poll_screens(&self.state, &mut self.rt, ui.ctx(), frame);
        self.apply_all(actions);
        self.show(ui);
    }

    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        // The fill ratio of the previous pass: egui has no fonts to ask before the first one.
        self.rt.atlas_cap.apply(raw_input, self.rt.atlas_fill);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        [0.0, 0.0, 0.0, 1.0]
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let quit_asked = self.state.quit_requested;
        self.reduce(|r| {
            r.flush_ink();
            if !quit_asked {
                r.queue_rehearsal_save();
                r.save_position(true);
            }
        });
        self.run_commands(None);
    }
}

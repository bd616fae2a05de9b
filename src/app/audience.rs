//! The application: state shared by both windows, input handling, and the audience window
//! (the slide full screen). The presenter console lives in `console.rs`, overlays in
//! `overlays.rs`.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, Sense};

use super::action::Action;
use super::frames::{FrameCache, link_at, paint, request_images};
use super::images::ImageCache;
use super::keymap::{InputMode, WheelGate, read_input};
use super::kiosk::{Kiosk, KioskOptions, ReloadPolicy, Tick};
use super::pace::planned_seconds;
use super::rehearsal::{Recorder, Timings, timings_path};
use super::reload::DeckWatcher;
use super::session::{Effect, Screen, Session};
use super::warmup::{GlyphWarmup, PREPARE_BUDGET};
use crate::deck::{Diagnostic, Loaded};
use crate::layout::{Fonts, Frame};
use crate::model::Deck;
use crate::render::screen::Placement;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct Mode {
    /// Open the presenter console at start.
    pub console: bool,
    /// Record how long each slide stays on screen and save it beside the deck.
    pub rehearse: bool,
    /// After an edit, jump to the first changed slide when the current one did not change.
    pub follow_edits: bool,
    /// Unattended kiosk playback.
    pub kiosk: Option<KioskOptions>,
    /// Diagnostic: when set (to the process start), report on standard error how long the first
    /// slide took to reach the screen and the memory in use, then quit.
    pub quit_after_first_frame: Option<std::time::Instant>,
}

/// The presenter application.
pub struct Presenter {
    /// Shared so that a window can hold it while drawing without copying the deck.
    pub(crate) deck: Option<Arc<Deck>>,
    /// Problems of the last load (shown on screen when there is no deck, or over it).
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The deck file shown (for reloading and the window title).
    pub path: Option<PathBuf>,
    pub session: Option<Session>,
    pub(crate) fonts: Arc<Fonts>,
    pub(crate) frames: FrameCache,
    pub(crate) images: Option<ImageCache>,
    wheel: WheelGate,
    /// Where the audience slide was painted last (for links).
    placement: Option<(Placement, Arc<Frame>)>,
    fullscreen: bool,
    /// Set when the user asked to quit.
    pub quit_requested: bool,
    fonts_ready: bool,
    /// The last load failed while an earlier deck stays on screen: its problems are overlaid.
    pub(crate) load_failed: bool,
    /// Frame painted last and its slide, and a frame fading out with its start (cross-fades).
    shown: Option<(Arc<Frame>, usize)>,
    /// Where the audience view was in the previous frame.
    last_at: Option<crate::layout::SlideRef>,
    /// Frames that drew the slide (for `--quit-after-first-frame`).
    frames_drawn: u32,
    /// The deck's glyphs rasterised in the background after it opens.
    warmup: GlyphWarmup,
    fade: Option<(Arc<Frame>, f64)>,
    /// A short message (export result) and, while it runs, where the result will come from.
    pub(crate) toast: Option<(String, Option<std::sync::mpsc::Receiver<String>>)>,
    /// The presenter console is open.
    pub console: bool,
    pub(crate) mode: Mode,
    /// Planned seconds per slide, and the last rehearsal's timings.
    pub(crate) planned: Vec<f64>,
    pub(crate) rehearsed: Option<Timings>,
    /// Watches the deck file and its assets (started once a deck from disk is shown).
    watcher: Option<(PathBuf, DeckWatcher)>,
    /// Kiosk playback state, and when the pointer last moved (to hide the cursor).
    pub kiosk: Option<Kiosk>,
    pointer_moved: f64,
    /// Where the console window is on the desktop (for swapping the windows).
    pub(crate) console_outer: Option<egui::Rect>,
    close_refused_logged: f64,
}

/// Opacity of the incoming slide `ms` milliseconds into a fade that started at `start`
/// (seconds), or `None` once the fade is over or when there is none.
pub fn fade_progress(start: f64, now: f64, ms: u32) -> Option<f32> {
    let t = (now - start) * 1000.0 / f64::from(ms.max(1));
    (ms > 0 && (0.0..1.0).contains(&t)).then_some(t as f32)
}

impl Presenter {
    /// A presenter showing `loaded` (its deck, or its diagnostics).
    pub fn new(loaded: Loaded, path: Option<PathBuf>, fonts: Arc<Fonts>, fullscreen: bool) -> Presenter {
        Self::with_mode(loaded, path, fonts, fullscreen, Mode::default())
    }

    /// Same, with the console and rehearsal settings.
    pub fn with_mode(
        loaded: Loaded,
        path: Option<PathBuf>,
        fonts: Arc<Fonts>,
        fullscreen: bool,
        mode: Mode,
    ) -> Presenter {
        let mut p = Presenter {
            deck: None,
            diagnostics: Vec::new(),
            path: None,
            session: None,
            fonts,
            frames: FrameCache::default(),
            images: None,
            wheel: WheelGate::default(),
            placement: None,
            fullscreen,
            quit_requested: false,
            fonts_ready: false,
            load_failed: false,
            shown: None,
            last_at: None,
            frames_drawn: 0,
            warmup: GlyphWarmup::default(),
            fade: None,
            toast: None,
            console: mode.console && mode.kiosk.is_none(),
            mode: mode.clone(),
            planned: Vec::new(),
            rehearsed: None,
            watcher: None,
            kiosk: mode.kiosk.clone().map(Kiosk::new),
            pointer_moved: 0.0,
            console_outer: None,
            close_refused_logged: f64::NEG_INFINITY,
        };
        p.replace(loaded, path);
        p
    }

    /// Shows a newly loaded deck; a failed load keeps the previous deck and shows why.
    pub fn replace(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        if let Some(k) = &self.kiosk {
            let what = if loaded.deck.is_some() {
                "loaded"
            } else {
                "ignored an invalid update of"
            };
            let name = path.as_ref().map_or("the deck".into(), |p| p.display().to_string());
            super::kiosk::log(
                &k.options,
                &format!("{what} {name} ({} problem(s))", loaded.diagnostics.len()),
            );
            for d in &loaded.diagnostics {
                super::kiosk::log(&k.options, d.to_string().trim_end());
            }
        }
        self.diagnostics = loaded.diagnostics;
        self.load_failed = loaded.deck.is_none() && self.deck.is_some();
        let Some(deck) = loaded.deck else { return };
        let old_id = self.current_id();
        let mut session = match self.session.take() {
            Some(mut s) if self.path == path => {
                s.rebase(old_id.as_deref(), &deck);
                s
            }
            _ => Session::new(&deck),
        };
        if self.mode.rehearse && session.rehearsal.is_none() {
            let mut r = Recorder::default();
            if let Some(s) = deck.slides.get(session.slide) {
                r.enter(&s.id, session.now);
            }
            session.rehearsal = Some(r);
        }
        self.rehearsed = path.as_deref().and_then(|p| Timings::load(&timings_path(p)));
        self.planned = planned_seconds(&deck);
        if !self.fonts.serves(&deck.theme.fonts) {
            // The theme's fonts changed: lay out and draw with the new files from now on.
            match Fonts::for_theme(&deck.theme.fonts) {
                Ok(f) => {
                    self.fonts = Arc::new(f);
                    self.fonts_ready = false;
                }
                Err(e) => self.diagnostics.push(Diagnostic::error(
                    &deck.theme.name,
                    None,
                    0,
                    0,
                    format!("{e}; the previous fonts are kept"),
                )),
            }
        }
        self.session = Some(session);
        self.deck = Some(Arc::new(deck));
        self.path = path;
        self.frames.clear();
        self.warmup.restart();
        if let Some(c) = &mut self.images {
            c.clear();
        }
    }

    fn current_id(&self) -> Option<String> {
        let (d, s) = (self.deck.as_ref()?, self.session.as_ref()?);
        d.slides.get(s.slide).map(|sl| sl.id.clone())
    }

    /// The faces slides are laid out and drawn with (the shown deck's theme fonts).
    pub fn fonts(&self) -> &Fonts {
        &self.fonts
    }

    /// The deck being shown.
    pub fn deck(&self) -> Option<&Deck> {
        self.deck.as_deref()
    }

    /// Applies one action; returns what the window must do.
    pub fn act(&mut self, action: Action) -> Effect {
        match (&mut self.session, &self.deck) {
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

    /// Which keys mean what now.
    pub(crate) fn input_mode(&self) -> InputMode {
        match &self.session {
            Some(s) if s.search.is_some() => InputMode::Search,
            Some(s) if s.overview.is_some() => InputMode::Overview { columns: 4 },
            _ => InputMode::Slides,
        }
    }

    /// Handles a batch of actions from either window.
    pub(crate) fn run_actions(&mut self, ctx: &egui::Context, actions: Vec<Action>) {
        for a in actions {
            if a == Action::Escape && self.toast.is_some() {
                self.toast = None;
                continue;
            }
            if a == Action::Escape && self.load_failed {
                self.load_failed = false;
                continue;
            }
            let effect = self.act(a);
            self.handle(ctx, effect);
        }
    }

    fn handle(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::None => {}
            Effect::Quit => {
                self.save_rehearsal();
                self.quit_requested = true;
                ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::Close);
            }
            Effect::ToggleFullscreen => {
                self.fullscreen = !self.fullscreen;
                ctx.send_viewport_cmd_to(
                    egui::ViewportId::ROOT,
                    egui::ViewportCommand::Fullscreen(self.fullscreen),
                );
            }
            Effect::LeaveFullscreen => {
                if self.fullscreen {
                    self.fullscreen = false;
                    ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::Fullscreen(false));
                }
            }
            Effect::TogglePresenter => self.console = !self.console,
            Effect::SwapWindows => self.swap_windows(ctx),
            Effect::OpenDialog => {
                let mut dialog = rfd::FileDialog::new().add_filter("estrade deck", &["ron"]);
                if let Some(dir) = self.path.as_ref().and_then(|p| p.parent()) {
                    dialog = dialog.set_directory(dir);
                }
                if let Some(p) = dialog.pick_file() {
                    self.open(p);
                }
            }
            Effect::ExportDialog => self.export_dialog(ctx),
            Effect::Open(p) => self.open(p),
            Effect::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url)),
        }
    }

    /// Moves the audience window where the console is and back (full screen follows).
    fn swap_windows(&mut self, ctx: &egui::Context) {
        let audience = ctx.input_for(egui::ViewportId::ROOT, |i| i.viewport().outer_rect);
        let (Some(a), Some(c)) = (audience, self.console_outer) else {
            return;
        };
        let root = egui::ViewportId::ROOT;
        if self.fullscreen {
            ctx.send_viewport_cmd_to(root, egui::ViewportCommand::Fullscreen(false));
        }
        ctx.send_viewport_cmd_to(root, egui::ViewportCommand::OuterPosition(c.min));
        ctx.send_viewport_cmd_to(
            super::console::console_id(),
            egui::ViewportCommand::OuterPosition(a.min),
        );
        if self.fullscreen {
            ctx.send_viewport_cmd_to(root, egui::ViewportCommand::Fullscreen(true));
        }
    }

    /// Writes the rehearsal timings beside the deck (when rehearsing).
    pub fn save_rehearsal(&mut self) {
        let (Some(s), Some(path)) = (&mut self.session, &self.path) else {
            return;
        };
        if let Some(r) = &mut s.rehearsal {
            r.flush(s.now);
            let out = timings_path(path);
            self.toast = Some(match r.timings.save(&out) {
                Ok(()) => (format!("Rehearsal timings saved to {}", out.display()), None),
                Err(e) => (format!("Could not save rehearsal timings: {e}"), None),
            });
        }
    }

    /// Reloads the deck after an edit: same slide (by id), or the first changed slide with
    /// `follow_edits`; an invalid edit keeps the last good deck and overlays its problems.
    pub fn reload(&mut self) {
        let Some(path) = self.path.clone() else { return };
        let Ok(loaded) = crate::deck::load_path(&path) else {
            return self.open(path);
        };
        let jump = match (&self.deck, &loaded.deck, &self.session) {
            (Some(old), Some(new), Some(s)) if self.mode.follow_edits => {
                let unchanged = old
                    .slides
                    .get(s.slide)
                    .is_some_and(|c| new.find(&c.id).is_some_and(|j| new.slides[j].body == c.body));
                first_changed(old, new).filter(|&i| unchanged && i != s.slide)
            }
            _ => None,
        };
        self.replace(loaded, Some(path));
        if let (Some(i), Some(s)) = (jump, &mut self.session) {
            s.slide = i;
            s.step = 0;
        }
    }

    /// Loads the deck at `path` (keeping the current one if it fails).
    pub fn open(&mut self, path: PathBuf) {
        match crate::deck::load_path(&path) {
            Ok(loaded) => self.replace(loaded, Some(path)),
            Err(e) => {
                self.load_failed = self.deck.is_some();
                self.diagnostics = vec![Diagnostic::error(
                    &path.display().to_string(),
                    None,
                    0,
                    0,
                    e.to_string(),
                )];
            }
        }
    }

    /// Draws both windows and handles their input.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_ready {
            // Fonts registered now are usable from the next pass on.
            crate::render::screen::install_fonts(&ctx, &self.fonts);
            self.fonts_ready = true;
            ctx.request_repaint();
            return;
        }
        if self.images.is_none() {
            self.images = Some(ImageCache::new(ctx.clone()));
        }
        let now = ctx.input(|i| i.time);
        if let Some(s) = &mut self.session {
            s.tick(now);
        }
        let mut wheel = std::mem::take(&mut self.wheel);
        let shown = self.placement.clone();
        let clicks = true;
        let actions = read_input(&ctx, &mut wheel, self.input_mode(), clicks, &|p| {
            shown.as_ref().and_then(|(pl, f)| link_at(f, *pl, p))
        });
        self.wheel = wheel;
        let actions = match &mut self.kiosk {
            Some(k) => actions.into_iter().filter_map(|a| k.filter(a, now)).collect(),
            None => actions,
        };
        self.run_actions(&ctx, actions);
        if self.kiosk.is_some() {
            self.kiosk_step(&ctx, now);
        }
        self.poll_toast();
        self.watch(&ctx);
        let rect = ui.max_rect();
        if self.deck.is_none() {
            self.diagnostics_screen(ui);
            return;
        }
        self.audience(ui, rect, now);
        self.first_frame_report(&ctx);
        if self.kiosk.is_none() {
            self.overlays(ui, rect);
        }
        if self.console {
            self.console_window(&ctx);
        }
    }

    /// The slide (or black, white), the laser dot, accessibility nodes.
    fn audience(&mut self, ui: &mut egui::Ui, rect: egui::Rect, now: f64) {
        let (Some(deck), Some(session)) = (&self.deck, &self.session) else {
            return;
        };
        let at = session.audience_at();
        let screen = session.screen;
        let laser = session.laser;
        let next = session.peek_next(deck);
        let frame = self.frames.get(deck, &self.fonts, at);
        // The frame that moves to a slide does only what shows it; the next slide is laid out,
        // its images asked for and its text prepared in the frame right after (see below).
        let moved = self.last_at != Some(at);
        let next_frame = (!moved).then(|| self.frames.get(deck, &self.fonts, next));
        if let Some(cache) = &mut self.images {
            cache.poll(ui.ctx());
            let px = rect.width() * ui.ctx().pixels_per_point();
            request_images(cache, deck, &frame, px);
            if let Some(next_frame) = &next_frame {
                request_images(cache, deck, next_frame, px);
            }
        }
        match screen {
            Screen::Black => {
                ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
                return;
            }
            Screen::White => {
                ui.painter().rect_filled(rect, 0.0, Color32::WHITE);
                return;
            }
            Screen::Slide => {}
        }
        let ms = deck.theme.transition_ms;
        if let Some((old, slide)) = &self.shown
            && ms > 0
            && *slide != at.slide
        {
            self.fade = Some((old.clone(), now));
        }
        if self
            .fade
            .as_ref()
            .is_some_and(|(_, start)| fade_progress(*start, now, ms).is_none())
        {
            self.fade = None;
        }
        let images = self.images.as_ref();
        let place = match self
            .fade
            .as_ref()
            .and_then(|(old, start)| fade_progress(*start, now, ms).map(|t| (old.clone(), t)))
        {
            Some((old, t)) => {
                paint(ui.painter(), &old, rect, images);
                let mut over = ui.painter().clone();
                over.multiply_opacity(t);
                ui.ctx().request_repaint();
                paint(&over, &frame, rect, images)
            }
            None => paint(ui.painter(), &frame, rect, images),
        };
        if let Some((x, y)) = laser {
            let c = place.pos(x, y);
            ui.painter().circle_filled(
                c,
                10.0 * place.scale.max(0.5),
                Color32::from_rgba_unmultiplied(235, 30, 30, 220),
            );
            ui.painter().circle_filled(
                c,
                22.0 * place.scale.max(0.5),
                Color32::from_rgba_unmultiplied(235, 30, 30, 60),
            );
        }
        self.shown = Some((frame.clone(), at.slide));
        // Prepare the next slide's text so that moving there is a short frame. Not in the frame
        // that just moved (it would add the work to the one frame that must be quick): in the
        // one right after it.
        self.last_at = Some(at);
        if next != at {
            match &next_frame {
                // (During a cross-fade too: its frames must stay smooth.)
                Some(next_frame) if self.fade.is_none() => {
                    // Once the next slide is ready, the rest of the deck.
                    let ready = crate::render::screen::prepare_text(ui.painter(), next_frame, rect, PREPARE_BUDGET);
                    if !ready || self.warmup.step(ui, deck, &self.fonts, rect) {
                        ui.ctx().request_repaint();
                    }
                }
                _ => ui.ctx().request_repaint(),
            }
        }
        expose_text(ui, &frame, place);
        self.placement = Some((place, frame));
    }

    /// `--quit-after-first-frame`: the frame after the first one that drew the slide runs once
    /// that slide is on screen; it reports the time since start and the resident memory, and quits.
    fn first_frame_report(&mut self, ctx: &egui::Context) {
        let Some(start) = self.mode.quit_after_first_frame else {
            return;
        };
        self.frames_drawn += 1;
        if self.frames_drawn == 1 {
            ctx.request_repaint();
            return;
        }
        if self.frames_drawn == 2 {
            let rss = std::fs::read_to_string("/proc/self/status")
                .ok()
                .and_then(|s| {
                    s.lines()
                        .find_map(|l| l.strip_prefix("VmRSS:").map(|v| v.trim().to_string()))
                })
                .unwrap_or_else(|| "unknown".into());
            eprintln!(
                "first frame on screen {:.0} ms after start; resident memory {rss}",
                start.elapsed().as_secs_f64() * 1000.0
            );
            self.quit_requested = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Starts watching the shown deck's files, and reloads after a change.
    fn watch(&mut self, ctx: &egui::Context) {
        let Some(path) = self.path.clone() else { return };
        if self.watcher.as_ref().is_none_or(|(p, _)| *p != path) {
            let c = ctx.clone();
            self.watcher = DeckWatcher::start(&path, move || c.request_repaint())
                .ok()
                .map(|w| (path, w));
        }
        if self.watcher.as_ref().is_some_and(|(_, w)| w.take_change()) {
            match &mut self.kiosk {
                Some(k) if k.options.reload == ReloadPolicy::AtLoopStart => {
                    k.reload_pending = true;
                    super::kiosk::log(
                        &k.options,
                        "the deck changed; it will be reloaded at the next loop start",
                    );
                }
                _ => self.reload(),
            }
        } else if self.watcher.as_ref().is_some_and(|(_, w)| w.pending()) {
            ctx.request_repaint_after(super::reload::DEBOUNCE);
        }
    }

    /// Kiosk: exit chord, cursor hiding, auto-advance, reload at loop start.
    fn kiosk_step(&mut self, ctx: &egui::Context, now: f64) {
        // Alt+F4 and the window manager's close button must not end the show.
        if self.quit_requested {
            return;
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::CancelClose);
            if let Some(k) = &self.kiosk
                && now - self.close_refused_logged > 5.0
            {
                super::kiosk::log(&k.options, "a request to close the window was refused (kiosk)");
                self.close_refused_logged = now;
            }
        }
        let held =
            ctx.input(|i| (i.modifiers.ctrl || i.modifiers.command) && i.modifiers.alt && i.key_down(egui::Key::Q));
        let moved = ctx.input(|i| i.pointer.delta() != egui::Vec2::ZERO);
        if moved {
            self.pointer_moved = now;
        }
        if now - self.pointer_moved > super::kiosk::CURSOR_HIDE_SECONDS {
            ctx.set_cursor_icon(egui::CursorIcon::None);
        } else {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(super::kiosk::CURSOR_HIDE_SECONDS));
        }
        let (Some(k), Some(deck), Some(session)) = (&mut self.kiosk, &self.deck, &mut self.session) else {
            return;
        };
        if k.chord(held, now) {
            super::kiosk::log(&k.options, "exit chord held: quitting");
            self.quit_requested = true;
            ctx.send_viewport_cmd_to(egui::ViewportId::ROOT, egui::ViewportCommand::Close);
            return;
        }
        if k.chord_pending() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let reload = match k.tick(deck, session, now) {
            Tick::Wait(s) => {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(s.clamp(0.01, 3600.0)));
                false
            }
            Tick::Done => false,
            Tick::Go(action) => {
                let wrap = action == Action::First;
                session.apply(action, deck);
                ctx.request_repaint();
                let due = wrap && k.reload_pending;
                if due {
                    k.reload_pending = false;
                }
                due
            }
        };
        if reload {
            // The loop starts again: take the updated deck now (an invalid one is logged and ignored).
            self.reload();
        }
    }

    fn poll_toast(&mut self) {
        if let Some((msg, Some(rx))) = &mut self.toast
            && let Ok(done) = rx.try_recv()
        {
            *msg = done;
            self.toast = Some((msg.clone(), None));
        }
    }
}

/// The first slide (index in `new`) whose id or content differs between two versions of a deck.
pub fn first_changed(old: &Deck, new: &Deck) -> Option<usize> {
    let n = new.slides.len();
    (0..n.max(old.slides.len()))
        .find(|&i| match (old.slides.get(i), new.slides.get(i)) {
            (Some(a), Some(b)) => {
                a.id != b.id || a.body != b.body || a.title != b.title || a.kicker != b.kicker || a.notes != b.notes
            }
            _ => true,
        })
        .map(|i| i.min(n.saturating_sub(1)))
}

/// Gives screen readers each text block as a labelled node.
pub(crate) fn expose_text(ui: &mut egui::Ui, frame: &Frame, place: Placement) {
    for (k, block) in frame.blocks.iter().enumerate() {
        if block.text.is_empty() {
            continue;
        }
        let r = ui.interact(
            place.rect(&block.rect),
            ui.scope_id().with(("block", k)),
            Sense::hover(),
        );
        let text = block.text.clone();
        r.widget_info(move || egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
}

impl eframe::App for Presenter {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        [0.0, 0.0, 0.0, 1.0]
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        if !self.quit_requested {
            self.save_rehearsal();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fade_progress;

    #[test]
    fn fades_run_for_the_theme_duration_only() {
        assert_eq!(fade_progress(10.0, 10.1, 0), None, "no transition by default");
        assert_eq!(fade_progress(10.0, 10.1, 200), Some(0.5));
        assert_eq!(fade_progress(10.0, 10.3, 200), None, "over after 200 ms");
    }
}

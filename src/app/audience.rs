//! The audience window: the current slide full screen, help overlay, diagnostics screen.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{Color32, FontId, RichText, Sense};

use super::action::Action;
use super::images::{ImageCache, TextureState};
use super::keymap::{HELP, WheelGate, read_input};
use super::session::{Effect, Session};
use crate::deck::{Diagnostic, Loaded};
use crate::layout::{Fonts, Frame, Item, SlideRef, layout_slide};
use crate::model::Deck;
use crate::render::screen::{ImageLook, Placement, paint_frame};

/// The presenter application.
pub struct Presenter {
    deck: Option<Deck>,
    /// Problems of the last load (shown on screen when there is no deck, or over it).
    diagnostics: Vec<Diagnostic>,
    /// The deck file shown (for reloading and the window title).
    pub path: Option<PathBuf>,
    pub session: Option<Session>,
    fonts: Arc<Fonts>,
    frame: Option<(SlideRef, Arc<Frame>)>,
    images: Option<ImageCache>,
    wheel: WheelGate,
    placement: Option<Placement>,
    fullscreen: bool,
    /// Set when the user asked to quit.
    pub quit_requested: bool,
    /// The bundled fonts are registered with egui.
    fonts_ready: bool,
    /// The last load failed while an earlier deck stays on screen: its problems are overlaid.
    load_failed: bool,
    /// The frame painted last, and the slide it belongs to (for cross-fades).
    shown: Option<Arc<Frame>>,
    shown_slide: Option<usize>,
    /// Frame fading out and when the fade started.
    fade: Option<(Arc<Frame>, f64)>,
    /// A short message (export result) and, while it runs, where the result will come from.
    toast: Option<(String, Option<std::sync::mpsc::Receiver<String>>)>,
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
        let mut p = Presenter {
            deck: None,
            diagnostics: Vec::new(),
            path: None,
            session: None,
            fonts,
            frame: None,
            images: None,
            wheel: WheelGate::default(),
            placement: None,
            fullscreen,
            quit_requested: false,
            fonts_ready: false,
            load_failed: false,
            shown: None,
            shown_slide: None,
            fade: None,
            toast: None,
        };
        p.replace(loaded, path);
        p
    }

    /// Shows a newly loaded deck; a failed load keeps the previous deck and shows why.
    pub fn replace(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        self.diagnostics = loaded.diagnostics;
        self.load_failed = loaded.deck.is_none() && self.deck.is_some();
        if let Some(deck) = loaded.deck {
            let old_id = self.current_id();
            let mut session = self.session.take().unwrap_or_else(|| Session::new(&deck));
            if self.path == path {
                session.rebase(old_id.as_deref(), &deck);
            } else {
                session = Session::new(&deck);
            }
            self.session = Some(session);
            self.deck = Some(deck);
            self.path = path;
            self.frame = None;
            if let Some(c) = &mut self.images {
                c.clear();
            }
        }
    }

    fn current_id(&self) -> Option<String> {
        let (d, s) = (self.deck.as_ref()?, self.session.as_ref()?);
        d.slides.get(s.slide).map(|sl| sl.id.clone())
    }

    /// The deck being shown.
    pub fn deck(&self) -> Option<&Deck> {
        self.deck.as_ref()
    }

    /// The current frame, laid out on demand and cached.
    pub fn current_frame(&mut self) -> Option<Arc<Frame>> {
        let (deck, session) = (self.deck.as_ref()?, self.session.as_ref()?);
        let at = session.at();
        if let Some((r, f)) = &self.frame
            && *r == at
        {
            return Some(f.clone());
        }
        let f = Arc::new(layout_slide(deck, at, &self.fonts));
        self.frame = Some((at, f.clone()));
        Some(f)
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

    fn link_at(&self, pos: egui::Pos2) -> Option<String> {
        let (place, (_, frame)) = (self.placement?, self.frame.as_ref()?);
        let (x, y) = place.to_canvas(pos);
        frame.items.iter().find_map(|i| match i {
            Item::Link(l) if x >= l.rect.x && x <= l.rect.right() && y >= l.rect.y && y <= l.rect.bottom() => {
                Some(l.url.clone())
            }
            _ => None,
        })
    }

    fn handle(&mut self, ctx: &egui::Context, effect: Effect) {
        match effect {
            Effect::None => {}
            Effect::Quit => {
                self.quit_requested = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Effect::ToggleFullscreen => {
                self.fullscreen = !self.fullscreen;
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.fullscreen));
            }
            Effect::LeaveFullscreen => {
                if self.fullscreen {
                    self.fullscreen = false;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
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

    /// Asks where to save a PDF, then exports on a background thread; the result is shown as a
    /// short message over the slide.
    fn export_dialog(&mut self, ctx: &egui::Context) {
        let Some(deck) = self.deck.clone() else { return };
        let name = self
            .path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or("deck".into(), |s| s.to_string_lossy().into_owned());
        let Some(out) = rfd::FileDialog::new()
            .add_filter("PDF", &["pdf"])
            .set_file_name(format!("{name}.pdf"))
            .save_file()
        else {
            return;
        };
        let (tx, rx) = std::sync::mpsc::channel();
        let fonts = self.fonts.clone();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("estrade-export".into())
            .spawn(move || {
                let opts = crate::export::ExportOptions {
                    pdf: Some(out.clone()),
                    ..Default::default()
                };
                let msg = match crate::export::export(&deck, &fonts, &opts, &|_, _| {}) {
                    Ok(s) => format!("Exported {} ({} pages)", out.display(), s.pdf_pages),
                    Err(e) => format!("Export failed: {e}"),
                };
                let _ = tx.send(msg);
                ctx.request_repaint();
            });
        self.toast = Some(match spawned {
            Ok(_) => (String::from("Exporting…"), Some(rx)),
            Err(e) => (format!("Export failed: {e}"), None),
        });
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
                )]
            }
        }
    }

    /// Draws the whole window and handles its input.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_ready {
            // Fonts registered now are usable from the next pass on.
            crate::render::screen::install_fonts(&ctx);
            self.fonts_ready = true;
            ctx.request_repaint();
            return;
        }
        if self.images.is_none() {
            self.images = Some(ImageCache::new(ctx.clone()));
        }
        let mut wheel = std::mem::take(&mut self.wheel);
        let actions = read_input(&ctx, &mut wheel, &|p| self.link_at(p));
        self.wheel = wheel;
        for a in actions {
            if self.toast.is_some() && a == Action::Escape {
                self.toast = None;
                continue;
            }
            if self.load_failed && a == Action::Escape {
                self.load_failed = false;
                continue;
            }
            let effect = self.act(a);
            self.handle(&ctx, effect);
        }
        if let Some((msg, Some(rx))) = &mut self.toast
            && let Ok(done) = rx.try_recv()
        {
            *msg = done;
            self.toast = Some((msg.clone(), None));
        }
        let rect = ui.max_rect();
        let Some(frame) = self.current_frame() else {
            self.diagnostics_screen(ui);
            return;
        };
        self.preload(&ctx, rect);
        let now = ctx.input(|i| i.time);
        self.update_fade(&frame, now);
        let images = self.images.as_mut();
        let mut look = |asset: &str| match images.as_ref().map(|c| c.get(asset)) {
            Some(TextureState::Ready(t, _)) => ImageLook::Ready(t.id()),
            Some(TextureState::Failed(e)) => ImageLook::Failed(e),
            _ => ImageLook::Pending,
        };
        let ms = self.deck.as_ref().map_or(0, |d| d.theme.transition_ms);
        let place = match self
            .fade
            .as_ref()
            .and_then(|(old, start)| fade_progress(*start, now, ms).map(|t| (old.clone(), t)))
        {
            Some((old, t)) => {
                paint_frame(ui.painter(), &old, rect, &mut look);
                let mut over = ui.painter().clone();
                over.multiply_opacity(t);
                ctx.request_repaint();
                paint_frame(&over, &frame, rect, &mut look)
            }
            None => paint_frame(ui.painter(), &frame, rect, &mut look),
        };
        self.shown = Some(frame.clone());
        self.placement = Some(place);
        self.expose_text(ui, &frame, place);
        self.overlays(ui, rect);
    }

    /// Starts a cross-fade when the slide (not just the step) changed and the theme asks for one.
    fn update_fade(&mut self, frame: &Arc<Frame>, now: f64) {
        let ms = self.deck.as_ref().map_or(0, |d| d.theme.transition_ms);
        let Some(shown) = &self.shown else { return };
        let same_slide = self.shown_slide == self.session.as_ref().map(|s| s.slide);
        if ms > 0 && !same_slide && !Arc::ptr_eq(shown, frame) {
            self.fade = Some((shown.clone(), now));
        }
        if self
            .fade
            .as_ref()
            .is_some_and(|(_, start)| fade_progress(*start, now, ms).is_none())
        {
            self.fade = None;
        }
        self.shown_slide = self.session.as_ref().map(|s| s.slide);
    }

    /// Decodes the images of the current and next slides at their shown size.
    fn preload(&mut self, ctx: &egui::Context, rect: egui::Rect) {
        let (Some(deck), Some(session), Some(cache)) = (&self.deck, &self.session, &mut self.images) else {
            return;
        };
        cache.poll(ctx);
        let px_per_unit = rect.width() / deck.meta.aspect.canvas().0 * ctx.pixels_per_point();
        let mut upcoming = vec![session.at()];
        let mut next = session.clone();
        next.apply(Action::Next, deck);
        upcoming.push(next.at());
        for at in upcoming {
            let frame = if self.frame.as_ref().is_some_and(|(r, _)| *r == at) {
                self.frame.as_ref().map(|(_, f)| f.clone())
            } else {
                Some(Arc::new(layout_slide(deck, at, &self.fonts)))
            };
            for item in frame.iter().flat_map(|f| f.items.iter()) {
                if let Item::Image(img) = item {
                    let side =
                        (img.rect.w.max(img.rect.h) * px_per_unit / (img.uv.2 - img.uv.0).max(0.1)).ceil() as u32;
                    cache.request(&deck.source, &img.asset, side);
                }
            }
        }
    }

    /// Gives screen readers each text block as a labelled node.
    fn expose_text(&self, ui: &mut egui::Ui, frame: &Frame, place: Placement) {
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

    fn overlays(&self, ui: &mut egui::Ui, rect: egui::Rect) {
        if self.load_failed {
            self.load_error_panel(ui, rect);
        }
        if let Some((msg, _)) = &self.toast {
            let p = ui.painter();
            let galley = p.layout(
                msg.clone(),
                FontId::proportional(20.0),
                Color32::WHITE,
                rect.width() * 0.6,
            );
            let r = egui::Rect::from_min_size(
                rect.left_bottom() + egui::vec2(20.0, -galley.size().y - 40.0),
                galley.size() + egui::vec2(24.0, 16.0),
            );
            p.rect_filled(r, 8.0, Color32::from_black_alpha(210));
            p.galley(r.min + egui::vec2(12.0, 8.0), galley, Color32::WHITE);
        }
        let Some(session) = &self.session else { return };
        if !session.number.is_empty() {
            let p = ui.painter();
            let r = egui::Rect::from_min_size(rect.right_bottom() - egui::vec2(220.0, 90.0), egui::vec2(200.0, 70.0));
            p.rect_filled(r, 8.0, Color32::from_black_alpha(200));
            p.text(
                r.center(),
                egui::Align2::CENTER_CENTER,
                format!("→ {}", session.number),
                FontId::proportional(36.0),
                Color32::WHITE,
            );
        }
        if session.help {
            egui::Window::new("Keys")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ui.ctx(), |ui| {
                    egui::Grid::new("help")
                        .striped(true)
                        .spacing([24.0, 8.0])
                        .show(ui, |ui| {
                            for (keys, what) in HELP {
                                ui.label(RichText::new(*keys).strong());
                                ui.label(*what);
                                ui.end_row();
                            }
                        });
                });
        }
    }

    /// A panel over the bottom of the slide: the new deck failed, the previous one stays.
    fn load_error_panel(&self, ui: &mut egui::Ui, rect: egui::Rect) {
        let panel = egui::Rect::from_min_max(
            egui::pos2(rect.left(), rect.bottom() - rect.height() * 0.4),
            rect.right_bottom(),
        );
        ui.painter().rect_filled(panel, 0.0, Color32::from_black_alpha(225));
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(panel.shrink(24.0)));
        child.label(
            RichText::new("This deck could not be opened; the previous deck stays on screen (Esc hides this).")
                .color(Color32::from_rgb(255, 200, 120))
                .size(20.0),
        );
        egui::ScrollArea::vertical().show(&mut child, |ui| {
            for d in &self.diagnostics {
                ui.label(
                    RichText::new(d.to_string())
                        .font(FontId::monospace(15.0))
                        .color(Color32::WHITE),
                );
            }
        });
    }

    fn diagnostics_screen(&self, ui: &mut egui::Ui) {
        egui::Frame::central_panel(ui.style()).show(ui, |ui| {
            ui.heading("This deck cannot be shown");
            ui.label("Fix the problems below and open it again (Ctrl+O, or drop the file here). Press ? for keys.");
            ui.separator();
            egui::ScrollArea::vertical().show(ui, |ui| {
                for d in &self.diagnostics {
                    ui.label(RichText::new(d.to_string()).font(FontId::monospace(15.0)));
                }
            });
        });
    }
}

impl eframe::App for Presenter {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        [0.0, 0.0, 0.0, 1.0]
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

//! The presenter console: a second window with the current and next slide, the notes, the
//! clocks and the pace; an overview grid and a "go to" prompt. Keys act on the same session as
//! the audience window.

use egui::{Color32, FontId, RichText, Sense};

use super::action::Action;
use super::audience::Presenter;
use super::frames::{paint, request_images};
use super::keymap::{WheelGate, read_input};
use super::pace::{describe, pace};
use super::talk_clock::format_duration;
use crate::layout::SlideRef;
use crate::model::{RichText as Rich, Span};

/// Seconds before the planned end when the remaining time turns orange.
const LAST_MINUTES: f64 = 120.0;

/// The console's viewport id.
pub(crate) fn console_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("estrade-console")
}

impl Presenter {
    /// Shows the console window (an egui viewport; embedded as a window where viewports are not available).
    pub(crate) fn console_window(&mut self, ctx: &egui::Context) {
        let builder = egui::ViewportBuilder::default()
            .with_title("estrade — presenter console")
            .with_inner_size([1280.0, 800.0]);
        ctx.show_viewport_immediate(console_id(), builder, |ui, class| {
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                self.console = false;
                return;
            }
            self.console_outer = ui.ctx().input(|i| i.viewport().outer_rect);
            // A real second window has its own input; an embedded one shares the audience's.
            if class != egui::ViewportClass::EmbeddedWindow {
                let mut wheel = WheelGate::default();
                let actions = read_input(ui.ctx(), &mut wheel, self.input_mode(), false, &|_| None);
                let c = ui.ctx().clone();
                self.run_actions(&c, actions);
            }
            self.console_ui(ui);
            // Only the clock changes at rest: once a second is enough.
            ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
        });
    }

    fn console_ui(&mut self, ui: &mut egui::Ui) {
        let (Some(deck), Some(session)) = (self.deck.clone(), self.session.clone()) else {
            ui.label("No deck.");
            return;
        };
        egui::Panel::top("console-top").show(ui, |ui| self.status_bar(ui, &deck, &session));
        egui::Panel::bottom("console-bottom").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("→ next · ← previous · B/W black/white · Z freeze · Tab overview · G go to · T clock · +/− notes · X swap screens · ? keys · S close").weak());
            });
        });
        egui::CentralPanel::default_margins().show(ui, |ui| {
            if session.overview.is_some() {
                self.overview_grid(ui, &deck, &session);
            } else {
                self.slides_and_notes(ui, &deck, &session);
            }
        });
        if let Some(q) = &session.search {
            egui::Window::new("Go to slide")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_TOP, [0.0, 80.0])
                .show(ui.ctx(), |ui| {
                    ui.label(RichText::new(format!("{q}|")).size(28.0));
                    let hit = q
                        .trim()
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| deck.visible().nth(n.saturating_sub(1)).map(|(i, _)| i))
                        .or_else(|| super::search::find_slide(&deck, q));
                    let what = hit
                        .and_then(|i| deck.slides.get(i))
                        .map_or("type a number or words of a title".into(), |s| {
                            format!("→ {}", slide_name(s))
                        });
                    ui.label(what);
                });
        }
        if session.help {
            super::overlays::help_window(ui.ctx());
        }
    }

    fn status_bar(&self, ui: &mut egui::Ui, deck: &crate::model::Deck, session: &super::session::Session) {
        let elapsed = session.clock.elapsed(session.now);
        let planned_total = deck.meta.duration_secs.map(f64::from);
        let (n, total) = session.position(deck);
        ui.horizontal(|ui| {
            ui.label(RichText::new(wall_clock()).size(30.0).strong())
                .on_hover_text("wall clock");
            ui.separator();
            let paused = if session.clock.paused() {
                " ⏸"
            } else if !session.clock.started() {
                " (starts on →)"
            } else {
                ""
            };
            ui.label(RichText::new(format!("{}{paused}", format_duration(elapsed))).size(30.0))
                .on_hover_text("elapsed talk time (T pauses, Shift+T resets)");
            if let Some(plan) = planned_total {
                let left = plan - elapsed;
                let color = if left < 0.0 {
                    Color32::from_rgb(220, 50, 50)
                } else if left < LAST_MINUTES {
                    Color32::from_rgb(235, 150, 30)
                } else {
                    ui.visuals().text_color()
                };
                ui.separator();
                ui.label(
                    RichText::new(format!("{} left", format_duration(left)))
                        .size(30.0)
                        .color(color),
                )
                .on_hover_text("remaining against the planned duration");
            }
            ui.separator();
            let p = pace(&self.planned, session.slide, elapsed);
            ui.vertical(|ui| {
                ui.label(RichText::new(describe(&p)).size(18.0));
                let progress = if p.planned_total > 0.0 {
                    (p.planned_before / p.planned_total) as f32
                } else {
                    0.0
                };
                ui.add(
                    egui::ProgressBar::new(progress)
                        .desired_width(220.0)
                        .text(format!("slide {n} / {total}")),
                );
            });
            ui.separator();
            let steps = deck.slides.get(session.slide).map_or(1, |s| s.steps);
            let mut where_ = format!("{n} / {total}");
            if steps > 1 {
                where_.push_str(&format!(" · step {} / {steps}", session.step + 1));
            }
            if let Some(sec) = session.section(deck) {
                where_.push_str(&format!(" · {sec}"));
            }
            ui.label(RichText::new(where_).size(18.0));
            if session.frozen.is_some() {
                ui.label(
                    RichText::new("AUDIENCE FROZEN (Z)")
                        .color(Color32::from_rgb(235, 150, 30))
                        .strong(),
                );
            }
            match session.screen {
                super::session::Screen::Black => ui.label(RichText::new("BLACK SCREEN (B)").strong()),
                super::session::Screen::White => ui.label(RichText::new("WHITE SCREEN (W)").strong()),
                super::session::Screen::Slide => ui.label(""),
            };
        });
    }

    fn slides_and_notes(&mut self, ui: &mut egui::Ui, deck: &crate::model::Deck, session: &super::session::Session) {
        let avail = ui.available_rect_before_wrap();
        let left_w = avail.width() * 0.6;
        let (w, h) = deck.meta.aspect.canvas();
        let cur_h = (left_w * h / w).min(avail.height() - 40.0);
        let current = egui::Rect::from_min_size(avail.min + egui::vec2(0.0, 24.0), egui::vec2(left_w, cur_h));
        let right = egui::Rect::from_min_max(egui::pos2(current.right() + 20.0, avail.top()), avail.right_bottom());
        let next_at = session.peek_next(deck);
        let next_h = right.width() * h / w * 0.9;
        let next_rect = egui::Rect::from_min_size(
            right.min + egui::vec2(0.0, 24.0),
            egui::vec2(right.width() * 0.9, next_h),
        );
        let cur = self.frames.get(deck, &self.fonts, session.at());
        let next = self.frames.get(deck, &self.fonts, next_at);
        if let Some(cache) = &mut self.images {
            request_images(cache, deck, &cur, current.width());
            request_images(cache, deck, &next, next_rect.width());
        }
        ui.put(
            egui::Rect::from_min_size(avail.min, egui::vec2(200.0, 20.0)),
            egui::Label::new(RichText::new("Current").weak()),
        );
        let place = paint(ui.painter(), &cur, current, self.images.as_ref());
        if let Some((x, y)) = session.laser {
            ui.painter()
                .circle_filled(place.pos(x, y), 7.0, Color32::from_rgb(235, 30, 30));
        }
        // Laser pointer: hold the mouse button on the current slide.
        let resp = ui.interact(current, ui.scope_id().with("laser"), Sense::click_and_drag());
        let laser = if resp.is_pointer_button_down_on() {
            resp.interact_pointer_pos().map(|p| place.to_canvas(p))
        } else {
            None
        };
        if laser != session.laser {
            let c = ui.ctx().clone();
            self.run_actions(&c, vec![Action::Laser(laser)]);
        }
        let end = next_at == session.at();
        ui.put(
            egui::Rect::from_min_size(right.min, egui::vec2(200.0, 20.0)),
            egui::Label::new(RichText::new(if end { "End of the talk" } else { "Next" }).weak()),
        );
        if !end {
            paint(ui.painter(), &next, next_rect, self.images.as_ref());
        }
        // Timing against the plan and the last rehearsal.
        let slide = &deck.slides[session.slide];
        let mut timing = format!(
            "planned {}",
            format_duration(self.planned.get(session.slide).copied().unwrap_or(0.0))
        );
        if let Some(t) = self.rehearsed.as_ref().and_then(|t| t.slides.get(&slide.id)) {
            timing.push_str(&format!(" · last rehearsal {}", format_duration(*t)));
        }
        let notes_top = next_rect.bottom() + 12.0;
        let notes_rect = egui::Rect::from_min_max(egui::pos2(right.left(), notes_top), right.right_bottom());
        let mut notes_ui = ui.new_child(egui::UiBuilder::new().max_rect(notes_rect));
        notes_ui.label(RichText::new(timing).weak());
        notes_ui.separator();
        egui::ScrollArea::vertical()
            .id_salt(("notes", session.slide))
            .show(&mut notes_ui, |ui| {
                if slide.notes.is_empty() {
                    ui.label(RichText::new("(no notes)").weak().size(session.notes_size));
                }
                for p in &slide.notes {
                    ui.label(notes_job(p, session.notes_size, ui.visuals().text_color()));
                    ui.add_space(session.notes_size * 0.5);
                }
            });
    }

    fn overview_grid(&mut self, ui: &mut egui::Ui, deck: &crate::model::Deck, session: &super::session::Session) {
        let cols = 4usize;
        let (w, h) = deck.meta.aspect.canvas();
        let cell_w = (ui.available_width() - 16.0 * (cols as f32 - 1.0)) / cols as f32;
        let cell_h = cell_w * h / w;
        let mut picked = None;
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("overview").spacing([16.0, 16.0]).show(ui, |ui| {
                for (k, (i, s)) in deck.visible().enumerate() {
                    let (rect, resp) = ui.allocate_exact_size(egui::vec2(cell_w, cell_h + 22.0), Sense::click());
                    let slide_rect = egui::Rect::from_min_size(rect.min, egui::vec2(cell_w, cell_h));
                    let frame = self.frames.get(
                        deck,
                        &self.fonts,
                        SlideRef {
                            slide: i,
                            step: s.steps.saturating_sub(1),
                        },
                    );
                    if let Some(cache) = &mut self.images {
                        request_images(cache, deck, &frame, cell_w);
                    }
                    paint(ui.painter(), &frame, slide_rect, self.images.as_ref());
                    let selected = session.overview == Some(i);
                    let current = session.slide == i;
                    if selected || current {
                        let color = if selected {
                            Color32::from_rgb(235, 150, 30)
                        } else {
                            Color32::from_gray(140)
                        };
                        ui.painter().rect_stroke(
                            slide_rect,
                            2.0,
                            egui::Stroke::new(if selected { 4.0 } else { 2.0 }, color),
                            egui::StrokeKind::Outside,
                        );
                    }
                    let label = format!("{} · {}", k + 1, slide_name(s));
                    ui.painter().with_clip_rect(rect).text(
                        egui::pos2(rect.left(), slide_rect.bottom() + 3.0),
                        egui::Align2::LEFT_TOP,
                        &label,
                        FontId::proportional(13.0),
                        ui.visuals().text_color(),
                    );
                    resp.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                    if selected {
                        resp.scroll_to_me(None);
                    }
                    if resp.clicked() {
                        picked = Some(i);
                    }
                    if (k + 1) % cols == 0 {
                        ui.end_row();
                    }
                }
            });
        });
        if let Some(i) = picked {
            let c = ui.ctx().clone();
            self.run_actions(&c, vec![Action::OverviewPick(i)]);
        }
    }
}

/// A slide's name for lists: its title, or its kind's main text, or its id.
fn slide_name(s: &crate::model::Slide) -> String {
    let own = match &s.body {
        crate::model::Body::Title { title, .. } | crate::model::Body::Closing { title, .. } => Some(title.to_plain()),
        _ => None,
    };
    let quote = match &s.body {
        crate::model::Body::Quote { text, .. } => Some(text.to_plain()),
        _ => None,
    };
    own.or_else(|| s.title.as_ref().map(Rich::to_plain))
        .or(quote)
        .or_else(|| s.kicker.as_ref().map(Rich::to_plain))
        .unwrap_or_else(|| s.id.clone())
}

/// Notes with their bold and italic spans.
fn notes_job(text: &Rich, size: f32, color: Color32) -> egui::text::LayoutJob {
    let mut job = egui::text::LayoutJob::default();
    for Span { text, style, link } in &text.spans {
        let role = match (style.bold, style.italic) {
            (true, true) => crate::model::FontRole::BoldItalic,
            (true, false) => crate::model::FontRole::Bold,
            (false, true) => crate::model::FontRole::Italic,
            _ => crate::model::FontRole::Regular,
        };
        let mut format = egui::TextFormat::simple(FontId::new(size, crate::render::screen::family(role)), color);
        if link.is_some() {
            format.underline = egui::Stroke::new(1.0, color);
        }
        job.append(text, 0.0, format);
    }
    job.wrap.max_width = f32::INFINITY;
    job
}

/// Local wall-clock time as HH:MM (from the system clock, which is fine for display only).
fn wall_clock() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let offset = local_offset_secs();
    let t = (secs as i64 + offset).rem_euclid(86_400);
    format!("{:02}:{:02}", t / 3600, t / 60 % 60)
}

/// The local time zone's offset, read from `TZ`-aware `date +%z` once; UTC when unknown.
fn local_offset_secs() -> i64 {
    static OFFSET: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| {
        let out = std::process::Command::new("date").arg("+%z").output().ok();
        let s = out
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default();
        let sign = if s.starts_with('-') { -1 } else { 1 };
        let digits: String = s.chars().filter(char::is_ascii_digit).collect();
        match (
            digits.get(0..2).and_then(|h| h.parse::<i64>().ok()),
            digits.get(2..4).and_then(|m| m.parse::<i64>().ok()),
        ) {
            (Some(h), Some(m)) => sign * (h * 3600 + m * 60),
            _ => 0,
        }
    })
}

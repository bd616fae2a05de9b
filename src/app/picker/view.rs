//! The slide picker's window: the other deck's slides as thumbnails in a grid (number, title or
//! first words, id, steps, the files each brings), chosen with the mouse (click, Ctrl+click,
//! Shift+click) or the keys (arrows, Shift+arrows, Space, Ctrl+A), imported with Enter.
//! Keys act the same whatever widget has the focus: they are read before any widget sees them.

use std::collections::HashMap;
use std::sync::Arc;

use egui::{Color32, FontId, Key, Modifiers, Rect, Sense, Stroke, StrokeKind, Vec2};

use crate::app::frame_cache;
use crate::app::images::ImageCache;
use crate::app::picker::state::{Picker, PickerAction};
use crate::layout::{Fonts, Frame, layout_revealed};

/// Narrowest a card's thumbnail may be, in points: the cards grow to fill the window's width.
const THUMB_W: f32 = 240.0;
/// Space between cards.
const GAP: f32 = 14.0;
/// Height of a card's text under its thumbnail.
const TEXT_H: f32 = 64.0;
/// The colour of a chosen card's frame.
const CHOSEN: Color32 = Color32::from_rgb(0x2f, 0x7d, 0xd1);

/// The picker with what its window paints from: thumbnails laid out once each, their pictures.
pub struct PickerView {
    pub picker: Picker,
    fonts: Arc<Fonts>,
    thumbs: HashMap<usize, Frame>,
    images: Option<ImageCache>,
    fonts_installed: bool,
    /// Whether the window was asked to close.
    closing: bool,
}

impl PickerView {
    /// A view of `picker`, whose deck's thumbnails are laid out with `fonts`.
    pub fn new(picker: Picker, fonts: Arc<Fonts>) -> PickerView {
        PickerView {
            picker,
            fonts,
            thumbs: HashMap::new(),
            images: None,
            fonts_installed: false,
            closing: false,
        }
    }

    /// A view of `picker` in the presenter's window, whose fonts are already installed in egui:
    /// thumbnails are laid out and drawn with them (the presenter's slides keep theirs).
    pub fn sharing_fonts(picker: Picker, fonts: Arc<Fonts>) -> PickerView {
        PickerView {
            fonts_installed: true,
            ..PickerView::new(picker, fonts)
        }
    }

    /// One pass: keys, then the window's panels.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.fonts_installed {
            crate::render::screen::install_fonts(&ctx, &self.fonts);
            self.fonts_installed = true;
        }
        let images = self.images.get_or_insert_with(|| ImageCache::new(ctx.clone()));
        if images.source().is_none() {
            images.read_from(self.picker.source.clone());
        }
        images.poll(&ctx);
        let before = self.picker.focus;
        for action in keys(ui) {
            self.picker.apply(action);
        }
        let moved = self.picker.focus != before;
        egui::Panel::bottom("picker-bar").show(ui, |ui| self.bar(ui));
        egui::CentralPanel::default_margins().show(ui, |ui| self.grid(ui, moved));
        if self.picker.outcome.is_some() && !self.closing {
            // Once: a viewport command asks for another pass.
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.closing = true;
        }
    }

    /// The heading, the choice so far, where it goes, and the buttons.
    fn bar(&mut self, ui: &mut egui::Ui) {
        let p = &self.picker;
        ui.add_space(6.0);
        let chosen: Vec<&str> = p.chosen.iter().map(|&i| p.cards[i].id.as_str()).collect();
        let summary = if chosen.is_empty() {
            crate::t!("picker-none-chosen")
        } else {
            crate::t!("picker-chosen", n = chosen.len(), ids = chosen.join(", "))
        };
        // One line each, cut at the window's edge (a long choice is read in full on hover).
        ui.add(egui::Label::new(egui::RichText::new(&summary).strong()).truncate())
            .on_hover_text(&summary);
        let files = p.chosen_files();
        if !files.is_empty() {
            let files = crate::t!("picker-files", files = files.join(", "));
            ui.add(egui::Label::new(&files).truncate()).on_hover_text(&files);
        }
        let mut action = None;
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("picker-after"));
            let shown = |a: Option<usize>| match a {
                Some(i) => format!("{}. {}", i + 1, p.targets[i].label), // not user text: number and title
                None => crate::t!("picker-at-end"),
            };
            let combo = egui::ComboBox::from_id_salt("picker-after")
                .selected_text(shown(p.after))
                .width(360.0)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(p.after.is_none(), shown(None)).clicked() {
                        action = Some(PickerAction::After(None));
                    }
                    for i in 0..p.targets.len() {
                        if ui.selectable_label(p.after == Some(i), shown(Some(i))).clicked() {
                            action = Some(PickerAction::After(Some(i)));
                        }
                    }
                });
            combo.response.labelled_by(label.id);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(crate::t!("picker-cancel")).clicked() {
                    action = Some(PickerAction::Cancel);
                }
                let import = egui::Button::new(crate::t!("picker-import"));
                if ui.add_enabled(!p.chosen.is_empty(), import).clicked() {
                    action = Some(PickerAction::Import);
                }
            });
        });
        ui.add_space(4.0);
        if let Some(a) = action {
            self.picker.apply(a);
        }
    }

    /// The cards, row by row (only the rows in view are laid out and painted).
    fn grid(&mut self, ui: &mut egui::Ui, moved: bool) {
        ui.heading(crate::t!(
            "picker-title",
            from = self.picker.from.as_str(),
            into = self.picker.into.as_str()
        ));
        ui.label(crate::t!("picker-keys"));
        ui.add_space(8.0);
        let aspect = self.picker.deck.meta.aspect.canvas();
        let width = ui.available_width() - ui.spacing().scroll.bar_width - GAP;
        let columns = (((width + GAP) / (THUMB_W + GAP)).floor() as usize).max(1);
        let thumb_w = ((width + GAP) / columns as f32 - GAP).max(THUMB_W * 0.5);
        let thumb_h = thumb_w * aspect.1 / aspect.0;
        let card = Vec2::new(thumb_w, thumb_h + TEXT_H);
        self.picker.columns = columns;
        let rows = self.picker.cards.len().div_ceil(columns);
        let mut clicked = None;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, card.y + GAP, rows, |ui, range| {
                for row in range {
                    ui.horizontal(|ui| {
                        for i in row * columns..((row + 1) * columns).min(self.picker.cards.len()) {
                            let (rect, response) = ui.allocate_exact_size(card, Sense::click());
                            self.card(ui, i, rect);
                            let p = &self.picker;
                            let c = &p.cards[i];
                            response.widget_info(|| {
                                egui::WidgetInfo::selected(
                                    egui::Role::CheckBox,
                                    c.importable,
                                    p.chosen.contains(&i),
                                    if c.importable {
                                        format!("{} {}", c.id, c.label) // not user text: id and title
                                    } else {
                                        format!("{} {} ({})", c.id, c.label, crate::t!("picker-included")) // not user text: id, title and note
                                    },
                                )
                            });
                            if response.clicked() {
                                let m = click_modifiers(ui);
                                clicked = Some(PickerAction::Click {
                                    card: i,
                                    ctrl: m.command || m.ctrl,
                                    shift: m.shift,
                                });
                            }
                            if moved && i == self.picker.focus {
                                response.scroll_to_me(None);
                            }
                            ui.add_space(GAP - ui.spacing().item_spacing.x);
                        }
                    });
                    ui.add_space(GAP - ui.spacing().item_spacing.y);
                }
            });
        if let Some(a) = clicked {
            self.picker.apply(a);
        }
    }

    /// One card: the thumbnail, then number and title, id and steps, files.
    fn card(&mut self, ui: &egui::Ui, i: usize, rect: Rect) {
        let p = &self.picker;
        let c = &p.cards[i];
        let painter = ui.painter_at(rect.expand(4.0));
        let thumb_w = rect.width();
        let thumb = Rect::from_min_size(rect.min, Vec2::new(thumb_w, rect.height() - TEXT_H));
        let deck = &p.deck;
        let frame = self
            .thumbs
            .entry(c.index)
            .or_insert_with(|| layout_revealed(deck, c.index, &self.fonts));
        if let Some(images) = self.images.as_mut() {
            frame_cache::request_images(images, frame, thumb_w * ui.ctx().pixels_per_point());
        }
        frame_cache::paint(&painter, frame, thumb, self.images.as_ref());
        let visuals = ui.visuals();
        let chosen = p.chosen.contains(&i);
        if !c.importable || c.hidden {
            painter.rect_filled(thumb, 0.0, visuals.window_fill.gamma_multiply(0.6));
        }
        let border = if chosen {
            Stroke::new(3.0, CHOSEN)
        } else {
            Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
        };
        painter.rect_stroke(thumb, 2.0, border, StrokeKind::Outside);
        if i == p.focus {
            painter.rect_stroke(
                thumb.expand(3.5),
                3.0,
                Stroke::new(1.5, visuals.text_color()),
                StrokeKind::Outside,
            );
        }
        if chosen {
            // A check mark drawn, not a glyph: the slides' fonts have none.
            let mark = Rect::from_min_size(thumb.right_top() + Vec2::new(-30.0, 6.0), Vec2::splat(24.0));
            painter.rect_filled(mark, 12.0, CHOSEN);
            let (c, s) = (mark.center(), 5.0);
            let tick = vec![
                c + Vec2::new(-s, 0.0),
                c + Vec2::new(-s * 0.3, s * 0.8),
                c + Vec2::new(s, -s * 0.8),
            ];
            painter.add(egui::Shape::line(tick, Stroke::new(2.5, Color32::WHITE)));
        }
        let text = visuals.text_color();
        let weak = visuals.weak_text_color();
        let mut y = thumb.bottom() + 4.0;
        // One line each, cut with « … » at the card's width.
        let mut line = |s: String, font: FontId, colour: Color32| {
            let mut job = egui::text::LayoutJob::single_section(s, egui::TextFormat::simple(font, colour));
            job.wrap = egui::text::TextWrapping::truncate_at_width(thumb_w);
            let galley = ui.painter().layout_job(job);
            let height = galley.size().y;
            ui.painter().galley(egui::pos2(rect.left(), y), galley, colour);
            y += height + 1.0;
        };
        let number = c.number.map_or_else(|| crate::t!("picker-hidden"), |n| n.to_string());
        line(format!("{number} · {}", c.label), FontId::proportional(14.0), text); // not user text: number and title
        let steps = if c.steps > 1 {
            format!(" · {}", crate::t!("picker-steps", n = c.steps))
        } else {
            String::new()
        };
        line(format!("{}{steps}", c.id), FontId::monospace(11.5), weak); // not user text: id and steps
        let files = if !c.importable {
            crate::t!("picker-included")
        } else if c.files.is_empty() {
            String::new()
        } else {
            crate::t!("picker-card-files", files = c.files.join(", "))
        };
        line(files, FontId::proportional(11.5), weak);
    }
}

/// The modifiers held at the click (those of the button's release: a fast click can come and go
/// within one frame with its modifiers).
fn click_modifiers(ui: &egui::Ui) -> Modifiers {
    ui.input(|i| {
        i.events
            .iter()
            .rev()
            .find_map(|e| match e {
                egui::Event::PointerButton {
                    pressed: false,
                    modifiers,
                    ..
                } => Some(*modifiers),
                _ => None,
            })
            .unwrap_or(i.modifiers)
    })
}

/// The picker's keys, read (and taken from the widgets) before anything is drawn.
fn keys(ui: &egui::Ui) -> Vec<PickerAction> {
    ui.input_mut(|i| {
        let mut out = Vec::new();
        let arrows = [
            (Key::ArrowLeft, -1, 0),
            (Key::ArrowRight, 1, 0),
            (Key::ArrowUp, 0, -1),
            (Key::ArrowDown, 0, 1),
        ];
        for (key, dx, dy) in arrows {
            if i.consume_key(Modifiers::SHIFT, key) {
                out.push(PickerAction::Move { dx, dy, extend: true });
            }
            if i.consume_key(Modifiers::NONE, key) {
                out.push(PickerAction::Move { dx, dy, extend: false });
            }
        }
        if i.consume_key(Modifiers::NONE, Key::Space) {
            out.push(PickerAction::Toggle);
        }
        if i.consume_key(Modifiers::COMMAND, Key::A) {
            out.push(PickerAction::All);
        }
        if i.consume_key(Modifiers::NONE, Key::Enter) {
            out.push(PickerAction::Import);
        }
        if i.consume_key(Modifiers::NONE, Key::Escape) {
            out.push(PickerAction::Cancel);
        }
        out
    })
}

//! What is drawn over the slide: help, the typed slide number, messages, a failed load's
//! problems; the screen shown when no deck could be loaded; the export started from the app.

use egui::{Color32, FontId, RichText};

use super::audience::Presenter;
use super::keymap::HELP;

impl Presenter {
    /// Help, number entry, messages and load problems over the audience slide.
    pub(crate) fn overlays(&self, ui: &mut egui::Ui, rect: egui::Rect) {
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
            help_window(ui.ctx());
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

    /// The whole window when no deck could be loaded.
    pub(crate) fn diagnostics_screen(&self, ui: &mut egui::Ui) {
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
        if self.session.as_ref().is_some_and(|s| s.help) {
            help_window(ui.ctx());
        }
    }

    /// Asks where to save a PDF, then exports on a background thread; the result is shown as a
    /// short message over the slide.
    pub(crate) fn export_dialog(&mut self, ctx: &egui::Context) {
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
}

/// The list of keys.
pub(crate) fn help_window(ctx: &egui::Context) {
    egui::Window::new("Keys")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("help")
                .striped(true)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for (keys, what) in HELP {
                        ui.label(RichText::new(*keys).strong());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
        });
}

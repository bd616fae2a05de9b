//! The `?` help: the key table, as the keys work.

use egui::RichText;

use crate::t;

/// The list of keys, in a window centred on the view.
pub fn window(ctx: &egui::Context) {
    egui::Window::new(t!("ui-help-title"))
        .id(egui::Id::unique("estrade-help"))
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            // Never wider than the view: the descriptions wrap instead (longer in French).
            ui.set_max_width(ui.ctx().content_rect().width() - 80.0);
            let room = ui.ctx().content_rect().height() - 80.0;
            egui::ScrollArea::vertical()
                .max_height(room)
                .min_scrolled_height(room.min(640.0))
                .show(ui, |ui| {
                    // Wrapped text stays clear of the scroll bar floating over the right edge.
                    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
                    ui.set_max_width(ui.available_width() - bar);
                    let mut rows = crate::app::key_help::help_rows();
                    let drawing = rows.split_off(crate::app::key_help::drawing_rows_start().min(rows.len()));
                    let sections = [(t!("ui-help-presenting"), rows), (t!("ui-help-drawing"), drawing)];
                    // Side by side where there is room, one above the other otherwise.
                    if ui.available_width() >= 1500.0 {
                        ui.columns(2, |cols| {
                            for (col, (title, rows)) in cols.iter_mut().zip(&sections) {
                                section(col, title, rows);
                            }
                        });
                    } else {
                        for (title, rows) in &sections {
                            section(ui, title, rows);
                        }
                    }
                });
        });
}

/// A heading and its keys.
fn section(ui: &mut egui::Ui, title: &str, rows: &[(String, String)]) {
    ui.label(RichText::new(title).heading().size(18.0));
    egui::Grid::new(("help", title))
        .num_columns(2)
        .striped(true)
        .spacing([24.0, 2.0])
        .show(ui, |ui| {
            for (keys, what) in rows {
                ui.label(RichText::new(keys).strong());
                ui.add(egui::Label::new(what).wrap());
                ui.end_row();
            }
        });
    ui.add_space(8.0);
}

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
                    egui::Grid::new("help")
                        .num_columns(2)
                        .striped(true)
                        .spacing([24.0, 2.0])
                        .show(ui, |ui| {
                            for (keys, what) in crate::app::keys::help_rows() {
                                ui.label(RichText::new(keys).strong());
                                ui.add(egui::Label::new(what).wrap());
                                ui.end_row();
                            }
                        });
                });
        });
}

//! The `?` help: the key table, as the keys work.

use egui::RichText;

/// The list of keys, in a window centred on the view.
pub fn window(ctx: &egui::Context) {
    egui::Window::new("Keys")
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            let room = ui.ctx().content_rect().height() - 80.0;
            egui::ScrollArea::vertical()
                .max_height(room)
                .min_scrolled_height(room.min(640.0))
                .show(ui, |ui| {
                    egui::Grid::new("help")
                        .striped(true)
                        .spacing([24.0, 2.0])
                        .show(ui, |ui| {
                            for (keys, what) in crate::app::keys::help_rows() {
                                ui.label(RichText::new(keys).strong());
                                ui.label(what);
                                ui.end_row();
                            }
                        });
                });
        });
}

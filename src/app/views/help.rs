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
            // One width, set (not only capped): the descriptions wrap inside it, clear of the
            // scroll bar, instead of widening the window under it.
            ui.set_width((ui.ctx().content_rect().width() - 80.0).min(1100.0));
            let room = ui.ctx().content_rect().height() - 80.0;
            egui::ScrollArea::vertical()
                .max_height(room)
                .min_scrolled_height(room.min(640.0))
                .show(ui, |ui| {
                    // Wrapped text stays clear of the scroll bar floating over the right edge.
                    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
                    ui.set_width(ui.available_width() - bar - 4.0);
                    let mut rows = crate::app::key_help::help_rows();
                    let key_w = key_width(ui, &rows, ui.available_width());
                    let drawing = rows.split_off(crate::app::key_help::drawing_rows_start().min(rows.len()));
                    let sections = [(t!("ui-help-presenting"), rows), (t!("ui-help-drawing"), drawing)];
                    // Side by side where there is room, one above the other otherwise.
                    if ui.available_width() >= 1500.0 {
                        ui.columns(2, |cols| {
                            for (col, (title, rows)) in cols.iter_mut().zip(&sections) {
                                let w = key_width(col, rows, col.available_width());
                                section(col, title, rows, w);
                            }
                        });
                    } else {
                        for (title, rows) in &sections {
                            section(ui, title, rows, key_w);
                        }
                    }
                });
        });
}

/// A heading and its keys: the keys in a column `key_w` wide (the same in every section, so
/// the columns line up), the descriptions wrapped in the rest, rows striped.
fn section(ui: &mut egui::Ui, title: &str, rows: &[(String, String)], key_w: f32) {
    ui.label(RichText::new(title).heading().size(18.0));
    let gap = 24.0;
    let what_w = (ui.available_width() - key_w - gap).max(120.0);
    for (n, (keys, what)) in rows.iter().enumerate() {
        let bg = ui.painter().add(egui::Shape::Noop);
        let row = ui
            .horizontal_top(|ui| {
                ui.allocate_ui_with_layout(egui::vec2(key_w, 0.0), egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.set_min_width(key_w);
                    ui.add(egui::Label::new(RichText::new(keys).strong()).wrap());
                });
                ui.add_space(gap - ui.spacing().item_spacing.x);
                ui.allocate_ui_with_layout(
                    egui::vec2(what_w, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_max_width(what_w);
                        ui.add(egui::Label::new(what.as_str()).wrap());
                    },
                );
            })
            .response
            .rect;
        if n % 2 == 1 {
            let fill = ui.visuals().faint_bg_color;
            let band = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), row.y_range()).expand(1.0);
            ui.painter().set(bg, egui::Shape::rect_filled(band, 0.0, fill));
        }
    }
    ui.add_space(8.0);
}

/// The width of the widest keys of all rows, in the help's bold text (at most a third of
/// `room`: longer ones wrap).
fn key_width(ui: &egui::Ui, rows: &[(String, String)], room: f32) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let widest = rows
        .iter()
        .map(|(keys, _)| {
            ui.painter()
                .layout_no_wrap(keys.clone(), font.clone(), egui::Color32::WHITE)
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    (widest + 8.0).min(room / 3.0)
}

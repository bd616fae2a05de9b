//! Importing slides while presenting (`Ctrl+I`): the open dialog for the other deck, the slide
//! picker in a window of its own (never on the slides), then the import, written off the UI
//! thread; the file watcher reloads the deck once it is written. Each step is a command for
//! the executor; its answer comes back as an action.

use std::path::PathBuf;

use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::picker::{Choice, PickerAction, PickerView, Ready};
use crate::app::shell::Presenter;

impl Presenter {
    /// `Ctrl+I`: asks for the deck to import from (a picker already open stays in front).
    pub(in crate::app) fn import_dialog(&mut self) {
        let Some(path) = self.state.path.clone() else {
            self.state.say(crate::t!("app-import-no-file"));
            return;
        };
        if self.rt.picker.is_some() {
            return;
        }
        let folder = path.parent().map(std::path::Path::to_path_buf);
        self.rt.outbox.push(Command::PickImport { folder });
    }

    /// The deck to import from was chosen: its slides are prepared for the picker.
    pub(in crate::app) fn open_picker(&mut self, from: PathBuf) {
        if let Some(into) = self.state.path.clone() {
            self.rt.outbox.push(Command::OpenPicker { from, into });
        }
    }

    /// The picker is ready: its window opens at the next frame.
    pub(in crate::app) fn show_picker(&mut self, ready: Ready) {
        if let Some((from, picker)) = ready.take() {
            // The thumbnails are drawn with the fonts the slides already use in this window.
            let view = PickerView::sharing_fonts(picker, self.rt.view.fonts.clone());
            self.rt.picker = Some((from, view));
        }
    }

    /// Slides were chosen: they are imported into the open deck.
    pub(in crate::app) fn import_chosen(&mut self, from: PathBuf, ids: Vec<String>, after: Option<String>) {
        if let Some(into) = self.state.path.clone() {
            self.rt.outbox.push(Command::Import { from, into, ids, after });
        }
    }

    /// The picker's window, while it is open; its decision becomes an action.
    pub(in crate::app) fn picker_window(&mut self, ctx: &egui::Context) {
        let Some((from, view)) = self.rt.picker.as_mut() else {
            return;
        };
        let mut builder = egui::ViewportBuilder::default()
            .with_title(crate::t!("picker-window-title", from = view.picker.from.as_str()))
            .with_inner_size([1120.0, 760.0]);
        if crate::app::screens::launch::on_wayland() {
            builder = builder.with_app_id(crate::app::screens::launch::APP_ID);
        }
        ctx.show_viewport_immediate(crate::app::picker::viewport_id(), builder, |ui, _class| {
            if ui.ctx().input(|i| i.viewport().close_requested()) {
                view.picker.apply(PickerAction::Cancel);
            }
            view.show(ui);
        });
        let Some(choice) = view.picker.outcome.clone() else {
            return;
        };
        let from = from.clone();
        self.rt.picker = None;
        if let Choice::Import { ids, after } = choice {
            self.apply(Action::ImportChosen { from, ids, after });
        }
    }
}

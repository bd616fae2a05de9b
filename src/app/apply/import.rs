//! Importing slides while presenting (`Ctrl+I`): the open dialog for the other deck, the slide
//! picker in a window of its own (never on the slides), then the import, written off the UI
//! thread; the file watcher reloads the deck once it is written. Each step is a command for
//! the executor; its answer comes back as an action.

use std::path::PathBuf;

use super::Reducer;
use crate::app::command::Command;
use crate::app::picker::{PickerView, Ready};

impl Reducer<'_> {
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
        self.commands.push(Command::PickImport { folder });
    }

    /// The deck to import from was chosen: its slides are prepared for the picker.
    pub(in crate::app) fn open_picker(&mut self, from: PathBuf) {
        if let Some(into) = self.state.path.clone() {
            self.commands.push(Command::OpenPicker { from, into });
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
            self.commands.push(Command::Import { from, into, ids, after });
        }
    }
}

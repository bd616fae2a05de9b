//! What applying an action asks the outside world to do, as values: window commands, links to
//! open, file dialogs, a PDF export. Applying an action only queues commands; the executor
//! ([`crate::app::executor`]) runs them at the end of the frame, and whatever takes time (a dialog
//! waiting for the user, an export) runs off the UI thread and comes back as an
//! [`Action`](crate::app::action::Action), so the slides keep painting meanwhile.

use std::path::PathBuf;
use std::sync::Arc;

use crate::model::Deck;

/// One effect to carry out.
#[derive(Debug, Clone)]
pub enum Command {
    /// A command for a window (full screen, position, close…).
    Window(egui::ViewportId, egui::ViewportCommand),
    /// Open a link in the browser.
    OpenUrl(String),
    /// Ask for a deck with the file dialog, starting in `folder`; the answer comes back as
    /// `Action::Open`.
    PickDeck { folder: Option<PathBuf> },
    /// Ask where to save the PDF, proposing `name`; the answer comes back as `Action::ExportTo`.
    PickPdf { name: String },
    /// Export `deck` to the PDF `out`; the outcome comes back as `Action::ExportFinished`.
    ExportPdf {
        deck: Arc<Deck>,
        source: Arc<dyn crate::source::Source>,
        out: PathBuf,
    },
    /// Ask for the deck to import slides from, starting in `folder`; the answer comes back as
    /// `Action::ImportFrom`.
    PickImport { folder: Option<PathBuf> },
    /// Open `from` and `into` for the slide picker; it comes back as `Action::PickerReady` (or
    /// why not, as `Action::Report`).
    OpenPicker { from: PathBuf, into: PathBuf },
    /// Start sharing on the phones with these options, or stop (`None`); the outcome comes back
    /// as `Action::Report`.
    Share(Option<crate::share::ShareOptions>),
    /// Import the slides `ids` of `from` into `into` after `after`; the outcome comes back as
    /// `Action::Report` (the file watcher then reloads the deck).
    Import {
        from: PathBuf,
        into: PathBuf,
        ids: Vec<String>,
        after: Option<String>,
    },
}

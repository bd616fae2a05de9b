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
    /// A command for a window, sent at session time `at` (moving a full-screen window to another
    /// screen needs the compositor to have left full screen first).
    WindowAt {
        at: f64,
        id: egui::ViewportId,
        command: egui::ViewportCommand,
    },
    /// Open a link in the browser.
    OpenUrl(String),
    /// Ask for a frame after this many seconds (nothing else may happen before: a kiosk's
    /// next slide, the exit chord held).
    RepaintAfter(f64),
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
    /// Write `text` as the ink of the deck file `deck` (moving the unreadable ink file `aside`
    /// away first), on a thread of its own; the outcome comes back as `Action::InkWritten`.
    /// `wait`: after any write in progress, before the frame ends (leaving the deck, quitting).
    WriteInk {
        deck: PathBuf,
        text: String,
        aside: Option<crate::app::ink::writer::Aside>,
        changes: u64,
        wait: bool,
    },
    /// Keep the display awake from now on (once); how it is held comes back as
    /// `Action::AwakeHeld`, and it is logged to the kiosk's log when there is one.
    KeepAwake {
        kiosk: Option<crate::app::talk::kiosk::KioskOptions>,
    },
    /// Save the live position in the state folder `dir`; a failure comes back as
    /// `Action::Notice`.
    SavePosition {
        dir: PathBuf,
        position: crate::app::talk::resume::Position,
    },
    /// Save rehearsal timings to `out`; what happened comes back as `Action::Report`.
    SaveTimings {
        timings: crate::app::talk::rehearsal::Timings,
        out: PathBuf,
    },
    /// Remember the notes' size of the deck file `deck` in the state folder `dir`.
    SaveNotesSize { dir: PathBuf, deck: PathBuf, size: f32 },
    /// Remember the speaker's screen swaps in the state folder `dir`.
    SaveSwaps {
        dir: PathBuf,
        remembered: crate::app::screens::placement::Remembered,
    },
    /// Import the slides `ids` of `from` into `into` after `after`; the outcome comes back as
    /// `Action::Report` (the file watcher then reloads the deck).
    Import {
        from: PathBuf,
        into: PathBuf,
        ids: Vec<String>,
        after: Option<String>,
    },
}

//! What the user asked for, independent of the key or button that asked.

use std::path::PathBuf;

/// One user intention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    First,
    Last,
    /// Go to the n-th visible slide (1-based).
    GoTo(usize),
    /// A digit typed towards a slide number.
    Digit(u8),
    /// Enter: jump to the typed number, or next.
    Confirm,
    /// Esc: close overlays, clear the number, leave full screen.
    Escape,
    ToggleHelp,
    ToggleFullscreen,
    Quit,
    /// Ask for a deck with the file dialog.
    OpenDialog,
    /// Export the deck to PDF, asking where with the save dialog.
    ExportDialog,
    /// Open this deck.
    Open(PathBuf),
    /// Open a link in the browser.
    OpenUrl(String),
}

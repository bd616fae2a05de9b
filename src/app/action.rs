//! What the user asked for, independent of the key or button that asked.

use std::path::PathBuf;

/// One user intention.
#[derive(Debug, Clone, PartialEq)]
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
    /// Audience screen black (press again to return).
    ToggleBlack,
    /// Audience screen white (press again to return).
    ToggleWhite,
    /// Freeze the audience view while the console moves on.
    ToggleFreeze,
    /// Open or close the overview grid.
    ToggleOverview,
    /// Move the overview selection by this many slides.
    OverviewMove(isize),
    /// Go to this slide (index into the deck) from the overview.
    OverviewPick(usize),
    /// Open the "go to" prompt.
    OpenSearch,
    SearchInput(String),
    SearchBackspace,
    SearchCommit,
    /// Laser pointer at this canvas position, or off.
    Laser(Option<(f32, f32)>),
    /// Start / pause the talk clock.
    ToggleClock,
    ResetClock,
    NotesBigger,
    NotesSmaller,
    /// Open or close the presenter console.
    TogglePresenter,
    /// Exchange the places (screens) of the audience window and the console.
    SwapWindows,
}

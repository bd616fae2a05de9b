//! What the user (or the kiosk timer, the file watcher, the system) asked for, independent of
//! the key or button that asked. Every change of the app's state goes through one of these.

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
    /// The arrows in the "go to" prompt: choose another candidate (+1 the next one down).
    SearchMove(isize),
    /// Laser pointer at this canvas position, or off.
    Laser(Option<(f32, f32)>),
    /// Start / pause the talk clock.
    ToggleClock,
    ResetClock,
    NotesBigger,
    NotesSmaller,
    /// Scroll the console's notes by this many steps (+1 down).
    NotesScroll(i32),
    /// Open or close the presenter console.
    TogglePresenter,
    /// Exchange the places (screens) of the audience window and the console.
    SwapWindows,
    /// Start over: first slide, talk clock at zero, normal screen (after a resume).
    StartOver,
    /// Clear the console's lasting notes (files gone, resume).
    DismissNotices,
    /// The console window was closed by the window manager.
    CloseConsole,
    /// The deck's files changed on disk: read them again.
    Reload,
    /// The save dialog chose where the PDF goes: export there (on a thread).
    ExportTo(PathBuf),
    /// The background export ended with this message.
    ExportFinished(String),
    /// Background work has this to tell the speaker (a dialog that could not open).
    Report(String),
    /// A lasting note for the speaker (kept on the console until dismissed; said once).
    Notice(String),
    /// The ink of the deck file `deck` was written as it was at change `changes` (moving the
    /// unreadable file `aside` away first), or why not.
    InkWritten {
        deck: std::path::PathBuf,
        changes: u64,
        aside: Option<crate::app::ink::writer::Aside>,
        result: Result<(), String>,
    },
    /// The monitors the system reports now (at start and after a hot-plug).
    ScreensChanged(Vec<crate::app::screens::placement::Monitor>),
    /// The monitor (index in the list of `ScreensChanged`) the window was created on, found when
    /// the launcher could not place it (windowed).
    StartedOn(Option<usize>),
    /// A new frame begins at this session time (seconds): the talk's clocks move.
    Tick(f64),
    /// Kiosk, once a frame: whether the exit chord is held; auto-advance and the reload at the
    /// loop's start follow from the time.
    KioskTick {
        chord_held: bool,
    },
    /// The window manager asked to close the slides window (a kiosk refuses).
    CloseRequested,
    /// A kiosk visitor's input at session time `now`: it passes the kiosk's lock (navigation
    /// only, when allowed) or is dropped.
    Visitor {
        action: Box<Action>,
        now: f64,
    },
    /// Pictures that cannot be shown: gone since they were on screen, or unreadable when the
    /// deck opened: (asset, what the speaker is told).
    PicturesUnavailable(Vec<(String, String)>),
    /// The display inhibitor answered: how it keeps the display awake, and whether it does.
    AwakeHeld {
        method: String,
        holds: bool,
    },
    /// `--quit-after-first-frame` reported: the app closes.
    FirstFrameReported,
    /// Drawing on the slides: a tool, a colour, a stroke.
    Ink(crate::app::ink::ink_action::InkAction),
    /// Start or stop sharing the talk on the phones (`Ctrl+Shift+S`, the console's button).
    ToggleShare,
    /// Show the audience's address as a QR code on the slides, or take it away (`Shift+A`).
    ToggleShareCode,
    /// Sharing started or stopped (`on`), with what to tell the speaker.
    ShareStatus {
        on: bool,
        said: String,
    },
    /// The speaker's remote sent a command.
    Remote(crate::share::RemoteCommand),
    /// `Ctrl+I`: import slides of another deck into this one (asks which deck, then shows its
    /// slides to choose).
    ImportDialog,
    /// The deck to import from was chosen: show its slides.
    ImportFrom(PathBuf),
    /// The slide picker was prepared off the UI thread: show it.
    PickerReady(crate::app::picker::Ready),
    /// Import these slides of `from` into the open deck, after `after` (its end when `None`).
    ImportChosen {
        from: PathBuf,
        ids: Vec<String>,
        after: Option<String>,
    },
}

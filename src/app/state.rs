//! What the app knows, apart from the handles it works with: the deck and its problems, the
//! talk in progress ([`Session`]), the kiosk timer, the screens and where each view goes, the
//! messages for the speaker. Knows nothing of egui; only `apply/` changes it.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::screens::placement::{Layout, Monitor, Remembered};
use crate::app::talk::kiosk::{Kiosk, KioskOptions};
use crate::app::talk::rehearsal::Timings;
use crate::app::talk::session::Session;
use crate::diagnostics::Diagnostic;
use crate::model::Deck;

/// How the app was started.
#[derive(Debug, Clone, Default)]
pub struct Mode {
    /// Open the presenter console at start.
    pub console: bool,
    /// Start in a window: screens found later do not make it full screen.
    pub windowed: bool,
    /// Record how long each slide stays on screen and save it beside the deck.
    pub rehearse: bool,
    /// After an edit, jump to the first changed slide when the current one did not change.
    pub follow_edits: bool,
    /// Unattended kiosk playback.
    pub kiosk: Option<KioskOptions>,
    /// Diagnostic: when set (to the process start), report on standard error how long the first
    /// slide took to reach the screen and the memory in use, then quit.
    pub quit_after_first_frame: Option<std::time::Instant>,
    /// Save the live position in the user's state folder and resume from it on the next start
    /// of the same deck (the real app; not in tests).
    pub remember_position: bool,
    /// Ignore a saved position at start (`--fresh`); the position is still saved.
    pub fresh: bool,
    /// Keep the display awake while presenting (the real app; not in tests).
    pub keep_awake: bool,
    /// `--audience-monitor N`: the audience view goes on this monitor.
    pub audience_monitor: Option<usize>,
    /// `--share`: share the talk on the phones from the start, listening as said.
    pub share: Option<crate::share::ShareOptions>,
}

/// A short message for the speaker: in the console when one is open, else small at the edge
/// of the audience view, gone by itself after [`Toast::SECONDS`].
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub text: String,
    /// Session time it was posted.
    pub since: f64,
    /// Still working (an export): stays until replaced.
    pub busy: bool,
}

impl Toast {
    /// Seconds a message stays on the console.
    pub const SECONDS: f64 = 6.0;
    /// Seconds a message stays on the slides view of one screen (the audience may see it).
    pub const ON_SLIDES_SECONDS: f64 = 2.0;

    /// Whether it is still shown at `now`.
    pub fn visible(&self, now: f64) -> bool {
        self.busy || now - self.since < Self::SECONDS
    }
}

/// The screens and where the views go.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Screens {
    /// As the system reported them last (empty: not known, e.g. headless).
    pub monitors: Vec<Monitor>,
    pub layout: Layout,
    /// Swaps the speaker made, per pair of screens.
    pub remembered: Remembered,
    /// The monitor the main window was on when the screens were read first.
    pub started_on: Option<usize>,
}

/// Everything the views read.
#[derive(Default)]
pub struct AppState {
    /// Shared so that a view can hold it while drawing without copying the deck.
    pub deck: Option<Arc<Deck>>,
    /// Where `deck`'s files are read from (set with it): the pictures the views ask for, the
    /// export, the phones.
    pub source: Option<Arc<dyn crate::source::Source>>,
    /// Problems of the last load (shown on screen when there is no deck, or to the speaker).
    pub diagnostics: Vec<Diagnostic>,
    /// The last load failed while an earlier deck stays on screen.
    pub load_failed: bool,
    /// The deck file shown (for reloading and the window title).
    pub path: Option<PathBuf>,
    pub session: Option<Session>,
    pub mode: Mode,
    /// Planned seconds per slide, and the last rehearsal's timings.
    pub planned: Vec<f64>,
    pub rehearsed: Option<Timings>,
    /// The presenter console (or, on one screen, the presenter view) is open.
    pub console: bool,
    /// The audience window is full screen.
    pub fullscreen: bool,
    /// Kiosk playback state.
    pub kiosk: Option<Kiosk>,
    /// Set when the app is quitting.
    pub quit_requested: bool,
    /// `Q` was pressed once while the clock runs (session time): a second `Q` quits.
    pub quit_armed: Option<f64>,
    /// `Shift+Home` was pressed once while the clock runs (session time): a second one starts
    /// the talk over.
    pub start_over_armed: Option<f64>,
    pub toast: Option<Toast>,
    /// Lasting notes for the speaker: files gone during the talk, a resume.
    pub notices: Vec<String>,
    pub screens: Screens,
    /// When a refused close was last logged in a kiosk (session seconds).
    pub close_refused_logged: f64,
    /// How the display is kept awake (the description of the inhibitor held), once known.
    pub awake: Option<String>,
    /// Drawing on the slides: the tool in hand and the deck's ink.
    pub drawing: crate::app::ink::drawing::Drawing,
    /// Sharing on the phones is running (the executor holds the server).
    pub sharing: bool,
    /// The speaker put the audience's address (its QR code) on the slides.
    pub share_code_on_slides: bool,
}

impl AppState {
    /// The session's time (seconds on the monotonic clock), 0 before the first frame.
    pub fn now(&self) -> f64 {
        self.session.as_ref().map_or(0.0, |s| s.now)
    }

    /// Posts a message for the speaker.
    pub fn say(&mut self, text: impl Into<String>) {
        self.toast = Some(Toast {
            text: text.into(),
            since: self.now(),
            busy: false,
        });
    }

    /// The id of the slide the speaker is on.
    pub fn current_id(&self) -> Option<String> {
        let (d, s) = (self.deck.as_ref()?, self.session.as_ref()?);
        d.slides.get(s.slide).map(|sl| sl.id.clone())
    }

    /// Whether the speaker's views (console or presenter view) are open: then every message
    /// goes there, and the audience view shows only slides.
    pub fn speaker_view_open(&self) -> bool {
        self.console && self.kiosk.is_none()
    }

    /// One screen and the presenter view wanted: the root window shows the presenter view.
    pub fn presenter_view_in_root(&self) -> bool {
        self.speaker_view_open() && matches!(self.screens.layout, Layout::Single { .. })
    }

    /// Whether the views show ink: always, except in a kiosk not started with `--ink`.
    pub fn ink_visible(&self) -> bool {
        self.drawing.shown && self.kiosk.as_ref().is_none_or(|k| k.options.show_ink)
    }

    /// The console is a window of its own (two screens, or screens not known).
    pub fn console_window(&self) -> bool {
        self.speaker_view_open() && !matches!(self.screens.layout, Layout::Single { .. })
    }
}

//! The handles the app works with, apart from its state: the caches the views fill
//! ([`ViewCaches`]: fonts, frames, textures), the file watcher, the commands for the windows, the
//! executor (which also keeps the display awake), and the position saves' bookkeeping.

use std::path::PathBuf;
use std::sync::Arc;

use crate::app::input::WheelGate;
use crate::app::reload::DeckWatcher;
use crate::app::screens::atlas::AtlasCap;
use crate::app::talk::resume::Throttle;
use crate::app::view_caches::ViewCaches;
use crate::layout::Fonts;

/// Runtime handles.
pub struct Runtime {
    /// What the views read and fill as they draw (fonts, frames, textures); nothing else of the
    /// runtime reaches a view.
    pub view: ViewCaches,
    /// Whether `fonts` are installed in egui.
    pub fonts_ready: bool,
    /// For each monitor (as `state.screens.monitors` lists them), its index in the window's own
    /// list, which `SetMonitor` takes (winit lists Wayland outputs twice there).
    pub window_monitor_index: Vec<usize>,
    /// Where the slides were last sent: (when, monitor, whether it was checked since).
    pub placed: Option<(f64, usize, bool)>,
    /// A deck was opened or reloaded: its pictures are to be read into memory.
    pub preload_due: bool,
    pub wheel: WheelGate,
    /// When the pointer last moved over the slides (session seconds): it hides after a rest.
    pub pointer_moved: f64,
    /// Watches the deck file and its assets (started once a deck from disk is shown).
    pub watcher: Option<(PathBuf, DeckWatcher)>,
    /// Carries out the commands; what its background work reports comes back as actions.
    pub executor: crate::app::executor::Executor,
    /// Effects decided while applying actions, carried out at the end of the frame.
    pub outbox: Vec<crate::app::command::Command>,
    /// For `--quit-after-first-frame`: 1 once a pass drew the slide, 2 once that was reported.
    pub frames_drawn: u32,
    /// How wide egui's glyph atlas may be.
    pub atlas_cap: AtlasCap,
    /// How full egui's glyph atlas was at the last pass (0 to 1).
    pub atlas_fill: f32,
    /// Where the audience window is on the desktop (for swapping windows on screens not known;
    /// the console's is in `view`).
    pub audience_outer: Option<egui::Rect>,
    /// The egui context, once the first frame ran (background threads ask it for a repaint).
    pub ctx: Option<egui::Context>,
    /// Limits position saves to a few per second.
    pub resume_throttle: Throttle,
    /// The deck file's canonical path (the key of its saved position), and the path it is for.
    pub canonical_path: Option<PathBuf>,
    pub canonical_for: Option<PathBuf>,
    /// The position written last (to write only changes).
    pub resume_written: Option<crate::app::talk::resume::Position>,
    /// The thread that notices monitor changes (started at the first frame of a real window).
    pub screen_watch: Option<crate::app::screens::monitors::ScreenWatch>,
    /// The writing of the ink file.
    pub ink: crate::app::ink::writer::InkStore,
    /// The slide picker's window (`Ctrl+I`), while it is open: the deck it shows, and the view.
    pub picker: Option<(PathBuf, crate::app::picker::PickerView)>,
    /// The slides validated at the last load, reused by the next reload where they did not change.
    pub slide_memo: std::cell::RefCell<crate::deck::validate::SlideMemo>,
    /// The file event that made the next reload (for its timings).
    pub reload_event: Option<std::time::Instant>,
    /// The last reload's timings, until its first frame is painted.
    pub reload_timing: Option<crate::app::reload::ReloadTiming>,
    /// `--share` was acted on (sharing is started once, at the first frame).
    pub share_started: bool,
}

impl Runtime {
    /// Handles for a deck laid out with `fonts`.
    pub fn new(fonts: Arc<Fonts>) -> Runtime {
        Runtime {
            view: ViewCaches::new(fonts),
            fonts_ready: false,
            preload_due: false,
            placed: None,
            window_monitor_index: Vec::new(),
            wheel: WheelGate::default(),
            pointer_moved: 0.0,
            watcher: None,
            executor: Default::default(),
            outbox: Vec::new(),
            frames_drawn: 0,
            atlas_cap: AtlasCap::default(),
            atlas_fill: 0.0,
            audience_outer: None,
            ctx: None,
            resume_throttle: Throttle::default(),
            canonical_path: None,
            canonical_for: None,
            resume_written: None,
            screen_watch: None,
            ink: Default::default(),
            picker: None,
            share_started: false,
            slide_memo: Default::default(),
            reload_event: None,
            reload_timing: None,
        }
    }

    /// The index `SetMonitor` takes for monitor `n` of the state's list.
    pub fn set_monitor_index(&self, n: usize) -> usize {
        self.window_monitor_index.get(n).copied().unwrap_or(n)
    }

    /// Starts watching the shown deck's files; true when they changed and the burst is over.
    pub(crate) fn files_changed(&mut self, path: Option<&std::path::Path>, ctx: &egui::Context) -> bool {
        let Some(path) = path.map(std::path::Path::to_path_buf) else {
            return false;
        };
        if self.watcher.as_ref().is_none_or(|(p, _)| *p != path) {
            let c = ctx.clone();
            self.watcher = DeckWatcher::start(&path, move || c.request_repaint())
                .ok()
                .map(|w| (path, w));
        }
        let watcher = self.watcher.as_ref().map(|(_, w)| w);
        let event = watcher.and_then(DeckWatcher::last_event);
        if watcher.is_some_and(DeckWatcher::take_change) {
            self.reload_event = event;
            return true;
        }
        if watcher.is_some_and(DeckWatcher::pending) {
            ctx.request_repaint_after(crate::app::reload::DEBOUNCE);
        }
        false
    }
}

//! The handles the app works with, apart from its state: fonts, the frame and image caches,
//! the file watcher, what the audience view painted last, the commands for the windows, and the
//! platform services (display kept awake, position saved for a resume).

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::app::frame_cache::FrameCache;
use crate::app::images::ImageCache;
use crate::app::input::WheelGate;
use crate::app::reload::DeckWatcher;
use crate::app::screens::atlas::AtlasCap;
use crate::app::screens::awake::AwakeGuard;
use crate::app::screens::warmup::GlyphWarmup;
use crate::app::talk::resume::Throttle;
use crate::layout::{Fonts, Frame, SlideRef};
use crate::render::screen::Placement;

/// What the audience view keeps from one frame to the next.
#[derive(Default)]
pub struct AudienceCache {
    /// Where the slide was painted last (for links and the pen).
    pub placement: Option<(Placement, Arc<Frame>)>,
    /// Where the blank screen's board was painted last, while the screen is black or white.
    pub board: Option<Placement>,
    /// Frame painted last and its slide.
    pub shown: Option<(Arc<Frame>, usize)>,
    /// A frame fading out and when the fade started (cross-fades).
    pub fade: Option<(Arc<Frame>, f64)>,
    /// Where the audience view was in the previous frame.
    pub last_at: Option<SlideRef>,
    /// The deck's glyphs rasterised in the background after it opens.
    pub warmup: GlyphWarmup,
}

/// Runtime handles.
pub struct Runtime {
    /// The faces slides are laid out and drawn with (the shown deck's theme fonts).
    pub fonts: Arc<Fonts>,
    /// Whether `fonts` are installed in egui.
    pub fonts_ready: bool,
    pub frames: FrameCache,
    pub images: Option<ImageCache>,
    /// The notes' scrolling by keys already done: (slide, steps).
    pub notes_scrolled: (usize, i32),
    /// For each monitor (as `state.screens.monitors` lists them), its index in the window's own
    /// list, which `SetMonitor` takes (winit lists Wayland outputs twice there).
    pub window_monitor_index: Vec<usize>,
    /// The monitor the console window was created on (its builder keeps it; see the console).
    pub console_created_on: Option<usize>,
    /// Where the slides were last sent: (when, monitor, whether it was checked since).
    pub placed: Option<(f64, usize, bool)>,
    /// A deck was opened or reloaded: its pictures are to be read into memory.
    pub preload_due: bool,
    pub wheel: WheelGate,
    /// Watches the deck file and its assets (started once a deck from disk is shown).
    pub watcher: Option<(PathBuf, DeckWatcher)>,
    pub audience: AudienceCache,
    /// Carries out the commands; what its background work reports comes back as actions.
    pub executor: crate::app::executor::Executor,
    /// Effects decided while applying actions, carried out at the end of the frame.
    pub outbox: Vec<crate::app::command::Command>,
    /// Window commands to send once a moment has passed (session seconds): moving a full-screen
    /// window to another screen needs the compositor to have left full screen first.
    pub later: Vec<(f64, egui::ViewportId, egui::ViewportCommand)>,
    /// For `--quit-after-first-frame`: 1 once a pass drew the slide, 2 once that was reported.
    pub frames_drawn: u32,
    /// How wide egui's glyph atlas may be.
    pub atlas_cap: AtlasCap,
    /// How full egui's glyph atlas was at the last pass (0 to 1).
    pub atlas_fill: f32,
    /// Where the audience and console windows are on the desktop (for swapping windows on
    /// screens not known).
    pub audience_outer: Option<egui::Rect>,
    pub console_outer: Option<egui::Rect>,
    /// The egui context, once the first frame ran (background threads ask it for a repaint).
    pub ctx: Option<egui::Context>,
    /// The display kept awake while presenting.
    pub awake: Option<AwakeGuard>,
    /// The inhibitor being acquired on its own thread.
    pub awake_pending: Option<Receiver<AwakeGuard>>,
    /// When the display inhibitor was last refreshed (session seconds).
    pub awake_refreshed: f64,
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
    /// The QR codes of the sharing addresses, drawn once: (address, texture).
    pub share_codes: Vec<(String, egui::TextureHandle)>,
}

impl Runtime {
    /// Handles for a deck laid out with `fonts`.
    pub fn new(fonts: Arc<Fonts>) -> Runtime {
        Runtime {
            fonts,
            fonts_ready: false,
            frames: FrameCache::default(),
            images: None,
            preload_due: false,
            placed: None,
            console_created_on: None,
            window_monitor_index: Vec::new(),
            notes_scrolled: (0, 0),
            wheel: WheelGate::default(),
            watcher: None,
            audience: AudienceCache::default(),
            executor: Default::default(),
            outbox: Vec::new(),
            later: Vec::new(),
            frames_drawn: 0,
            atlas_cap: AtlasCap::default(),
            atlas_fill: 0.0,
            audience_outer: None,
            console_outer: None,
            ctx: None,
            awake: None,
            awake_pending: None,
            awake_refreshed: f64::NEG_INFINITY,
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
            share_codes: Vec::new(),
        }
    }

    /// The index `SetMonitor` takes for monitor `n` of the state's list.
    pub fn set_monitor_index(&self, n: usize) -> usize {
        self.window_monitor_index.get(n).copied().unwrap_or(n)
    }

    /// Queues a command for the audience (root) window.
    pub fn root(&mut self, command: egui::ViewportCommand) {
        self.outbox
            .push(crate::app::command::Command::Window(egui::ViewportId::ROOT, command));
    }
}

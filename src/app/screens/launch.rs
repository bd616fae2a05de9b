//! Starting the presenter: the monitors are read from the event loop before any window exists,
//! so the slides are created full screen on their own screen from the start, and the console
//! on the other (the console viewport is built `with_monitor` in the first frame). A window
//! moved once it is full screen is left where it was by KWin, and sway then leaves the other
//! window tiled: nothing is moved at start. Also `estrade screens`, which reads the monitors
//! without opening a window.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use winit::application::ApplicationHandler;
use winit::event_loop::{ActiveEventLoop, EventLoop};

use crate::app::screens::placement::{self, Layout, Monitor};
use crate::app::{Presenter, RunOptions, screens::monitors, talk::resume};
use crate::deck::Loaded;
use crate::layout::Fonts;

/// The app id (Wayland) and class (X11) of both windows, as in the desktop entry's
/// `StartupWMClass`.
pub const APP_ID: &str = "estrade";

/// What the event loop told before the first window: the monitors and whether it speaks
/// Wayland (where the app id is set; on X11 winit's default class and instance, `estrade`,
/// are kept).
#[derive(Clone, Debug, Default)]
struct Seen {
    monitors: Vec<Monitor>,
    wayland: bool,
}

/// Whether the windows are on Wayland (read once the event loop has started).
pub fn on_wayland() -> bool {
    WAYLAND.load(std::sync::atomic::Ordering::Relaxed)
}

static WAYLAND: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

type Shared<T> = Arc<Mutex<Option<T>>>;

/// eframe's application with one step before it: the monitors are read when the event loop
/// resumes, before eframe creates the window.
struct Placing<'a> {
    app: eframe::EframeWinitApplication<'a>,
    seen: Shared<Seen>,
}

impl ApplicationHandler<eframe::UserEvent> for Placing<'_> {
    fn resumed(&mut self, el: &ActiveEventLoop) {
        if let Ok(mut seen) = self.seen.lock()
            && seen.is_none()
        {
            let wayland = is_wayland(el);
            WAYLAND.store(wayland, std::sync::atomic::Ordering::Relaxed);
            *seen = Some(Seen {
                monitors: monitors::from_event_loop(el),
                wayland,
            });
        }
        self.app.resumed(el);
    }

    fn window_event(&mut self, el: &ActiveEventLoop, id: winit::window::WindowId, event: winit::event::WindowEvent) {
        self.app.window_event(el, id, event);
    }

    fn new_events(&mut self, el: &ActiveEventLoop, cause: winit::event::StartCause) {
        self.app.new_events(el, cause);
    }

    fn user_event(&mut self, el: &ActiveEventLoop, event: eframe::UserEvent) {
        self.app.user_event(el, event);
    }

    fn device_event(&mut self, el: &ActiveEventLoop, id: winit::event::DeviceId, event: winit::event::DeviceEvent) {
        self.app.device_event(el, id, event);
    }

    fn about_to_wait(&mut self, el: &ActiveEventLoop) {
        self.app.about_to_wait(el);
    }

    fn suspended(&mut self, el: &ActiveEventLoop) {
        self.app.suspended(el);
    }

    fn exiting(&mut self, el: &ActiveEventLoop) {
        self.app.exiting(el);
    }

    fn memory_warning(&mut self, el: &ActiveEventLoop) {
        self.app.memory_warning(el);
    }
}

#[cfg(target_os = "linux")]
fn is_wayland(el: &ActiveEventLoop) -> bool {
    use winit::platform::wayland::ActiveEventLoopExtWayland as _;
    el.is_wayland()
}

#[cfg(not(target_os = "linux"))]
fn is_wayland(_: &ActiveEventLoop) -> bool {
    false
}

/// Why the presenter could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The window system could not be reached (no display, …).
    #[error("{}", without_source_path(.0))]
    EventLoop(#[from] winit::error::EventLoopError),
    /// The window or its OpenGL context could not be made (`RUST_LOG=eframe=debug` tells why).
    #[error("{}", crate::t!("app-window-not-created"))]
    NoWindow,
}

/// winit's message without the source file it names (`os error at …/mod.rs:89: Could not find
/// wayland compositor` is said as `Could not find wayland compositor`).
pub fn without_source_path(e: &winit::error::EventLoopError) -> String {
    source_path_dropped(&e.to_string())
}

/// [`without_source_path`] for any error's text (eframe's errors wrap winit's).
pub fn source_path_dropped(text: &str) -> String {
    let text = text.to_string();
    match text.split_once(".rs:") {
        Some((_, rest)) => rest.split_once(": ").map_or(text.clone(), |(_, why)| why.to_string()),
        None => text,
    }
}

/// Opens the audience window on `loaded` and runs until the user quits. The slides go full
/// screen on the screen `placement::place` chooses, from the start; the console follows in the
/// first frame, on the other screen.
pub fn run(loaded: Loaded, path: Option<PathBuf>, fonts: Arc<Fonts>, opts: RunOptions) -> Result<(), RunError> {
    let title = loaded.deck.as_ref().map_or_else(
        || "estrade".to_string(),
        |d| crate::t!("app-window-title", title = &d.meta.title),
    );
    let mode = opts.mode;
    let slide_memo = opts.slide_memo;
    let kiosk = mode.kiosk.is_some();
    let fullscreen = kiosk || !mode.windowed;
    let viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_inner_size([1280.0, 720.0])
        .with_min_inner_size([320.0, 180.0])
        .with_fullscreen(fullscreen)
        .with_drag_and_drop(!kiosk)
        .with_decorations(!kiosk);
    let seen: Shared<Seen> = Arc::default();
    let placed: Shared<usize> = Arc::default();
    let remembered = match (mode.remember_position, resume::state_dir()) {
        (true, Some(dir)) => resume::load_remembered(&dir),
        _ => Default::default(),
    };
    let audience_monitor = mode.audience_monitor;
    let (hook_seen, hook_placed) = (seen.clone(), placed.clone());
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        window_builder: Some(Box::new(move |vb| {
            let Some(seen) = hook_seen.lock().ok().and_then(|s| s.clone()) else {
                return vb;
            };
            let vb = if seen.wayland {
                vb.with_app_id(APP_ID)
            } else {
                // On X11 an app id becomes WM_CLASS with an empty instance name: without one,
                // winit sets both instance and class to the program's name (`estrade`).
                egui::ViewportBuilder { app_id: None, ..vb }
            };
            if !fullscreen {
                return vb;
            }
            let target = match placement::place(&seen.monitors, audience_monitor, &remembered) {
                Layout::Dual { audience, .. } => Some(audience),
                Layout::Single { monitor } => Some(monitor),
                Layout::Unknown => audience_monitor,
            };
            match target {
                Some(t) => {
                    if let Ok(mut p) = hook_placed.lock() {
                        *p = Some(t);
                    }
                    vb.with_monitor(t)
                }
                None => vb,
            }
        })),
        ..Default::default()
    };
    let el = EventLoop::<eframe::UserEvent>::with_user_event().build()?;
    let created = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let made = created.clone();
    let app = eframe::create_native(
        "estrade",
        options,
        Box::new(move |cc| {
            let mut presenter = Presenter::with_mode(loaded, path, fonts, fullscreen, mode);
            presenter.rt.slide_memo = std::cell::RefCell::new(slide_memo);
            // Where the window was created: already in place, not moved again.
            presenter.state.screens.started_on = placed.lock().ok().and_then(|p| *p);
            // The fonts are registered before the first pass, which can then draw the slide.
            presenter.install_fonts(&cc.egui_ctx);
            made.store(true, std::sync::atomic::Ordering::Relaxed);
            Ok(Box::new(presenter))
        }),
        &el,
    );
    el.run_app(&mut Placing { app, seen })?;
    if created.load(std::sync::atomic::Ordering::Relaxed) {
        Ok(())
    } else {
        Err(RunError::NoWindow)
    }
}

/// Reads the monitors from the event loop, without opening a window (`estrade screens`).
pub fn list_monitors() -> Result<Vec<Monitor>, winit::error::EventLoopError> {
    struct Probe(Option<Vec<Monitor>>);
    impl ApplicationHandler for Probe {
        fn resumed(&mut self, el: &ActiveEventLoop) {
            self.0 = Some(monitors::from_event_loop(el));
            el.exit();
        }
        fn window_event(&mut self, _: &ActiveEventLoop, _: winit::window::WindowId, _: winit::event::WindowEvent) {}
    }
    let el = EventLoop::new()?;
    let mut probe = Probe(None);
    el.run_app(&mut probe)?;
    Ok(probe.0.unwrap_or_default())
}

/// What `estrade screens` prints: each monitor and what estrade would show on it, with the
/// swaps remembered in the state folder and `--audience-monitor`, in the interface's language.
pub fn screens_report(audience_monitor: Option<usize>) -> Result<Vec<String>, winit::error::EventLoopError> {
    let monitors = list_monitors()?;
    let remembered = resume::state_dir()
        .map(|d| resume::load_remembered(&d))
        .unwrap_or_default();
    let layout = placement::place(&monitors, audience_monitor, &remembered);
    let mut lines = placement::describe(&monitors, layout);
    let guard = crate::app::screens::awake::AwakeGuard::acquire("estrade", &crate::t!("app-awake-reason"));
    lines.push(crate::t!("app-display-kept-awake", how = guard.describe()));
    Ok(lines)
}

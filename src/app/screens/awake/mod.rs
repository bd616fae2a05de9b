//! Keeps the screensaver and display sleep away while a deck is being presented.
//!
//! On Linux the inhibition is asked of the session's `org.freedesktop.ScreenSaver` service over D-Bus
//! (`Inhibit` / `UnInhibit`). When no such service answers and an X server is reachable (`DISPLAY`), the guard
//! falls back to resetting the X screensaver timer from [`AwakeGuard::keep_alive`]; it never changes the user's
//! screensaver settings. On Windows and macOS the `keepawake` crate holds a platform power assertion.
//!
//! Nothing here panics, and acquiring never blocks the caller much longer than a second: the D-Bus and X11
//! attempts run on a short-lived helper thread that the caller waits on with a timeout.

#[cfg(target_os = "linux")]
mod dbus;
mod error;
pub mod keeper;
#[cfg(target_os = "linux")]
mod wayland;

#[cfg(target_os = "linux")]
use std::time::Duration;

/// How long [`AwakeGuard::acquire`] waits for the D-Bus service before giving up on it.
#[cfg(target_os = "linux")]
const DBUS_TIMEOUT: Duration = Duration::from_millis(800);

/// How long [`AwakeGuard::acquire`] waits for the X server in the fallback.
#[cfg(target_os = "linux")]
const X11_TIMEOUT: Duration = Duration::from_millis(400);

#[cfg(target_os = "linux")]
use crate::app::screens::awake::dbus::{DBusHold, SCREENSAVER};
#[cfg(target_os = "linux")]
use crate::app::screens::awake::wayland::WaylandHold;

pub use crate::app::screens::awake::error::AwakeError;
#[cfg(target_os = "linux")]
pub use crate::app::screens::awake::error::X_SERVER;

/// Keeps the screensaver and display sleep away while it lives; released on drop.
///
/// Create it when a presentation starts and keep it in the presenter's state; drop it when the presentation
/// ends. Call [`AwakeGuard::keep_alive`] about every 30 seconds. Dropping a D-Bus inhibition sends `UnInhibit` and
/// waits at most 0.7 s for the answer.
///
/// On Windows, create and drop the guard on the same thread (the UI thread): the power request belongs to the
/// thread that made it.
pub struct AwakeGuard {
    /// The held inhibition, if any.
    hold: Hold,
    /// Why a preferred mechanism was passed over, shown by [`AwakeGuard::describe`] next to the one in use.
    passed_over: Option<String>,
    /// The Wayland idle inhibitor, held beside the others (sway has only this one).
    #[cfg(target_os = "linux")]
    wayland: Option<Box<WaylandHold>>,
}

/// The mechanism holding the inhibition.
enum Hold {
    /// `org.freedesktop.ScreenSaver` inhibition; `UnInhibit` is sent when this is dropped.
    #[cfg(target_os = "linux")]
    DBus(DBusHold),
    /// X11 fallback: the screensaver timer is reset by each `keep_alive`.
    #[cfg(target_os = "linux")]
    X11(Box<X11Hold>),
    /// Windows or macOS power assertion, released when dropped.
    #[cfg(any(windows, target_os = "macos"))]
    Platform {
        /// Held only to be dropped with the guard.
        _assertion: keepawake::KeepAwake,
    },
    /// Nothing is held; the text says why.
    Nothing(String),
}

impl AwakeGuard {
    /// Inhibits on the user's session (Linux: D-Bus session bus from DBUS_SESSION_BUS_ADDRESS). `reason` is shown
    /// by desktops ("Presenting a slide deck").
    ///
    /// Never fails: when no mechanism works the guard holds nothing and [`AwakeGuard::describe`] says why.
    #[must_use = "the inhibition is released as soon as the guard is dropped"]
    pub fn acquire(app: &str, reason: &str) -> AwakeGuard {
        #[cfg(target_os = "linux")]
        {
            linux::acquire(None, app, reason)
        }
        #[cfg(any(windows, target_os = "macos"))]
        {
            let created = keepawake::Builder::default()
                .display(true)
                .idle(true)
                .reason(reason)
                .app_name(app)
                .create();
            match created {
                Ok(assertion) => AwakeGuard::holding(Hold::Platform { _assertion: assertion }),
                Err(err) => AwakeGuard::holding(Hold::Nothing(AwakeError::from(err).to_string())),
            }
        }
        #[cfg(not(any(target_os = "linux", windows, target_os = "macos")))]
        {
            let _ = (app, reason);
            AwakeGuard::holding(Hold::Nothing(AwakeError::Unsupported.to_string()))
        }
    }

    /// Same, on the session bus at this D-Bus address (for tests with a private bus).
    ///
    /// Falls back to X11 like [`AwakeGuard::acquire`]. Outside Linux there is no D-Bus and the guard holds nothing.
    #[must_use = "the inhibition is released as soon as the guard is dropped"]
    pub fn acquire_on(address: &str, app: &str, reason: &str) -> AwakeGuard {
        #[cfg(target_os = "linux")]
        {
            linux::acquire(Some(address), app, reason)
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = (address, app, reason);
            AwakeGuard::holding(Hold::Nothing(AwakeError::Unsupported.to_string()))
        }
    }

    /// How the inhibition is held, for the log/console, in the interface's language: in English
    /// e.g. "org.freedesktop.ScreenSaver (cookie 7)", "X11 screensaver reset", or "none: <why>".
    pub fn describe(&self) -> String {
        let wayland = self.wayland_text();
        let held = match &self.hold {
            #[cfg(target_os = "linux")]
            Hold::DBus(dbus) => dbus.describe(),
            #[cfg(target_os = "linux")]
            Hold::X11(_) => crate::t!("app-awake-x11-reset"),
            #[cfg(any(windows, target_os = "macos"))]
            Hold::Platform { .. } => crate::t!("app-awake-platform"),
            Hold::Nothing(why) => {
                return wayland.unwrap_or_else(|| crate::t!("app-awake-none", why = why));
            }
        };
        let held = match &self.passed_over {
            Some(why) => format!("{held} ({why})"),
            None => held,
        };
        match wayland {
            Some(w) => format!("{w} + {held}"),
            None => held,
        }
    }

    /// Call about every 30 s from the UI loop: for the X11 fallback, resets the X screensaver timer (cheap no-op
    /// otherwise).
    ///
    /// If the X connection has broken, the guard switches to holding nothing and [`AwakeGuard::describe`] says so.
    pub fn keep_alive(&mut self) {
        #[cfg(target_os = "linux")]
        if let Some(w) = &mut self.wayland
            && w.keep_alive().is_err()
        {
            self.wayland = None;
        }
        #[cfg(target_os = "linux")]
        if let Hold::X11(x11) = &self.hold
            && let Err(err) = x11.reset()
        {
            self.hold = Hold::Nothing(crate::t!("app-awake-x11-stopped", error = err.to_string()));
        }
    }

    /// A guard holding `hold`, with nothing passed over.
    fn holding(hold: Hold) -> AwakeGuard {
        AwakeGuard {
            hold,
            passed_over: None,
            #[cfg(target_os = "linux")]
            wayland: None,
        }
    }

    /// What holds the inhibition, in a few words for the console (without why the others were
    /// passed over): e.g. "Wayland idle-inhibit + org.freedesktop.ScreenSaver".
    pub fn method(&self) -> String {
        let held = match &self.hold {
            #[cfg(target_os = "linux")]
            Hold::DBus(dbus) => Some(dbus.service_name().to_string()),
            #[cfg(target_os = "linux")]
            Hold::X11(_) => Some(crate::t!("app-awake-x11-reset")),
            #[cfg(any(windows, target_os = "macos"))]
            Hold::Platform { .. } => Some(crate::t!("app-awake-platform")),
            Hold::Nothing(_) => None,
        };
        match (self.wayland_text(), held) {
            (Some(w), Some(h)) => format!("{w} + {h}"),
            (Some(one), None) | (None, Some(one)) => one,
            (None, None) => crate::t!("app-awake-nothing"),
        }
    }

    /// Whether anything keeps the display awake.
    pub fn holds(&self) -> bool {
        #[cfg(target_os = "linux")]
        if self.wayland.is_some() {
            return true;
        }
        !matches!(self.hold, Hold::Nothing(_))
    }

    /// The Wayland inhibitor's name, when one is held.
    fn wayland_text(&self) -> Option<String> {
        #[cfg(target_os = "linux")]
        if self.wayland.is_some() {
            return Some(crate::t!("app-awake-wayland-held"));
        }
        None
    }
}

impl std::fmt::Debug for AwakeGuard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("AwakeGuard").field(&self.describe()).finish() // not user text: a type name
    }
}

/// X11 fallback: a connection on which the screensaver timer is reset.
#[cfg(target_os = "linux")]
struct X11Hold {
    /// Connection to the X server named by `DISPLAY`.
    conn: x11rb::rust_connection::RustConnection,
}

#[cfg(target_os = "linux")]
impl X11Hold {
    /// Connects to the X server named by `display` and checks that it accepts a screensaver reset.
    fn connect(display: &str) -> Result<X11Hold, AwakeError> {
        use x11rb::protocol::xproto::{ConnectionExt as _, ScreenSaver};
        let (conn, _screen) = x11rb::connect(Some(display))?;
        // A checked request: one round trip proves the server accepts it.
        conn.force_screen_saver(ScreenSaver::RESET)?.check()?;
        Ok(X11Hold { conn })
    }

    /// Resets the X screensaver timer without waiting for the server (a request written to the socket).
    fn reset(&self) -> Result<(), AwakeError> {
        use x11rb::connection::Connection as _;
        use x11rb::protocol::xproto::{ConnectionExt as _, ScreenSaver};
        // `ForceScreenSaver` has no reply; errors would arrive as events nobody reads, so do not wait for them.
        self.conn.force_screen_saver(ScreenSaver::RESET)?.ignore_error();
        self.conn.flush()?;
        Ok(())
    }
}

#[cfg(target_os = "linux")]
mod linux {
    use std::sync::mpsc;
    use std::time::Duration;

    use super::{
        AwakeError, AwakeGuard, DBUS_TIMEOUT, DBusHold, Hold, SCREENSAVER, WaylandHold, X_SERVER, X11_TIMEOUT, X11Hold,
    };

    /// The Wayland idle inhibitor when a compositor offers it (held beside the rest), then
    /// D-Bus (at `address`, or the session bus: the freedesktop screensaver, then GNOME's
    /// session manager), then X11 at `$DISPLAY`.
    pub(in crate::app) fn acquire(address: Option<&str>, app: &str, reason: &str) -> AwakeGuard {
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|d| !d.is_empty());
        let wayland = wayland
            .then(|| {
                in_background(WAYLAND, DBUS_TIMEOUT, || {
                    WaylandHold::inhibit().map_err(AwakeError::from)
                })
            })
            .and_then(Result::ok);
        let display = std::env::var("DISPLAY").ok().filter(|display| !display.is_empty());
        let mut guard = acquire_with(address, display, app, reason);
        guard.wayland = wayland.map(Box::new);
        guard
    }

    /// What a timeout of the Wayland attempt names.
    const WAYLAND: &str = "wayland";

    /// Like [`acquire`], with the X display given (`None`: no X server) instead of read from the environment.
    pub(in crate::app) fn acquire_with(
        address: Option<&str>,
        display: Option<String>,
        app: &str,
        reason: &str,
    ) -> AwakeGuard {
        let (address, app, reason) = (address.map(str::to_owned), app.to_owned(), reason.to_owned());
        let dbus_err = match in_background(SCREENSAVER, DBUS_TIMEOUT, move || {
            DBusHold::inhibit(address.as_deref(), &app, &reason)
        }) {
            Ok(dbus) => return AwakeGuard::holding(Hold::DBus(dbus)),
            Err(err) => err,
        };
        let dbus_why = crate::t!(
            "app-awake-unavailable",
            service = SCREENSAVER,
            error = dbus_err.to_string()
        );
        let x11 = match display {
            Some(display) => in_background(X_SERVER, X11_TIMEOUT, move || X11Hold::connect(&display)),
            None => Err(AwakeError::NoDisplay),
        };
        match x11 {
            Ok(x11) => AwakeGuard {
                hold: Hold::X11(Box::new(x11)),
                passed_over: Some(dbus_why),
                wayland: None,
            },
            Err(x11_err) => AwakeGuard::holding(Hold::Nothing(format!("{dbus_why}; {x11_err}"))),
        }
    }

    /// Runs `work` on a helper thread and waits at most `timeout` for it.
    ///
    /// On a timeout the thread is left to finish alone; whatever it then produces is dropped, which releases it
    /// (a late D-Bus inhibition is un-inhibited at once).
    fn in_background<T: Send + 'static>(
        what: &'static str,
        timeout: Duration,
        work: impl FnOnce() -> Result<T, AwakeError> + Send + 'static,
    ) -> Result<T, AwakeError> {
        let (sender, receiver) = mpsc::sync_channel(1);
        std::thread::Builder::new()
            .name("estrade-awake".to_owned())
            .spawn(move || {
                // The receiver is gone after a timeout: the result is then dropped here.
                let _ = sender.send(work());
            })
            .map_err(AwakeError::Thread)?;
        match receiver.recv_timeout(timeout) {
            Ok(result) => result,
            Err(_) => Err(AwakeError::Timeout { what, timeout }),
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
#[allow(clippy::unwrap_used)]
mod tests;

//! Why keeping the display awake failed, for every mechanism (`awake.rs` tries them,
//! `awake_dbus.rs` and `awake_wayland.rs` are two of them): shared so none imports another.

use std::time::Duration;

/// Timeout of each D-Bus method call (`Inhibit` on acquire, `UnInhibit` on drop).
#[cfg(target_os = "linux")]
pub(in crate::app) const CALL_TIMEOUT: Duration = Duration::from_millis(700);

/// What [`AwakeError::Timeout`] names when the X server did not answer (shown as "the X server").
#[cfg(target_os = "linux")]
pub const X_SERVER: &str = "x11";

/// Why the display could not be kept awake by one mechanism.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AwakeError {
    /// Connecting to the bus or calling the screensaver service failed.
    #[cfg(target_os = "linux")]
    #[error("{}", crate::t!("app-awake-dbus", error = dbus_words(.0)))]
    DBus(#[from] zbus::Error),
    /// The Wayland idle-inhibit protocol could not be used.
    #[cfg(target_os = "linux")]
    #[error("{0}")]
    Wayland(#[from] crate::app::screens::awake::wayland::WaylandAwakeError),
    /// Connecting to the X server failed.
    #[cfg(target_os = "linux")]
    #[error("{}", crate::t!("app-awake-x11-connect", error = .0.to_string()))]
    X11Connect(#[from] x11rb::errors::ConnectError),
    /// The X connection broke while sending a request.
    #[cfg(target_os = "linux")]
    #[error("{}", crate::t!("app-awake-x11", error = .0.to_string()))]
    X11Connection(#[from] x11rb::errors::ConnectionError),
    /// The X server rejected a request.
    #[cfg(target_os = "linux")]
    #[error("{}", crate::t!("app-awake-x11", error = .0.to_string()))]
    X11Reply(#[from] x11rb::errors::ReplyError),
    /// The platform power API refused the assertion.
    #[cfg(any(windows, target_os = "macos"))]
    #[error("{}", crate::t!("app-awake-keepawake", error = .0.to_string()))]
    KeepAwake(#[from] keepawake::Error),
    /// `DISPLAY` is unset or empty, so there is no X server to fall back to.
    #[error("{}", crate::t!("app-awake-no-display"))]
    NoDisplay,
    /// A mechanism did not answer in time; it was given up on.
    #[error("{}", crate::t!("app-awake-timeout", what = *what, ms = timeout.as_millis() as u64))]
    Timeout {
        /// The mechanism that was waited for: [`X_SERVER`] for the X server, else the D-Bus
        /// name of the service.
        what: &'static str,
        /// How long it was waited for.
        timeout: Duration,
    },
    /// The helper thread that talks to the bus or the X server could not be started.
    #[error("{}", crate::t!("app-awake-thread", error = .0.to_string()))]
    Thread(#[source] std::io::Error),
    /// This platform has no supported way to inhibit the screensaver.
    #[error("{}", crate::t!("app-awake-unsupported"))]
    Unsupported,
}

/// A D-Bus failure in the speaker's words where it is the usual one (no session bus reached).
#[cfg(target_os = "linux")]
fn dbus_words(e: &zbus::Error) -> String {
    match e {
        zbus::Error::InputOutput(_) | zbus::Error::Address(_) | zbus::Error::Connection(..) => {
            crate::t!("app-awake-no-bus")
        }
        other => other.to_string(),
    }
}

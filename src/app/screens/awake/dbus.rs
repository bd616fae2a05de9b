//! Keeping the display awake through a D-Bus service of the session: the freedesktop
//! screensaver (`org.freedesktop.ScreenSaver`: KDE, Xfce, …) or GNOME's session manager
//! (`org.gnome.SessionManager.Inhibit` with the idle flag: GNOME without
//! gsd-screensaver-proxy). The inhibition is released by the drop (and by the service when the
//! connection closes).

use crate::app::screens::awake::error::{AwakeError, CALL_TIMEOUT};

/// Well-known bus name and interface of the freedesktop screensaver service.
pub const SCREENSAVER: &str = "org.freedesktop.ScreenSaver";
/// GNOME's session manager: name, interface and object path.
pub const GNOME_SESSION: &str = "org.gnome.SessionManager";
const GNOME_SESSION_PATH: &str = "/org/gnome/SessionManager";
/// `Inhibit`'s flag for "the session is not idle" (no screensaver, no blanking).
const GNOME_INHIBIT_IDLE: u32 = 8;

/// The service's methods that take and release an inhibition.
const INHIBIT: &str = "Inhibit"; // not user text: a D-Bus method
const UN_INHIBIT: &str = "UnInhibit"; // not user text: a D-Bus method
const GNOME_UN_INHIBIT: &str = "Uninhibit"; // not user text: a D-Bus method

/// Object paths at which desktops serve [`SCREENSAVER`], in the order they are tried.
const SCREENSAVER_PATHS: [&str; 2] = ["/org/freedesktop/ScreenSaver", "/ScreenSaver"];

/// Which service holds the inhibition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    /// `org.freedesktop.ScreenSaver`, at this object path.
    ScreenSaver(&'static str),
    /// `org.gnome.SessionManager`.
    GnomeSession,
}

/// A D-Bus inhibition; dropping it releases it.
pub struct DBusHold {
    /// The connection the inhibition was made on; services release inhibitions of closed
    /// connections too.
    conn: zbus::blocking::Connection,
    service: Service,
    /// Cookie returned by `Inhibit`, given back to release it.
    cookie: u32,
}

impl DBusHold {
    /// Connects to the bus at `address` (the session bus when `None`) and asks
    /// `org.freedesktop.ScreenSaver`, then GNOME's session manager.
    pub fn inhibit(address: Option<&str>, app: &str, reason: &str) -> Result<DBusHold, AwakeError> {
        use zbus::blocking::connection::Builder;
        let builder = match address {
            Some(address) => Builder::address(address)?,
            None => Builder::session()?,
        };
        let conn = builder.method_timeout(CALL_TIMEOUT).build()?;
        let screensaver = |path: &'static str| {
            conn.call_method(Some(SCREENSAVER), path, Some(SCREENSAVER), INHIBIT, &(app, reason))
                .map(|reply| (Service::ScreenSaver(path), reply))
        };
        let [first, second] = SCREENSAVER_PATHS;
        let (service, reply) = match screensaver(first).or_else(|_| screensaver(second)) {
            Ok(answer) => answer,
            Err(fdo) => {
                let gnome = conn.call_method(
                    Some(GNOME_SESSION),
                    GNOME_SESSION_PATH,
                    Some(GNOME_SESSION),
                    INHIBIT,
                    &(app, 0u32, reason, GNOME_INHIBIT_IDLE),
                );
                match gnome {
                    Ok(reply) => (Service::GnomeSession, reply),
                    // The freedesktop service's answer says more (it is the usual one).
                    Err(_) => return Err(fdo.into()),
                }
            }
        };
        let cookie: u32 = reply.body().deserialize()?;
        Ok(DBusHold { conn, service, cookie })
    }

    /// The service's name.
    pub fn service_name(&self) -> &'static str {
        match self.service {
            Service::ScreenSaver(_) => SCREENSAVER,
            Service::GnomeSession => GNOME_SESSION,
        }
    }

    /// E.g. "org.freedesktop.ScreenSaver (cookie 7)".
    pub fn describe(&self) -> String {
        match self.service {
            Service::ScreenSaver(path) if path == SCREENSAVER_PATHS[0] => {
                crate::t!("app-awake-dbus-held", service = SCREENSAVER, cookie = self.cookie)
            }
            Service::ScreenSaver(path) => crate::t!(
                "app-awake-dbus-held-at",
                service = SCREENSAVER,
                path = path,
                cookie = self.cookie
            ),
            Service::GnomeSession => {
                crate::t!("app-awake-dbus-held", service = GNOME_SESSION, cookie = self.cookie)
            }
        }
    }
}

impl Drop for DBusHold {
    fn drop(&mut self) {
        // Best effort: if this fails the service still releases the inhibition when the
        // connection closes, which happens right after, when `conn` is dropped.
        let _ = match self.service {
            Service::ScreenSaver(path) => {
                self.conn
                    .call_method(Some(SCREENSAVER), path, Some(SCREENSAVER), UN_INHIBIT, &(self.cookie,))
            }
            Service::GnomeSession => self.conn.call_method(
                Some(GNOME_SESSION),
                GNOME_SESSION_PATH,
                Some(GNOME_SESSION),
                GNOME_UN_INHIBIT,
                &(self.cookie,),
            ),
        };
    }
}

//! Keeping the display awake with the Wayland idle-inhibit protocol
//! (`zwp_idle_inhibit_manager_v1`), the only way sway (wlroots) offers: an inhibitor on a
//! surface of a connection of our own, held while presenting.
//!
//! The surface is never mapped (no role, no buffer): sway up to 1.10 counts an inhibitor on a
//! surface without a window as visible, so it holds; compositors that require the surface to
//! be shown ignore it, which is why the D-Bus services are asked as well.

use wayland_client::globals::{GlobalListContents, registry_queue_init};
use wayland_client::protocol::wl_compositor::WlCompositor;
use wayland_client::protocol::wl_registry::{self, WlRegistry};
use wayland_client::protocol::wl_surface::WlSurface;
use wayland_client::{Connection, Dispatch, EventQueue, QueueHandle};
use wayland_protocols::wp::idle_inhibit::zv1::client::zwp_idle_inhibit_manager_v1::ZwpIdleInhibitManagerV1;
use wayland_protocols::wp::idle_inhibit::zv1::client::zwp_idle_inhibitor_v1::ZwpIdleInhibitorV1;

/// Why the Wayland inhibitor could not be made.
#[derive(Debug, thiserror::Error)]
pub enum WaylandAwakeError {
    /// No Wayland compositor reached (`WAYLAND_DISPLAY`).
    #[error("{}", crate::t!("app-awake-wayland-connect", error = .0.to_string()))]
    Connect(#[from] wayland_client::ConnectError),
    /// The compositor's globals could not be listed, or the connection broke.
    #[error("{}", crate::t!("app-awake-wayland", error = .0.to_string()))]
    Globals(#[from] wayland_client::globals::GlobalError),
    /// The connection broke.
    #[error("{}", crate::t!("app-awake-wayland", error = .0.to_string()))]
    Dispatch(#[from] wayland_client::DispatchError),
    /// The compositor does not offer the idle-inhibit protocol (GNOME's mutter before 42, …).
    #[error("{}", crate::t!("app-awake-wayland-absent"))]
    NotOffered,
}

/// Our side of the connection: no event is acted upon.
struct Quiet;

impl Dispatch<WlRegistry, GlobalListContents> for Quiet {
    fn event(
        _: &mut Quiet,
        _: &WlRegistry,
        _: wl_registry::Event,
        _: &GlobalListContents,
        _: &Connection,
        _: &QueueHandle<Quiet>,
    ) {
    }
}
wayland_client::delegate_noop!(Quiet: WlCompositor);
wayland_client::delegate_noop!(Quiet: ignore WlSurface);
wayland_client::delegate_noop!(Quiet: ZwpIdleInhibitManagerV1);
wayland_client::delegate_noop!(Quiet: ZwpIdleInhibitorV1);

/// An idle inhibitor held on the compositor; released on drop.
pub struct WaylandHold {
    conn: Connection,
    queue: EventQueue<Quiet>,
    manager: ZwpIdleInhibitManagerV1,
    surface: WlSurface,
    inhibitor: ZwpIdleInhibitorV1,
}

impl WaylandHold {
    /// Connects to the compositor of `WAYLAND_DISPLAY` and creates the inhibitor.
    pub fn inhibit() -> Result<WaylandHold, WaylandAwakeError> {
        let conn = Connection::connect_to_env()?;
        let (globals, mut queue) = registry_queue_init::<Quiet>(&conn)?;
        let qh = queue.handle();
        let manager: ZwpIdleInhibitManagerV1 = globals
            .bind(&qh, 1..=1, ())
            .map_err(|_| WaylandAwakeError::NotOffered)?;
        let compositor: WlCompositor = globals
            .bind(&qh, 1..=4, ())
            .map_err(|_| WaylandAwakeError::NotOffered)?;
        let surface = compositor.create_surface(&qh, ());
        let inhibitor = manager.create_inhibitor(&surface, &qh, ());
        // One round trip: the compositor has the inhibitor (or has closed the connection).
        queue.roundtrip(&mut Quiet)?;
        Ok(WaylandHold {
            conn,
            queue,
            manager,
            surface,
            inhibitor,
        })
    }

    /// Reads what the compositor sent since (outputs coming and going), so its messages never
    /// pile up; an error means the compositor is gone.
    pub fn keep_alive(&mut self) -> Result<(), WaylandAwakeError> {
        self.queue.roundtrip(&mut Quiet)?;
        Ok(())
    }
}

impl Drop for WaylandHold {
    fn drop(&mut self) {
        self.inhibitor.destroy();
        self.surface.destroy();
        self.manager.destroy();
        // Best effort: the compositor drops the inhibitor with the connection anyway.
        let _ = self.conn.flush();
    }
}

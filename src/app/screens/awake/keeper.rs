//! The display kept awake for the whole run, as the executor holds it: acquired once, on a
//! thread of its own on Linux (asking the session bus may take a moment, never on the way to a
//! frame), refreshed every 30 s (the X11 fallback needs it), released when the app ends.

use std::sync::mpsc::Receiver;

use super::AwakeGuard;
use crate::app::talk::kiosk::KioskOptions;

/// Seconds between two refreshes of the display inhibitor.
const REFRESH_SECONDS: f64 = 30.0;

/// The inhibitor held, or being acquired.
pub struct Keeper {
    guard: Option<AwakeGuard>,
    pending: Option<Receiver<AwakeGuard>>,
    /// Acquired, and not told yet.
    untold: bool,
    /// When it was last refreshed (session seconds).
    refreshed: f64,
}

impl Default for Keeper {
    fn default() -> Self {
        Keeper {
            guard: None,
            pending: None,
            untold: false,
            refreshed: f64::NEG_INFINITY,
        }
    }
}

impl Keeper {
    /// Starts acquiring the inhibitor (once); how it is held is written to the kiosk's log, or
    /// to standard error.
    pub fn start(&mut self, kiosk: Option<KioskOptions>) {
        if self.guard.is_some() || self.pending.is_some() {
            return;
        }
        let acquire = move || {
            let guard = AwakeGuard::acquire("estrade", &crate::t!("app-awake-reason"));
            let line = crate::t!("app-display-kept-awake", how = guard.describe());
            match &kiosk {
                Some(options) => crate::app::talk::kiosk::log(options, &line),
                None => eprintln!("estrade: {line}"),
            }
            guard
        };
        if cfg!(target_os = "linux") {
            let (tx, rx) = std::sync::mpsc::channel();
            let spawned = std::thread::Builder::new()
                .name("estrade-awake".into()) // not user text: a thread name
                .spawn(move || tx.send(acquire()));
            if spawned.is_ok() {
                self.pending = Some(rx);
            }
        } else {
            // keepawake's power request belongs to the thread that made it.
            self.guard = Some(acquire());
            self.untold = true;
        }
    }

    /// Once a frame: refreshes the inhibitor when due, and gives, once, how it is held and
    /// whether it holds, when that became known.
    pub fn tend(&mut self, now: f64) -> Option<(String, bool)> {
        let mut answer = None;
        if let Some(guard) = self.pending.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.guard = Some(guard);
            self.pending = None;
            self.untold = true;
        }
        if let Some(g) = &mut self.guard {
            if std::mem::take(&mut self.untold) {
                answer = Some((g.method(), g.holds()));
            }
            if now - self.refreshed > REFRESH_SECONDS {
                g.keep_alive();
                self.refreshed = now;
            }
        }
        answer
    }
}

//! `AwakeGuard` against a private D-Bus bus: a stand-in `org.freedesktop.ScreenSaver` records the calls.
//!
//! Needs `dbus-daemon` (Debian package `dbus-daemon`). Without it these tests fail when `CI` is set and are
//! skipped with a message otherwise.
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use estrade::app::screens::awake::AwakeGuard;

/// Bus configuration: a session-type bus on a socket in `{dir}`, no service activation, everything allowed.
const BUS_CONFIG: &str = r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={dir}/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"#;

/// A `dbus-daemon` of our own, killed on drop.
struct PrivateBus {
    daemon: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    /// Starts the daemon and waits until it prints its address; `None` when the test should be skipped.
    fn start() -> Option<PrivateBus> {
        if Command::new("dbus-daemon").arg("--version").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "dbus-daemon not found: install dbus-daemon (apt-get install -y dbus-daemon)"
            );
            eprintln!("skipping: dbus-daemon not found (install dbus-daemon to run this test)");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("bus.conf");
        std::fs::write(&config, BUS_CONFIG.replace("{dir}", dir.path().to_str().unwrap())).unwrap();
        let mut daemon = Command::new("dbus-daemon")
            .arg(format!("--config-file={}", config.display()))
            .args(["--nofork", "--nopidfile", "--nosyslog", "--print-address=1"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            // Piped, not inherited, to keep harmless warnings (e.g. "Failed to set fd limit" as root) out of the log.
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The address is printed once the bus listens.
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        let address = address.trim().to_owned();
        if !address.starts_with("unix:") {
            let _ = daemon.kill();
            let output = daemon.wait_with_output().unwrap();
            panic!(
                "dbus-daemon printed {address:?}; stderr: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Some(PrivateBus {
            daemon,
            address,
            _dir: dir,
        })
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Stand-in screensaver: records each call as text and hands out cookies from 42 up.
struct StandIn {
    calls: Arc<Mutex<Vec<String>>>,
    next_cookie: u32,
}

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl StandIn {
    fn inhibit(&mut self, application_name: String, reason: String) -> u32 {
        let cookie = self.next_cookie;
        self.next_cookie += 1;
        self.calls
            .lock()
            .unwrap()
            .push(format!("Inhibit({application_name:?}, {reason:?}) -> {cookie}"));
        cookie
    }

    fn un_inhibit(&mut self, cookie: u32) {
        self.calls.lock().unwrap().push(format!("UnInhibit({cookie})"));
    }
}

/// Serves the stand-in at `path` on the bus; it stays while the returned connection lives.
fn serve_stand_in(bus: &PrivateBus, path: &str) -> (zbus::blocking::Connection, Arc<Mutex<Vec<String>>>) {
    let calls = Arc::new(Mutex::new(Vec::new()));
    let stand_in = StandIn {
        calls: Arc::clone(&calls),
        next_cookie: 42,
    };
    let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
        .unwrap()
        .name("org.freedesktop.ScreenSaver")
        .unwrap()
        .serve_at(path, stand_in)
        .unwrap()
        .build()
        .unwrap();
    (conn, calls)
}

fn recorded(calls: &Mutex<Vec<String>>) -> Vec<String> {
    calls.lock().unwrap().clone()
}

#[test]
fn inhibits_on_acquire_and_uninhibits_on_drop() {
    let Some(bus) = PrivateBus::start() else { return };
    let (_service, calls) = serve_stand_in(&bus, "/org/freedesktop/ScreenSaver");

    let mut guard = AwakeGuard::acquire_on(&bus.address, "estrade", "Presenting");
    assert_eq!(recorded(&calls), [r#"Inhibit("estrade", "Presenting") -> 42"#]);
    assert_eq!(guard.describe(), "org.freedesktop.ScreenSaver (cookie 42)");

    guard.keep_alive(); // nothing to do for D-Bus: no further call
    assert_eq!(recorded(&calls).len(), 1);

    drop(guard);
    assert_eq!(
        recorded(&calls),
        [r#"Inhibit("estrade", "Presenting") -> 42"#, "UnInhibit(42)"]
    );
}

#[test]
fn falls_back_to_the_short_object_path() {
    let Some(bus) = PrivateBus::start() else { return };
    let (_service, calls) = serve_stand_in(&bus, "/ScreenSaver");

    let guard = AwakeGuard::acquire_on(&bus.address, "estrade", "Presenting a slide deck");
    assert_eq!(
        recorded(&calls),
        [r#"Inhibit("estrade", "Presenting a slide deck") -> 42"#]
    );
    assert_eq!(
        guard.describe(),
        "org.freedesktop.ScreenSaver at /ScreenSaver (cookie 42)"
    );

    drop(guard);
    assert_eq!(recorded(&calls).last().map(String::as_str), Some("UnInhibit(42)"));
}

#[test]
fn nobody_owning_the_name_is_explained_quickly() {
    let Some(bus) = PrivateBus::start() else { return };

    let started = Instant::now();
    let guard = AwakeGuard::acquire_on(&bus.address, "estrade", "Presenting");
    let took = started.elapsed();
    assert!(took < Duration::from_secs(3), "acquire_on took {took:?}");

    let text = guard.describe();
    eprintln!("describe(): {text}");
    assert!(
        text.contains("org.freedesktop.ScreenSaver unavailable: D-Bus: "),
        "{text}"
    );
    assert!(text.contains("org.freedesktop.DBus.Error.ServiceUnknown"), "{text}");
    // With an X server around the guard falls back to it; without one it holds nothing.
    let has_display = std::env::var_os("DISPLAY").is_some_and(|display| !display.is_empty());
    if has_display {
        assert!(
            text.starts_with("X11 screensaver reset (") || text.starts_with("none: "),
            "{text}"
        );
    } else {
        assert!(text.starts_with("none: "), "{text}");
        assert!(text.ends_with("; X11: DISPLAY is not set"), "{text}");
    }
}

//! Tests of `awake.rs`.
use std::time::{Duration, Instant};

use crate::app::screens::awake::{AwakeError, AwakeGuard, Hold, X_SERVER, linux::acquire_with};
use crate::i18n::{Lang, with_lang};

#[test]
fn unreachable_bus_without_display_holds_nothing_and_says_why() {
    let started = Instant::now();
    let guard = acquire_with(
        Some("unix:path=/nonexistent/estrade-test-bus"),
        None,
        "estrade",
        "Presenting",
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    let text = guard.describe();
    assert!(
        text.starts_with("none: org.freedesktop.ScreenSaver unavailable: D-Bus: "),
        "{text}"
    );
    assert!(text.ends_with("; X11: DISPLAY is not set"), "{text}");
    assert!(matches!(guard.hold, Hold::Nothing(_)));
}

#[test]
fn malformed_bus_address_is_reported_not_panicked() {
    let guard = acquire_with(Some("not a d-bus address"), None, "estrade", "Presenting");
    assert!(
        guard
            .describe()
            .starts_with("none: org.freedesktop.ScreenSaver unavailable: D-Bus: ")
    );
}

#[test]
fn unreachable_x_server_is_reported() {
    // Display 999 has no socket here; the attempt must fail quickly, not hang.
    let started = Instant::now();
    let mut guard = acquire_with(
        Some("unix:path=/nonexistent/estrade-test-bus"),
        Some(":999".to_owned()),
        "estrade",
        "Presenting",
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "took {:?}",
        started.elapsed()
    );
    let text = guard.describe();
    assert!(text.starts_with("none: "), "{text}");
    assert!(
        text.contains("; X11 connect: ") || text.contains("the X server did not answer"),
        "{text}"
    );
    guard.keep_alive(); // a no-op on an empty guard
    assert_eq!(guard.describe(), text);
}

#[test]
fn silent_bus_times_out_instead_of_hanging() {
    // A socket that accepts connections but never answers the D-Bus handshake.
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("bus");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let started = Instant::now();
    let guard = acquire_with(
        Some(&format!("unix:path={}", socket.display())),
        None,
        "estrade",
        "Presenting",
    );
    let took = started.elapsed();
    assert!(took < Duration::from_millis(1500), "took {took:?}");
    let text = guard.describe();
    assert!(
        text.starts_with(
            "none: org.freedesktop.ScreenSaver unavailable: org.freedesktop.ScreenSaver did not answer within 800 ms"
        ),
        "{text}"
    );
}

#[test]
fn timeout_error_names_what_was_waited_for() {
    let err = AwakeError::Timeout {
        what: X_SERVER,
        timeout: Duration::from_millis(400),
    };
    assert_eq!(err.to_string(), "the X server did not answer within 400 ms");
    assert_eq!(
        with_lang(Lang::Fr, || err.to_string()),
        "le serveur X n’a pas répondu dans les 400 ms"
    );
    let dbus = AwakeError::Timeout {
        what: "org.freedesktop.ScreenSaver",
        timeout: Duration::from_millis(800),
    };
    assert_eq!(
        with_lang(Lang::Fr, || dbus.to_string()),
        "org.freedesktop.ScreenSaver n’a pas répondu dans les 800 ms"
    );
}

#[test]
fn the_reason_for_holding_nothing_is_told_in_french() {
    let guard = with_lang(Lang::Fr, || {
        acquire_with(Some("not a d-bus address"), None, "estrade", "Présentation")
    });
    let text = with_lang(Lang::Fr, || guard.describe());
    assert!(
        text.starts_with("aucun moyen\u{a0}: org.freedesktop.ScreenSaver indisponible\u{a0}: D-Bus\u{a0}: "),
        "{text}"
    );
    assert!(text.ends_with("; X11\u{a0}: DISPLAY n’est pas défini"), "{text}");
}

#[test]
fn debug_shows_the_description() {
    let guard = AwakeGuard::holding(Hold::Nothing("test".to_owned()));
    assert_eq!(format!("{guard:?}"), "AwakeGuard(\"none: test\")");
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Kiosk playback in the app: locked input, auto-advance, reload at loop start, and a soak test
//! of many transitions through the real session, frame cache, painter and image cache.
//!
//! The soak test is ignored by default; run it with
//! `ESTRADE_SOAK=100000 cargo test --release --test kiosk -- --ignored --nocapture`
//! (`.ci/run` runs it with a smaller count).

#[path = "support/app_harness.rs"]
mod app_harness;
use app_harness::scratch;

use app_harness::window;

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::Harness;
use estrade::app::talk::kiosk::{KioskOptions, Tick};
use estrade::app::{Mode, Presenter};

fn kiosk(deck: &Path, options: KioskOptions) -> Harness<'static, Presenter> {
    let mode = Mode {
        kiosk: Some(options),
        ..Mode::default()
    };
    let mut h = window(app_harness::presenter(deck, true, mode), 1280.0, 720.0);
    h.run_steps(3);
    h
}

fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap();
    statm.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 4096
}

#[test]
fn keys_do_not_quit_or_navigate_a_locked_kiosk() {
    let mut h = kiosk(Path::new("tests/fixtures/kiosk/loop.ron"), KioskOptions::default());
    for k in [Key::Q, Key::Escape, Key::ArrowRight, Key::F, Key::S, Key::O] {
        h.key_press(k);
        h.run_steps(2);
    }
    h.key_press_modifiers(egui::Modifiers::CTRL, Key::Q);
    h.run_steps(2);
    let p = h.state();
    assert!(!p.state.quit_requested);
    assert!(!p.state.console);
    let s = p.state.session.as_ref().unwrap();
    assert_eq!((s.slide, s.overview), (0, None), "no navigation, no overview");
}

#[test]
fn allowed_navigation_moves_and_auto_play_waits() {
    let options = KioskOptions {
        allow_navigation: true,
        idle_return: 60.0,
        advance: 1000.0,
        ..KioskOptions::default()
    };
    let mut h = kiosk(Path::new("tests/fixtures/kiosk/loop.ron"), options);
    h.key_press(Key::ArrowRight);
    h.run_steps(2);
    assert_eq!(h.state().state.session.as_ref().unwrap().slide, 1);
}

#[test]
fn a_broken_update_is_logged_and_ignored_and_a_good_one_is_taken() {
    let dir = scratch::scratch("kiosk");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let deck: PathBuf = dir.join("loop.ron");
    let text = |t: &str| {
        format!(
            "Deck(title: \"{t}\", slides: [Text(id: \"a\", title: \"A\", body: \"1\"), Text(id: \"b\", title: \"B\", body: \"2\")])"
        )
    };
    std::fs::write(&deck, text("v1")).unwrap();
    let log = dir.join("kiosk.log");
    let mut h = kiosk(
        &deck,
        KioskOptions {
            log: Some(log.clone()),
            ..KioskOptions::default()
        },
    );
    // A broken update: logged, the show goes on with the last good deck.
    std::fs::write(&deck, "Deck(title: \"cassé\", slides: [").unwrap();
    h.state_mut().reload();
    assert_eq!(h.state().deck().unwrap().meta.title, "v1");
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("ignored an invalid update"), "{logged}");
    assert!(logged.contains("loop.ron:1:"), "diagnostic with its position: {logged}");
    std::fs::write(&deck, text("v2")).unwrap();
    h.state_mut().reload();
    assert_eq!(h.state().deck().unwrap().meta.title, "v2");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Drives transitions with a mock clock through the kiosk timer, the session, layout, painting
/// and the image cache, and checks resident memory stays flat.
#[test]
#[ignore = "soak test: run explicitly (see the module docs)"]
fn soak_many_transitions_without_growing() {
    let count: u64 = std::env::var("ESTRADE_SOAK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let mut h = kiosk(
        Path::new("slides/ceap-2024.ron"),
        KioskOptions {
            advance: 1.0,
            ..KioskOptions::default()
        },
    );
    let mut now = 0.0;
    let transition = |h: &mut Harness<'_, Presenter>, now: &mut f64| {
        let p = h.state_mut();
        let (deck, session, k) = (
            p.deck().unwrap().clone(),
            p.state.session.clone().unwrap(),
            p.state.kiosk.as_mut().unwrap(),
        );
        loop {
            match k.tick(&deck, &session, *now) {
                Tick::Wait(s) => *now += s,
                Tick::Go(action) => {
                    let s = p.state.session.as_mut().unwrap();
                    s.apply(action, &deck);
                    break;
                }
                Tick::Done => panic!("the kiosk loops"),
            }
        }
        h.step();
    };
    // Warm up until every slide, texture and cache entry exists once: the kiosk shows one frame
    // per slide here, so textures decoded in the background arrive over several loops.
    for _ in 0..(count / 10).max(600) {
        transition(&mut h, &mut now);
    }
    let start = resident_bytes();
    let t0 = std::time::Instant::now();
    for _ in 0..count {
        transition(&mut h, &mut now);
    }
    let end = resident_bytes();
    let transitions = h.state().state.kiosk.as_ref().unwrap().transitions;
    let growth = (end as f64 - start as f64) / start as f64 * 100.0;
    eprintln!(
        "soak: {count} transitions ({transitions} in all) in {:.1} s, {:.0} simulated hours; resident {:.1} MiB -> {:.1} MiB ({growth:+.2} %)",
        t0.elapsed().as_secs_f64(),
        now / 3600.0,
        start as f64 / 1048576.0,
        end as f64 / 1048576.0
    );
    assert!(growth < 5.0, "resident memory grew by {growth:.2} %");
}

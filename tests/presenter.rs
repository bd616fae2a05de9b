#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The presenter console, driven headless: it shows the notes, the next slide and the clocks;
//! keys move both views; blackout, freeze, overview and "go to" work. (In the test harness the
//! console viewport is embedded as a window of the same context.)

#[path = "support/app_harness.rs"]
mod app_harness;
use app_harness::scratch;

use app_harness::{press, shows, window};

use std::path::Path;

use egui::{Event, Key};
use egui_kittest::Harness;
use estrade::app::talk::session::Screen;
use estrade::app::{Mode, Presenter};

fn harness(mode: Mode) -> Harness<'static, Presenter> {
    let p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), false, mode);
    let mut h = window(p, 1600.0, 1000.0);
    h.run();
    h
}

fn console() -> Mode {
    Mode {
        console: true,
        ..Mode::default()
    }
}

#[test]
fn the_console_shows_notes_next_slide_and_clocks() {
    let h = harness(console());
    assert!(shows(&h, "Bonjour à toutes et à tous"), "notes of the title slide");
    assert!(shows(&h, "Next"));
    assert!(shows(&h, "20:00 left"), "remaining time against the planned 20 min");
    assert!(shows(&h, "1 / 22"));
    assert!(shows(&h, "planned 0:30"), "the slide's planned time");
}

#[test]
fn keys_move_the_audience_and_the_console_together() {
    let mut h = harness(console());
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Cinq temps"), "console notes follow");
    let s = h.state().state.session.as_ref().unwrap();
    assert_eq!((s.slide, s.audience_at().slide), (1, 1));
    assert!(s.clock.started(), "the first advance starts the clock");
}

#[test]
fn blackout_and_freeze_affect_only_the_audience() {
    let mut h = harness(console());
    press(&mut h, Key::B);
    assert_eq!(h.state().state.session.as_ref().unwrap().screen, Screen::Black);
    assert!(shows(&h, "BLACK SCREEN"));
    press(&mut h, Key::Period);
    assert_eq!(h.state().state.session.as_ref().unwrap().screen, Screen::Slide);
    press(&mut h, Key::Z);
    press(&mut h, Key::ArrowRight);
    let s = h.state().state.session.as_ref().unwrap();
    assert_eq!((s.slide, s.audience_at().slide), (1, 0), "audience frozen on the title");
    assert!(shows(&h, "AUDIENCE FROZEN"));
}

#[test]
fn overview_and_go_to_pick_slides() {
    let mut h = harness(console());
    press(&mut h, Key::Tab);
    assert!(
        h.state().state.session.as_ref().unwrap().overview.is_some(),
        "Tab opens the overview"
    );
    assert!(shows(&h, "3 · Introduction"), "thumbnails are labelled");
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().state.session.as_ref().unwrap().slide,
        4,
        "one row of four down"
    );
    press(&mut h, Key::G);
    h.event(Event::Text("quebec capitale".into()));
    h.run();
    assert!(
        shows(&h, "· Québec, capitale"),
        "the best match is listed with its number"
    );
    press(&mut h, Key::Enter);
    let d = h.state().deck().unwrap();
    assert_eq!(
        h.state().state.session.as_ref().unwrap().slide,
        d.find("quebec-capitale").unwrap()
    );
}

#[test]
fn s_opens_and_closes_the_console() {
    let mut h = harness(Mode::default());
    assert!(!shows(&h, "planned"));
    press(&mut h, Key::S);
    assert!(h.state().state.console);
    assert!(shows(&h, "planned"));
    press(&mut h, Key::S);
    assert!(!h.state().state.console);
}

#[test]
fn rehearsal_writes_timings_beside_the_deck() {
    let dir = scratch::scratch("rehearse");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let deck = dir.join("mini.ron");
    std::fs::write(&deck, "Deck(title: \"t\", slides: [Text(id: \"a\", title: \"A\", body: \"x\"), Text(id: \"b\", title: \"B\", body: \"y\")])").unwrap();
    let p = app_harness::presenter(
        &deck,
        false,
        Mode {
            console: true,
            rehearse: true,
            ..Mode::default()
        },
    );
    let mut h = window(p, 1280.0, 800.0);
    h.run();
    press(&mut h, Key::ArrowRight);
    h.state_mut().save_rehearsal();
    let timings = estrade::app::talk::rehearsal::Timings::load(&dir.join("mini.timings.ron")).unwrap();
    assert!(timings.slides.contains_key("a"), "{timings:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

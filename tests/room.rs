#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The day of the talk, driven headless: the one-screen presenter view; with a console open,
//! nothing of the speaker's business reaches the audience view (a broken reload, a typed
//! number, an image deleted during the talk); `Q` asks again while the clock runs; a slide whose
//! layout panics becomes a placeholder and the talk goes on; every glyph of the interface exists
//! in the fonts. (In the harness the console viewport is embedded as a window of the same
//! context, so "on the audience view" means drawn by the audience overlays.)

#[path = "support/app_harness.rs"]
mod app_harness;

use app_harness::{console, laptop, press, shows, window};

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::Harness;
use estrade::app::action::Action;
use estrade::app::images::TextureState;
use estrade::app::screens::placement::Monitor;
use estrade::app::{Mode, Presenter};

fn temp_dir(name: &str) -> app_harness::scratch::Scratch {
    app_harness::temp_dir("room", name)
}

#[test]
fn one_screen_shows_one_presenter_view_and_s_switches_to_the_slides() {
    let mut p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), true, console());
    p.apply(Action::ScreensChanged(vec![laptop()]));
    assert!(
        p.state.presenter_view_in_root(),
        "one screen: the presenter view in the main window"
    );
    assert!(!p.state.console_window(), "no second window");
    let mut h = window(p, 1366.0, 768.0);
    h.run();
    assert!(shows(&h, "Bonjour à toutes et à tous"), "notes");
    assert!(shows(&h, "Next"));
    assert!(shows(&h, "20:00 left"));
    assert!(shows(&h, "slide 1 / 22"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Cinq temps"), "the notes follow the slide");
    press(&mut h, Key::S);
    assert!(!h.state().state.presenter_view_in_root());
    assert!(!shows(&h, "Cinq temps"), "the slides alone: no notes");
    assert!(shows(&h, "Contexte global"), "the slide itself");
    press(&mut h, Key::S);
    assert!(shows(&h, "Cinq temps"), "and back to the presenter view");
}

#[test]
fn a_second_screen_opens_the_console_and_unplugging_keeps_the_talk() {
    let mut p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), true, Mode::default());
    p.apply(Action::ScreensChanged(vec![laptop()]));
    assert!(!p.state.console, "one screen, no --presenter: the slides only");
    p.apply(Action::Next);
    p.apply(Action::Next);
    let projector = Monitor {
        name: Some("HDMI-1".into()),
        position: (1366, 0),
        size: (1920, 1080),
        scale: 1.0,
        primary: false,
    };
    p.apply(Action::ScreensChanged(vec![laptop(), projector]));
    assert!(p.state.console_window(), "a projector appeared: the console comes up");
    let at = p.state.session.as_ref().unwrap().at();
    p.apply(Action::ScreensChanged(vec![laptop()]));
    assert_eq!(p.state.session.as_ref().unwrap().at(), at, "slide and step untouched");
    assert!(p.state.presenter_view_in_root());
}

#[test]
fn with_a_console_a_broken_reload_is_told_to_the_speaker_only() {
    let dir = temp_dir("broken");
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [Text(id: "a", title: "Premier", body: "x")])"#,
    )
    .unwrap();
    let p = app_harness::presenter(&deck, false, console());
    let mut h = window(p, 1600.0, 1000.0);
    h.run();
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [Text(id: "a", title: "Premier", body: "x"]"#,
    )
    .unwrap();
    h.state_mut().reload();
    h.run();
    assert!(shows(&h, "Premier"), "the last good deck stays");
    assert!(shows(&h, "The edited deck has errors"), "the console says so");
    assert!(!shows(&h, "could not be opened"), "nothing over the audience view");
    press(&mut h, Key::Num1);
    assert!(shows(&h, "Go to slide 1"), "the typed number on the console");
    assert!(!shows(&h, "→ 1"), "not on the audience view");
}

#[test]
fn without_a_console_the_typed_number_shows_small_on_the_slide() {
    let p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), false, Mode::default());
    let mut h = window(p, 1280.0, 720.0);
    h.run();
    press(&mut h, Key::Num1);
    assert!(shows(&h, "→ 1"));
}

/// A deck with one image, shown until the texture is there.
fn deck_with_image(dir: &Path) -> PathBuf {
    std::fs::create_dir_all(dir.join("assets/images")).unwrap();
    std::fs::copy("assets/images/montreal-cop15.png", dir.join("assets/images/photo.png")).unwrap();
    std::fs::create_dir_all(dir.join("slides")).unwrap();
    let deck = dir.join("slides/talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [Image(id: "p", title: "Photo", image: (src: "images/photo.png", alt: "une photo"))])"#,
    )
    .unwrap();
    deck
}

#[test]
fn an_image_deleted_during_the_talk_stays_on_screen_and_the_speaker_is_told() {
    let dir = temp_dir("image");
    let deck = deck_with_image(&dir);
    let p = app_harness::presenter(&deck, false, console());
    let asset = p.deck().unwrap().slides[0].images()[0].asset.clone();
    let mut h: Harness<'static, Presenter> = window(p, 1600.0, 1000.0);
    for _ in 0..400 {
        h.step();
        if matches!(h.state().texture(&asset), TextureState::Ready(..)) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let state = match h.state().texture(&asset) {
        TextureState::Ready(..) => "ready".to_string(),
        TextureState::Pending => "pending".to_string(),
        TextureState::Failed(e) => e,
    };
    assert_eq!(state, "ready", "{:?}", h.state().state.diagnostics);
    std::fs::remove_file(dir.join("assets/images/photo.png")).unwrap();
    h.state_mut().reload();
    for _ in 0..200 {
        h.step();
        if !h.state().state.notices.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    assert!(
        matches!(h.state().texture(&asset), TextureState::Ready(..)),
        "the picture already shown stays"
    );
    assert!(
        h.state().state.notices.iter().any(|n| n.contains("photo.png")),
        "{:?}",
        h.state().state.notices
    );
    assert!(
        shows(&h, "can no longer be read"),
        "the console says which file is gone"
    );
}

#[test]
fn q_while_the_clock_runs_asks_again() {
    let p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), false, console());
    let mut h = window(p, 1600.0, 1000.0);
    h.run();
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Q);
    assert!(!h.state().state.quit_requested, "the first Q only asks");
    assert!(shows(&h, "press Q again to quit"));
    press(&mut h, Key::Escape);
    press(&mut h, Key::Q);
    assert!(!h.state().state.quit_requested, "Esc cancelled: asks again");
    press(&mut h, Key::Q);
    assert!(h.state().state.quit_requested);
}

fn layout_failing_on_b(
    deck: &estrade::model::Deck,
    at: estrade::layout::SlideRef,
    fonts: &estrade::layout::Fonts,
) -> estrade::layout::Frame {
    if deck.slides[at.slide].id == "b" {
        panic!("test: a layout bug on slide b");
    }
    estrade::layout::layout_slide(deck, at, fonts)
}

#[test]
fn a_slide_whose_layout_panics_shows_why_and_the_talk_goes_on() {
    let dir = temp_dir("panic");
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [Text(id: "a", title: "Avant", body: "x"), Text(id: "b", title: "Bogue", body: "y"), Text(id: "c", title: "Après", body: "z")])"#,
    )
    .unwrap();
    let mut p = app_harness::presenter(&deck, false, Mode::default());
    p.set_layout_fn(layout_failing_on_b);
    let mut h = window(p, 1280.0, 720.0);
    h.run();
    assert!(shows(&h, "Avant"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "could not be laid out: test: a layout bug on slide b"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Après"), "the next slide works");
    press(&mut h, Key::ArrowLeft);
    press(&mut h, Key::ArrowLeft);
    assert!(shows(&h, "Avant"));
}

#[test]
fn every_glyph_of_the_interface_is_in_the_fonts() {
    let ctx = egui::Context::default();
    let fonts = estrade::layout::Fonts::bundled().unwrap();
    estrade::render::screen::install_fonts(&ctx, &fonts);
    let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
    let mut texts: Vec<String> = estrade::app::key_help::help_rows()
        .into_iter()
        .flat_map(|(k, what)| [k, what.to_string()])
        .collect();
    texts.push(estrade::app::key_help::strip());
    texts.extend(
        estrade::app::views::console::INTERFACE_TEXT
            .iter()
            .map(|s| s.to_string()),
    );
    let id = egui::FontId::proportional(16.0);
    for t in &texts {
        for c in t.chars() {
            assert!(ctx.fonts_mut(|f| f.has_glyph(&id, c)), "no glyph for {c:?} in {t:?}");
        }
    }
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `Ctrl+I` while presenting: the deck chosen in the dialog (here applied as the dialog's
//! answer) opens the slide picker in a window of its own; the slides clicked there are imported
//! into the open deck off the UI thread, and the file watcher brings them on screen.

#[path = "support/app_harness.rs"]
mod app_harness;

use std::time::{Duration, Instant};

use app_harness::{console, presenter, temp_dir, window};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use estrade::app::Presenter;
use estrade::app::action::Action;

const CEAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/slides/ceap-2024.ron");

/// Runs the app until `done` holds (background work reports between frames), or 10 s.
fn run_until(h: &mut Harness<'_, Presenter>, done: impl Fn(&Harness<'_, Presenter>) -> bool) -> bool {
    let start = Instant::now();
    while !done(h) && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(20));
        h.run();
    }
    done(h)
}

/// What the speaker was last told (empty when nothing).
fn toast(h: &Harness<'_, Presenter>) -> String {
    h.state()
        .state
        .toast
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default()
}

#[test]
fn the_picker_imports_into_the_open_deck_and_the_slides_come_on_screen() {
    let dir = temp_dir("import_app", "picker");
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "Talk", lang: "en", slides: [
    Title(id: "title", title: "Talk"),
    Closing(id: "thanks", title: "Thanks"),
])"#,
    )
    .unwrap();
    // The speaker's view (the mouse is for its widgets): in a test, the picker's window is
    // embedded in the same window and shares its pointer.
    let mut h = window(presenter(&deck, false, console()), 1280.0, 720.0);
    h.run();
    h.state_mut().apply(Action::ImportFrom(CEAP.into()));
    assert!(
        run_until(&mut h, |h| h
            .query_by_label_contains("causes Causes de la croissance")
            .is_some()),
        "the picker shows the other deck's slides"
    );
    // Clicked through the accessibility tree: in a test the picker's window is embedded, smaller
    // than the real one, and the card's centre can sit under its bar.
    h.get_by_label_contains("causes Causes de la croissance")
        .click_accesskit();
    h.run();
    assert!(
        h.query_by_label_contains("1 slide chosen: causes").is_some(),
        "the click chose it"
    );
    h.get_by_label("Import (Enter)").click_accesskit();
    h.run();
    let on_screen = run_until(&mut h, |h| h.state().deck().unwrap().find("causes").is_some());
    let toast = toast(&h);
    assert!(on_screen, "the imported slide is in the deck on screen ({toast})");
    let text = std::fs::read_to_string(&deck).unwrap();
    assert!(text.contains(r#"id: "causes", lang: "fr-CA""#), "{text}");
    assert!(text.contains("origin: (deck: "), "{text}");
    assert!(
        dir.join("images/cause-globalisation.png").exists()
            || dir.join("assets/images/cause-globalisation.png").exists()
    );
    let ids: Vec<&str> = h.state().deck().unwrap().slides.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["title", "causes", "thanks"], "before the closing slide");
    assert!(
        h.query_by_label_contains("Choose slides of").is_none(),
        "the picker is closed"
    );
}

#[test]
fn ctrl_i_on_a_deck_without_a_file_says_why_and_opens_nothing() {
    let loaded = estrade::deck::load_builtin();
    let p = Presenter::new(
        loaded,
        None,
        std::sync::Arc::new(estrade::layout::Fonts::bundled().unwrap()),
        false,
    );
    let mut h = window(p, 1280.0, 720.0);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::I);
    h.run();
    let toast = toast(&h);
    assert!(toast.contains("slides are imported into a deck file"), "{toast}");
}

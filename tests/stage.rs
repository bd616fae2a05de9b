#![allow(clippy::unwrap_used, clippy::expect_used)]
//! On stage, nothing surprises the speaker (issue 27), driven headless: `Tab`, `Enter` and
//! `Space` (what a clicker sends) only navigate, in every view; the audience view never shows a
//! picture's error; `G` ranks the slides and lets the speaker pick one; messages on the slides
//! view of one screen stay small and short.

#[path = "support/app_harness.rs"]
mod app_harness;

use app_harness::{console, laptop, press, projector, shows, slide_number, window};

use std::path::Path;

use egui::Key;
use estrade::app::action::Action;
use estrade::app::screens::placement::Monitor;
use estrade::app::{Mode, Presenter};

fn ceap(mode: Mode, screens: Vec<Monitor>) -> Presenter {
    let mut p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), true, mode);
    p.apply(Action::ScreensChanged(screens));
    p
}

fn at(p: &Presenter) -> (usize, usize) {
    let s = p.state.session.as_ref().unwrap();
    (s.slide, s.step)
}

/// `Enter` then `Space` from `start`: two steps on, no tool taken.
fn assert_two_steps(h: &egui_kittest::Harness<'static, Presenter>, start: (usize, usize), view: &str, how: &str) {
    assert_eq!(
        h.state().state.drawing.hand,
        None,
        "{view}, {how}: Enter and Space took no tool"
    );
    let mut expected = h.state().state.session.clone().unwrap();
    expected.slide = start.0;
    expected.step = start.1;
    let deck = h.state().deck().unwrap().clone();
    expected.apply(Action::Next, &deck);
    expected.apply(Action::Next, &deck);
    assert_eq!(
        at(h.state()),
        (expected.slide, expected.step),
        "{view}, {how}: exactly two steps"
    );
}

/// `Tab` twice (overview open and closed), then `Enter` and `Space`; then `Tab` inside the `G`
/// box, `Enter` (an empty box closes), `Enter` and `Space`: the talk moves two steps each time
/// and no tool is taken, whatever egui's keyboard focus would have done.
fn clicker_keys_only_navigate(mut h: egui_kittest::Harness<'static, Presenter>, view: &str) {
    h.run();
    for tabs in [1, 2, 3] {
        // Each Tab would move egui's focus one widget further (the palette's buttons).
        for _ in 0..tabs {
            press(&mut h, Key::Tab);
            press(&mut h, Key::Tab);
        }
        let start = at(h.state());
        press(&mut h, Key::Enter);
        press(&mut h, Key::Space);
        assert_two_steps(&h, start, view, &format!("after {} Tab", tabs * 2));
    }
    press(&mut h, Key::G);
    press(&mut h, Key::Tab);
    press(&mut h, Key::Tab);
    let start = at(h.state());
    press(&mut h, Key::Enter);
    assert!(
        h.state().state.session.as_ref().unwrap().search.is_none(),
        "{view}: the empty box closed"
    );
    assert_eq!(at(h.state()), start, "{view}: an empty box goes nowhere");
    press(&mut h, Key::Enter);
    press(&mut h, Key::Space);
    assert_two_steps(&h, start, view, "after Tab in the G box");
    assert!(!h.state().state.drawing.active(), "{view}: a click would still advance");
}

#[test]
fn tab_enter_space_only_navigate_in_the_one_screen_presenter_view() {
    let p = ceap(console(), vec![laptop()]);
    assert!(p.state.presenter_view_in_root());
    clicker_keys_only_navigate(window(p, 1366.0, 768.0), "presenter view");
}

#[test]
fn tab_enter_space_only_navigate_with_the_console_and_on_the_slides_view() {
    let p = ceap(console(), vec![laptop(), projector()]);
    assert!(p.state.console_window());
    clicker_keys_only_navigate(window(p, 1600.0, 1000.0), "console");
    let p = ceap(Mode::default(), vec![laptop()]);
    clicker_keys_only_navigate(window(p, 1366.0, 768.0), "slides view");
}

#[test]
fn the_palette_still_answers_the_mouse() {
    use egui_kittest::kittest::Queryable;
    let p = ceap(console(), vec![laptop()]);
    let mut h = window(p, 1366.0, 768.0);
    h.run();
    h.get_by_label_contains("Pen (D)").click();
    h.run();
    assert!(h.state().state.drawing.active(), "a click on the palette takes the pen");
    assert!(shows(&h, "Pen (D)"));
}

fn temp_dir(name: &str) -> app_harness::scratch::Scratch {
    app_harness::temp_dir("stage", name)
}

/// A deck whose third slide shows `photo.png` (copied from the CÉAP assets when `present`).
fn deck_with_picture_on_slide_2(dir: &Path, present: bool) -> std::path::PathBuf {
    std::fs::create_dir_all(dir.join("assets/images")).unwrap();
    if present {
        std::fs::copy("assets/images/montreal-cop15.png", dir.join("assets/images/photo.png")).unwrap();
    }
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [
            Text(id: "a", title: "Premier", body: "x"),
            Text(id: "b", title: "Deuxième", body: "y"),
            Image(id: "p", title: "Photo", image: (src: "images/photo.png", alt: "une photo")),
        ])"#,
    )
    .unwrap();
    deck
}

fn settle_until(h: &mut egui_kittest::Harness<'static, Presenter>, done: impl Fn(&Presenter) -> bool) {
    for _ in 0..500 {
        h.step();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

#[test]
fn a_picture_deleted_before_its_slide_still_shows_from_what_was_read_at_open() {
    use estrade::app::images::TextureState;
    let dir = temp_dir("deleted-early");
    let deck = deck_with_picture_on_slide_2(&dir, true);
    let p = app_harness::presenter(&deck, false, console());
    let asset = p.deck().unwrap().slides[2].images()[0].asset.clone();
    let mut h = window(p, 1600.0, 1000.0);
    // The pictures are read in the background when the deck opens; give that a moment.
    for _ in 0..50 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(
        !matches!(h.state().texture(&asset), TextureState::Ready(..)),
        "not decoded yet: its slide was never shown"
    );
    std::fs::remove_file(dir.join("assets/images/photo.png")).unwrap();
    h.state_mut().reload();
    h.run();
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    settle_until(&mut h, |p| matches!(p.texture(&asset), TextureState::Ready(..)));
    let state = match h.state().texture(&asset) {
        TextureState::Ready(..) => "ready".to_string(),
        TextureState::Pending => "pending".to_string(),
        TextureState::Failed(e) => e,
    };
    assert_eq!(state, "ready", "the picture read at open is shown");
    assert!(!shows(&h, "not found"), "no error anywhere on the audience view");
}

#[test]
fn a_picture_missing_at_open_leaves_an_empty_place_and_is_named_on_the_console() {
    let dir = temp_dir("missing-at-open");
    let deck = deck_with_picture_on_slide_2(&dir, false);
    let p = app_harness::presenter(&deck, false, console());
    let mut h = window(p, 1600.0, 1000.0);
    settle_until(&mut h, |p| !p.state.notices.is_empty());
    h.run();
    assert!(
        h.state()
            .state
            .notices
            .iter()
            .any(|n| n.contains("photo.png") && n.contains("empty place")),
        "before the talk, the console names it: {:?}",
        h.state().state.notices
    );
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    // On the audience view the placeholder's note (path, error) is neither drawn nor read out.
    let p = h.state();
    let at = estrade::layout::SlideRef { slide: 2, step: 0 };
    let frame = estrade::layout::layout_slide(p.deck().unwrap(), at, p.fonts());
    assert!(!frame.placeholders.is_empty(), "the layout made a placeholder");
    let audience = frame.for_audience();
    let text: String = audience.runs().map(|r| r.text.as_str()).collect();
    assert!(!text.contains("photo"), "no path on the projector: {text}");
    assert!(
        audience.items.len() < frame.items.len(),
        "the note and its box are left out"
    );
    assert!(shows(&h, "Photo"), "the slide's title is there");
    assert!(
        !shows(&h, "une photo]"),
        "the note is not read out on the audience view"
    );
}

#[test]
fn messages_have_their_own_place_and_the_slides_never_move() {
    use egui_kittest::kittest::Queryable;
    let p = ceap(console(), vec![laptop()]);
    let mut h = window(p, 1366.0, 768.0);
    h.run();
    let place = |h: &egui_kittest::Harness<'static, Presenter>| h.get_by_label("Current").rect();
    let before = place(&h);
    press(&mut h, Key::Num1);
    assert!(shows(&h, "Go to slide 1"), "the typed number is there");
    assert_eq!(place(&h), before, "a typed number does not move the slide");
    press(&mut h, Key::Escape);
    press(&mut h, Key::D);
    assert!(h.state().state.toast.is_some(), "a message");
    assert_eq!(place(&h), before, "nor does a message");
}

#[test]
fn a_jump_starts_the_clock_and_shift_home_asks_again_while_it_runs() {
    let p = ceap(console(), vec![laptop()]);
    let mut h = window(p, 1366.0, 768.0);
    h.run();
    press(&mut h, Key::Num5);
    press(&mut h, Key::Enter);
    let s = h.state().state.session.as_ref().unwrap();
    assert!(s.clock.started(), "the first move was a jump: the clock runs");
    assert_eq!(s.position(h.state().deck().unwrap()).0, 5);
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Home);
    h.run();
    let s = h.state().state.session.as_ref().unwrap();
    assert_eq!(s.position(h.state().deck().unwrap()).0, 5, "not yet: it asks");
    assert!(s.clock.started());
    assert!(shows(&h, "Shift+Home again"), "and says so");
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::Home);
    h.run();
    let s = h.state().state.session.as_ref().unwrap();
    assert!(!s.clock.started(), "the second one starts over");
    assert_eq!(s.position(h.state().deck().unwrap()).0, 1);
}

#[test]
fn long_notes_say_more_follows_and_the_keys_scroll_them() {
    use egui_kittest::kittest::Queryable;
    let p = ceap(console(), vec![laptop()]);
    let mut h = window(p, 1366.0, 768.0);
    h.run();
    for k in [Key::Num1, Key::Num0, Key::Enter] {
        press(&mut h, k);
    }
    assert!(shows(&h, "more below"), "the notes of slide 10 do not fit: it says so");
    let top = |h: &egui_kittest::Harness<'static, Presenter>| {
        h.get_by_label_contains("selon la typologie de Parkes").rect().top()
    };
    let before = top(&h);
    press(&mut h, Key::J);
    let after = top(&h);
    assert!(after < before, "J scrolls the notes down ({before} → {after})");
    h.key_press_modifiers(egui::Modifiers::SHIFT, Key::ArrowUp);
    h.run();
    assert!(top(&h) > after, "Shift+↑ scrolls them back");
    assert_eq!(slide_number(&h), 10, "and the slide stays");
}

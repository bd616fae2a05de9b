#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The audience window driven headless with egui_kittest: keys move through slides and steps,
//! number + Enter jumps, `?` shows the help, a broken deck shows its diagnostics. Queries go
//! through the accessibility tree (labels), never pixel positions.

#[path = "support/app_harness.rs"]
mod app_harness;

use app_harness::{press, shows, slide_number, window};

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::{Event, Key};
use egui_kittest::Harness;
use estrade::app::{Mode, Presenter};
use estrade::deck::{Loaded, load_path};
use estrade::layout::Fonts;

fn presenter(path: &str) -> Presenter {
    app_harness::presenter(Path::new(path), false, Mode::default())
}

fn harness(p: Presenter) -> Harness<'static, Presenter> {
    let mut h = window(p, 1280.0, 720.0);
    h.run();
    h
}

#[test]
fn arrows_walk_the_talk_forwards_and_back() {
    let mut h = harness(presenter("slides/ceap-2024.ron"));
    assert!(shows(&h, "État des connaissances en diplomatie municipale au Québec"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Contexte global"), "plan slide after →");
    press(&mut h, Key::PageDown);
    assert!(shows(&h, "Introduction"));
    press(&mut h, Key::ArrowLeft);
    assert!(shows(&h, "Contexte global"));
    press(&mut h, Key::Home);
    assert!(shows(&h, "Alicia Despins"));
    press(&mut h, Key::End);
    assert!(shows(&h, "Références – images"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Références – images"), "→ on the last slide stays there");
}

#[test]
fn steps_are_revealed_before_moving_on() {
    let mut h = harness(presenter("slides/ceap-2024.ron"));
    for k in [Key::Num8, Key::Enter] {
        press(&mut h, k);
    }
    assert!(shows(&h, "Un constat partagé"));
    assert!(!shows(&h, "Explosion du phénomène"), "second point hidden at step 1");
    press(&mut h, Key::Space);
    assert!(shows(&h, "Explosion du phénomène"));
    press(&mut h, Key::ArrowRight);
    assert!(shows(&h, "Globalisation"));
    assert!(!shows(&h, "Décentralisation"), "columns are revealed one by one too");
    press(&mut h, Key::ArrowLeft);
    assert!(
        shows(&h, "Explosion du phénomène"),
        "← from a slide returns to the previous one fully built"
    );
    press(&mut h, Key::ArrowLeft);
    assert!(!shows(&h, "Explosion du phénomène"), "then ← hides its last step");
}

#[test]
fn a_number_then_enter_jumps_to_that_slide() {
    let mut h = harness(presenter("slides/ceap-2024.ron"));
    for k in [Key::Num1, Key::Num2, Key::Enter] {
        press(&mut h, k);
    }
    assert!(shows(&h, "Montréal, métropole"));
    assert_eq!(slide_number(&h), 12);
}

#[test]
fn question_mark_shows_the_help_and_escape_hides_it() {
    let mut h = harness(presenter("slides/ceap-2024.ron"));
    h.event(Event::Text("?".into()));
    h.run();
    assert!(shows(&h, "next step or slide"));
    assert!(shows(&h, "quit"));
    press(&mut h, Key::Escape);
    assert!(!shows(&h, "next step or slide"));
}

#[test]
fn a_broken_deck_shows_its_diagnostics_and_survives_keys() {
    let loaded = load_path(Path::new("tests/fixtures/bad/unknown-field.ron")).unwrap();
    let p = Presenter::new(loaded, None, Arc::new(Fonts::bundled().unwrap()), false);
    let mut h = harness(p);
    assert!(shows(&h, "This deck cannot be shown"));
    assert!(shows(&h, "unknown-field.ron:4:17: error: unknown field `titel`"));
    for k in [Key::ArrowRight, Key::End, Key::Num3, Key::Enter, Key::Escape] {
        press(&mut h, k);
    }
    assert!(shows(&h, "did you mean `title`?"));
}

#[test]
fn opening_a_broken_deck_keeps_the_current_one_on_screen() {
    let mut h = harness(presenter("slides/ceap-2024.ron"));
    press(&mut h, Key::ArrowRight);
    h.state_mut().open(PathBuf::from("tests/fixtures/bad/duplicate-id.ron"));
    h.run();
    assert!(shows(&h, "Contexte global"), "the talk stays");
    // On the slides alone (a video call may share them) one small line says it; the problems
    // themselves are listed by the presenter view (S).
    assert!(shows(&h, "The deck has errors"), "a line in the corner");
    assert!(!shows(&h, "is used twice"), "no diagnostics over the slide");
    assert!(
        h.state()
            .state
            .diagnostics
            .iter()
            .any(|d| d.to_string().contains("slide id `plan` is used twice")),
        "kept for the presenter view"
    );
    press(&mut h, Key::S);
    assert!(shows(&h, "slide id `plan` is used twice"), "S shows them");
}

#[test]
fn a_missing_image_is_a_placeholder_not_a_crash() {
    let text = "Deck(title: \"t\", slides: [Image(title: \"Photo\", image: (src: \"images/absente.png\", alt: \"Une photo absente\"))])";
    let loaded: Loaded = estrade::deck::load_text(
        Arc::new(estrade::deck::source::BuiltinSource),
        "slides/t.ron",
        text.into(),
    );
    assert!(loaded.has_errors());
    let p = Presenter::new(loaded, None, Arc::new(Fonts::bundled().unwrap()), false);
    let mut h = harness(p);
    for _ in 0..200 {
        h.step();
        if h.state().state.toast.is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(shows(&h, "Photo"), "the slide is there");
    assert!(!shows(&h, "Une photo absente"), "no placeholder note on the slides");
    let said = h
        .state()
        .state
        .toast
        .as_ref()
        .map(|t| t.text.clone())
        .unwrap_or_default();
    assert!(said.contains("images/absente.png"), "the speaker is told: {said}");
}

#[test]
fn a_reload_that_changes_the_theme_fonts_switches_layout_and_screen_to_them() {
    let text = std::fs::read_to_string("slides/ceap-2024.ron").unwrap();
    let root = Arc::new(estrade::deck::source::DirSource::new(Path::new(".")).unwrap());
    let path = Some(PathBuf::from("slides/ceap-2024.ron"));
    let mut p = presenter("slides/ceap-2024.ron");
    assert!(p.fonts().serves(&estrade::model::ThemeFonts::default()));
    let contrast = text.replace("theme: \"ceap\"", "theme: \"high-contrast\"");
    let loaded = estrade::deck::load_text(root.clone(), "slides/ceap-2024.ron", contrast);
    p.replace(loaded, path.clone());
    let theme_fonts = p.deck().unwrap().theme.fonts.clone();
    assert!(!theme_fonts.is_empty());
    assert!(p.fonts().serves(&theme_fonts), "layout now uses Open Sans");
    let mut h = harness(p);
    h.run();
    assert!(
        shows(&h, "État des connaissances"),
        "the slide still draws after the switch"
    );
    // Back to the CÉAP theme: back to Lato.
    let loaded = estrade::deck::load_text(root, "slides/ceap-2024.ron", text);
    h.state_mut().replace(loaded, path);
    h.run();
    assert!(h.state().fonts().serves(&estrade::model::ThemeFonts::default()));
    assert!(shows(&h, "État des connaissances"));
}

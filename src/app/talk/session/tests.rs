//! Tests of `session.rs`.
use super::*;
use crate::deck::{load_text, source::BuiltinSource};
use std::sync::Arc;

fn deck() -> Deck {
    let text = r#"Deck(title: "t", slides: [
        Bullets(id: "a", title: "A", items: "- 1\n- 2\n- 3", steps: true),
        Text(id: "b", title: "B", body: "x", hidden: true),
        Text(id: "c", title: "C", body: "y"),
    ])"#;
    load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
        .deck
        .unwrap()
}

#[test]
fn next_walks_steps_then_skips_hidden_slides() {
    let d = deck();
    let mut s = Session::new(&d);
    assert_eq!((s.slide, s.step), (0, 0));
    s.apply(Action::Next, &d);
    s.apply(Action::Next, &d);
    assert_eq!((s.slide, s.step), (0, 2));
    s.apply(Action::Next, &d);
    assert_eq!((s.slide, s.step), (2, 0), "hidden slide b skipped");
    s.apply(Action::Next, &d);
    assert_eq!((s.slide, s.step), (2, 0), "stays on the last slide");
    s.apply(Action::Previous, &d);
    assert_eq!((s.slide, s.step), (0, 2), "back to the previous slide fully built");
}

#[test]
fn digits_and_confirm_jump_by_visible_number() {
    let d = deck();
    let mut s = Session::new(&d);
    s.apply(Action::Digit(2), &d);
    assert_eq!(s.number, "2");
    s.apply(Action::Confirm, &d);
    assert_eq!(s.slide, 2, "visible slide 2 is c");
    s.apply(Action::GoTo(99), &d);
    assert_eq!(s.slide, 2, "out of range is ignored");
    assert_eq!(s.position(&d), (2, 2));
}

#[test]
fn escape_closes_overlays_before_leaving_full_screen() {
    let d = deck();
    let mut s = Session::new(&d);
    s.apply(Action::ToggleHelp, &d);
    assert_eq!(s.apply(Action::Escape, &d), Effect::None);
    assert!(!s.help);
    assert_eq!(s.apply(Action::Escape, &d), Effect::LeaveFullscreen);
    assert_eq!(s.apply(Action::Quit, &d), Effect::Quit);
}

#[test]
fn blackout_whiteout_and_freeze_toggle() {
    let d = deck();
    let mut s = Session::new(&d);
    s.apply(Action::ToggleBlack, &d);
    assert_eq!(s.screen, Screen::Black);
    s.apply(Action::ToggleWhite, &d);
    assert_eq!(s.screen, Screen::White);
    s.apply(Action::ToggleWhite, &d);
    assert_eq!(s.screen, Screen::Slide);
    s.apply(Action::ToggleFreeze, &d);
    s.apply(Action::Next, &d);
    assert_eq!(s.audience_at(), SlideRef { slide: 0, step: 0 }, "audience frozen");
    assert_eq!(s.at(), SlideRef { slide: 0, step: 1 }, "console moved on");
    s.apply(Action::ToggleFreeze, &d);
    assert_eq!(s.audience_at(), s.at());
}

#[test]
fn overview_moves_over_visible_slides_and_picks() {
    let d = deck();
    let mut s = Session::new(&d);
    s.apply(Action::ToggleOverview, &d);
    assert_eq!(s.overview, Some(0));
    s.apply(Action::OverviewMove(1), &d);
    assert_eq!(s.overview, Some(2), "hidden slide skipped");
    s.apply(Action::OverviewMove(5), &d);
    assert_eq!(s.overview, Some(2), "clamped");
    s.apply(Action::OverviewPick(2), &d);
    assert_eq!((s.slide, s.overview), (2, None));
}

#[test]
fn the_clock_starts_on_the_first_advance_and_pauses() {
    let d = deck();
    let mut s = Session::new(&d);
    s.tick(100.0);
    assert!(!s.clock.started());
    s.apply(Action::Next, &d);
    s.tick(160.0);
    assert_eq!(s.clock.elapsed(s.now), 60.0);
    s.apply(Action::ToggleClock, &d);
    s.tick(400.0);
    assert_eq!(s.clock.elapsed(s.now), 60.0, "paused");
    s.tick(10.0);
    assert_eq!(s.now, 400.0, "time never goes back");
}

#[test]
fn search_jumps_by_number_or_title() {
    let d = deck();
    let mut s = Session::new(&d);
    s.apply(Action::OpenSearch, &d);
    s.apply(Action::SearchInput("2".into()), &d);
    s.apply(Action::SearchCommit, &d);
    assert_eq!(s.slide, 2);
    s.apply(Action::OpenSearch, &d);
    s.apply(Action::SearchInput("Ä".into()), &d);
    s.apply(Action::SearchBackspace, &d);
    s.apply(Action::SearchInput("a".into()), &d);
    s.apply(Action::SearchCommit, &d);
    assert_eq!(s.slide, 0);
    assert_eq!(s.search, None);
}

#[test]
fn rehearsal_records_time_per_slide() {
    let d = deck();
    let mut s = Session::new(&d);
    s.rehearsal = Some(Recorder::default());
    s.rehearsal.as_mut().unwrap().enter("a", 0.0);
    s.tick(10.0);
    s.apply(Action::Last, &d);
    s.tick(25.0);
    s.rehearsal.as_mut().unwrap().flush(s.now);
    let t = &s.rehearsal.as_ref().unwrap().timings.slides;
    assert_eq!((t["a"], t["c"]), (10.0, 15.0));
}

#[test]
fn rebase_keeps_the_slide_by_id() {
    let d = deck();
    let mut s = Session::new(&d);
    s.slide = 2;
    let text =
        r#"Deck(title: "t", slides: [Text(id: "new", title: "N", body: "z"), Text(id: "c", title: "C", body: "y")])"#;
    let d2 = load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
        .deck
        .unwrap();
    s.rebase(Some("c"), &d2);
    assert_eq!(s.slide, 1);
}

#[test]
fn the_section_follows_section_slides_and_fields_and_ends_at_the_closing() {
    let text = r#"Deck(title: "t", slides: [
        Text(id: "intro", title: "Intro", body: "x"),
        Section(id: "s1", kicker: "Contexte", title: "Le contexte"),
        Text(id: "a", title: "A", body: "x"),
        Text(id: "b", title: "B", body: "x", section: "Le Québec"),
        Text(id: "c", title: "C", body: "x"),
        Closing(id: "fin", title: "Merci"),
        Text(id: "refs", title: "Références", body: "x"),
    ])"#;
    let d = load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
        .deck
        .unwrap();
    let mut s = Session::new(&d);
    let mut seen = Vec::new();
    for _ in 0..7 {
        seen.push(s.section(&d));
        s.apply(Action::Next, &d);
    }
    let name = |n: &str| Some(n.to_string());
    assert_eq!(
        seen,
        vec![
            None,
            name("Contexte"),
            name("Contexte"),
            name("Le Québec"),
            name("Le Québec"),
            None,
            None
        ]
    );
}

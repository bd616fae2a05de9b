#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Drawing in the app, driven headless: with the pen on, a drag on the slide is a stroke in the
//! slide's coordinates, saved beside the deck as `NAME.ink.ron`; the next start shows it.

#[path = "support/app_harness.rs"]
mod app_harness;

use app_harness::{press, window};

use egui::{Event, Key, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use estrade::app::{Mode, Presenter};

/// A copy of the CÉAP talk in a folder of its own.
fn copy_of_the_talk() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("slides")).unwrap();
    std::fs::copy("slides/ceap-2024.ron", dir.path().join("slides/ceap-2024.ron")).unwrap();
    dir
}

fn drag(h: &mut Harness<'_, Presenter>, from: Pos2, to: Pos2) {
    let button = |pos, pressed| Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    h.event(Event::PointerMoved(from));
    h.event(button(from, true));
    h.step();
    for k in 1..=10 {
        h.event(Event::PointerMoved(from + (to - from) * (k as f32 / 10.0)));
        h.step();
    }
    h.event(button(to, false));
    h.run();
}

/// Waits (a few frames, up to 2 s) for the ink file to hold a stroke.
fn saved_ink(h: &mut Harness<'_, Presenter>, file: &std::path::Path) -> String {
    for _ in 0..200 {
        h.step();
        if let Ok(text) = std::fs::read_to_string(file)
            && text.contains("points")
        {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("no ink saved in {}", file.display());
}

#[test]
fn a_drag_with_the_pen_is_saved_beside_the_deck_and_shown_at_the_next_start() {
    let dir = copy_of_the_talk();
    let deck = dir.path().join("slides/ceap-2024.ron");
    let mut h = window(app_harness::presenter(&deck, false, Mode::default()), 1600.0, 900.0);
    h.run();
    press(&mut h, Key::ArrowRight);
    let before = h.state().state.session.as_ref().unwrap().at();
    // Without the pen a click moves on; with it, the pointer draws.
    press(&mut h, Key::D);
    assert!(h.state().state.drawing.active());
    drag(&mut h, Pos2::new(400.0, 300.0), Pos2::new(1200.0, 500.0));
    let s = h.state().state.session.as_ref().unwrap();
    assert_eq!(s.at(), before, "drawing does not change the slide");
    let ink_file = dir.path().join("slides/ceap-2024.ink.ron");
    let text = saved_ink(&mut h, &ink_file);
    let id = h.state().state.current_id().unwrap();
    assert!(text.contains(&format!("id: \"{id}\"")), "{text}");
    let strokes = h.state().state.drawing.ink.on_slide(&id, 0).len();
    assert_eq!(strokes, 1, "one stroke on the slide");
    // The 1600×900 window shows the 1920×1080 canvas at about 5/6 (less its margin): the
    // stroke is in canvas units, not window points.
    let reread = estrade::ink::file::load(&deck).unwrap();
    let stroke = reread.on_slide(&id, 0)[0].clone();
    let first = stroke.points[0];
    assert!(
        (first.x - 480.0).abs() < 15.0 && (first.y - 360.0).abs() < 15.0,
        "{first:?}"
    );
    let last = stroke.points.last().unwrap();
    assert!(
        (last.x - 1440.0).abs() < 15.0 && (last.y - 600.0).abs() < 15.0,
        "{last:?}"
    );
    assert!(
        stroke.points.len() >= 10,
        "every move is a point: {}",
        stroke.points.len()
    );
    drop(h);

    // A new start on the same deck reads it.
    let mut again = window(app_harness::presenter(&deck, false, Mode::default()), 800.0, 450.0);
    again.run();
    let ink = &again.state().state.drawing.ink;
    assert_eq!(ink.on_slide(&id, 0).len(), 1, "the stroke is there after a restart");
}

#[test]
fn undo_removes_the_stroke_from_the_file_and_keys_pick_colours_only_with_the_pen() {
    let dir = copy_of_the_talk();
    let deck = dir.path().join("slides/ceap-2024.ron");
    let mut h = window(app_harness::presenter(&deck, false, Mode::default()), 960.0, 540.0);
    h.run();
    press(&mut h, Key::D);
    press(&mut h, Key::Num2);
    assert_eq!(h.state().state.drawing.colour, 1, "2 picks blue with the pen in hand");
    drag(&mut h, Pos2::new(100.0, 100.0), Pos2::new(300.0, 200.0));
    let file = dir.path().join("slides/ceap-2024.ink.ron");
    saved_ink(&mut h, &file);
    h.key_press_modifiers(Modifiers::CTRL, Key::Z);
    h.run();
    assert!(h.state().state.drawing.ink.is_empty());
    for _ in 0..200 {
        h.step();
        if estrade::ink::file::load(&deck).unwrap().is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(estrade::ink::file::load(&deck).unwrap().is_empty(), "the undo is saved");
    press(&mut h, Key::D);
    press(&mut h, Key::Num3);
    press(&mut h, Key::Enter);
    assert_eq!(
        h.state().state.session.as_ref().unwrap().slide,
        2,
        "without the pen, 3 then Enter goes to slide 3"
    );
}

#[test]
fn a_kiosk_shows_saved_ink_only_with_ink_and_visitors_never_draw() {
    use estrade::app::talk::kiosk::KioskOptions;
    let dir = copy_of_the_talk();
    let deck = dir.path().join("slides/ceap-2024.ron");
    let ink_file = dir.path().join("slides/ceap-2024.ink.ron");
    let saved = "Ink(format: 1, slides: [(id: \"titre\", strokes: [(tool: Pen, color: \"#d62828ff\", width: 6.0, points: [(10.0, 10.0, 1.0), (500.0, 500.0, 1.0)])])])\n";
    std::fs::write(&ink_file, saved).unwrap();
    let kiosk = |show_ink: bool| {
        let mode = Mode {
            kiosk: Some(KioskOptions {
                show_ink,
                advance: 1000.0,
                ..KioskOptions::default()
            }),
            ..Mode::default()
        };
        let mut h = window(app_harness::presenter(&deck, true, mode), 960.0, 540.0);
        h.run_steps(3);
        h
    };
    let h = kiosk(false);
    assert!(!h.state().state.ink_visible(), "a kiosk without --ink shows no ink");
    drop(h);
    let mut h = kiosk(true);
    assert!(h.state().state.ink_visible(), "with --ink it does");
    assert_eq!(h.state().state.drawing.ink.on_slide("titre", 0).len(), 1);
    h.key_press(Key::D);
    h.run_steps(2);
    assert!(!h.state().state.drawing.active(), "D does nothing in a kiosk");
    drag(&mut h, Pos2::new(100.0, 100.0), Pos2::new(400.0, 300.0));
    assert_eq!(
        h.state().state.drawing.ink.on_slide("titre", 0).len(),
        1,
        "no stroke added"
    );
    assert_eq!(
        std::fs::read_to_string(&ink_file).unwrap(),
        saved,
        "the file is untouched"
    );
}

#[test]
fn a_broken_ink_file_opens_the_deck_and_is_kept_aside_when_new_ink_is_saved() {
    let dir = copy_of_the_talk();
    let deck = dir.path().join("slides/ceap-2024.ron");
    let ink_file = dir.path().join("slides/ceap-2024.ink.ron");
    let broken = "Ink(format: 1, slides: [(id: \"titre\", strokes: [(tool: Pencil)])])";
    std::fs::write(&ink_file, broken).unwrap();
    let mut h = window(app_harness::presenter(&deck, false, Mode::default()), 960.0, 540.0);
    h.run();
    assert!(h.state().state.deck.is_some(), "the deck opens");
    let note = h.state().state.notices.join("\n");
    assert!(note.contains("ceap-2024.ink.ron") && note.contains("1:"), "{note}");
    press(&mut h, Key::D);
    drag(&mut h, Pos2::new(100.0, 100.0), Pos2::new(300.0, 200.0));
    saved_ink(&mut h, &ink_file);
    let aside = dir.path().join("slides/ceap-2024.ink-unreadable.ron");
    assert_eq!(
        std::fs::read_to_string(aside).unwrap(),
        broken,
        "the hand-edited file is kept"
    );
}

#[test]
fn the_console_palette_takes_the_pen_and_a_colour_and_its_slide_draws() {
    use egui_kittest::kittest::Queryable;
    let dir = copy_of_the_talk();
    let deck = dir.path().join("slides/ceap-2024.ron");
    let mode = Mode {
        console: true,
        ..Mode::default()
    };
    let mut h = window(app_harness::presenter(&deck, false, mode), 1600.0, 1000.0);
    h.run();
    h.get_by_label("Pen (D)").click();
    h.run();
    assert!(h.state().state.drawing.active(), "the palette's pen button");
    h.get_by_label("green").click();
    h.run();
    assert_eq!(h.state().state.drawing.colour, 2, "the palette's third colour");
    // The console's current slide (the embedded console window in the harness): a stroke there
    // goes on the slide the speaker is on.
    let slide = h.get_by_label("Current").rect();
    let from = slide.left_bottom() + egui::vec2(60.0, 60.0);
    drag(&mut h, from, from + egui::vec2(200.0, 40.0));
    let id = h.state().state.current_id().unwrap();
    let strokes = h.state().state.drawing.ink.on_slide(&id, 0);
    assert_eq!(strokes.len(), 1, "one stroke drawn on the console's slide");
    assert_eq!(strokes[0].color, estrade::app::ink::drawing::PALETTE[2]);
}

use super::*;

fn line(x0: f32, y0: f32, x1: f32, y1: f32) -> Stroke {
    Stroke {
        tool: Tool::Pen,
        color: Color::rgb(200, 40, 40),
        width: 6.0,
        points: vec![
            Point {
                x: x0,
                y: y0,
                pressure: 1.0,
            },
            Point {
                x: x1,
                y: y1,
                pressure: 0.5,
            },
        ],
    }
}

fn on(id: &str, step: usize) -> Place {
    Place::Slide { id: id.into(), step }
}

fn board(after: &str, n: usize, white: bool) -> Place {
    Place::Board {
        after: after.into(),
        n,
        white,
    }
}

#[test]
fn a_stroke_drawn_on_a_step_stays_on_the_later_steps_only() {
    let mut ink = Ink::default();
    ink.add(on("causes", 1), line(0.0, 0.0, 100.0, 0.0));
    assert!(ink.on_slide("causes", 0).is_empty(), "not before it was drawn");
    assert_eq!(ink.on_slide("causes", 1).len(), 1);
    assert_eq!(ink.on_slide("causes", 2).len(), 1, "still there at the next step");
    assert!(ink.on_slide("merci", 2).is_empty(), "other slides have their own");
}

#[test]
fn erasing_takes_the_newest_stroke_under_the_pointer_even_from_an_earlier_step() {
    let mut ink = Ink::default();
    ink.add(on("s", 0), line(0.0, 100.0, 200.0, 100.0));
    ink.add(on("s", 1), line(0.0, 100.0, 200.0, 100.1));
    ink.add(on("s", 1), line(0.0, 500.0, 200.0, 500.0));
    assert!(!ink.erase_at(&on("s", 1), 100.0, 300.0, 10.0), "nothing there");
    assert!(
        ink.erase_at(&on("s", 1), 100.0, 104.0, 2.0),
        "within reach: half the width and the radius"
    );
    assert_eq!(ink.on_slide("s", 1).len(), 2);
    assert_eq!(
        ink.on_slide("s", 1)[1].points[0].y,
        500.0,
        "the newest one at that place went"
    );
    assert!(ink.erase_at(&on("s", 1), 50.0, 100.0, 2.0), "then the one of step 0");
    assert!(ink.on_slide("s", 0).is_empty());
}

#[test]
fn undo_and_redo_walk_back_and_forth_through_adds_erases_and_clears() {
    let mut ink = Ink::default();
    ink.add(on("s", 0), line(0.0, 0.0, 10.0, 0.0));
    ink.add(on("s", 0), line(0.0, 50.0, 10.0, 50.0));
    ink.erase_at(&on("s", 0), 5.0, 0.0, 1.0);
    ink.add(board("s", 0, false), line(1.0, 1.0, 2.0, 2.0));
    assert!(ink.clear_slide("s"));
    assert!(ink.is_empty());
    assert!(ink.undo(), "the clear");
    assert_eq!(ink.on_slide("s", 0).len(), 1);
    assert_eq!(
        ink.at(&board("s", 0, false)).len(),
        1,
        "a slide's clear takes its boards too"
    );
    assert!(ink.undo(), "the board stroke");
    assert!(ink.undo(), "the erase");
    assert_eq!(ink.on_slide("s", 0).len(), 2);
    assert_eq!(ink.on_slide("s", 0)[0].points[0].y, 0.0, "back in its place");
    assert!(ink.redo(), "erase again");
    assert_eq!(ink.on_slide("s", 0).len(), 1);
    ink.add(on("s", 0), line(0.0, 9.0, 1.0, 9.0));
    assert!(!ink.redo(), "a new stroke ends what redo could do");
    while ink.undo() {}
    assert!(ink.is_empty(), "undo goes back to the start");
}

#[test]
fn boards_are_kept_after_their_slide_in_order() {
    let mut ink = Ink::default();
    ink.add(board("a", 1, false), line(0.0, 0.0, 1.0, 1.0));
    ink.add(board("a", 0, false), line(0.0, 0.0, 1.0, 1.0));
    ink.add(board("b", 0, false), line(0.0, 0.0, 1.0, 1.0));
    assert_eq!(
        ink.boards_after("a"),
        vec![&board("a", 0, false), &board("a", 1, false)]
    );
    assert!(ink.boards_after("c").is_empty());
    assert_eq!(
        ink.new_board("a", true),
        board("a", 2, true),
        "a new board never reuses a number"
    );
    assert_eq!(ink.new_board("c", false), board("c", 0, false));
}

#[test]
fn ink_of_slides_that_are_gone_is_kept_and_named() {
    let mut ink = Ink::default();
    ink.add(on("old-id", 0), line(0.0, 0.0, 1.0, 1.0));
    ink.add(on("kept", 0), line(0.0, 0.0, 1.0, 1.0));
    ink.add(board("gone", 0, false), line(0.0, 0.0, 1.0, 1.0));
    assert_eq!(
        ink.orphans(["kept", "other"]),
        vec!["gone".to_string(), "old-id".to_string()]
    );
    let text = file::to_text(&ink);
    assert!(text.contains("old-id"), "written back, never dropped");
}

#[test]
fn the_file_round_trips_and_a_broken_one_is_located() {
    let mut ink = Ink::default();
    ink.add(on("causes", 2), line(812.0, 340.5, 830.0, 352.0));
    ink.add(
        board("causes", 0, false),
        Stroke {
            tool: Tool::Highlighter,
            color: Color::rgb(255, 220, 0).with_alpha(96),
            width: 28.0,
            ..line(1.0, 2.0, 3.0, 4.0)
        },
    );
    ink.add(board("causes", 1, true), line(5.0, 5.0, 6.0, 6.0));
    let text = file::to_text(&ink);
    assert!(text.starts_with("Ink("), "{text}");
    let back = file::from_text("talk.ink.ron", &text).unwrap();
    assert_eq!(back.places().collect::<Vec<_>>(), ink.places().collect::<Vec<_>>());

    let broken = "Ink(\n    format: 1,\n    slides: [\n        (id: \"a\", strokes: [(tool: Pen, color: \"#fff\", widht: 2.0, points: [])]),\n    ],\n)";
    let d = file::from_text("talk.ink.ron", broken).unwrap_err();
    assert_eq!((d.file.as_str(), d.line), ("talk.ink.ron", 4), "{d}");
    assert!(d.col > 1, "{d}");
    let future = file::from_text("talk.ink.ron", "Ink(format: 9)").unwrap_err();
    assert_eq!(future.code, Some("E100"));
}

#[test]
fn the_ink_file_sits_beside_the_deck() {
    assert_eq!(
        file::path_for(std::path::Path::new("slides/ceap-2024.ron")),
        std::path::PathBuf::from("slides/ceap-2024.ink.ron")
    );
}

#[test]
fn written_text_loads_back_and_no_file_is_no_ink() {
    let dir = tempfile::tempdir().unwrap();
    let deck = dir.path().join("talk.ron");
    assert!(file::load(&deck).unwrap().is_empty());
    let mut ink = Ink::default();
    ink.add(on("a", 0), line(0.0, 0.0, 5.0, 5.0));
    // The app's one writer (`app::ink::writer::write`) writes this text through `writing`.
    crate::writing::write_atomically(&file::path_for(&deck), file::to_text(&ink).as_bytes()).unwrap();
    assert_eq!(file::load(&deck).unwrap().on_slide("a", 0).len(), 1);
}

#[test]
fn ink_over_its_budgets_is_refused_with_the_limit_named() {
    let stroke = |n: usize| {
        let pts: Vec<String> = (0..n).map(|i| format!("({}.0, 1.0, 1.0)", i % 1900)).collect();
        format!(
            "(tool: Pen, color: \"#c8553dff\", width: 6.0, points: [{}])",
            pts.join(",")
        )
    };
    let file = |strokes: Vec<String>| {
        format!(
            "Ink(format: 1, slides: [(id: \"a\", strokes: [{}])])",
            strokes.join(",")
        )
    };
    let many = file(vec![stroke(1); file::MAX_STROKES + 1]);
    let e = file::from_text("t.ink.ron", &many).unwrap_err().to_string();
    assert!(e.contains("20001 strokes") && e.contains("at most 20000"), "{e}");
    let long = file(vec![stroke(file::MAX_POINTS_PER_STROKE + 1)]);
    let e = file::from_text("t.ink.ron", &long).unwrap_err().to_string();
    assert!(e.contains("points in one stroke"), "{e}");
    let total = file(vec![
        stroke(file::MAX_POINTS_PER_STROKE);
        file::MAX_POINTS / file::MAX_POINTS_PER_STROKE + 1
    ]);
    let e = file::from_text("t.ink.ron", &total).unwrap_err().to_string();
    assert!(e.contains("points in all"), "{e}");
    // Within every budget, the same shapes read.
    let fine = file(vec![stroke(file::MAX_POINTS_PER_STROKE); 2]);
    assert!(file::from_text("t.ink.ron", &fine).is_ok());
}

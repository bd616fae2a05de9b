use super::*;
use crate::layout::SlideRef;

const IDS: &[&str] = &["titre", "causes"];

fn cx(blank: Option<bool>) -> Context<'static> {
    Context {
        slide_id: "causes",
        ids: IDS,
        blank,
    }
}

fn pt(x: f32, y: f32) -> Point {
    Point { x, y, pressure: 1.0 }
}

fn on_causes(step: usize) -> Surface {
    Surface::Slide(SlideRef { slide: 1, step })
}

fn draw(d: &mut Drawing, on: Surface, blank: Option<bool>, from: (f32, f32), to: (f32, f32)) {
    d.apply(
        InkAction::Begin {
            on,
            at: pt(from.0, from.1),
        },
        cx(blank),
    );
    d.apply(InkAction::Extend(vec![pt(to.0, to.1)]), cx(blank));
    d.apply(InkAction::End, cx(blank));
}

#[test]
fn the_pointer_draws_only_with_a_tool_in_hand() {
    let mut d = Drawing::default();
    draw(&mut d, on_causes(0), None, (10.0, 10.0), (200.0, 10.0));
    assert!(d.ink.is_empty(), "no tool: the pointer does not draw");
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    assert!(d.active());
    d.apply(
        InkAction::Begin {
            on: on_causes(1),
            at: pt(10.0, 10.0),
        },
        cx(None),
    );
    d.apply(InkAction::Extend(vec![pt(50.0, 10.0), pt(90.0, 12.0)]), cx(None));
    assert_eq!(d.strokes_on("causes", 1).len(), 1, "the stroke shows while it is drawn");
    assert!(d.strokes_on("causes", 0).is_empty(), "not on an earlier step");
    assert!(d.ink.is_empty() && !d.unsaved(), "not in the ink until it ends");
    d.apply(InkAction::End, cx(None));
    let kept = d.ink.on_slide("causes", 2);
    assert_eq!(kept.len(), 1, "kept on later steps");
    assert_eq!(kept[0].points.len(), 3);
    assert_eq!(
        (kept[0].tool, kept[0].color, kept[0].width),
        (Tool::Pen, PALETTE[0], PEN_WIDTH)
    );
    assert!(d.unsaved(), "a finished stroke is to be saved");
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    assert!(!d.active(), "the same key puts the pen down");
}

#[test]
fn colours_highlighter_eraser_and_undo() {
    let mut d = Drawing::default();
    d.apply(InkAction::Take(Hand::Highlighter), cx(None));
    d.apply(InkAction::Colour(3), cx(None));
    draw(&mut d, on_causes(0), None, (100.0, 500.0), (900.0, 500.0));
    let s = d.ink.on_slide("causes", 0)[0].clone();
    assert_eq!(s.tool, Tool::Highlighter);
    assert_eq!(s.color, PALETTE[3].with_alpha(HIGHLIGHTER_ALPHA));
    assert_eq!(s.width, HIGHLIGHTER_WIDTH);
    d.apply(InkAction::Colour(9), cx(None));
    assert_eq!(d.colour, PALETTE.len() - 1, "out of range picks the last colour");

    d.apply(InkAction::Take(Hand::Eraser), cx(None));
    assert_eq!(d.hand, Some(Hand::Eraser), "another tool replaces the one in hand");
    draw(&mut d, on_causes(0), None, (400.0, 300.0), (400.0, 700.0));
    assert!(d.ink.is_empty(), "the eraser's path crossed the stroke");
    let before = d.changes;
    d.apply(InkAction::Undo, cx(None));
    assert_eq!(d.ink.on_slide("causes", 0).len(), 1, "undo brings it back");
    d.apply(InkAction::Redo, cx(None));
    assert!(d.ink.is_empty());
    assert_eq!(d.changes, before + 2, "undo and redo are saved too");
}

#[test]
fn drawing_on_the_blank_screen_makes_a_board_after_the_slide() {
    let mut d = Drawing::default();
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    draw(&mut d, Surface::Board, Some(true), (10.0, 10.0), (20.0, 20.0));
    draw(&mut d, Surface::Board, Some(true), (30.0, 30.0), (40.0, 40.0));
    let board = Place::Board {
        after: "causes".into(),
        n: 0,
        white: true,
    };
    assert_eq!(d.board.as_ref(), Some(&board));
    assert_eq!(d.ink.at(&board).len(), 2, "both strokes on the one board");
    assert_eq!(d.board_strokes().len(), 2);
    assert!(d.ink.on_slide("causes", 9).is_empty(), "not on the slide");
    // Back on the slide, then black again: a new, empty board.
    d.board = None;
    draw(&mut d, Surface::Board, Some(false), (10.0, 10.0), (20.0, 20.0));
    assert_eq!(d.ink.boards_after("causes").len(), 2);
    draw(&mut d, Surface::Board, None, (10.0, 10.0), (20.0, 20.0));
    assert_eq!(d.ink.boards_after("causes").len(), 2, "no board while a slide is shown");
}

#[test]
fn clear_hides_and_shows() {
    let mut d = Drawing::default();
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    draw(&mut d, on_causes(0), None, (10.0, 10.0), (20.0, 20.0));
    d.apply(InkAction::ToggleShown, cx(None));
    assert!(d.strokes_on("causes", 0).is_empty(), "Shift+D hides");
    assert_eq!(d.ink.on_slide("causes", 0).len(), 1, "without removing");
    draw(&mut d, on_causes(0), None, (30.0, 30.0), (40.0, 40.0));
    assert!(d.shown, "drawing shows the ink again");
    d.apply(InkAction::Clear, cx(None));
    assert!(d.ink.is_empty(), "Shift+E clears the slide");
    d.apply(InkAction::Undo, cx(None));
    assert_eq!(d.ink.on_slide("causes", 0).len(), 2, "and undo restores it");
}

#[test]
fn a_tool_change_mid_stroke_keeps_the_stroke() {
    let mut d = Drawing::default();
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    d.apply(
        InkAction::Begin {
            on: on_causes(0),
            at: pt(1.0, 1.0),
        },
        cx(None),
    );
    d.apply(InkAction::Take(Hand::Pen), cx(None));
    assert_eq!(d.ink.on_slide("causes", 0).len(), 1);
    assert!(d.stroke.is_none());
}

#[test]
fn arrows_on_a_blank_screen_show_the_slides_boards_in_turn() {
    let mut d = Drawing::default();
    assert_eq!(
        d.browse_boards("causes", true),
        None,
        "no board: the arrows move through slides"
    );
    d.apply(InkAction::Take(Hand::Pen), cx(Some(false)));
    draw(&mut d, Surface::Board, Some(false), (10.0, 10.0), (50.0, 50.0));
    let first = d.board.clone();
    // Back on the slide, then black again: a new board.
    d.board = None;
    draw(&mut d, Surface::Board, Some(false), (60.0, 60.0), (90.0, 90.0));
    let second = d.board.clone();
    assert_ne!(first, second);
    d.board = None;
    assert_eq!(
        d.browse_boards("causes", true),
        Some((1, 2)),
        "→ from a blank board: the first"
    );
    assert_eq!(d.board, first);
    assert_eq!(d.browse_boards("causes", true), Some((2, 2)));
    assert_eq!(d.board, second);
    assert_eq!(
        d.browse_boards("causes", true),
        Some((0, 2)),
        "after the last, a blank one"
    );
    assert_eq!(d.board, None);
    assert_eq!(d.browse_boards("causes", false), Some((2, 2)), "← goes back");
    assert_eq!(
        d.browse_boards("titre", true),
        None,
        "another slide's boards are its own"
    );
}

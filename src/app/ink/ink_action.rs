//! What the speaker does with ink, as values: the tool in hand, where the pointer is, and each
//! drawing intention. Pure data, so the actions (`action.rs`) can carry them without knowing
//! the drawing state (`drawing.rs`).

use crate::ink::Point;
use crate::layout::SlideRef;

/// What the speaker holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hand {
    Pen,
    Highlighter,
    /// Touching a stroke removes it.
    Eraser,
}

/// What a view shows where the pointer went down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// A slide at a step.
    Slide(SlideRef),
    /// The black or white screen.
    Board,
}

/// One drawing intention (a key, a palette button, the pointer on a slide).
#[derive(Debug, Clone, PartialEq)]
pub enum InkAction {
    /// `D`, `H`, `E`: take this tool, or put it down when it is already in hand.
    Take(Hand),
    /// `1` … `4` while a tool is in hand, or the console's palette.
    Colour(usize),
    /// `Shift+D`: hide or show the ink.
    ToggleShown,
    /// `Shift+E`: clear the current slide's ink (its steps and its boards).
    Clear,
    Undo,
    Redo,
    /// The pointer went down on `on`, at this canvas point.
    Begin {
        on: Surface,
        at: Point,
    },
    /// The pointer moved on while down.
    Extend(Vec<Point>),
    /// The pointer was released (or left the window).
    End,
}

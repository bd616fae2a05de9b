//! Drawing on the slides during a talk: the tool in hand, its colour, the stroke being drawn,
//! the board in front of the audience, and the deck's ink with whether it still has to be saved.
//! Knows nothing of egui: views turn the pointer into [`InkAction`]s, `apply/ink.rs` feeds them
//! here.

use crate::ink::{Ink, Place, Point, Stroke, Tool};
use crate::model::Color;

pub use crate::app::ink::ink_action::{Hand, InkAction, Surface};

/// The pens' colours, keys `1` … `4`: red, blue, green, yellow; each reads on white slides and
/// on the black board alike.
pub const PALETTE: [Color; 4] = [
    Color::rgb(214, 40, 40),
    Color::rgb(29, 92, 214),
    Color::rgb(30, 140, 70),
    Color::rgb(240, 180, 0),
];

/// A pen's line width on the canvas (at full pressure).
pub const PEN_WIDTH: f32 = 6.0;
/// A highlighter's line width on the canvas.
pub const HIGHLIGHTER_WIDTH: f32 = 30.0;
/// A highlighter's opacity (0–255).
pub const HIGHLIGHTER_ALPHA: u8 = 96;
/// How near the eraser must pass to a stroke, on the canvas.
pub const ERASER_RADIUS: f32 = 14.0;

/// The drawing state of the app.
#[derive(Debug, Clone)]
pub struct Drawing {
    /// The deck's ink (saved beside it).
    pub ink: Ink,
    pub hand: Option<Hand>,
    /// Index into [`PALETTE`].
    pub colour: usize,
    /// `Shift+D` hides the ink without removing it.
    pub shown: bool,
    /// The stroke being drawn, and where it goes.
    pub stroke: Option<(Place, Stroke)>,
    /// The eraser is down on this place, last at this point.
    pub erasing: Option<(Place, Point)>,
    /// The board in front of the audience while the screen is black or white (made on the first
    /// stroke drawn on it).
    pub board: Option<Place>,
    /// Changes made, and the number of them saved: the file is written when they differ.
    pub changes: u64,
    pub saved: u64,
}

impl Default for Drawing {
    fn default() -> Self {
        Drawing {
            ink: Ink::default(),
            hand: None,
            colour: 0,
            shown: true,
            stroke: None,
            erasing: None,
            board: None,
            changes: 0,
            saved: 0,
        }
    }
}

/// Where the talk is when a drawing action arrives.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The id of the slide the speaker is on (boards follow it).
    pub slide_id: &'a str,
    /// Slide ids by index into the deck (to name the slide a [`Surface::Slide`] shows).
    pub ids: &'a [&'a str],
    /// The audience screen is black (`Some(false)`) or white (`Some(true)`), or shows a slide.
    pub blank: Option<bool>,
}

impl Context<'_> {
    /// Runs `f` with where the talk on `deck` is.
    pub fn with<R>(
        deck: &crate::model::Deck,
        session: &crate::app::talk::session::Session,
        f: impl FnOnce(Context) -> R,
    ) -> R {
        use crate::app::talk::session::Screen;
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        f(Context {
            slide_id: ids.get(session.slide).copied().unwrap_or_default(),
            ids: &ids,
            blank: match session.screen {
                Screen::Slide => None,
                Screen::Black => Some(false),
                Screen::White => Some(true),
            },
        })
    }
}

impl Drawing {
    /// Drawing on `ink` as read beside the deck.
    pub fn with_ink(ink: Ink) -> Drawing {
        Drawing {
            ink,
            ..Drawing::default()
        }
    }

    /// Whether a tool is in hand (then the pointer draws and `1` … `4` pick colours).
    pub fn active(&self) -> bool {
        self.hand.is_some()
    }

    /// Whether there are changes the file does not have yet.
    pub fn unsaved(&self) -> bool {
        self.changes != self.saved
    }

    /// The stroke a tool starts at `at`.
    fn new_stroke(&self, hand: Hand, at: Point) -> Stroke {
        let colour = PALETTE[self.colour.min(PALETTE.len() - 1)];
        let (tool, color, width) = match hand {
            Hand::Highlighter => (
                Tool::Highlighter,
                colour.with_alpha(HIGHLIGHTER_ALPHA),
                HIGHLIGHTER_WIDTH,
            ),
            _ => (Tool::Pen, colour, PEN_WIDTH),
        };
        Stroke {
            tool,
            color,
            width,
            points: vec![at],
        }
    }

    /// The place a pointer on `on` draws at (a board is made on its first stroke).
    fn place(&mut self, on: Surface, cx: Context) -> Option<Place> {
        match (on, cx.blank) {
            (Surface::Board, Some(white)) => {
                let ink = &self.ink;
                Some(
                    self.board
                        .get_or_insert_with(|| ink.new_board(cx.slide_id, white))
                        .clone(),
                )
            }
            (Surface::Slide(at), _) => cx.ids.get(at.slide).map(|id| Place::Slide {
                id: (*id).to_string(),
                step: at.step,
            }),
            (Surface::Board, None) => None,
        }
    }

    /// Applies one action. Returns whether the ink changed (the views must be drawn again).
    pub fn apply(&mut self, action: InkAction, cx: Context) -> bool {
        match action {
            InkAction::Take(hand) => {
                self.finish();
                self.hand = (self.hand != Some(hand)).then_some(hand);
                true
            }
            InkAction::Colour(n) => {
                self.colour = n.min(PALETTE.len() - 1);
                true
            }
            InkAction::ToggleShown => {
                self.shown = !self.shown;
                true
            }
            InkAction::Clear => {
                self.finish();
                let cleared = self.ink.clear_slide(cx.slide_id);
                self.changed(cleared)
            }
            InkAction::Undo => {
                self.finish();
                let undone = self.ink.undo();
                self.changed(undone)
            }
            InkAction::Redo => {
                self.finish();
                let redone = self.ink.redo();
                self.changed(redone)
            }
            InkAction::Begin { on, at } => {
                self.finish();
                let (Some(hand), Some(place)) = (self.hand, self.place(on, cx)) else {
                    return false;
                };
                self.shown = true;
                if hand == Hand::Eraser {
                    let erased = self.ink.erase_at(&place, at.x, at.y, ERASER_RADIUS);
                    self.erasing = Some((place, at));
                    return self.changed(erased);
                }
                self.stroke = Some((place, self.new_stroke(hand, at)));
                true
            }
            InkAction::Extend(points) => {
                if let Some((_, stroke)) = &mut self.stroke {
                    stroke.points.extend(points);
                    return true;
                }
                let Some((place, mut last)) = self.erasing.clone() else {
                    return false;
                };
                // Along the path, not only at the points: a quick swipe gives few of them.
                let mut erased = false;
                for p in points {
                    let steps = ((p.x - last.x).hypot(p.y - last.y) / ERASER_RADIUS).ceil().max(1.0) as usize;
                    for k in 1..=steps {
                        let t = k as f32 / steps as f32;
                        let (x, y) = (last.x + (p.x - last.x) * t, last.y + (p.y - last.y) * t);
                        while self.ink.erase_at(&place, x, y, ERASER_RADIUS) {
                            erased = true;
                        }
                    }
                    last = p;
                }
                self.erasing = Some((place, last));
                self.changed(erased)
            }
            InkAction::End => {
                let had = self.stroke.is_some();
                self.finish();
                had
            }
        }
    }

    /// Ends the stroke in progress: it joins the ink (and will be saved).
    pub fn finish(&mut self) {
        self.erasing = None;
        if let Some((place, stroke)) = self.stroke.take() {
            self.ink.add(place, stroke);
            self.changes += 1;
        }
    }

    /// Counts a change when there was one; returns it.
    fn changed(&mut self, yes: bool) -> bool {
        if yes {
            self.changes += 1;
        }
        yes
    }

    /// The strokes seen on slide `id` at `step`, with the one being drawn there.
    pub fn strokes_on(&self, id: &str, step: usize) -> Vec<&Stroke> {
        if !self.shown {
            return Vec::new();
        }
        let mut out = self.ink.on_slide(id, step);
        if let Some((Place::Slide { id: i, step: s }, stroke)) = &self.stroke
            && i == id
            && *s <= step
        {
            out.push(stroke);
        }
        out
    }

    /// `→` / `←` while the screen is black or white and slide `slide_id` has boards: shows the
    /// next or previous one (after the last comes a blank board to draw on, then the first
    /// again). Returns the board's number and their count (0 for the blank one), or `None` when
    /// the slide has no board (the keys then move through the slides as usual).
    pub fn browse_boards(&mut self, slide_id: &str, forward: bool) -> Option<(usize, usize)> {
        let boards: Vec<Place> = self.ink.boards_after(slide_id).into_iter().cloned().collect();
        let n = boards.len();
        if n == 0 {
            return None;
        }
        let at = self
            .board
            .as_ref()
            .and_then(|b| boards.iter().position(|p| p == b))
            .unwrap_or(n);
        let next = if forward {
            (at + 1) % (n + 1)
        } else {
            (at + n) % (n + 1)
        };
        self.board = boards.get(next).cloned();
        Some((if next < n { next + 1 } else { 0 }, n))
    }

    /// The strokes of the board in front of the audience, with the one being drawn there.
    pub fn board_strokes(&self) -> Vec<&Stroke> {
        let Some(board) = self.board.as_ref().filter(|_| self.shown) else {
            return Vec::new();
        };
        let mut out: Vec<&Stroke> = self.ink.at(board).iter().collect();
        if let Some((place, stroke)) = &self.stroke
            && place == board
        {
            out.push(stroke);
        }
        out
    }
}

#[cfg(test)]
mod tests;

//! Ink: strokes drawn over slides during a talk (issue 14), in the slide's own coordinates so
//! they stay put whatever the window. This module is the model only: where strokes live (a
//! slide and the step they were drawn on, or a board after a slide), which are visible, erasing,
//! clearing, undo and redo. [`file`] reads and writes it beside the deck; [`frame`] turns it
//! into frame items every painter draws (`estrade export --ink`). Drawing with the pointer and
//! the keys come later.

pub mod file;
pub mod frame;

use std::collections::BTreeMap;

use crate::model::Color;

/// What drew a stroke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tool {
    /// An opaque line.
    Pen,
    /// A wide, translucent line.
    Highlighter,
}

/// One point of a stroke, on the slide canvas (1920×1080 or 1440×1080), with the pen's
/// pressure (1.0 when the device gives none).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
    pub pressure: f32,
}

/// One stroke: a line through its points.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub tool: Tool,
    pub color: Color,
    /// Width on the canvas, at full pressure.
    pub width: f32,
    pub points: Vec<Point>,
}

impl Stroke {
    /// Whether the line passes within `radius` of (`x`, `y`) (half its width counts).
    pub fn touches(&self, x: f32, y: f32, radius: f32) -> bool {
        let reach = radius + self.width / 2.0;
        let near = |p: &Point| (p.x - x).hypot(p.y - y) <= reach;
        match self.points.as_slice() {
            [] => false,
            [only] => near(only),
            points => points.windows(2).any(|w| segment_distance(w[0], w[1], x, y) <= reach),
        }
    }
}

/// Distance from (`x`, `y`) to the segment `a`–`b`.
fn segment_distance(a: Point, b: Point, x: f32, y: f32) -> f32 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((x - a.x) * dx + (y - a.y) * dy) / len2).clamp(0.0, 1.0)
    };
    (a.x + t * dx - x).hypot(a.y + t * dy - y)
}

/// Where strokes are drawn.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    /// On slide `id`, at `step` (0-based): visible from that step on.
    Slide { id: String, step: usize },
    /// On the `n`-th blank board opened after slide `after`: the black screen, or the white
    /// one when `white`.
    Board { after: String, n: usize, white: bool },
}

impl Place {
    /// The slide id the place belongs to (a board: the slide it follows).
    pub fn slide_id(&self) -> &str {
        match self {
            Place::Slide { id, .. } => id,
            Place::Board { after, .. } => after,
        }
    }
}

/// A change that undo takes back.
#[derive(Debug, Clone, PartialEq)]
enum Edit {
    Added { place: Place, stroke: Stroke },
    Erased { place: Place, index: usize, stroke: Stroke },
    Cleared { removed: Vec<(Place, Vec<Stroke>)> },
}

/// All the ink of a deck.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ink {
    strokes: BTreeMap<Place, Vec<Stroke>>,
    undo: Vec<Edit>,
    redo: Vec<Edit>,
}

impl Ink {
    /// Ink holding `strokes` (as read from a file), with nothing to undo.
    pub fn from_places(strokes: impl IntoIterator<Item = (Place, Vec<Stroke>)>) -> Ink {
        Ink {
            strokes: strokes.into_iter().filter(|(_, s)| !s.is_empty()).collect(),
            ..Ink::default()
        }
    }

    /// Every place with its strokes, in order.
    pub fn places(&self) -> impl Iterator<Item = (&Place, &[Stroke])> {
        self.strokes.iter().map(|(p, s)| (p, s.as_slice()))
    }

    /// Whether there is no ink at all.
    pub fn is_empty(&self) -> bool {
        self.strokes.values().all(Vec::is_empty)
    }

    /// Adds a finished stroke (a stroke of fewer than one point is ignored).
    pub fn add(&mut self, place: Place, stroke: Stroke) {
        if stroke.points.is_empty() {
            return;
        }
        self.strokes.entry(place.clone()).or_default().push(stroke.clone());
        self.undo.push(Edit::Added { place, stroke });
        self.redo.clear();
    }

    /// The strokes seen on slide `id` at `step`: those drawn at this step or an earlier one,
    /// oldest first.
    pub fn on_slide(&self, id: &str, step: usize) -> Vec<&Stroke> {
        self.strokes
            .iter()
            .filter(|(p, _)| matches!(p, Place::Slide { id: i, step: s } if i == id && *s <= step))
            .flat_map(|(_, s)| s.iter())
            .collect()
    }

    /// The strokes at exactly `place` (a board's strokes).
    pub fn at(&self, place: &Place) -> &[Stroke] {
        self.strokes.get(place).map_or(&[], Vec::as_slice)
    }

    /// The boards kept after slide `after`, in order.
    pub fn boards_after(&self, after: &str) -> Vec<&Place> {
        let mut boards: Vec<&Place> = self
            .strokes
            .iter()
            .filter(|(p, s)| matches!(p, Place::Board { after: a, .. } if a == after) && !s.is_empty())
            .map(|(p, _)| p)
            .collect();
        boards.sort_by_key(|p| match p {
            Place::Board { n, .. } => *n,
            Place::Slide { .. } => 0,
        });
        boards
    }

    /// A new board after slide `after` (black, or white when `white`): numbered after every
    /// board that slide has had, so it never shares the ink of an earlier one.
    pub fn new_board(&self, after: &str, white: bool) -> Place {
        let n = self
            .strokes
            .keys()
            .filter_map(|p| match p {
                Place::Board { after: a, n, .. } if a == after => Some(n + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        Place::Board {
            after: after.to_string(),
            n,
            white,
        }
    }

    /// Erases the newest stroke visible at `place` (for a slide: this step or an earlier one)
    /// that passes within `radius` of (`x`, `y`). Returns whether one was erased.
    pub fn erase_at(&mut self, place: &Place, x: f32, y: f32, radius: f32) -> bool {
        let candidates: Vec<Place> = match place {
            Place::Slide { id, step } => (0..=*step)
                .rev()
                .map(|s| Place::Slide {
                    id: id.clone(),
                    step: s,
                })
                .collect(),
            board => vec![board.clone()],
        };
        for p in candidates {
            let Some(strokes) = self.strokes.get_mut(&p) else {
                continue;
            };
            if let Some(index) = strokes.iter().rposition(|s| s.touches(x, y, radius)) {
                let stroke = strokes.remove(index);
                self.undo.push(Edit::Erased {
                    place: p,
                    index,
                    stroke,
                });
                self.redo.clear();
                return true;
            }
        }
        false
    }

    /// Clears every stroke of slide `id` (all its steps and its boards). Returns whether there
    /// was any.
    pub fn clear_slide(&mut self, id: &str) -> bool {
        let places: Vec<Place> = self
            .strokes
            .iter()
            .filter(|(p, s)| p.slide_id() == id && !s.is_empty())
            .map(|(p, _)| p.clone())
            .collect();
        let removed: Vec<(Place, Vec<Stroke>)> = places
            .into_iter()
            .filter_map(|p| self.strokes.remove(&p).map(|s| (p, s)))
            .collect();
        if removed.is_empty() {
            return false;
        }
        self.undo.push(Edit::Cleared { removed });
        self.redo.clear();
        true
    }

    /// Whether there is a change to take back.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is a change undo took back.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Takes back the last change. Returns whether there was one.
    pub fn undo(&mut self) -> bool {
        let Some(edit) = self.undo.pop() else { return false };
        match &edit {
            Edit::Added { place, .. } => {
                if let Some(s) = self.strokes.get_mut(place) {
                    s.pop();
                }
            }
            Edit::Erased { place, index, stroke } => {
                let s = self.strokes.entry(place.clone()).or_default();
                s.insert((*index).min(s.len()), stroke.clone());
            }
            Edit::Cleared { removed } => {
                for (p, s) in removed {
                    self.strokes.insert(p.clone(), s.clone());
                }
            }
        }
        self.redo.push(edit);
        true
    }

    /// Does again what undo took back. Returns whether there was something.
    pub fn redo(&mut self) -> bool {
        let Some(edit) = self.redo.pop() else { return false };
        match &edit {
            Edit::Added { place, stroke } => self.strokes.entry(place.clone()).or_default().push(stroke.clone()),
            Edit::Erased { place, index, .. } => {
                if let Some(s) = self.strokes.get_mut(place)
                    && *index < s.len()
                {
                    s.remove(*index);
                }
            }
            Edit::Cleared { removed } => {
                for (p, _) in removed {
                    self.strokes.remove(p);
                }
            }
        }
        self.undo.push(edit);
        true
    }

    /// The slide ids that have ink but are not in `ids` (a slide renamed or removed): kept in
    /// the file, reported by `check`.
    pub fn orphans<'a>(&self, ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let known: std::collections::HashSet<&str> = ids.into_iter().collect();
        let mut out: Vec<String> = self
            .strokes
            .iter()
            .filter(|(p, s)| !s.is_empty() && !known.contains(p.slide_id()))
            .map(|(p, _)| p.slide_id().to_string())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests;

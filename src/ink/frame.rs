//! Ink as frame items: every painter (screen, PDF, PNG) draws strokes as it draws the rest of
//! the slide, on top of it.

use super::Stroke;
use crate::layout::{Frame, InkLine, Item};

/// Adds `strokes` over `frame` (in drawing order). The pen's pressure thins the line: its width
/// follows the stroke's mean pressure, down to a quarter of the full width.
pub fn draw(frame: &mut Frame, strokes: &[&Stroke]) {
    for s in strokes {
        if s.points.is_empty() {
            continue;
        }
        let pressure = s.points.iter().map(|p| p.pressure).sum::<f32>() / s.points.len() as f32;
        frame.items.push(Item::Ink(InkLine {
            points: s.points.iter().map(|p| (p.x, p.y)).collect(),
            width: s.width * pressure.clamp(0.25, 1.0),
            color: s.color,
        }));
    }
}

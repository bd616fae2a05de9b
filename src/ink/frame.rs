//! Ink as frame items: every painter (screen, PDF, PNG) draws strokes as it draws the rest of
//! the slide, on top of it.

use super::{Ink, Place, Stroke};
use crate::layout::{Frame, InkLine, Item};
use crate::model::Color;

/// The items that draw `strokes` (in drawing order). The pen's pressure thins the line: its
/// width follows the stroke's mean pressure, down to a quarter of the full width.
pub fn items(strokes: &[&Stroke]) -> Vec<Item> {
    strokes
        .iter()
        .filter(|s| !s.points.is_empty())
        .map(|s| {
            let pressure = s.points.iter().map(|p| p.pressure).sum::<f32>() / s.points.len() as f32;
            Item::Ink(InkLine {
                points: s.points.iter().map(|p| (p.x, p.y)).collect(),
                width: s.width * pressure.clamp(0.25, 1.0),
                color: s.color,
            })
        })
        .collect()
}

/// Adds `strokes` over `frame`.
pub fn draw(frame: &mut Frame, strokes: &[&Stroke]) {
    frame.items.extend(items(strokes));
}

/// The page of a board on a `canvas` (width, height): the black or white screen with what was
/// drawn on it.
pub fn board(canvas: (f32, f32), place: &Place, ink: &Ink) -> Frame {
    let white = matches!(place, Place::Board { white: true, .. });
    let background = if white {
        Color::rgb(255, 255, 255)
    } else {
        Color::rgb(0, 0, 0)
    };
    let mut frame = Frame::empty(canvas.0, canvas.1, background);
    draw(&mut frame, &ink.at(place).iter().collect::<Vec<_>>());
    frame
}

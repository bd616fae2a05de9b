//! Where short content sits below the title: one rule for the whole theme, the optical centre.
//!
//! A body that leaves room in its content area is moved down so that the space above it is
//! [`ABOVE`] of the free space and the rest stays below: a little above the geometric middle,
//! where the eye takes the middle of a page to be. The height used is the fully revealed
//! content's, so a slide with steps keeps its place from the first step to the last.

use super::frame::{Frame, Item, Rect};

/// Share of the free space left above short content (the rest goes below it).
pub const ABOVE: f32 = 0.4;

/// Where a body starts in a frame's lists: everything pushed after it is the body.
#[derive(Debug, Clone, Copy)]
pub struct Mark {
    items: usize,
    blocks: usize,
    placeholders: usize,
}

/// Marks the frame's lists before a body is laid out.
pub fn mark(frame: &Frame) -> Mark {
    Mark {
        items: frame.items.len(),
        blocks: frame.blocks.len(),
        placeholders: frame.placeholders.len(),
    }
}

/// The lowest edge of what was laid out since `mark` (text, shapes, pictures, placeholders),
/// or `None` when nothing was.
pub fn bottom(frame: &Frame, mark: Mark) -> Option<f32> {
    let items = frame.items[mark.items.min(frame.items.len())..]
        .iter()
        .filter_map(|i| match i {
            Item::Shape(s) => Some(s.rect),
            Item::Image(i) => Some(i.rect),
            Item::Link(l) => Some(l.rect),
            Item::Text(_) | Item::Ink(_) => None,
        });
    let blocks = frame.blocks[mark.blocks.min(frame.blocks.len())..]
        .iter()
        .map(|b| b.rect);
    let holes = frame.placeholders[mark.placeholders.min(frame.placeholders.len())..]
        .iter()
        .copied();
    items.chain(blocks).chain(holes).map(|r| r.bottom()).reduce(f32::max)
}

/// How far to move content that ends at `bottom` in `area` down to the optical centre.
pub fn offset(area: Rect, bottom: f32) -> f32 {
    ((area.bottom() - bottom) * ABOVE).max(0.0)
}

/// Moves everything laid out since `mark` down by `dy`.
pub fn shift(frame: &mut Frame, mark: Mark, dy: f32) {
    if dy == 0.0 {
        return;
    }
    for item in frame.items.iter_mut().skip(mark.items) {
        *item = item.placed(1.0, 0.0, dy);
    }
    for block in frame.blocks.iter_mut().skip(mark.blocks) {
        block.rect = block.rect.placed(1.0, 0.0, dy);
    }
    for hole in frame.placeholders.iter_mut().skip(mark.placeholders) {
        *hole = hole.placed(1.0, 0.0, dy);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::frame::Shape;
    use crate::model::Color;

    fn card(frame: &mut Frame, y: f32, h: f32) {
        frame.items.push(Item::Shape(Shape {
            rect: Rect::new(0.0, y, 10.0, h),
            fill: Color::rgb(0, 0, 0),
            radius: 0.0,
        }));
    }

    #[test]
    fn short_content_moves_to_four_tenths_of_the_free_space() {
        let mut frame = Frame::empty(100.0, 100.0, Color::rgb(255, 255, 255));
        card(&mut frame, 0.0, 5.0); // the title, before the mark: never moved
        let m = mark(&frame);
        card(&mut frame, 20.0, 30.0);
        let area = Rect::new(0.0, 20.0, 100.0, 80.0);
        let dy = offset(area, bottom(&frame, m).unwrap());
        assert!((dy - 20.0).abs() < 1e-4, "free 50, moved {dy}");
        shift(&mut frame, m, dy);
        let rects: Vec<f32> = frame
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Shape(s) => Some(s.rect.y),
                _ => None,
            })
            .collect();
        assert_eq!(rects, vec![0.0, 40.0]);
    }

    #[test]
    fn full_or_empty_content_stays_where_it_is() {
        let mut frame = Frame::empty(100.0, 100.0, Color::rgb(255, 255, 255));
        let m = mark(&frame);
        assert_eq!(bottom(&frame, m), None);
        card(&mut frame, 20.0, 90.0);
        let area = Rect::new(0.0, 20.0, 100.0, 80.0);
        assert_eq!(offset(area, bottom(&frame, m).unwrap()), 0.0);
    }
}

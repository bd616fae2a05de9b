//! A picture with its caption and credit under it: used by image slides, galleries, columns,
//! text beside a picture and quotes with a portrait.

use super::builder::{Align, Builder, Style};
use super::frame::Rect;
use super::text::Face;
use crate::model::Image;

/// Captions are regular text: `**…**` makes them bold where the author wants it.
fn caption_style(b: &Builder) -> Style {
    Style::new(Face::Body, b.theme.small_size * 0.9, b.theme.text)
        .align(Align::Center)
        .role("caption")
}

fn credit_style(b: &Builder) -> Style {
    Style::new(
        Face::Body,
        // Credits are small but readable from the back of the room: never under the minimum.
        (b.theme.small_size * 0.62).max(b.theme.min_size),
        b.theme.muted,
    )
    .align(Align::Center)
    .role("credit")
}

/// Height taken by an image's caption and credit at `width`.
pub fn caption_height(b: &Builder, img: &Image, width: f32) -> f32 {
    img.caption
        .as_ref()
        .map_or(0.0, |c| b.measure(c, &caption_style(b), width) + 10.0)
        + img
            .credit
            .as_ref()
            .map_or(0.0, |c| b.measure(c, &credit_style(b), width) + 4.0)
}

/// An image with its caption and credit under it, all within `rect`.
pub fn captioned_image(b: &mut Builder, img: &Image, rect: Rect) {
    let ch = caption_height(b, img, rect.w).min(rect.h * 0.5);
    let shown = b.image(img, Rect::new(rect.x, rect.y, rect.w, rect.h - ch));
    let mut y = shown.bottom() + 10.0;
    if let Some(c) = &img.caption {
        let st = caption_style(b);
        y += b.text(c, Rect::new(rect.x, y, rect.w, (rect.bottom() - y).max(0.0)), &st) + 4.0;
    }
    if let Some(c) = &img.credit {
        let st = credit_style(b);
        b.text(c, Rect::new(rect.x, y, rect.w, (rect.bottom() - y).max(0.0)), &st);
    }
}

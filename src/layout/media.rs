//! Picture slides: one image, a gallery.

use super::builder::Builder;
use super::captioned::captioned_image;
use super::frame::Rect;
use crate::model::Image;

/// One image filling the content area.
pub fn single_image(b: &mut Builder, area: Rect, img: &Image) {
    b.reveal = 0;
    captioned_image(b, img, area);
}

/// Several captioned images in a grid; image `k` is revealed at step `k`.
pub fn gallery(b: &mut Builder, area: Rect, images: &[Image]) {
    let n = images.len().max(1);
    let cols = match n {
        1..=3 => n,
        4 => 2,
        _ => 3,
    };
    let rows = n.div_ceil(cols);
    let (gx, gy) = (56.0, 36.0);
    let cw = (area.w - gx * (cols as f32 - 1.0)) / cols as f32;
    let rh = (area.h - gy * (rows as f32 - 1.0)) / rows as f32;
    for (k, img) in images.iter().enumerate() {
        b.reveal = k;
        let (c, r) = (k % cols, k / cols);
        captioned_image(
            b,
            img,
            Rect::new(area.x + c as f32 * (cw + gx), area.y + r as f32 * (rh + gy), cw, rh),
        );
    }
}

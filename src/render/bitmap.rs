//! Decoding image files for every painter, with memory limits so a hostile file (a
//! decompression bomb, a huge header) fails with a reason instead of exhausting memory.

use std::io::Cursor;

use image::DynamicImage;

/// Largest side accepted, in pixels (the validator refuses larger images up front).
pub const MAX_SIDE: u32 = 16_384;
/// Largest allocation one decode may make.
pub const MAX_ALLOC: u64 = 512 * 1024 * 1024;

/// Decodes image bytes (PNG, JPEG) within the limits; `name` labels errors.
pub fn decode_limited(bytes: &[u8], name: &str) -> Result<DynamicImage, String> {
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("{name}: {e}"))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    reader.decode().map_err(|e| format!("{name}: {e}"))
}

/// The part of `img` given by `uv` (`u0, v0, u1, v1` in 0–1), as the layout's `fit: Cover` crops.
pub fn crop_uv(img: &DynamicImage, uv: (f32, f32, f32, f32)) -> DynamicImage {
    if uv == (0.0, 0.0, 1.0, 1.0) {
        return img.clone();
    }
    let (w, h) = (img.width() as f32, img.height() as f32);
    let (x0, y0) = ((uv.0 * w) as u32, (uv.1 * h) as u32);
    let (cw, ch) = ((((uv.2 - uv.0) * w) as u32).max(1), (((uv.3 - uv.1) * h) as u32).max(1));
    img.crop_imm(x0, y0, cw, ch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_and_truncated_files_fail_with_a_reason() {
        assert!(decode_limited(b"", "empty.png").is_err());
        assert!(
            decode_limited(b"not an image at all", "x.png")
                .unwrap_err()
                .starts_with("x.png: ")
        );
        let mut png = Vec::new();
        image::RgbImage::new(64, 64)
            .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        assert!(decode_limited(&png, "ok.png").is_ok());
        assert!(decode_limited(&png[..png.len() / 2], "cut.png").is_err());
    }

    #[test]
    fn crops_the_shown_part() {
        let img = DynamicImage::new_rgb8(200, 100);
        let c = crop_uv(&img, (0.25, 0.0, 0.75, 1.0));
        assert_eq!((c.width(), c.height()), (100, 100));
    }
}

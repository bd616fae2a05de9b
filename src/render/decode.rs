//! Decoding image files for every painter, with memory limits so a hostile file (a
//! decompression bomb, a huge header) fails with a reason instead of exhausting memory.

use std::io::Cursor;
use std::sync::{Condvar, Mutex};

use image::DynamicImage;

/// Largest side accepted, in pixels (the validator refuses larger images up front).
pub const MAX_SIDE: u32 = 16_384;
/// Largest allocation one decode may make.
pub const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// Most pixels one image may have.
pub const MAX_PIXELS: u64 = crate::model::MAX_IMAGE_PIXELS;
/// Memory the decodes running at once may hold together, whatever the number of cores: twelve
/// 11 500² pictures decoded one per core needed 1.1 GB each.
pub const DECODE_MEMORY: u64 = 1024 * 1024 * 1024;

/// Memory reserved by the decodes running now.
static DECODING: Mutex<u64> = Mutex::new(0);
/// Signalled when a decode gives its memory back.
static DECODE_DONE: Condvar = Condvar::new();

/// A share of [`DECODE_MEMORY`], given back when dropped.
#[derive(Debug)]
pub struct Reservation(u64);

impl Reservation {
    /// The share a decode of a `width` × `height` picture reserves (its pixels, and as much
    /// again for a conversion to RGBA and a scaled copy): held by a painter working on a
    /// picture decoded earlier, so the limit on memory holds as if it had just been decoded.
    pub fn for_pixels(width: u32, height: u32) -> Reservation {
        Reservation::wait_for(u64::from(width) * u64::from(height) * 8)
    }

    /// Waits until `bytes` fit in [`DECODE_MEMORY`] beside the decodes running (a larger one
    /// waits to run alone).
    fn wait_for(bytes: u64) -> Reservation {
        let bytes = bytes.min(DECODE_MEMORY);
        let mut used = DECODING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        while *used > 0 && *used + bytes > DECODE_MEMORY {
            used = DECODE_DONE
                .wait(used)
                .unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        *used += bytes;
        Reservation(bytes)
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        let mut used = DECODING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        *used -= self.0;
        DECODE_DONE.notify_all();
    }
}

/// A decoded image, holding its share of [`DECODE_MEMORY`] until dropped: keep it only while
/// cropping and scaling it, so the next decode waits for that work too.
#[derive(Debug)]
pub struct Decoded {
    image: DynamicImage,
    _memory: Reservation,
}

impl Decoded {
    /// The pixels and the memory share, to keep while working on them.
    pub fn into_parts(self) -> (DynamicImage, Reservation) {
        (self.image, self._memory)
    }
}

impl std::ops::Deref for Decoded {
    type Target = DynamicImage;
    fn deref(&self) -> &DynamicImage {
        &self.image
    }
}

/// Decodes image bytes (PNG, JPEG) within the limits; `name` labels errors. An image over
/// [`MAX_PIXELS`] is refused by its header; the others wait for their share of
/// [`DECODE_MEMORY`] (the decoded pixels, an RGBA copy and a scaled one), held by the result.
pub fn decode_limited(bytes: &[u8], name: &str) -> Result<Decoded, String> {
    let (w, h) = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("{name}: {e}"))?
        .into_dimensions()
        .map_err(|e| format!("{name}: {e}"))?;
    let pixels = u64::from(w) * u64::from(h);
    if pixels > MAX_PIXELS {
        return Err(crate::t!(
            "render-image-too-many-pixels",
            name = name,
            megapixels = pixels / 1_000_000,
            max = MAX_PIXELS / 1_000_000
        ));
    }
    // The decoded pixels, and as much again for a conversion to RGBA and a scaled copy.
    let memory = Reservation::wait_for(pixels * 8);
    let mut reader = image::ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("{name}: {e}"))?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| format!("{name}: {e}"))?;
    Ok(Decoded { image, _memory: memory })
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
    fn decodes_wait_for_memory_and_give_it_back() {
        let held = Reservation::wait_for(DECODE_MEMORY / 2);
        let (tx, rx) = std::sync::mpsc::channel();
        let waiting = std::thread::spawn(move || {
            let _second = Reservation::wait_for(DECODE_MEMORY);
            tx.send(()).unwrap();
        });
        // The second does not fit beside the first: it waits until the first is dropped.
        assert!(rx.recv_timeout(std::time::Duration::from_millis(200)).is_err());
        drop(held);
        assert!(rx.recv_timeout(std::time::Duration::from_secs(10)).is_ok());
        waiting.join().unwrap();
    }

    #[test]
    fn crops_the_shown_part() {
        let img = DynamicImage::new_rgb8(200, 100);
        let c = crop_uv(&img, (0.25, 0.0, 0.75, 1.0));
        assert_eq!((c.width(), c.height()), (100, 100));
    }
}

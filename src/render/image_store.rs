//! The pictures a set of frames shows, read once before anything is painted and decoded once
//! when first painted: the PDF, PNG and web painters take their bytes and pixels from here and
//! never read a file themselves. The exporter fills it from the deck's source
//! ([`ImageStore::read`], [`ImageStore::extend`]), one store for every format of an export.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use image::DynamicImage;

use super::decode::{Decoded, Reservation, decode_limited};
use crate::layout::{Frame, Item};

/// Decoded pixels a store keeps for painting them again (a picture on many pages is decoded
/// once); a picture beyond what is left is decoded again each time it is painted, as it would
/// be without the store.
pub const KEPT_PIXELS_BUDGET: u64 = 128 * 1024 * 1024;

/// The bytes of each picture file a set of frames shows (or why it could not be read), and the
/// pixels decoded so far.
#[derive(Debug)]
pub struct ImageStore {
    files: HashMap<String, Result<Arc<Vec<u8>>, String>>,
    decoded: Mutex<HashMap<String, Arc<OnceLock<Kept>>>>,
    kept_bytes: AtomicU64,
    budget: u64,
}

impl Default for ImageStore {
    fn default() -> ImageStore {
        ImageStore::keeping(KEPT_PIXELS_BUDGET)
    }
}

/// What became of a picture's first decoding.
#[derive(Debug)]
enum Kept {
    Pixels(Arc<DynamicImage>),
    /// Decoded, but larger than the room left: decoded again at each use.
    TooLarge,
    Failed(String),
}

/// A picture's pixels for one painting, with its share of the decoding memory held while it is
/// cropped and scaled (see [`super::decode::DECODE_MEMORY`]).
#[derive(Debug)]
pub enum Picture {
    /// The store's copy, with a share reserved for the painter's working copies.
    Kept(Arc<DynamicImage>, Reservation),
    /// Decoded for this painting only.
    Fresh(Decoded),
}

impl std::ops::Deref for Picture {
    type Target = DynamicImage;
    fn deref(&self) -> &DynamicImage {
        match self {
            Picture::Kept(image, _) => image,
            Picture::Fresh(decoded) => decoded,
        }
    }
}

impl ImageStore {
    /// An empty store keeping up to `budget` bytes of decoded pixels.
    pub fn keeping(budget: u64) -> ImageStore {
        ImageStore {
            files: HashMap::new(),
            decoded: Mutex::default(),
            kept_bytes: AtomicU64::new(0),
            budget,
        }
    }

    /// Reads, once each, every picture the `frames` show, with `read` (the deck's source).
    pub fn read<'f>(
        frames: impl IntoIterator<Item = &'f Frame>,
        read: impl Fn(&str) -> Result<Vec<u8>, String>,
    ) -> ImageStore {
        let mut store = ImageStore::default();
        store.extend(frames, read);
        store
    }

    /// Reads the pictures the `frames` show that the store does not hold yet.
    pub fn extend<'f>(
        &mut self,
        frames: impl IntoIterator<Item = &'f Frame>,
        read: impl Fn(&str) -> Result<Vec<u8>, String>,
    ) {
        for frame in frames {
            for item in &frame.items {
                if let Item::Image(img) = item
                    && !self.files.contains_key(&img.asset)
                {
                    self.files.insert(img.asset.clone(), read(&img.asset).map(Arc::new));
                }
            }
        }
    }

    /// The bytes of `asset`, or why they are not there (the reader's reason).
    pub fn bytes(&self, asset: &str) -> Result<Arc<Vec<u8>>, String> {
        match self.files.get(asset) {
            Some(found) => found.clone(),
            None => Err(crate::t!("deck-image-not-read", asset = asset)),
        }
    }

    /// The pixels of `asset`, decoded the first time they are asked for (within the decoder's
    /// limits) and kept while the budget allows ([`KEPT_PIXELS_BUDGET`] by default); painters asking at once for the
    /// same picture wait for one decoding.
    pub fn pixels(&self, asset: &str) -> Result<Picture, String> {
        let bytes = self.bytes(asset)?;
        let slot = {
            let mut decoded = self.decoded.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            decoded.entry(asset.to_string()).or_default().clone()
        };
        let mut fresh = None;
        let kept = slot.get_or_init(|| match decode_limited(&bytes, asset) {
            Ok(decoded) => {
                let size = decoded.as_bytes().len() as u64;
                let room = self
                    .kept_bytes
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |held| {
                        (held + size <= self.budget).then_some(held + size)
                    });
                if room.is_ok() {
                    let (image, _share) = decoded.into_parts();
                    Kept::Pixels(Arc::new(image))
                } else {
                    fresh = Some(decoded);
                    Kept::TooLarge
                }
            }
            Err(e) => Kept::Failed(e),
        });
        match kept {
            Kept::Pixels(image) => {
                let share = Reservation::for_pixels(image.width(), image.height());
                Ok(Picture::Kept(image.clone(), share))
            }
            Kept::Failed(e) => Err(e.clone()),
            Kept::TooLarge => match fresh {
                Some(decoded) => Ok(Picture::Fresh(decoded)),
                None => decode_limited(&bytes, asset).map(Picture::Fresh),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{ImageItem, Rect};

    fn with_image(asset: &str) -> Frame {
        let mut f = Frame::empty(10.0, 10.0, crate::model::Color::rgb(0, 0, 0));
        f.items.push(Item::Image(ImageItem {
            asset: asset.into(),
            rect: Rect::new(0.0, 0.0, 1.0, 1.0),
            uv: (0.0, 0.0, 1.0, 1.0),
            alt: String::new(),
        }));
        f
    }

    #[test]
    fn each_file_is_read_once_and_a_failure_is_kept_with_its_reason() {
        let reads = std::cell::Cell::new(0);
        let frames = [with_image("a.png"), with_image("a.png"), with_image("gone.png")];
        let store = ImageStore::read(&frames, |asset| {
            reads.set(reads.get() + 1);
            if asset == "a.png" {
                Ok(vec![1, 2, 3])
            } else {
                Err("not found".into())
            }
        });
        assert_eq!(reads.get(), 2);
        assert_eq!(*store.bytes("a.png").unwrap(), vec![1, 2, 3]);
        assert_eq!(store.bytes("gone.png").unwrap_err(), "not found");
        assert!(store.bytes("other.png").is_err());
    }

    fn png_file(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 60]))
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .unwrap();
        out
    }

    fn store_of(budget: u64) -> ImageStore {
        let frames = [with_image("a.png"), with_image("bad.png")];
        let mut store = ImageStore::keeping(budget);
        store.extend(&frames, |asset| match asset {
            "a.png" => Ok(png_file(64, 32)),
            _ => Ok(b"not a picture".to_vec()),
        });
        store
    }

    #[test]
    fn a_picture_is_decoded_once_for_every_painter_even_at_once() {
        let store = store_of(KEPT_PIXELS_BUDGET);
        let first = store.pixels("a.png").unwrap();
        let Picture::Kept(kept, _) = &first else {
            panic!("a small picture is kept")
        };
        assert_eq!((kept.width(), kept.height()), (64, 32));
        let others: Vec<Picture> = std::thread::scope(|s| {
            let asks: Vec<_> = (0..4).map(|_| s.spawn(|| store.pixels("a.png").unwrap())).collect();
            asks.into_iter().map(|t| t.join().unwrap()).collect()
        });
        for other in &others {
            let Picture::Kept(again, _) = other else {
                panic!("asked again, the kept pixels are given")
            };
            assert!(Arc::ptr_eq(kept, again), "decoded a second time");
        }
        let reason = store.pixels("bad.png").unwrap_err();
        assert!(reason.starts_with("bad.png"), "{reason}");
        assert_eq!(store.pixels("bad.png").unwrap_err(), reason);
    }

    #[test]
    fn a_picture_beyond_the_budget_is_decoded_at_each_use_and_not_kept() {
        let store = store_of(64 * 32 * 3 - 1);
        for _ in 0..2 {
            let picture = store.pixels("a.png").unwrap();
            assert!(matches!(picture, Picture::Fresh(_)));
            assert_eq!((picture.width(), picture.height()), (64, 32));
        }
        assert_eq!(store.kept_bytes.load(Ordering::SeqCst), 0);
    }
}

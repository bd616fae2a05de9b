//! The picture files a set of frames shows, read once before anything is painted: the PDF,
//! PNG and web painters take their bytes from here and never read a file themselves. The
//! exporter fills it from the deck's source ([`ImageStore::read`]).

use std::collections::HashMap;
use std::sync::Arc;

use crate::layout::{Frame, Item};

/// The bytes of each picture file a set of frames shows, or why it could not be read.
#[derive(Debug, Default, Clone)]
pub struct ImageStore {
    files: HashMap<String, Result<Arc<Vec<u8>>, String>>,
}

impl ImageStore {
    /// Reads, once each, every picture the `frames` show, with `read` (the deck's source).
    pub fn read<'f>(
        frames: impl IntoIterator<Item = &'f Frame>,
        read: impl Fn(&str) -> Result<Vec<u8>, String>,
    ) -> ImageStore {
        let mut files = HashMap::new();
        for frame in frames {
            for item in &frame.items {
                if let Item::Image(img) = item
                    && !files.contains_key(&img.asset)
                {
                    files.insert(img.asset.clone(), read(&img.asset).map(Arc::new));
                }
            }
        }
        ImageStore { files }
    }

    /// The bytes of `asset`, or why they are not there (the reader's reason).
    pub fn bytes(&self, asset: &str) -> Result<Arc<Vec<u8>>, String> {
        match self.files.get(asset) {
            Some(found) => found.clone(),
            None => Err(crate::t!("deck-image-not-read", asset = asset)),
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
}

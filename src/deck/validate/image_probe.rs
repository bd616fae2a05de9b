//! What an image file's first bytes tell the validator: its pixel size, whether it is SVG, and
//! whether it is empty, read only as far as needed.

use std::io::Cursor;

use crate::source::{Source, SourceError};

/// Whether the start of a file looks like SVG (XML with an `<svg` element).
pub(super) fn looks_like_svg(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml") || t.starts_with("<svg") || t.starts_with("<!DOCTYPE svg")) && text.contains("<svg")
}

/// What the validator learns from an image file's header.
#[derive(Debug, Clone)]
pub(crate) struct ImageProbe {
    /// Pixel size, or why the header cannot be read.
    pub(super) dimensions: Result<(u32, u32), String>,
    /// The file's first bytes (to recognise SVG).
    pub(super) head: Vec<u8>,
    /// The file's length when it is empty or short; at least the first prefix's length otherwise.
    pub(super) len: usize,
}

/// Bytes read first to find an image's size.
const FIRST_BYTES: usize = 16 * 1024;
/// Bytes read next when the size was not in the first (JPEG headers can follow large EXIF blocks).
const HEADER_BYTES: usize = 256 * 1024;

/// Reads an image's header: a prefix of the file, all of it only when the size is further in.
pub(super) fn probe_image(source: &dyn Source, resolved: &str) -> Result<ImageProbe, SourceError> {
    let dims = |bytes: &[u8]| {
        image::ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .map_err(|e| e.to_string())
            .and_then(|r| r.into_dimensions().map_err(|e| e.to_string()))
    };
    // Most headers are in the first kilobytes (a PNG's in its first 33 bytes): read more only
    // when the size is not found there and the file goes on.
    let mut prefix = source.read_prefix(resolved, FIRST_BYTES)?;
    let mut dimensions = dims(&prefix);
    if dimensions.is_err() && prefix.len() == FIRST_BYTES {
        prefix = source.read_prefix(resolved, HEADER_BYTES)?;
        dimensions = dims(&prefix);
    }
    if dimensions.is_err() && prefix.len() == HEADER_BYTES {
        dimensions = dims(&source.read(resolved)?);
    }
    Ok(ImageProbe {
        dimensions,
        head: prefix.iter().take(512).copied().collect(),
        len: prefix.len(),
    })
}

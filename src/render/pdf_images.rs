//! Images for the PDF: each embedded once per (asset, crop, resolution), decoded first so that
//! one damaged file cannot lose the whole export, and downscaled to print resolution.

use std::collections::HashMap;

use krilla::image::Image;

use crate::layout::ImageItem;
use crate::layout::pages::UNITS_PER_POINT;
use crate::source::Source;

/// Print resolution images are downscaled to (pixels per inch at their printed size).
const IMAGE_DPI: f32 = 220.0;

/// Images embedded once per (asset, crop, resolution).
#[derive(Default)]
pub struct ImageCache {
    images: HashMap<(String, [u32; 4], u32), Result<Image, String>>,
    /// Why images could not be embedded (each drawn as a placeholder).
    pub problems: Vec<String>,
}

impl ImageCache {
    /// The embedded image for `item`, made once.
    pub fn get(&mut self, source: &dyn Source, item: &ImageItem) -> Result<Image, String> {
        // Pixels needed for the printed size: the rect is in layout units (2 per point).
        let inches = item.rect.w.max(item.rect.h) / UNITS_PER_POINT / 72.0;
        let max_side = ((inches * IMAGE_DPI).ceil() as u32).clamp(16, 8192);
        let uv = [item.uv.0, item.uv.1, item.uv.2, item.uv.3].map(|v| (v * 10_000.0) as u32);
        let key = (item.asset.clone(), uv, max_side);
        if let Some(img) = self.images.get(&key) {
            return img.clone();
        }
        let made = load(source, item, max_side);
        if let Err(e) = &made {
            self.problems.push(e.clone());
        }
        self.images.insert(key, made.clone());
        made
    }
}

/// Decodes, crops to the shown part and downscales an image. A JPEG that needs neither is
/// embedded as it is (no recompression), once we know it decodes: krilla reads images only when
/// the document is finished, and one bad file must not lose the whole export.
fn load(source: &dyn Source, item: &ImageItem, max_side: u32) -> Result<Image, String> {
    let bytes = source.read(&item.asset).map_err(|e| format!("{}: {e}", item.asset))?;
    let decoded = super::bitmap::decode_limited(&bytes, &item.asset)?;
    let full = item.uv == (0.0, 0.0, 1.0, 1.0);
    // Within half again the printed resolution, resampling saves little and costs time.
    let fits = |side: u32| side * 2 <= max_side * 3;
    let jpeg = image::guess_format(&bytes).ok() == Some(image::ImageFormat::Jpeg);
    if full && jpeg && fits(decoded.width().max(decoded.height())) {
        let data: krilla::Data = bytes.clone().into();
        if let Ok(i) = Image::from_jpeg(data, true) {
            return Ok(i);
        }
    }
    let img = super::bitmap::crop_uv(&decoded, item.uv);
    let img = if !fits(img.width().max(img.height())) {
        img.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    let rgba = img.into_rgba8();
    let (w, h) = (rgba.width(), rgba.height());
    Ok(Image::from_rgba8(rgba.into_raw(), w, h))
}

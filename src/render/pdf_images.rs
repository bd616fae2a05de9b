//! Images for the PDF: each embedded once per (asset, crop, resolution), decoded first so that
//! one damaged file cannot lose the whole export, and downscaled to print resolution.

use std::collections::HashMap;

use krilla::image::Image;

use super::image_store::ImageStore;
use crate::layout::ImageItem;
use crate::layout::pages::UNITS_PER_POINT;

/// Print resolution images are downscaled to (pixels per inch at their printed size).
const IMAGE_DPI: f32 = 220.0;

/// What an image is embedded once per: asset, crop (in ten-thousandths), pixels on its longer side.
type Key = (String, [u32; 4], u32);

/// Images embedded once per (asset, crop, resolution).
#[derive(Default)]
pub struct ImageCache {
    images: HashMap<Key, Result<Image, String>>,
    /// Why images could not be embedded (each drawn as a placeholder).
    pub problems: Vec<String>,
}

/// The cache key of an image item and the pixels its printed size needs.
fn key(item: &ImageItem) -> (Key, u32) {
    // Pixels needed for the printed size: the rect is in layout units (2 per point).
    let inches = item.rect.w.max(item.rect.h) / UNITS_PER_POINT / 72.0;
    let max_side = ((inches * IMAGE_DPI).ceil() as u32).clamp(16, 8192);
    let uv = [item.uv.0, item.uv.1, item.uv.2, item.uv.3].map(|v| (v * 10_000.0) as u32);
    ((item.asset.clone(), uv, max_side), max_side)
}

impl ImageCache {
    /// Makes the images of `items` at once, on every core (decoding and downscaling are most
    /// of an export's time); [`ImageCache::get`] then finds them ready.
    pub fn prepare(&mut self, store: &ImageStore, items: &[&ImageItem]) {
        use rayon::prelude::*;
        let mut wanted: Vec<(&ImageItem, Key, u32)> = Vec::new();
        for item in items {
            let (k, side) = key(item);
            if !self.images.contains_key(&k) && !wanted.iter().any(|(_, w, _)| *w == k) {
                wanted.push((item, k, side));
            }
        }
        let made: Vec<_> = wanted
            .into_par_iter()
            .map(|(item, k, side)| (k, load(store, item, side)))
            .collect();
        for (k, m) in made {
            if let Err(e) = &m {
                self.problems.push(e.clone());
            }
            self.images.insert(k, m);
        }
    }

    /// The embedded image for `item`, made once.
    pub fn get(&mut self, store: &ImageStore, item: &ImageItem) -> Result<Image, String> {
        let (key, max_side) = key(item);
        if let Some(img) = self.images.get(&key) {
            return img.clone();
        }
        let made = load(store, item, max_side);
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
fn load(store: &ImageStore, item: &ImageItem, max_side: u32) -> Result<Image, String> {
    let bytes = store.bytes(&item.asset).map_err(|e| format!("{}: {e}", item.asset))?;
    // The memory share is kept until the image is scaled: the next decode waits for it.
    let (decoded, _share) = super::decode::decode_limited(&bytes, &item.asset)?.into_parts();
    let full = item.uv == (0.0, 0.0, 1.0, 1.0);
    // Within half again the printed resolution, resampling saves little and costs time.
    let fits = |side: u32| side * 2 <= max_side * 3;
    let jpeg = image::guess_format(&bytes).ok() == Some(image::ImageFormat::Jpeg);
    if full && jpeg && fits(decoded.width().max(decoded.height())) {
        let data: krilla::Data = bytes.to_vec().into();
        if let Ok(i) = Image::from_jpeg(data, true) {
            return Ok(i);
        }
    }
    // Named by the file's bytes and the part shown: krilla tells images apart by this, not
    // by hashing megabytes of pixels again.
    let mut hasher = std::hash::DefaultHasher::new();
    std::hash::Hash::hash(&(&bytes[..], item.uv.0.to_bits(), item.uv.1.to_bits()), &mut hasher);
    std::hash::Hash::hash(&(item.uv.2.to_bits(), item.uv.3.to_bits(), max_side), &mut hasher);
    let name = std::hash::Hasher::finish(&hasher);
    let img = if full {
        decoded
    } else {
        super::decode::crop_uv(&decoded, item.uv)
    };
    let img = if fits(img.width().max(img.height())) {
        img
    } else {
        image::DynamicImage::ImageRgba8(downscale(img.into_rgba8(), max_side))
    };
    Image::from_custom(Prepared::split(img, name), false)
}

/// An image's pixels as the PDF stores them: the colour, and the opacity when any pixel is not
/// opaque. krilla compresses both (on every core) when the document is written.
#[derive(Clone)]
struct Prepared {
    /// What the image is (its file's bytes, crop and resolution), for krilla's deduplication.
    name: u64,
    size: (u32, u32),
    rgb: std::sync::Arc<Vec<u8>>,
    alpha: Option<std::sync::Arc<Vec<u8>>>,
}

impl Prepared {
    /// Splits decoded pixels into colour and opacity, without copying an RGB image.
    fn split(img: image::DynamicImage, name: u64) -> Prepared {
        let size = (img.width(), img.height());
        let (rgb, alpha) = match img {
            image::DynamicImage::ImageRgb8(rgb) => (rgb.into_raw(), None),
            other => {
                let rgba = other.into_rgba8().into_raw();
                let pixels = rgba.len() / 4;
                // Sized first and filled in lockstep: the compiler keeps this loop tight.
                let (mut rgb, mut alpha) = (vec![0u8; pixels * 3], vec![0u8; pixels]);
                for ((px, c), a) in rgba.chunks_exact(4).zip(rgb.chunks_exact_mut(3)).zip(&mut alpha) {
                    c.copy_from_slice(&px[..3]);
                    *a = px[3];
                }
                let opaque = alpha.iter().fold(255u8, |m, &a| m.min(a)) == 255;
                (rgb, (!opaque).then_some(alpha))
            }
        };
        Prepared {
            name,
            size,
            rgb: rgb.into(),
            alpha: alpha.map(Into::into),
        }
    }
}

impl std::hash::Hash for Prepared {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (self.name, self.size, self.alpha.is_some()).hash(state);
    }
}

impl krilla::image::CustomImage for Prepared {
    fn color_channel(&self) -> &[u8] {
        &self.rgb
    }
    fn alpha_channel(&self) -> Option<&[u8]> {
        self.alpha.as_deref().map(Vec::as_slice)
    }
    fn bits_per_component(&self) -> krilla::image::BitsPerComponent {
        krilla::image::BitsPerComponent::Eight
    }
    fn size(&self) -> (u32, u32) {
        self.size
    }
    fn icc_profile(&self) -> Option<&[u8]> {
        None
    }
    fn color_space(&self) -> krilla::image::ImageColorspace {
        krilla::image::ImageColorspace::Rgb
    }
}

/// Downscales to fit `max_side` (keeping the proportions) with a bilinear filter and alpha
/// handled, by `fast_image_resize` (SIMD; `image`'s own resize took a third of an export).
/// Typed as RGBA8 (`resize_typed`), not through the resizer's pixel-type dispatch: that one
/// also compiles the f32 paths, whose SIMD code came out different from build to build
/// (docs/packaging.md, reproducible builds).
fn downscale(rgba: image::RgbaImage, max_side: u32) -> image::RgbaImage {
    use fast_image_resize::images::{TypedImage, TypedImageRef};
    use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer, pixels::U8x4};
    let (w, h) = (rgba.width(), rgba.height());
    let ratio = max_side as f32 / w.max(h) as f32;
    let (nw, nh) = (
        ((w as f32 * ratio).round() as u32).max(1),
        ((h as f32 * ratio).round() as u32).max(1),
    );
    let mut out = vec![0u8; nw as usize * nh as usize * 4];
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Bilinear));
    // Borrowed, not copied: the decoded image can be tens of megabytes.
    let done = TypedImageRef::<U8x4>::from_buffer(w, h, &rgba)
        .ok()
        .zip(TypedImage::<U8x4>::from_buffer(nw, nh, &mut out).ok())
        .and_then(|(src, mut dst)| Resizer::new().resize_typed(&src, &mut dst, &options).ok());
    match done.and_then(|()| image::RgbaImage::from_raw(nw, nh, out)) {
        Some(small) => small,
        None => image::imageops::resize(&rgba, nw, nh, image::imageops::FilterType::Triangle),
    }
}

#[cfg(test)]
mod tests {
    use super::Prepared;
    use krilla::image::CustomImage;

    #[test]
    fn opacity_is_kept_only_when_a_pixel_is_not_opaque() {
        let rgb = image::RgbImage::from_pixel(3, 2, image::Rgb([10, 20, 30]));
        let p = Prepared::split(image::DynamicImage::ImageRgb8(rgb), 1);
        assert_eq!((p.size(), p.color_channel().len()), ((3, 2), 18));
        assert!(p.alpha_channel().is_none());
        let mut rgba = image::RgbaImage::from_pixel(2, 2, image::Rgba([1, 2, 3, 255]));
        let p = Prepared::split(image::DynamicImage::ImageRgba8(rgba.clone()), 2);
        assert_eq!(p.color_channel(), [1, 2, 3].repeat(4));
        assert!(p.alpha_channel().is_none(), "all opaque: no soft mask");
        rgba.put_pixel(1, 1, image::Rgba([4, 5, 6, 0]));
        let p = Prepared::split(image::DynamicImage::ImageRgba8(rgba), 3);
        assert_eq!(&p.color_channel()[9..], [4, 5, 6]);
        assert_eq!(p.alpha_channel(), Some(&[255, 255, 255, 0][..]));
    }
}

//! The page's images, each embedded once (a data URL in the page's `<defs>`) and drawn with
//! `<use>` wherever a slide shows it. An image far larger than any place it is shown is
//! embedded at twice that size (sharp on high-density screens); others as they are.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Cursor;

use base64::Engine as _;

use super::Embedding;
use super::markup::attr;
use crate::layout::ImageItem;
use crate::render::image_store::ImageStore;

/// An embedded image: its id in the page and its size in pixels.
#[derive(Debug, Clone)]
pub struct ImageDef {
    pub id: String,
    pub width: f32,
    pub height: f32,
}

/// Images embedded so far, by asset and target width.
#[derive(Debug, Default)]
pub struct ImageDefs {
    by_key: HashMap<(String, u32), Result<ImageDef, String>>,
    defs: Vec<String>,
    embedding: Embedding,
    /// With [`Embedding::Files`]: the image files, as `images/iN.ext`.
    files: Vec<(String, Vec<u8>)>,
}

/// Embedded pixels per layout unit shown, at most.
const DENSITY: f32 = 2.0;

impl ImageDefs {
    /// No image yet; images will go where `embedding` says.
    pub fn new(embedding: Embedding) -> ImageDefs {
        ImageDefs {
            embedding,
            ..ImageDefs::default()
        }
    }

    /// The image files to write beside the page (none when they are inside it).
    pub fn into_files(self) -> Vec<(String, Vec<u8>)> {
        self.files
    }

    /// The definition for `item` (embedding the image the first time), or why it cannot be read.
    pub fn get(&mut self, store: &ImageStore, item: &ImageItem) -> Result<ImageDef, String> {
        let (u0, _, u1, _) = item.uv;
        let shown = (item.rect.w / (u1 - u0).max(1e-3) * DENSITY).ceil().max(1.0) as u32;
        let key = (item.asset.clone(), shown);
        if let Some(found) = self.by_key.get(&key) {
            return found.clone();
        }
        let made = self.embed(store, &item.asset, shown);
        self.by_key.insert(key, made.clone());
        made
    }

    fn embed(&mut self, store: &ImageStore, asset: &str, max_width: u32) -> Result<ImageDef, String> {
        let bytes = store.bytes(asset)?;
        let reader = image::ImageReader::new(Cursor::new(&bytes[..]))
            .with_guessed_format()
            .map_err(|e| format!("{asset}: {e}"))?;
        let format = reader
            .format()
            .ok_or_else(|| crate::t!("html-image-format", asset = asset))?;
        let (w, h) = reader.into_dimensions().map_err(|e| format!("{asset}: {e}"))?;
        let (data, mime, w, h) = if w > max_width {
            let img = store.pixels(asset)?;
            let nh = ((h as f32) * max_width as f32 / w as f32).round().max(1.0) as u32;
            let small = img.resize_exact(max_width, nh, image::imageops::FilterType::Lanczos3);
            let mut out = Vec::new();
            let (fmt, mime) = if small.color().has_alpha() {
                (image::ImageFormat::Png, "image/png")
            } else {
                (image::ImageFormat::Jpeg, "image/jpeg")
            };
            let small = if fmt == image::ImageFormat::Jpeg {
                image::DynamicImage::ImageRgb8(small.to_rgb8())
            } else {
                small
            };
            small
                .write_to(&mut Cursor::new(&mut out), fmt)
                .map_err(|e| format!("{asset}: {e}"))?;
            (out, mime.to_string(), max_width, nh)
        } else {
            (bytes.to_vec(), format.to_mime_type().to_string(), w, h)
        };
        let id = format!("i{}", self.defs.len());
        let href = match self.embedding {
            Embedding::Inline => format!(
                "data:{mime};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(&data)
            ),
            Embedding::Files => {
                let ext = mime.rsplit('/').next().unwrap_or("bin");
                let path = format!("images/{id}.{ext}");
                self.files.push((path.clone(), data));
                path
            }
        };
        let mut def = String::new();
        let _ = write!(
            def,
            r#"<image id="{id}" width="{w}" height="{h}" preserveAspectRatio="none" href="{}"/>"#,
            attr(&href)
        );
        self.defs.push(def);
        Ok(ImageDef {
            id,
            width: w as f32,
            height: h as f32,
        })
    }

    /// The `<defs>` of every image embedded, in a hidden `<svg>` of the page.
    pub fn defs(&self) -> String {
        format!(
            r#"<svg class="defs" aria-hidden="true" width="0" height="0"><defs>{}</defs></svg>"#,
            self.defs.concat()
        )
    }
}

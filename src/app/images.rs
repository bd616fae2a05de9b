//! Image textures: decoded on a background thread at the size they are shown, then uploaded.
//!
//! Decoding uses the `image` crate's limits, so a hostile file cannot exhaust memory; a file
//! that fails to decode becomes a placeholder with the reason.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::deck::source::Source;

/// Longest side, in pixels, we ever upload.
pub const MAX_TEXTURE_SIDE: u32 = 4096;

/// The state of one image.
#[derive(Clone)]
pub enum TextureState {
    Pending,
    Ready(egui::TextureHandle, u32),
    Failed(String),
}

struct Request {
    source: Arc<dyn Source>,
    asset: String,
    max_side: u32,
}

struct Decoded {
    asset: String,
    max_side: u32,
    result: Result<egui::ColorImage, String>,
}

/// Texture cache with a decoder thread.
pub struct ImageCache {
    requests: Sender<Request>,
    results: Receiver<Decoded>,
    textures: HashMap<String, TextureState>,
}

impl ImageCache {
    /// Starts the decoder thread; it asks `ctx` to repaint when an image is ready.
    pub fn new(ctx: egui::Context) -> ImageCache {
        let (requests, rx) = channel::<Request>();
        let (tx, results) = channel::<Decoded>();
        let spawned = std::thread::Builder::new()
            .name("estrade-image-decoder".into())
            .spawn(move || {
                for req in rx {
                    let result = decode(req.source.as_ref(), &req.asset, req.max_side);
                    if tx
                        .send(Decoded {
                            asset: req.asset,
                            max_side: req.max_side,
                            result,
                        })
                        .is_err()
                    {
                        break;
                    }
                    ctx.request_repaint();
                }
            });
        let mut cache = ImageCache {
            requests,
            results,
            textures: HashMap::new(),
        };
        if let Err(e) = spawned {
            // Without a thread, every image shows its placeholder rather than blocking the UI.
            cache.textures.insert(
                String::new(),
                TextureState::Failed(format!("cannot start the image decoder: {e}")),
            );
        }
        cache
    }

    /// Asks for `asset` at up to `max_side` pixels (no-op when already there or on its way).
    pub fn request(&mut self, source: &Arc<dyn Source>, asset: &str, max_side: u32) {
        let max_side = bucket(max_side);
        let needed = match self.textures.get(asset) {
            None => true,
            Some(TextureState::Ready(_, side)) => *side < max_side,
            Some(_) => false,
        };
        if needed {
            if !self.textures.contains_key(asset) {
                self.textures.insert(asset.to_string(), TextureState::Pending);
            }
            let req = Request {
                source: source.clone(),
                asset: asset.to_string(),
                max_side,
            };
            if self.requests.send(req).is_err() {
                self.textures.insert(
                    asset.to_string(),
                    TextureState::Failed("the image decoder stopped".into()),
                );
            }
        }
    }

    /// Uploads what the decoder finished.
    pub fn poll(&mut self, ctx: &egui::Context) {
        while let Ok(d) = self.results.try_recv() {
            let state = match d.result {
                Ok(img) => TextureState::Ready(
                    ctx.load_texture(&d.asset, img, egui::TextureOptions::LINEAR),
                    d.max_side,
                ),
                Err(e) => TextureState::Failed(e),
            };
            self.textures.insert(d.asset, state);
        }
    }

    /// Current state of an asset.
    pub fn get(&self, asset: &str) -> TextureState {
        self.textures.get(asset).cloned().unwrap_or(TextureState::Pending)
    }

    /// Forgets every texture (after a deck change).
    pub fn clear(&mut self) {
        self.textures.clear();
    }
}

/// Rounds a size up to a few buckets so small window changes do not re-decode.
fn bucket(side: u32) -> u32 {
    let mut b = 256;
    while b < side && b < MAX_TEXTURE_SIDE {
        b *= 2;
    }
    b.min(MAX_TEXTURE_SIDE)
}

/// Reads and decodes one image, scaled down to fit `max_side`.
pub fn decode(source: &dyn Source, asset: &str, max_side: u32) -> Result<egui::ColorImage, String> {
    let bytes = source.read(asset).map_err(|e| format!("{asset}: {e}"))?;
    let img = crate::render::bitmap::decode_limited(&bytes, asset)?;
    let img = if img.width().max(img.height()) > max_side {
        img.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}

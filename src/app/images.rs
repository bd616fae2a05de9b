//! Image textures: decoded on a background thread at the size they are shown, then uploaded.
//!
//! Decoding uses the `image` crate's limits, so a hostile file cannot exhaust memory; a file
//! that fails to decode becomes a placeholder with the reason. Textures are kept within a
//! memory budget (least recently shown first out), and the decoder skips images that are no
//! longer wanted (a speaker paging quickly through photographs never waits behind them).

use std::collections::{HashMap, HashSet};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use crate::app::picture_bytes::PictureBytes;
use crate::source::Source;

/// Longest side, in pixels, we ever upload.
pub const MAX_TEXTURE_SIDE: u32 = 4096;
/// Texture memory kept for images not on screen (RGBA bytes); beyond it the least recently
/// shown go first. The images of the current and next slides are always kept.
pub const TEXTURE_BUDGET: usize = 128 * 1024 * 1024;

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
    /// `None`: skipped, nobody wanted it any more (it is asked again when needed).
    result: Option<Result<egui::ColorImage, String>>,
}

/// Texture cache with a decoder thread.
pub struct ImageCache {
    requests: Sender<Request>,
    results: Receiver<Decoded>,
    textures: HashMap<String, TextureState>,
    /// Frame counter (one per [`ImageCache::poll`]) and the frame each asset was last asked for.
    frame: u64,
    last_wanted: HashMap<String, u64>,
    /// Assets asked for since the previous frame: the decoder skips requests not in it.
    wanted: Arc<Mutex<HashSet<String>>>,
    /// Textures to decode again (the deck was reloaded: the file may have changed). Until the
    /// new decode succeeds the old texture stays on screen.
    stale: HashSet<String>,
    /// Images that were on screen and could not be read again: (asset, reason). The old
    /// texture is kept; the shell tells the speaker.
    lost: Vec<(String, String)>,
    /// The deck's picture files, read when it opened: a file deleted since still decodes.
    bytes: Arc<PictureBytes>,
    /// Where the shown deck's pictures are read from (see [`ImageCache::read_from`]).
    source: Option<Arc<dyn Source>>,
}

impl ImageCache {
    /// Starts the decoder thread; it asks `ctx` to repaint when an image is ready.
    pub fn new(ctx: egui::Context) -> ImageCache {
        let (requests, rx) = channel::<Request>();
        let (tx, results) = channel::<Decoded>();
        let wanted: Arc<Mutex<HashSet<String>>> = Arc::default();
        let still_wanted = wanted.clone();
        let bytes = Arc::new(PictureBytes::default());
        let kept = bytes.clone();
        let spawned = std::thread::Builder::new()
            .name("estrade-image-decoder".into())
            .spawn(move || {
                for req in rx {
                    let current = still_wanted.lock().map_or(true, |w| w.contains(&req.asset));
                    let result = current.then(|| {
                        kept.read(req.source.as_ref(), &req.asset)
                            .and_then(|b| decode_bytes(&b, &req.asset, req.max_side))
                    });
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
            frame: 0,
            last_wanted: HashMap::new(),
            wanted,
            stale: HashSet::new(),
            lost: Vec::new(),
            bytes,
            source: None,
        };
        if let Err(e) = spawned {
            // Without a thread, every image shows its placeholder rather than blocking the UI.
            cache.textures.insert(
                String::new(),
                TextureState::Failed(crate::t!("app-image-decoder-start-failed", error = e.to_string())),
            );
        }
        cache
    }

    /// The pictures asked for from now on by [`crate::app::frame_cache::request_images`] are
    /// read from `source` (the files of the deck shown).
    pub fn read_from(&mut self, source: Arc<dyn Source>) {
        self.source = Some(source);
    }

    /// Where the shown deck's pictures are read from, once known.
    pub fn source(&self) -> Option<&Arc<dyn Source>> {
        self.source.as_ref()
    }

    /// Asks for `asset` at up to `max_side` pixels (no-op when already there or on its way).
    pub fn request(&mut self, source: &Arc<dyn Source>, asset: &str, max_side: u32) {
        let max_side = bucket(max_side);
        self.last_wanted.insert(asset.to_string(), self.frame);
        if let Ok(mut w) = self.wanted.lock() {
            w.insert(asset.to_string());
        }
        let needed = match self.textures.get(asset) {
            None => true,
            Some(TextureState::Ready(_, side)) => *side < max_side || self.stale.remove(asset),
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
                    TextureState::Failed(crate::t!("app-image-decoder-stopped")),
                );
            }
        }
    }

    /// Uploads what the decoder finished and keeps textures within [`TEXTURE_BUDGET`]. Call once
    /// per frame, before the frame's requests.
    pub fn poll(&mut self, ctx: &egui::Context) {
        while let Ok(d) = self.results.try_recv() {
            let state = match d.result {
                Some(Ok(img)) => TextureState::Ready(
                    ctx.load_texture(&d.asset, img, egui::TextureOptions::LINEAR),
                    d.max_side,
                ),
                Some(Err(e)) => {
                    if matches!(self.textures.get(&d.asset), Some(TextureState::Ready(..))) {
                        // It was shown: a reload never makes the audience view worse. Keep the
                        // last good texture and say which file is gone.
                        self.lost.push((d.asset, e));
                        continue;
                    }
                    TextureState::Failed(e)
                }
                None => {
                    // Nobody wanted it any more: forget it (unless it is a texture kept from
                    // before a reload), so it is decoded when asked again.
                    if matches!(self.textures.get(&d.asset), Some(TextureState::Ready(..))) {
                        self.stale.insert(d.asset);
                    } else {
                        self.textures.remove(&d.asset);
                    }
                    continue;
                }
            };
            self.textures.insert(d.asset, state);
        }
        self.evict();
        self.frame += 1;
        if let Ok(mut w) = self.wanted.lock() {
            // Keep what the previous frame asked for until this frame asks again.
            w.retain(|a| self.last_wanted.get(a).is_some_and(|&f| f + 1 >= self.frame));
        }
    }

    /// Bytes of the textures held.
    pub fn texture_bytes(&self) -> usize {
        self.textures
            .values()
            .map(|t| match t {
                TextureState::Ready(h, _) => h.size()[0] * h.size()[1] * 4,
                _ => 0,
            })
            .sum()
    }

    /// Number of textures held.
    pub fn texture_count(&self) -> usize {
        self.textures
            .values()
            .filter(|t| matches!(t, TextureState::Ready(..)))
            .count()
    }

    /// Drops the least recently wanted textures until the rest fit the budget; textures asked
    /// for in this frame or the previous one are never dropped.
    fn evict(&mut self) {
        let mut total = self.texture_bytes();
        if total <= TEXTURE_BUDGET {
            return;
        }
        let mut old: Vec<(u64, String, usize)> = self
            .textures
            .iter()
            .filter_map(|(a, t)| match t {
                TextureState::Ready(h, _) => Some((
                    self.last_wanted.get(a).copied().unwrap_or(0),
                    a.clone(),
                    h.size()[0] * h.size()[1] * 4,
                )),
                _ => None,
            })
            .filter(|(f, _, _)| f + 1 < self.frame)
            .collect();
        old.sort();
        for (_, asset, bytes) in old {
            if total <= TEXTURE_BUDGET {
                break;
            }
            self.textures.remove(&asset);
            self.last_wanted.remove(&asset);
            total -= bytes;
        }
    }

    /// Current state of an asset.
    pub fn get(&self, asset: &str) -> TextureState {
        self.textures.get(asset).cloned().unwrap_or(TextureState::Pending)
    }

    /// Reads every picture of `deck` into memory on a thread of its own (those not read yet),
    /// so a file deleted before its slide still shows; see [`ImageCache::take_unreadable`].
    pub fn preload(&mut self, deck: &crate::model::Deck, source: &Arc<dyn Source>, ctx: &egui::Context) {
        let mut assets: Vec<String> = Vec::new();
        for image in deck.slides.iter().flat_map(|s| s.images()) {
            if !assets.contains(&image.asset) {
                assets.push(image.asset.clone());
            }
        }
        let ctx = ctx.clone();
        self.read_from(source.clone());
        self.bytes
            .preload(source.clone(), assets, move || ctx.request_repaint());
    }

    /// Images that were on screen and are now missing or unreadable (the last good picture
    /// stays), then pictures that could not be read when the deck opened, each with what the
    /// speaker is told (which file, before the talk when it can be): (asset, note).
    pub fn take_unavailable(&mut self) -> Vec<(String, String)> {
        let lost = self.take_lost().into_iter().map(|(asset, why)| {
            let note = lost_image_note(&asset, &why);
            (asset, note)
        });
        let unreadable = self.take_unreadable().into_iter().map(|(asset, why)| {
            let note = unreadable_image_note(&asset, &why);
            (asset, note)
        });
        lost.chain(unreadable).collect()
    }

    /// Pictures of the deck found unreadable when it was opened or reloaded: (asset, reason).
    pub fn take_unreadable(&mut self) -> Vec<(String, String)> {
        self.bytes.take_failures()
    }

    /// Forgets every texture (another deck was opened).
    pub fn clear(&mut self) {
        self.bytes.clear();
        self.textures.clear();
        self.last_wanted.clear();
        self.stale.clear();
    }

    /// After a reload of the same deck: every image is read again when next shown, but a
    /// texture stays on screen until its new version decodes; images that had failed are tried
    /// again.
    pub fn revalidate(&mut self) {
        self.textures.retain(|_, t| matches!(t, TextureState::Ready(..)));
        self.stale = self.textures.keys().cloned().collect();
    }

    /// Images that could not be read again while an older version stays on screen, since the
    /// last call.
    pub fn take_lost(&mut self) -> Vec<(String, String)> {
        std::mem::take(&mut self.lost)
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
    decode_bytes(&bytes, asset, max_side)
}

/// Decodes one image's file bytes, scaled down to fit `max_side`.
fn decode_bytes(bytes: &[u8], asset: &str, max_side: u32) -> Result<egui::ColorImage, String> {
    let (img, _share) = crate::render::decode::decode_limited(bytes, asset)?.into_parts();
    let side = img.width().max(img.height());
    let img = if side >= max_side * 2 {
        // Large reductions (photographs): area averaging in integers, fast and without the
        // floating-point buffers of a filtered resize (a 6000×4000 photo needs ~100 MB there).
        img.thumbnail(max_side, max_side)
    } else if side > max_side {
        img.resize(max_side, max_side, image::imageops::FilterType::Triangle)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(size, rgba.as_raw()))
}

/// What the speaker is told about an image file gone during the talk.
pub fn lost_image_note(asset: &str, why: &str) -> String {
    let name = asset.strip_prefix("assets/").unwrap_or(asset);
    crate::t!("app-image-lost", name = name, why = why)
}

/// What the speaker is told of a picture that could not be read when the deck opened (it is not
/// shown; the audience sees an empty place).
pub fn unreadable_image_note(asset: &str, why: &str) -> String {
    let name = asset.strip_prefix("assets/").unwrap_or(asset);
    crate::t!("app-image-unreadable", name = name, why = why)
}

/// Whether `note` is the [`lost_image_note`] of `asset`, whatever the reason given in it.
pub fn is_lost_image_note_of(note: &str, asset: &str) -> bool {
    const MARK: &str = "\u{1}";
    let probe = lost_image_note(asset, MARK);
    let (before, after) = probe.split_once(MARK).unwrap_or((probe.as_str(), ""));
    note.len() >= before.len() + after.len() && note.starts_with(before) && note.ends_with(after)
}

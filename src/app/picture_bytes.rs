//! The deck's pictures read into memory when it opens (on a thread of their own), so that a
//! file deleted or renamed before its slide comes up still shows: the decoder reads the file
//! again when it can and falls back on the bytes kept here when it cannot. The pictures that
//! cannot be read at open are named for the speaker before the talk starts.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::source::Source;

/// Bytes of picture files kept in memory; beyond it the rest are read from disk when shown
/// (and a deletion before then cannot be made up for).
pub const KEPT_BUDGET: usize = 256 * 1024 * 1024;

/// The kept files and the failures found while reading them.
#[derive(Default)]
pub struct PictureBytes {
    kept: Mutex<Kept>,
}

#[derive(Default)]
struct Kept {
    files: HashMap<String, Arc<[u8]>>,
    total: usize,
    /// Pictures that could not be read or are not pictures: (asset, why), for the speaker.
    failures: Vec<(String, String)>,
}

impl PictureBytes {
    /// Reads `asset` from `source`, keeping its bytes; when the file cannot be read any more,
    /// the bytes kept from an earlier read are used.
    pub fn read(&self, source: &dyn Source, asset: &str) -> Result<Arc<[u8]>, String> {
        match source.read(asset) {
            Ok(bytes) => {
                let bytes: Arc<[u8]> = bytes.into();
                self.keep(asset, bytes.clone());
                Ok(bytes)
            }
            Err(e) => self.get(asset).ok_or_else(|| format!("{asset}: {e}")),
        }
    }

    /// The bytes kept for `asset`, if any.
    pub fn get(&self, asset: &str) -> Option<Arc<[u8]>> {
        self.kept.lock().ok()?.files.get(asset).cloned()
    }

    /// Whether `asset` is kept.
    pub fn has(&self, asset: &str) -> bool {
        self.kept.lock().is_ok_and(|k| k.files.contains_key(asset))
    }

    fn keep(&self, asset: &str, bytes: Arc<[u8]>) {
        let Ok(mut k) = self.kept.lock() else { return };
        let old = k.files.get(asset).map_or(0, |b| b.len());
        if k.total - old + bytes.len() > KEPT_BUDGET {
            return;
        }
        k.total = k.total - old + bytes.len();
        k.files.insert(asset.to_string(), bytes);
    }

    /// Reads every picture of `assets` not kept yet, on a thread of its own, and notes those
    /// that cannot be read or are not pictures (see [`PictureBytes::take_failures`]).
    /// `done` is called at the end (to ask for a frame).
    pub fn preload(
        self: &Arc<Self>,
        source: Arc<dyn Source>,
        assets: Vec<String>,
        done: impl FnOnce() + Send + 'static,
    ) {
        let this = self.clone();
        let work = move || {
            for asset in assets {
                if this.has(&asset) {
                    continue;
                }
                let checked = match source.read(&asset) {
                    Ok(bytes) => {
                        let bytes: Arc<[u8]> = bytes.into();
                        this.keep(&asset, bytes.clone());
                        header_ok(&bytes)
                    }
                    Err(e) => Err(e.to_string()),
                };
                if let Err(why) = checked
                    && let Ok(mut k) = this.kept.lock()
                {
                    k.failures.push((asset, why));
                }
            }
            done();
        };
        // Without a thread the pictures are read when shown, as before.
        let _ = std::thread::Builder::new()
            .name("estrade-picture-reader".into())
            .spawn(work);
    }

    /// The pictures found unreadable since the last call.
    pub fn take_failures(&self) -> Vec<(String, String)> {
        self.kept
            .lock()
            .map(|mut k| std::mem::take(&mut k.failures))
            .unwrap_or_default()
    }

    /// Forgets every file (another deck was opened).
    pub fn clear(&self) {
        if let Ok(mut k) = self.kept.lock() {
            *k = Kept::default();
        }
    }
}

/// Whether `bytes` start like a picture whose size can be read (the full decode happens when
/// the slide is shown).
fn header_ok(bytes: &[u8]) -> Result<(), String> {
    image::ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?
        .into_dimensions()
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::DirSource;

    #[test]
    fn a_file_deleted_after_it_was_read_is_still_there() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let png = std::fs::read("assets/images/montreal-cop15.png").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("a.png"), &png).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("b.png"), b"not a picture").unwrap_or_else(|e| panic!("{e}"));
        let source: Arc<dyn Source> = Arc::new(DirSource::new(dir.path()).unwrap_or_else(|e| panic!("{e}")));
        let kept = Arc::new(PictureBytes::default());
        let (tx, rx) = std::sync::mpsc::channel();
        kept.preload(
            source.clone(),
            vec!["a.png".into(), "b.png".into(), "c.png".into()],
            move || {
                let _ = tx.send(());
            },
        );
        rx.recv_timeout(std::time::Duration::from_secs(20))
            .unwrap_or_else(|e| panic!("{e}"));
        let failed: Vec<String> = kept.take_failures().into_iter().map(|(a, _)| a).collect();
        assert_eq!(failed, ["b.png", "c.png"], "the broken and the missing file are named");
        std::fs::remove_file(dir.path().join("a.png")).unwrap_or_else(|e| panic!("{e}"));
        let bytes = kept.read(source.as_ref(), "a.png").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(&bytes[..], &png[..], "the bytes read at open");
        assert!(kept.read(source.as_ref(), "c.png").is_err(), "never read: an error");
        kept.clear();
        assert!(kept.read(source.as_ref(), "a.png").is_err(), "another deck: forgotten");
    }
}

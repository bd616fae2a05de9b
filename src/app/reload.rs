//! Watching a deck for edits: the deck's folder and its assets, debounced, robust to editors
//! that save by writing a new file and renaming it (the folder is watched, not the file). The
//! watcher's thread only notes the time of the change and asks for a repaint; the reload happens
//! on the UI thread once the burst is over, where a broken edit keeps the last good deck on
//! screen. Reads (file opened, closed without writing) are ignored: our own image loading must
//! not look like an edit.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// Files whose change can change the deck.
const WATCHED_EXTENSIONS: &[&str] = &["ron", "csv", "png", "jpg", "jpeg", "ttf", "otf"];

/// Debounce delay: editors write in bursts; 100 ms keeps reloads well under 200 ms.
pub const DEBOUNCE: Duration = Duration::from_millis(100);

/// A running watch on one deck.
pub struct DeckWatcher {
    _watcher: RecommendedWatcher,
    /// When the last relevant change was seen (cleared once taken).
    changed: Arc<Mutex<Option<Instant>>>,
    /// What is watched, for messages.
    pub folders: Vec<PathBuf>,
}

fn relevant(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    WATCHED_EXTENSIONS.contains(&ext.as_str()) && !name.ends_with(".timings.ron") && !name.starts_with(".estrade-")
}

impl DeckWatcher {
    /// Watches the deck's folder and, when there is one, the project's `assets/` folder.
    /// `notify` is called (from the watcher's thread) after each burst of relevant changes.
    pub fn start(deck: &Path, notify: impl Fn() + Send + 'static) -> Result<DeckWatcher, String> {
        let changed: Arc<Mutex<Option<Instant>>> = Arc::new(Mutex::new(None));
        let flag = changed.clone();
        let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            // Reads (ours included: opening images) are not edits.
            if let Ok(event) = res
                && !matches!(event.kind, EventKind::Access(_))
                && event.paths.iter().any(|p| relevant(p))
            {
                if let Ok(mut c) = flag.lock() {
                    *c = Some(Instant::now());
                }
                notify();
            }
        })
        .map_err(|e| e.to_string())?;
        let deck_dir = deck
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_path_buf();
        let mut folders = vec![deck_dir.clone()];
        // The project's assets, found as loading finds them.
        if let Ok(project) = crate::deck::Project::of(deck) {
            let assets = project.root.join("assets");
            if assets.is_dir() {
                folders.push(assets);
            }
        }
        watcher
            .watch(&folders[0], RecursiveMode::NonRecursive)
            .map_err(|e| format!("{}: {e}", folders[0].display()))?;
        for f in &folders[1..] {
            watcher
                .watch(f, RecursiveMode::Recursive)
                .map_err(|e| format!("{}: {e}", f.display()))?;
        }
        Ok(DeckWatcher {
            _watcher: watcher,
            changed,
            folders,
        })
    }

    /// Whether something changed and has been quiet for the debounce delay since (then it is
    /// taken); `false` while a burst of writes is still going on.
    pub fn take_change(&self) -> bool {
        let Ok(mut c) = self.changed.lock() else { return false };
        match *c {
            Some(t) if t.elapsed() >= DEBOUNCE => {
                *c = None;
                true
            }
            _ => false,
        }
    }

    /// When the last change of the burst waiting was seen (for the reload's timings).
    pub fn last_event(&self) -> Option<Instant> {
        self.changed.lock().ok().and_then(|c| *c)
    }

    /// Whether a change is waiting for the end of its burst (the caller should look again soon).
    pub fn pending(&self) -> bool {
        self.changed.lock().map(|c| c.is_some()).unwrap_or(false)
    }
}

/// When a reload happened and what it cost, until its first frame is reported
/// (`RUST_LOG=estrade::reload=info`: benches/reload.sh reads it).
#[derive(Debug, Clone, Copy)]
pub struct ReloadTiming {
    /// The last file event of the burst (the watcher waits for quiet after it).
    pub event: Option<std::time::Instant>,
    /// When the reload started (the change taken).
    pub started: std::time::Instant,
    /// Reading, parsing and validating the deck.
    pub loaded_in: std::time::Duration,
    /// The same, and the new deck put in place (session, caches).
    pub replaced_in: std::time::Duration,
}

impl ReloadTiming {
    /// Logs the reload's cost now that its first frame is laid out and handed to egui, with
    /// how many slides were validated and reused.
    pub fn report(&self, validated: usize, reused: usize) {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        let debounce = self
            .event
            .map_or(0.0, |e| ms(self.started.saturating_duration_since(e)));
        // A measurement for benches/reload.sh.
        log::info!(
            target: "estrade::reload",
            "reload: work {:.2} ms (load {:.2} ms, replace {:.2} ms, frame {:.2} ms); debounce {:.1} ms; slides validated {}, reused {}", // not user text
            ms(self.started.elapsed()),
            ms(self.loaded_in),
            ms(self.replaced_in - self.loaded_in),
            ms(self.started.elapsed() - self.replaced_in),
            debounce,
            validated,
            reused
        );
    }
}

/// The first slide (index in `new`) whose id or content differs between two versions of a deck.
pub fn first_changed(old: &crate::model::Deck, new: &crate::model::Deck) -> Option<usize> {
    let n = new.slides.len();
    (0..n.max(old.slides.len()))
        .find(|&i| match (old.slides.get(i), new.slides.get(i)) {
            (Some(a), Some(b)) => {
                !std::sync::Arc::ptr_eq(a, b)
                    && (a.id != b.id
                        || a.body != b.body
                        || a.title != b.title
                        || a.kicker != b.kicker
                        || a.notes != b.notes)
            }
            _ => true,
        })
        .map(|i| i.min(n.saturating_sub(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_deck_files_count() {
        assert!(relevant(Path::new("slides/talk.ron")));
        assert!(relevant(Path::new("assets/images/a.PNG")));
        assert!(!relevant(Path::new("slides/talk.timings.ron")));
        assert!(!relevant(Path::new("slides/.estrade-x.tmp")));
        assert!(!relevant(Path::new("slides/kiosk.log")));
    }
}

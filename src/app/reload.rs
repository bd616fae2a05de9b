//! Watching a deck for edits: the deck's folder and its assets, debounced, robust to editors
//! that save by writing a new file and renaming it. The watcher's own thread only raises a flag
//! and asks for a repaint; the reload itself happens on the UI thread, where a broken edit keeps
//! the last good deck on screen.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// Files whose change can change the deck.
const WATCHED_EXTENSIONS: &[&str] = &["ron", "csv", "png", "jpg", "jpeg", "ttf", "otf"];

/// Debounce delay: editors write in bursts; 100 ms keeps reloads well under 200 ms.
const DEBOUNCE: Duration = Duration::from_millis(100);

/// A running watch on one deck.
pub struct DeckWatcher {
    _debouncer: Debouncer<RecommendedWatcher>,
    changed: Arc<AtomicBool>,
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
        let changed = Arc::new(AtomicBool::new(false));
        let flag = changed.clone();
        let mut debouncer = new_debouncer(DEBOUNCE, move |res: DebounceEventResult| {
            if let Ok(events) = res
                && events.iter().any(|e| relevant(&e.path))
            {
                flag.store(true, Ordering::SeqCst);
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
        for assets in [deck_dir.join("assets"), deck_dir.join("..").join("assets")] {
            if assets.is_dir() {
                folders.push(assets);
                break;
            }
        }
        debouncer
            .watcher()
            .watch(&folders[0], RecursiveMode::NonRecursive)
            .map_err(|e| format!("{}: {e}", folders[0].display()))?;
        for f in &folders[1..] {
            debouncer
                .watcher()
                .watch(f, RecursiveMode::Recursive)
                .map_err(|e| format!("{}: {e}", f.display()))?;
        }
        Ok(DeckWatcher {
            _debouncer: debouncer,
            changed,
            folders,
        })
    }

    /// Whether something changed since the last call.
    pub fn take_change(&self) -> bool {
        self.changed.swap(false, Ordering::SeqCst)
    }
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

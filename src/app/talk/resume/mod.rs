//! Resume after a crash: the live position of a talk (slide, step, clock, black or white screen)
//! is written to the user's state folder, one small RON file per deck, so that restarting the same
//! deck within [`MAX_AGE`] resumes there. The screen swaps of [`Remembered`] live there too, in
//! `screens.ron`.
//!
//! Writes are atomic (a temporary file in the same folder, then a rename), so a crash while
//! writing leaves the previous file whole; they are not flushed to disk (no fsync), which an app
//! crash does not need. Reading never fails loudly: anything missing, corrupt, stale or for
//! another deck reads as "nothing saved".

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::app::screens::placement::Remembered;

/// Seconds after which a saved position is stale (12 h).
pub const MAX_AGE: u64 = 12 * 3600;

/// Shortest time between two writes by [`Throttle`], in seconds.
pub const MIN_INTERVAL: f64 = 0.25;

/// The environment variable that overrides [`state_dir`] (tests, portable installs).
pub const STATE_DIR_VAR: &str = "ESTRADE_STATE_DIR";

/// What the audience window showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ScreenState {
    /// The slide.
    #[default]
    Slide,
    /// A black screen.
    Black,
    /// A white screen.
    White,
}

/// What the audience saw and where the clock was.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Position {
    /// Canonical path of the deck file.
    pub deck: PathBuf,
    /// The slide's id in the deck (survives edits that move it).
    pub slide_id: String,
    /// Steps revealed on that slide.
    pub step: usize,
    /// Talk clock, seconds.
    pub elapsed: f64,
    /// Whether the talk clock was running (not paused).
    pub running: bool,
    /// Whether the talk clock had started.
    pub clock_started: bool,
    /// Slide, black or white screen.
    pub screen: ScreenState,
    /// When it was written, unix seconds.
    pub saved_at: u64,
}

/// Why a position or the screen swaps could not be written.
#[derive(Debug, Error)]
pub enum ResumeError {
    /// The folder could not be created.
    #[error("{}", crate::t!("app-resume-create-dir", path = path, error = source.to_string()))]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The value could not be written as RON (e.g. a deck path that is not valid Unicode).
    #[error("{}", crate::t!("app-resume-serialize", error = .0.to_string()))]
    Serialize(#[from] ron::Error),
    /// The file could not be written (what was there is untouched).
    #[error("{}", crate::t!("app-resume-write", error = .0.to_string()))]
    Write(#[from] crate::writing::WriteError),
}

/// The folder: $ESTRADE_STATE_DIR if set (tests), else directories::ProjectDirs::from("", "", "estrade") state_dir() (Linux: $XDG_STATE_HOME/estrade or ~/.local/state/estrade), else data_local_dir(). None if no home.
pub fn state_dir() -> Option<PathBuf> {
    state_dir_from(std::env::var_os(STATE_DIR_VAR).map(PathBuf::from))
}

/// [`state_dir`] with the environment variable's value given (testable without touching the environment).
fn state_dir_from(var: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(dir) = var.filter(|d| !d.as_os_str().is_empty()) {
        return Some(dir);
    }
    let dirs = directories::ProjectDirs::from("", "", "estrade")?;
    Some(dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir()).to_path_buf())
}

/// The file for one deck inside `dir`: one file per deck, named from a stable hash (FNV-1a 64
/// written out, not std's DefaultHasher) of the path as given, e.g. `positions/3f2a….ron`.
/// [`save`], [`load`] and [`forget`] canonicalize the deck path before calling it.
pub fn position_file(dir: &Path, deck: &Path) -> PathBuf {
    let hash = fnv1a64(deck.as_os_str().as_encoded_bytes());
    dir.join("positions").join(format!("{hash:016x}.ron"))
}

/// Writes atomically (tempfile in the same folder, then persist/rename); creates folders.
pub fn save(dir: &Path, pos: &Position) -> Result<(), ResumeError> {
    let text = ron::ser::to_string_pretty(pos, ron::ser::PrettyConfig::default())?;
    write_state_file(&position_file(dir, &canonical(&pos.deck)), &text)
}

/// The saved position of `deck` if it exists, parses, is for this deck, and is younger than MAX_AGE at `now` (unix secs). Never fails loudly: a corrupt file gives None.
///
/// A position saved "in the future" (the system clock went back) counts as fresh for as long.
pub fn load(dir: &Path, deck: &Path, now: u64) -> Option<Position> {
    let deck = canonical(deck);
    let text = crate::guarded::read_text(&position_file(dir, &deck), crate::guarded::SMALL_LIMIT).ok()?;
    let pos: Position = ron::from_str(&text).ok()?;
    let fresh = now.abs_diff(pos.saved_at) < MAX_AGE;
    // A talk clock beyond the age limit is a forged or broken file, not a talk.
    let sane = pos.elapsed.is_finite() && pos.elapsed >= 0.0 && pos.elapsed < MAX_AGE as f64;
    (fresh && sane && canonical(&pos.deck) == deck).then_some(pos)
}

/// Forget the position (the "start from the beginning" key, tests); a missing file is fine.
pub fn forget(dir: &Path, deck: &Path) {
    // Nothing to report: a file that cannot be removed is at worst resumed from later.
    let _ = fs::remove_file(position_file(dir, &canonical(deck)));
}

/// The screen swaps saved in `dir`/screens.ron, or none if the file is missing or unreadable.
pub fn load_remembered(dir: &Path) -> Remembered {
    crate::guarded::read_text(&remembered_file(dir), crate::guarded::SMALL_LIMIT)
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writes the screen swaps to `dir`/screens.ron atomically; creates the folder.
pub fn save_remembered(dir: &Path, remembered: &Remembered) -> Result<(), ResumeError> {
    let text = ron::ser::to_string_pretty(remembered, ron::ser::PrettyConfig::default())?;
    write_state_file(&remembered_file(dir), &text)
}

/// The current time in unix seconds (0 if the clock is before 1970), for [`Position::saved_at`] and [`load`].
pub fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Limits writes to a few per second.
///
/// Call [`Throttle::due`] every frame (or whenever the position may have changed) with a
/// monotonic time in seconds; write when it says so. A change is written at once if the last
/// write is at least [`MIN_INTERVAL`] old, else it stays pending until then.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Throttle {
    last_write: Option<f64>,
    pending: bool,
}

impl Throttle {
    /// A throttle that has never written.
    pub fn new() -> Throttle {
        Throttle::default()
    }

    /// Whether a write should happen now; `changed` tells that the position changed since the
    /// last call. Returning `true` counts as the write.
    pub fn due(&mut self, now: f64, changed: bool) -> bool {
        self.pending |= changed;
        if !self.pending {
            return false;
        }
        // A time before the last write (a clock that is not monotonic after all) does not block writing.
        let ready = self
            .last_write
            .is_none_or(|last| now - last >= MIN_INTERVAL || now < last);
        if ready {
            self.last_write = Some(now);
            self.pending = false;
        }
        ready
    }

    /// Whether a change is waiting to be written.
    pub fn pending(&self) -> bool {
        self.pending
    }

    /// Seconds until the pending change is due (0 if due now), None if nothing is pending: what to
    /// pass to a "repaint after" so the change is written even if nothing else happens.
    pub fn due_in(&self, now: f64) -> Option<f64> {
        if !self.pending {
            return None;
        }
        Some(
            self.last_write
                .map_or(0.0, |last| (last + MIN_INTERVAL - now).clamp(0.0, MIN_INTERVAL)),
        )
    }
}

/// `dir`/screens.ron.
fn remembered_file(dir: &Path) -> PathBuf {
    dir.join("screens.ron")
}

/// The canonical path of `deck`, or `deck` itself if it cannot be resolved (missing file).
pub(crate) fn canonical(deck: &Path) -> PathBuf {
    fs::canonicalize(deck).unwrap_or_else(|_| deck.to_path_buf())
}

/// 64-bit FNV-1a: stable across Rust versions and platforms, unlike std's DefaultHasher.
fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes
        .iter()
        .fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// Writes `text` over `path` through the one writer (`crate::writing`), creating the state
/// folder first (its error says so).
pub(crate) fn write_state_file(path: &Path, text: &str) -> Result<(), ResumeError> {
    let folder = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(folder).map_err(|source| ResumeError::CreateDir {
        path: folder.to_path_buf(),
        source,
    })?;
    Ok(crate::writing::write_atomically(path, text.as_bytes())?)
}

#[cfg(test)]
mod tests;

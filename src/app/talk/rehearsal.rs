//! Rehearsal timings: how long each slide stayed on screen, saved beside the deck as
//! `NAME.timings.ron` (keyed by slide id) and shown against the plan in the next run.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Seconds per slide id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    pub slides: BTreeMap<String, f64>,
}

pub use crate::deck::beside::timings_path;

impl Timings {
    /// Reads a timings file; a missing or unreadable file gives no timings (never an error on stage).
    pub fn load(path: &Path) -> Option<Timings> {
        let folder = crate::guarded::folder_of(path);
        let text = crate::guarded::read_text_inside(folder, path, crate::guarded::SMALL_LIMIT).ok()?;
        ron::from_str(&text).ok()
    }

    /// Writes the file atomically.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())?;
        crate::writing::write_atomically(path, text.as_bytes()).map_err(|e| e.to_string())
    }
}

/// Records time per slide while rehearsing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recorder {
    pub timings: Timings,
    current: Option<(String, f64)>,
}

impl Recorder {
    /// The slide `id` is on screen from `now` (closing the previous slide's interval).
    pub fn enter(&mut self, id: &str, now: f64) {
        if self.current.as_ref().is_some_and(|(c, _)| c == id) {
            return;
        }
        self.flush(now);
        self.current = Some((id.to_string(), now));
    }

    /// Adds the open interval up to `now`.
    pub fn flush(&mut self, now: f64) {
        if let Some((id, since)) = self.current.take() {
            *self.timings.slides.entry(id.clone()).or_insert(0.0) += (now - since).max(0.0);
            self.current = Some((id, now));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_time_per_slide_including_returns() {
        let mut r = Recorder::default();
        r.enter("a", 0.0);
        r.enter("b", 30.0);
        r.enter("a", 50.0);
        r.flush(60.0);
        assert_eq!(r.timings.slides["a"], 40.0);
        assert_eq!(r.timings.slides["b"], 20.0);
    }

    #[test]
    fn timings_round_trip_through_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = timings_path(&dir.path().join("talk.ron"));
        assert!(path.ends_with("talk.timings.ron"));
        let mut t = Timings::default();
        t.slides.insert("plan".into(), 42.5);
        t.save(&path).unwrap();
        assert_eq!(Timings::load(&path), Some(t));
    }
}

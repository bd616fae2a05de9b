//! The notes' text size (`+` / `−` on the console), remembered per deck in the state folder
//! (`notes.ron`): the next start of the same deck shows the notes at the size the speaker chose.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::talk::resume::{ResumeError, canonical, write_state_file};

/// Sizes by canonical deck path.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Sizes(BTreeMap<PathBuf, f32>);

fn file(dir: &Path) -> PathBuf {
    dir.join("notes.ron")
}

fn read(dir: &Path) -> Sizes {
    crate::guarded::read_text(&file(dir), crate::guarded::SMALL_LIMIT)
        .ok()
        .and_then(|t| ron::from_str(&t).ok())
        .unwrap_or_default()
}

/// The size remembered for `deck`, if any (a missing or broken file is none).
pub fn load(dir: &Path, deck: &Path) -> Option<f32> {
    read(dir)
        .0
        .get(&canonical(deck))
        .copied()
        .filter(|s| s.is_finite() && (8.0..=96.0).contains(s))
}

/// Remembers `size` for `deck` (atomically, beside the other decks' sizes).
pub fn save(dir: &Path, deck: &Path, size: f32) -> Result<(), ResumeError> {
    let mut sizes = read(dir);
    sizes.0.insert(canonical(deck), size);
    let text = ron::ser::to_string_pretty(&sizes, ron::ser::PrettyConfig::default())?;
    write_state_file(&file(dir), &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_deck_keeps_its_own_size() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
        for p in [&a, &b] {
            std::fs::write(p, "Deck()").unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(load(dir.path(), &a), None);
        save(dir.path(), &a, 30.5).unwrap_or_else(|e| panic!("{e}"));
        save(dir.path(), &b, 14.0).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(load(dir.path(), &a), Some(30.5));
        assert_eq!(load(dir.path(), &dir.path().join("./b.ron")), Some(14.0));
        std::fs::write(dir.path().join("notes.ron"), "garbage").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(load(dir.path(), &a), None, "a broken file is no size, not an error");
    }
}

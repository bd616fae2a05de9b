//! The files estrade keeps beside a deck file, named after it: the rehearsal timings (and, in
//! [`crate::ink::file::path_for`], the ink). The app writes them; an export must never
//! overwrite them.

use std::path::{Path, PathBuf};

/// Where the timings of `deck` live: `talk.ron` → `talk.timings.ron`.
pub fn timings_path(deck: &Path) -> PathBuf {
    let stem = deck
        .file_stem()
        .map_or_else(|| "deck".into(), |s| s.to_string_lossy().into_owned());
    deck.with_file_name(format!("{stem}.timings.ron"))
}

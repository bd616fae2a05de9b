//! The writing of the ink file while presenting (the executor runs it, `apply/ink.rs` asks for
//! it): the write in progress, an unreadable file to keep aside, and the write itself.

use std::path::{Path, PathBuf};

use crate::ink::file;

/// The writing of the ink file.
#[derive(Default)]
pub struct InkStore {
    /// The change count of the save in progress (the executor writes it; its outcome comes back
    /// as `Action::InkWritten`).
    pub writing: Option<u64>,
    /// The ink file could not be read: it is moved aside before the first save (and stays
    /// marked until a save succeeds, so that it is never written over).
    pub broken: Option<PathBuf>,
    /// The speaker was told that the built-in deck's ink is not saved.
    pub told_builtin: bool,
    /// The change count whose write failed: not tried again until the ink changes (a folder
    /// that cannot be written would otherwise be retried every frame).
    pub failed: Option<u64>,
}

/// An unreadable ink file and the name it is kept under.
#[derive(Debug, Clone, PartialEq)]
pub struct Aside {
    pub file: PathBuf,
    pub kept_as: PathBuf,
}

impl Aside {
    /// The unreadable `file` and a free name to keep it under.
    pub fn of(file: &Path) -> Aside {
        Aside {
            file: file.to_path_buf(),
            kept_as: aside_path(file),
        }
    }
}

/// Where an unreadable ink file is kept: `talk.ink.ron` → `talk.ink-unreadable.ron` (or
/// `…-unreadable-2.ron` when that name is taken).
pub fn aside_path(ink_file: &Path) -> PathBuf {
    let name = ink_file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".ron").unwrap_or(&name);
    (1..)
        .map(|k| {
            let suffix = if k == 1 { String::new() } else { format!("-{k}") };
            ink_file.with_file_name(format!("{stem}-unreadable{suffix}.ron"))
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| ink_file.with_extension("unreadable"))
}

/// Writes the ink file of `deck` atomically, first moving an unreadable one aside.
pub fn write(deck: &Path, text: &str, aside: Option<&Aside>) -> Result<(), String> {
    if let Some(a) = aside
        && a.file.exists()
    {
        std::fs::rename(&a.file, &a.kept_as).map_err(|e| e.to_string())?;
    }
    crate::writing::write_atomically(&file::path_for(deck), text.as_bytes()).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::aside_path;

    #[test]
    fn an_unreadable_file_is_kept_under_a_free_name() {
        let dir = tempfile::tempdir().unwrap();
        let ink = dir.path().join("talk.ink.ron");
        assert_eq!(aside_path(&ink), dir.path().join("talk.ink-unreadable.ron"));
        std::fs::write(dir.path().join("talk.ink-unreadable.ron"), "x").unwrap();
        assert_eq!(aside_path(&ink), dir.path().join("talk.ink-unreadable-2.ron"));
    }
}

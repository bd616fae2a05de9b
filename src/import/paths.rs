//! Paths for an import: which deck receives the slides when none is named, and how the other
//! deck is named in the comment above each imported slide.

use std::path::{Path, PathBuf};

use super::ImportError;

/// The deck to import into when `--into` is not given: the one deck file (`*.ron` starting with
/// `Deck(`, other than `from`) in `dir` or its `slides/` folder.
pub fn default_target(dir: &Path, from: &Path) -> Result<PathBuf, ImportError> {
    let from = from.canonicalize().ok();
    let mut found = Vec::new();
    for folder in [dir.to_path_buf(), dir.join("slides")] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.filter_map(Result::ok) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            let is_deck_file = name.ends_with(".ron") && !name.ends_with(".timings.ron") && !name.ends_with(".ink.ron");
            if is_deck_file && path.canonicalize().ok() != from && starts_with_deck(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    let found: Vec<PathBuf> = found
        .into_iter()
        .map(|p| p.strip_prefix(".").map(Path::to_path_buf).unwrap_or(p))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(ImportError::NoTarget {
            found: found.iter().map(|p| p.display().to_string()).collect(),
        }),
    }
}

/// Whether the file's first token, after comments, is `Deck(`.
fn starts_with_deck(path: &Path) -> bool {
    // Only the start: a regular file's first kilobytes say whether it is a deck.
    let Ok(text) = crate::guarded::read_prefix(path, 64 * 1024).map(|b| String::from_utf8_lossy(&b).into_owned())
    else {
        return false;
    };
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, after)| after);
        } else {
            return rest
                .strip_prefix("Deck")
                .is_some_and(|r| r.trim_start().starts_with('('));
        }
    }
}

/// The other deck's path as the comment shows it: relative to the receiving deck's folder when
/// it can be, else as given.
pub(super) fn shown_from(from: &Path, into: &Path) -> String {
    let base = into.parent().map(Path::to_path_buf).unwrap_or_default();
    let (Ok(from_abs), Ok(base_abs)) = (from.canonicalize(), absolute_dir(&base)) else {
        return from.display().to_string();
    };
    match pathdiff::diff_paths(&from_abs, &base_abs) {
        // Beside or near this deck: relative; far away: the full path says more.
        Some(rel) if rel.components().take_while(|c| c.as_os_str() == "..").count() <= 2 => {
            rel.to_string_lossy().replace('\\', "/")
        }
        _ => from_abs.display().to_string(),
    }
}

/// The other deck's path relative to the receiving deck's folder, as an imported slide's
/// `origin` records it (`/` between parts); the full path when no relative one exists.
pub fn relative_from(from: &Path, into: &Path) -> String {
    let base = into.parent().map(Path::to_path_buf).unwrap_or_default();
    let (Ok(from_abs), Ok(base_abs)) = (from.canonicalize(), absolute_dir(&base)) else {
        return from.display().to_string();
    };
    match pathdiff::diff_paths(&from_abs, &base_abs) {
        Some(rel) => rel.to_string_lossy().replace('\\', "/"),
        None => from_abs.display().to_string(),
    }
}

fn absolute_dir(dir: &Path) -> std::io::Result<PathBuf> {
    if dir.as_os_str().is_empty() {
        std::env::current_dir()?.canonicalize()
    } else {
        dir.canonicalize()
    }
}

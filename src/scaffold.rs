//! `estrade new`: a new deck folder with a starter deck that shows every content kind, or a
//! copy of an existing deck with its assets.

use std::path::{Path, PathBuf};

use crate::source::{BuiltinSource, Source};

/// Why a new deck could not be created (nothing existing is ever overwritten).
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    #[error("{}", crate::t!("cli-new-exists", dir = .0))]
    Exists(String),
    #[error("{path}: {message}")]
    Io { path: String, message: String },
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> ScaffoldError + '_ {
    move |e| ScaffoldError::Io {
        path: path.display().to_string(),
        message: crate::i18n::os_reason(&e),
    }
}

/// Writes a file of the new project through the one writer (`crate::writing`), so a failure
/// never leaves half a file.
fn write(path: &Path, bytes: &[u8]) -> Result<(), ScaffoldError> {
    crate::writing::write_atomically(path, bytes).map_err(|e| ScaffoldError::Io {
        path: e.path,
        message: e.message,
    })
}

fn builtin(rel: &str) -> Result<Vec<u8>, ScaffoldError> {
    BuiltinSource.read(rel).map_err(|e| ScaffoldError::Io {
        path: crate::t!("cli-new-builtin-file", path = rel),
        message: crate::i18n::os_reason(&e),
    })
}

/// Creates `dir` with `talk.ron` and `assets/` (images, data, themes). With `from`, the deck is
/// a copy of that deck and `assets/` a copy of its project's assets. Returns the deck path.
pub fn new_deck(dir: &Path, from: Option<&Path>) -> Result<PathBuf, ScaffoldError> {
    new_deck_with(dir, from, false)
}

/// As [`new_deck`]; with `empty`, the deck has only an opening and a closing slide.
pub fn new_deck_with(dir: &Path, from: Option<&Path>, empty: bool) -> Result<PathBuf, ScaffoldError> {
    if dir.exists() {
        return Err(ScaffoldError::Exists(dir.display().to_string()));
    }
    let deck = dir.join("talk.ron");
    std::fs::create_dir_all(dir.join("assets/images")).map_err(io(dir))?;
    std::fs::create_dir_all(dir.join("assets/data")).map_err(io(dir))?;
    std::fs::create_dir_all(dir.join("assets/themes")).map_err(io(dir))?;
    match from {
        None if empty => {
            write(&deck, &builtin("assets/starter/empty.ron")?)?;
        }
        None => {
            write(&deck, &builtin("assets/starter/talk.ron")?)?;
            let image = dir.join("assets/images/exemple.png");
            write(&image, &builtin("assets/images/cause-globalisation.png")?)?;
            let csv = dir.join("assets/data/exemple.csv");
            write(&csv, &builtin("assets/starter/exemple.csv")?)?;
        }
        Some(source) => {
            let project = crate::deck::Project::of(source).ok().map(|p| p.root);
            let root = project
                .clone()
                .unwrap_or_else(|| crate::guarded::folder_of(source).to_path_buf());
            // Only what is really inside the other project, and only regular files.
            let text =
                crate::guarded::read_inside(&root, source, crate::guarded::DECK_LIMIT).map_err(refused(source))?;
            write(&deck, &text)?;
            // The other project's assets, found as loading finds them; an `assets` that is a
            // symlink leading out of that project (to ~/.ssh, to ~) is not followed.
            let assets = project
                .map(|root| (root.join("assets"), root))
                .filter(|(a, root)| a.is_dir() && crate::guarded::inside(root, a).is_ok());
            if let Some((assets, root)) = assets {
                copy_tree(&root, &assets, &dir.join("assets"))?;
            }
        }
    }
    Ok(deck)
}

fn refused(path: &Path) -> impl Fn(crate::guarded::Refusal) -> ScaffoldError + '_ {
    move |e| ScaffoldError::Io {
        path: path.display().to_string(),
        message: crate::i18n::os_reason(&e),
    }
}

/// Folders of an `assets/` that are estrade's own, built into the binary: the fonts, the web
/// page's files, the starter decks, the illustrations' sources. Never copied into a project.
const ESTRADE_OWN: [&str; 4] = ["fonts", "html", "starter", "source"];

/// Copies a folder's regular files recursively (not symlinks, FIFOs or devices, not estrade's
/// own folders), each read through the guarded reader inside `root`.
fn copy_tree(root: &Path, from: &Path, to: &Path) -> Result<(), ScaffoldError> {
    std::fs::create_dir_all(to).map_err(io(to))?;
    for entry in std::fs::read_dir(from).map_err(io(from))? {
        let entry = entry.map_err(io(from))?;
        // The entry itself, not what a symlink points to.
        let kind = entry.file_type().map_err(io(&entry.path()))?;
        let target = to.join(entry.file_name());
        if kind.is_dir() && !ESTRADE_OWN.iter().any(|own| entry.file_name() == *own) {
            copy_tree(root, &entry.path(), &target)?;
        } else if kind.is_file() {
            let bytes = crate::guarded::read_inside(root, &entry.path(), crate::guarded::ASSET_LIMIT)
                .map_err(refused(&entry.path()))?;
            write(&target, &bytes)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn an_existing_folder_is_named_in_the_language() {
        let exists = ScaffoldError::Exists("talk".to_string());
        assert_eq!(
            with_lang(Lang::Fr, || exists.to_string()),
            "talk existe déjà\u{a0}: choisissez un autre nom (rien n’a été écrasé)"
        );
        assert_eq!(
            with_lang(Lang::En, || exists.to_string()),
            "talk already exists: choose another name (nothing was overwritten)"
        );
    }
}

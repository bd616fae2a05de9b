//! What an import checks before it writes: that the two decks are not one file (a hard link
//! or a symlink included), that every file it copies lands inside the receiving project (not
//! through a folder that links elsewhere), and that the receiving deck's new text has no error
//! the old one did not have.

use std::path::Path;

use super::ImportError;
use crate::deck::{Diagnostic, Loaded};

/// Whether `a` and `b` are the same file: one path after links, or one inode (a hard link).
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(x), Ok(y)) = (a.canonicalize(), b.canonicalize())
        && x == y
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// Refuses to write `path` when the nearest folder of it that exists is, links resolved,
/// outside `root` (an `assets/images` that links to another place).
pub fn lands_inside(root: &Path, path: &Path) -> Result<(), ImportError> {
    let refuse = || ImportError::Write {
        path: path.display().to_string(),
        reason: crate::t!("import-outside-project"),
    };
    let root = root.canonicalize().map_err(|_| refuse())?;
    let mut folder = path.parent();
    while let Some(f) = folder {
        if let Ok(real) = f.canonicalize() {
            return if real.starts_with(&root) { Ok(()) } else { Err(refuse()) };
        }
        folder = f.parent();
    }
    Err(refuse())
}

/// The errors `after` has that `before` did not (compared by message and file, since lines
/// move when slides are inserted).
pub fn new_errors(before: &Loaded, after: &Loaded) -> Vec<Diagnostic> {
    let known = |d: &Diagnostic| {
        before
            .diagnostics
            .iter()
            .any(|b| b.is_error() && b.message == d.message && b.file == d.file)
    };
    after
        .diagnostics
        .iter()
        .filter(|d| d.is_error() && !known(d))
        .cloned()
        .collect()
}

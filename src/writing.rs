//! Every file estrade writes goes through here. A file is written to a temporary file beside
//! it, synced, then renamed over it: a reader (or a crash, or a full disk) sees the old file or
//! the new one, never half of one. A folder (`export --html site/`) is built beside its target
//! and swapped in at the end, keeping the files the export does not make (a `CNAME`, a README).

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// Why a file or folder could not be written (what was there before is untouched).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct WriteError {
    /// The file or folder that was to be written.
    pub path: String,
    /// The system's reason.
    pub message: String,
}

impl WriteError {
    fn at(path: &Path, e: &(dyn std::error::Error + 'static)) -> WriteError {
        WriteError {
            path: path.display().to_string(),
            message: crate::i18n::os_reason(e),
        }
    }
}

/// The folder a file at `path` goes in (`.` for a bare name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Writes `bytes` to `path` atomically, creating its folder; an existing file keeps its
/// permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with_mode(path, bytes, 0o666)
}

/// Same as [`write_atomically`], the file readable by its owner only (secrets: the addresses of
/// a shared talk).
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_with_mode(path, bytes, 0o600)
}

fn write_with_mode(path: &Path, bytes: &[u8], mode: u32) -> Result<(), WriteError> {
    let err = |e: &(dyn std::error::Error + 'static)| WriteError::at(path, e);
    let dir = folder_of(path);
    std::fs::create_dir_all(dir).map_err(|e| WriteError::at(dir, &e))?;
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".estrade-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created with 0666 less the umask, as `File::create` would.
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut tmp = builder.tempfile_in(dir).map_err(|e| err(&e))?;
    if let Some(mode) = existing.filter(|_| mode == 0o666) {
        tmp.as_file().set_permissions(mode).map_err(|e| err(&e))?;
    }
    tmp.write_all(bytes).map_err(|e| err(&e))?;
    tmp.as_file().sync_all().map_err(|e| err(&e))?;
    tmp.persist(path).map_err(|e| err(&e.error))?;
    Ok(())
}

/// Replaces the folder `out` with one `fill` makes: `fill` writes into a new folder beside
/// `out`; only when it succeeds is that folder swapped in, with the entries of the old folder
/// that `fill` did not make linked (or copied) into it. A failure leaves `out` as it was.
/// A link named `out` is followed: the folder it points to is replaced, the link kept.
pub fn replace_folder<T>(out: &Path, fill: impl FnOnce(&Path) -> Result<T, WriteError>) -> Result<T, WriteError> {
    let out = if out.is_symlink() {
        std::fs::canonicalize(out).map_err(|e| WriteError::at(out, &e))?
    } else {
        out.components().collect::<PathBuf>()
    };
    let parent = folder_of(&out);
    std::fs::create_dir_all(parent).map_err(|e| WriteError::at(parent, &e))?;
    let new = tempfile::Builder::new()
        .prefix(".estrade-new-")
        .tempdir_in(parent)
        .map_err(|e| WriteError::at(parent, &e))?;
    let made = fill(new.path())?;
    // A temporary folder is private (0700); the swapped-in one is readable as the old one was
    // (a web server serves it).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).map_or(0o755, |m| m.permissions().mode() & 0o7777);
        std::fs::set_permissions(new.path(), std::fs::Permissions::from_mode(mode))
            .map_err(|e| WriteError::at(new.path(), &e))?;
    }
    if out.is_dir() {
        for entry in std::fs::read_dir(&out).map_err(|e| WriteError::at(&out, &e))? {
            let entry = entry.map_err(|e| WriteError::at(&out, &e))?;
            let kept = new.path().join(entry.file_name());
            if std::fs::symlink_metadata(&kept).is_err() {
                link_tree(&entry.path(), &kept)?;
            }
        }
        let old = tempfile::Builder::new()
            .prefix(".estrade-old-")
            .tempdir_in(parent)
            .map_err(|e| WriteError::at(parent, &e))?;
        let aside = old.path().join("out");
        std::fs::rename(&out, &aside).map_err(|e| WriteError::at(&out, &e))?;
        if let Err(e) = std::fs::rename(new.path(), &out) {
            // Put the old folder back: the user keeps what they had.
            let _ = std::fs::rename(&aside, &out);
            return Err(WriteError::at(&out, &e));
        }
        // `old` (with the previous folder in it) is removed when dropped.
    } else {
        std::fs::rename(new.path(), &out).map_err(|e| WriteError::at(&out, &e))?;
    }
    // Renamed away: nothing left for the guard to remove.
    let _ = new.keep();
    Ok(made)
}

/// Puts `from` (a file, a link or a folder) at `to`: files hard-linked when the file system
/// allows it, copied otherwise.
fn link_tree(from: &Path, to: &Path) -> Result<(), WriteError> {
    let meta = std::fs::symlink_metadata(from).map_err(|e| WriteError::at(from, &e))?;
    if meta.is_dir() {
        std::fs::create_dir(to).map_err(|e| WriteError::at(to, &e))?;
        for entry in std::fs::read_dir(from).map_err(|e| WriteError::at(from, &e))? {
            let entry = entry.map_err(|e| WriteError::at(from, &e))?;
            link_tree(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    #[cfg(unix)]
    if meta.is_symlink() {
        let target = std::fs::read_link(from).map_err(|e| WriteError::at(from, &e))?;
        return std::os::unix::fs::symlink(target, to).map_err(|e| WriteError::at(to, &e));
    }
    if std::fs::hard_link(from, to).is_err() {
        std::fs::copy(from, to).map_err(|e| WriteError::at(to, &e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(p: &Path) -> String {
        std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    #[test]
    fn a_folder_is_swapped_in_whole_keeping_the_files_it_does_not_make() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("fonts")).unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(site.join("index.html"), "old").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(site.join("fonts/stale.woff2"), "old").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(site.join("CNAME"), "talk.example.org").unwrap_or_else(|e| panic!("{e}"));
        // A failure half-way (a full disk): the folder is as it was, nothing left beside it.
        let failed = replace_folder(&site, |new| {
            write_atomically(&new.join("fonts/new.woff2"), b"new")?;
            Err::<(), _>(WriteError {
                path: "index.html".into(),
                message: "No space left on device".into(),
            })
        });
        assert!(failed.is_err());
        assert_eq!(read(&site.join("index.html")), "old");
        assert!(site.join("fonts/stale.woff2").exists() && !site.join("fonts/new.woff2").exists());
        let beside: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .collect();
        assert_eq!(beside.len(), 1, "no temporary folder left");
        // A success: the new files, the stale font gone with its folder, the CNAME kept.
        let n = replace_folder(&site, |new| {
            write_atomically(&new.join("fonts/new.woff2"), b"new")?;
            write_atomically(&new.join("index.html"), b"new")?;
            Ok(2)
        });
        assert_eq!(n, Ok(2));
        assert_eq!(read(&site.join("index.html")), "new");
        assert!(site.join("fonts/new.woff2").exists() && !site.join("fonts/stale.woff2").exists());
        assert_eq!(read(&site.join("CNAME")), "talk.example.org");
        let beside: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .collect();
        assert_eq!(beside.len(), 1, "no temporary folder left");
    }

    #[test]
    fn a_new_folder_is_made_and_a_file_replaced_keeping_its_mode() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let site = dir.path().join("a/b/site");
        let made = replace_folder(&site, |new| write_atomically(&new.join("index.html"), b"x"));
        assert_eq!(made, Ok(()));
        assert_eq!(read(&site.join("index.html")), "x");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let f = site.join("index.html");
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o600)).unwrap_or_else(|e| panic!("{e}"));
            write_atomically(&f, b"y").unwrap_or_else(|e| panic!("{e}"));
            let mode = std::fs::metadata(&f)
                .unwrap_or_else(|e| panic!("{e}"))
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}

//! The one way estrade reads a file it did not write itself: a deck, an include, an asset, an
//! ink or timings file, a sibling deck, a state file, a theme's font.
//!
//! A deck folder may come from a stranger (a tarball, a cloned repository, a pull request
//! checked in CI), so a read here:
//! - opens without blocking (a FIFO would hang for ever) and refuses anything that is not a
//!   regular file (a FIFO, a device, a socket, a folder);
//! - with [`read_inside`], refuses a file whose real path (symlinks resolved) is outside the
//!   project folder: a symlink inside the project is fine, `talk.ink.ron -> /proc/self/environ`
//!   is not;
//! - reads at most the kind's limit plus one byte, and refuses a file larger than the limit (a
//!   link to `/dev/zero` is refused before that, as not a regular file).

use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest deck file (RON), as `docs/deck-format.md` says: a thousand slides of text fit in a
/// few hundred kilobytes.
pub const DECK_LIMIT: u64 = 4 * 1024 * 1024;
/// Largest ink file beside a deck.
pub const INK_LIMIT: u64 = 8 * 1024 * 1024;
/// Largest rehearsal timings file, and the app's own small state files.
pub const SMALL_LIMIT: u64 = 1024 * 1024;
/// Largest asset (an image, a CSV table, a font).
pub const ASSET_LIMIT: u64 = 128 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No such file.
    #[error("{}", crate::t!("guard-not-found"))]
    NotFound,
    /// A FIFO, a device, a socket or a folder: never opened for reading.
    #[error("{}", crate::t!("guard-not-a-file"))]
    NotAFile,
    /// Its real path (symlinks resolved) is outside the project folder.
    #[error("{}", crate::t!("guard-outside", real = real.display().to_string()))]
    Outside {
        /// Where it really is.
        real: PathBuf,
    },
    /// Larger than the limit for its kind.
    #[error("{}", crate::t!("guard-too-large", limit = limit / (1024 * 1024)))]
    TooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The system's reason.
    #[error("{0}")]
    Io(String),
}

impl Refusal {
    fn of(e: &std::io::Error) -> Refusal {
        match e.kind() {
            std::io::ErrorKind::NotFound => Refusal::NotFound,
            _ => Refusal::Io(crate::i18n::os_reason(e)),
        }
    }
}

/// Opens `path` for reading without blocking, and only if it is a regular file.
fn open_regular(path: &Path) -> Result<std::fs::File, Refusal> {
    // Checked before opening: opening a FIFO for reading blocks until a writer comes.
    let meta = std::fs::metadata(path).map_err(|e| Refusal::of(&e))?;
    if !meta.is_file() {
        return Err(Refusal::NotAFile);
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // And if it was swapped for a FIFO since: the open does not wait for a writer.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| Refusal::of(&e))?;
    // What was opened is what is read.
    if !file.metadata().map_err(|e| Refusal::of(&e))?.is_file() {
        return Err(Refusal::NotAFile);
    }
    Ok(file)
}

/// Reads a regular file of at most `limit` bytes.
pub fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Refusal::of(&e))?;
    if bytes.len() as u64 > limit {
        return Err(Refusal::TooLarge { limit });
    }
    Ok(bytes)
}

/// The first `max` bytes of a regular file (all of it when shorter).
pub fn read_prefix(path: &Path, max: u64) -> Result<Vec<u8>, Refusal> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(max).read_to_end(&mut bytes).map_err(|e| Refusal::of(&e))?;
    Ok(bytes)
}

/// Reads `path` as text (UTF-8, else an error naming the byte), at most `limit` bytes.
pub fn read_text(path: &Path, limit: u64) -> Result<String, Refusal> {
    String::from_utf8(read(path, limit)?)
        .map_err(|e| Refusal::Io(crate::t!("deck-not-utf8", byte = e.utf8_error().valid_up_to())))
}

/// The real path of `path` if it lies inside `root` (both resolved), else why not.
pub fn inside(root: &Path, path: &Path) -> Result<PathBuf, Refusal> {
    let root = root.canonicalize().map_err(|e| Refusal::of(&e))?;
    let real = path.canonicalize().map_err(|e| Refusal::of(&e))?;
    if real.starts_with(&root) {
        Ok(real)
    } else {
        Err(Refusal::Outside { real })
    }
}

/// [`read`] of a file that must really be inside `root` (symlinks inside it are fine).
pub fn read_inside(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Refusal> {
    read(&inside(root, path)?, limit)
}

/// The folder a file sits in (`.` for a bare file name): where a file read beside a deck must
/// really be.
pub fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// [`read_text`] of a file that must really be inside `root`.
pub fn read_text_inside(root: &Path, path: &Path, limit: u64) -> Result<String, Refusal> {
    read_text(&inside(root, path)?, limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_regular_file_within_its_limit_is_read() {
        let d = dir();
        let f = d.path().join("a.txt");
        std::fs::write(&f, "bonjour").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read(&f, 7).as_deref(), Ok(&b"bonjour"[..]));
        assert_eq!(read(&f, 6), Err(Refusal::TooLarge { limit: 6 }));
        assert_eq!(read_prefix(&f, 3).as_deref(), Ok(&b"bon"[..]));
        assert_eq!(read(&d.path().join("none"), 10), Err(Refusal::NotFound));
        assert_eq!(read(d.path(), 10), Err(Refusal::NotAFile), "a folder");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_blocking() {
        let d = dir();
        let fifo = d.path().join("pipe.png");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        assert_eq!(read(&fifo, 10), Err(Refusal::NotAFile), "a FIFO does not hang");
        assert_eq!(read_prefix(&fifo, 10), Err(Refusal::NotAFile));
        assert_eq!(read(Path::new("/dev/zero"), 10), Err(Refusal::NotAFile));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_out_of_the_project_is_refused_and_one_inside_is_fine() {
        let d = dir();
        let project = d.path().join("deck");
        std::fs::create_dir_all(&project).unwrap_or_else(|e| panic!("{e}"));
        let secret = d.path().join("secret.txt");
        std::fs::write(&secret, "token").unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(project.join("real.txt"), "ok").unwrap_or_else(|e| panic!("{e}"));
        let out = project.join("talk.ink.ron");
        let ok = project.join("alias.txt");
        std::os::unix::fs::symlink(&secret, &out).unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(project.join("real.txt"), &ok).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(read_inside(&project, &out, 100), Err(Refusal::Outside { .. })));
        assert_eq!(read_inside(&project, &ok, 100).as_deref(), Ok(&b"ok"[..]));
        let environ = project.join("env.ron");
        std::os::unix::fs::symlink("/proc/self/environ", &environ).unwrap_or_else(|e| panic!("{e}"));
        assert!(read_inside(&project, &environ, 100).is_err(), "never the environment");
    }
}

//! Where deck files and assets are read from: a folder on disk, or the talk built into the binary.
//!
//! Every path handed to a [`Source`] is relative to its root and written with `/`. A source
//! refuses absolute paths and paths that leave the root (through `..` or a symlink), so a deck
//! received from a colleague cannot read arbitrary files.

use std::path::{Component, Path, PathBuf};

use include_dir::{Dir, include_dir};

/// Why a file could not be read from a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// The path is absolute.
    Absolute,
    /// The path climbs out of the source's root.
    Escapes,
    /// No such file.
    NotFound,
    /// The system's reason.
    Io(String),
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SourceError::Absolute => crate::t!("deck-source-absolute"),
            SourceError::Escapes => crate::t!("deck-source-escapes"),
            SourceError::NotFound => crate::t!("deck-source-not-found"),
            SourceError::Io(reason) => crate::t!("deck-source-io", reason = reason),
        })
    }
}

impl std::error::Error for SourceError {}

impl From<crate::guarded::Refusal> for SourceError {
    fn from(r: crate::guarded::Refusal) -> SourceError {
        match r {
            crate::guarded::Refusal::NotFound => SourceError::NotFound,
            crate::guarded::Refusal::Outside { .. } => SourceError::Escapes,
            other => SourceError::Io(other.to_string()),
        }
    }
}

/// A file's size and modification time: when both are the same, the file is taken to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStamp {
    pub len: u64,
    pub modified: std::time::SystemTime,
}

impl std::fmt::Debug for dyn Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Source({})", self.display("")) // not user text
    }
}

/// Read-only access to a deck's files.
pub trait Source: Send + Sync {
    /// Reads a file relative to the root.
    fn read(&self, rel: &str) -> Result<Vec<u8>, SourceError>;
    /// How the file is named in messages.
    fn display(&self, rel: &str) -> String;
    /// The first `max` bytes of a file (all of it when shorter): enough to read an image's
    /// header without loading a 20 MB photograph.
    fn read_prefix(&self, rel: &str, max: usize) -> Result<Vec<u8>, SourceError> {
        let mut bytes = self.read(rel)?;
        bytes.truncate(max);
        Ok(bytes)
    }
    /// Whether a file exists (and is allowed).
    fn exists(&self, rel: &str) -> bool {
        self.read(rel).is_ok()
    }
    /// What tells that a file changed without reading it (its size and modification time), for
    /// reusing what was read from it before; `None` when not known (then nothing is reused).
    fn stamp(&self, _rel: &str) -> Option<FileStamp> {
        None
    }
    /// The names of the files in a folder (relative to the root; `""` is the root), for
    /// suggesting a close name when a file is missing. Empty when unknown.
    fn file_names(&self, _rel_dir: &str) -> Vec<String> {
        Vec::new()
    }
}

/// Joins a relative path to a base folder (both `/`-separated, relative to the root), refusing
/// absolute paths and any path that climbs above the root.
pub fn join_relative(base: &str, path: &str) -> Result<String, SourceError> {
    let p = Path::new(path);
    if p.is_absolute() || path.starts_with('/') || path.starts_with('\\') || p.has_root() {
        return Err(SourceError::Absolute);
    }
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for comp in p.components() {
        match comp {
            Component::Normal(s) => parts.push(s.to_str().ok_or(SourceError::NotFound)?),
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return Err(SourceError::Escapes);
                }
            }
            Component::RootDir | Component::Prefix(_) => return Err(SourceError::Absolute),
        }
    }
    Ok(parts.join("/"))
}

/// Parent folder of a root-relative path (`""` for the root).
pub fn parent_of(rel: &str) -> &str {
    rel.rfind('/').map_or("", |i| &rel[..i])
}

/// Files in a folder on disk.
#[derive(Debug, Clone)]
pub struct DirSource {
    root: PathBuf,
    canonical_root: PathBuf,
    shown_root: PathBuf,
}

impl DirSource {
    /// A source rooted at `root`; `shown_root` is how the root is written in messages.
    pub fn new(root: &Path) -> std::io::Result<DirSource> {
        Ok(DirSource {
            canonical_root: root.canonicalize()?,
            root: root.to_path_buf(),
            shown_root: root.to_path_buf(),
        })
    }

    /// The folder this source reads from.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn resolve(&self, rel: &str) -> Result<PathBuf, SourceError> {
        let clean = join_relative("", rel)?;
        let full = self.root.join(&clean);
        let canonical = full.canonicalize().map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SourceError::NotFound,
            _ => SourceError::Io(e.to_string()),
        })?;
        if !canonical.starts_with(&self.canonical_root) {
            return Err(SourceError::Escapes);
        }
        Ok(canonical)
    }
}

impl Source for DirSource {
    fn stamp(&self, rel: &str) -> Option<FileStamp> {
        let clean = join_relative("", rel).ok()?;
        // Not through a link: a link is never taken as unchanged.
        let meta = std::fs::symlink_metadata(self.root.join(clean)).ok()?;
        meta.is_file().then_some(())?;
        Some(FileStamp {
            len: meta.len(),
            modified: meta.modified().ok()?,
        })
    }

    fn file_names(&self, rel_dir: &str) -> Vec<String> {
        let dir = if rel_dir.is_empty() {
            Ok(self.canonical_root.clone())
        } else {
            self.resolve(rel_dir)
        };
        let Ok(entries) = dir.and_then(|d| std::fs::read_dir(d).map_err(|e| SourceError::Io(e.to_string()))) else {
            return Vec::new();
        };
        entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .filter_map(|e| e.file_name().into_string().ok())
            .take(10_000)
            .collect()
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, SourceError> {
        let path = self.resolve(rel)?;
        if path.is_dir() {
            return Err(SourceError::Io(crate::t!("deck-source-folder")));
        }
        crate::guarded::read(&path, crate::guarded::ASSET_LIMIT).map_err(SourceError::from)
    }

    fn read_prefix(&self, rel: &str, max: usize) -> Result<Vec<u8>, SourceError> {
        let path = self.resolve(rel)?;
        if path.is_dir() {
            return Err(SourceError::Io(crate::t!("deck-source-folder")));
        }
        crate::guarded::read_prefix(&path, max as u64).map_err(SourceError::from)
    }

    fn display(&self, rel: &str) -> String {
        let p = self.shown_root.join(rel);
        let s = p.to_string_lossy();
        s.strip_prefix("./").unwrap_or(&s).to_string()
    }
}

static BUILTIN_SLIDES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/slides");
static BUILTIN_ASSETS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/assets");

/// The CÉAP talk, its theme, fonts and images, built into the binary.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuiltinSource;

impl BuiltinSource {
    /// Path of the built-in talk inside this source.
    pub const DECK: &'static str = "slides/ceap-2024.ron";
}

impl Source for BuiltinSource {
    fn read(&self, rel: &str) -> Result<Vec<u8>, SourceError> {
        let clean = join_relative("", rel)?;
        let (dir, rest) = match clean.split_once('/') {
            Some(("slides", rest)) => (&BUILTIN_SLIDES, rest),
            Some(("assets", rest)) => (&BUILTIN_ASSETS, rest),
            _ => return Err(SourceError::NotFound),
        };
        dir.get_file(rest)
            .map(|f| f.contents().to_vec())
            .ok_or(SourceError::NotFound)
    }

    fn display(&self, rel: &str) -> String {
        format!("(built-in)/{rel}")
    }

    fn file_names(&self, rel_dir: &str) -> Vec<String> {
        let Ok(clean) = join_relative("", rel_dir) else {
            return Vec::new();
        };
        let (root, rest) = match clean.split_once('/') {
            Some(("slides", rest)) => (&BUILTIN_SLIDES, rest),
            Some(("assets", rest)) => (&BUILTIN_ASSETS, rest),
            _ if clean == "slides" => (&BUILTIN_SLIDES, ""),
            _ if clean == "assets" => (&BUILTIN_ASSETS, ""),
            _ => return Vec::new(),
        };
        let dir = if rest.is_empty() {
            Some(root)
        } else {
            root.get_dir(rest)
        };
        dir.map(|d| {
            d.files()
                .filter_map(|f| f.path().file_name()?.to_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_and_refuses_escapes() {
        assert_eq!(join_relative("slides", "../assets/a.png").unwrap(), "assets/a.png");
        assert_eq!(join_relative("", "./a/./b").unwrap(), "a/b");
        assert_eq!(join_relative("slides", "../../x"), Err(SourceError::Escapes));
        assert_eq!(join_relative("", "/etc/passwd"), Err(SourceError::Absolute));
    }

    #[test]
    fn builtin_holds_the_talk() {
        assert!(BuiltinSource.exists(BuiltinSource::DECK));
    }
}

//! Loading a deck: RON file → raw structs → validated [`crate::model::Deck`], with diagnostics.

pub mod beside;
pub mod brackets;
pub mod bullets;
pub mod listing;
pub mod locate;
pub mod markup;
pub mod parse;
pub mod raw;
pub mod selection;
pub mod spans;
pub mod typography;
pub mod typography_rules;
pub mod validate;

use std::path::Path;
use std::sync::Arc;

/// Diagnostics and their codes (kept here too: `deck::diagnostics` was their first home).
pub use crate::diagnostics::{self, codes};
pub use crate::diagnostics::{Diagnostic, Severity};
/// Where deck files are read from (kept here too: `deck::source` was its first home).
pub use crate::source;
use crate::source::{BuiltinSource, DirSource, Source, SourceError, parent_of};
use locate::Locator;

use crate::model::Deck;

/// The result of loading: a deck when it is usable, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub deck: Option<Deck>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many slides the file has: the deck's when it could be built, else the entries of
    /// its `slides` list that were read (0 when the file could not be parsed).
    pub slides_read: usize,
    /// Whether the file could be read as a deck at all (its syntax): when not, its slides
    /// were not counted.
    pub parsed: bool,
    /// For each slide of `deck`: its index in the file's `slides` list (slides brought by one
    /// `Include` share it). Empty when there is no deck.
    pub origin: Vec<usize>,
    /// The files (images, CSV tables) the slides and the theme use.
    pub asset_uses: Vec<validate::AssetUse>,
    /// The folder asset paths are relative to, inside the deck's source (`assets`, or the
    /// deck's own folder when the project has none).
    pub assets_base: String,
    /// Where the deck's files (pictures, tables, fonts, includes) are read from: `Some` whenever
    /// `deck` is. The model itself holds no way to read a file; the exporter and the app read a
    /// deck's pictures through this, once, and hand painters the bytes.
    pub source: Option<Arc<dyn Source>>,
}

impl Loaded {
    /// No deck: only `diagnostics`.
    pub fn failed(diagnostics: Vec<Diagnostic>) -> Loaded {
        Loaded {
            deck: None,
            diagnostics,
            slides_read: 0,
            parsed: false,
            origin: Vec::new(),
            asset_uses: Vec::new(),
            assets_base: String::new(),
            source: None,
        }
    }

    /// True when any problem is an error (the `check` command then fails).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The deck file itself could not be read.
#[derive(Debug)]
pub enum LoadError {
    /// `path` cannot be read, for `reason`.
    Unreadable { path: String, reason: String },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Unreadable { path, reason } => {
                f.write_str(&crate::t!("deck-unreadable", path = path, reason = reason))
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// The problem as a diagnostic about the whole file (code `E001`).
    pub fn to_diagnostic(&self) -> Diagnostic {
        let LoadError::Unreadable { path, .. } = self;
        let message = diagnostics::Message {
            key: "deck-unreadable",
            text: self.to_string(),
        };
        Diagnostic::error(path, None, 0, 0, message)
    }
}

/// Where a deck file sits in its project: the project root (the folder holding `assets/`), and
/// the deck's path relative to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    /// The project folder: the deck's folder, or its parent when the deck sits in a folder
    /// (such as `slides/`) beside an `assets/` folder.
    pub root: std::path::PathBuf,
    /// The deck file, relative to `root`, with `/`.
    pub deck_rel: String,
}

impl Project {
    /// The project of the deck file at `path` (the file need not exist).
    pub fn of(path: &Path) -> Result<Project, LoadError> {
        let deck_dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let file_name = path
            .file_name()
            .ok_or_else(|| LoadError::Unreadable {
                path: path.display().to_string(),
                reason: crate::t!("deck-not-a-file"),
            })?
            .to_string_lossy()
            .into_owned();
        Ok(match deck_dir.parent() {
            Some(parent) if !deck_dir.join("assets").is_dir() && parent_or_dot(parent).join("assets").is_dir() => {
                let folder = deck_dir
                    .file_name()
                    .map(|f| f.to_string_lossy().into_owned())
                    .unwrap_or_default();
                Project {
                    root: parent_or_dot(parent).to_path_buf(),
                    deck_rel: format!("{folder}/{file_name}"),
                }
            }
            _ => Project {
                root: deck_dir.to_path_buf(),
                deck_rel: file_name,
            },
        })
    }
}

/// Loads a deck from disk. Assets are looked up in the project folder: the deck's folder, or its
/// parent when the deck sits in a `slides/` folder beside an `assets/` folder.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    load_path_reusing(path, None)
}

/// [`load_path`], validating again only the slides that changed since the load that filled
/// `memo` (a reload after an edit; see [`validate::SlideMemo`]).
pub fn load_path_reusing(
    path: &Path,
    memo: Option<&std::cell::RefCell<validate::SlideMemo>>,
) -> Result<Loaded, LoadError> {
    let unreadable = |reason: String| LoadError::Unreadable {
        path: path.display().to_string(),
        reason,
    };
    let Project { root, deck_rel } = Project::of(path)?;
    let source = DirSource::new(&root).map_err(|e| unreadable(e.to_string()))?;
    let text = crate::guarded::read_text_inside(&root, path, crate::guarded::DECK_LIMIT)
        .map_err(|e| unreadable(e.to_string()))?;
    Ok(load_text_reusing(Arc::new(source), &deck_rel, text, memo))
}

fn parent_or_dot(p: &Path) -> &Path {
    if p.as_os_str().is_empty() { Path::new(".") } else { p }
}

/// Loads the CÉAP talk built into the binary.
pub fn load_builtin() -> Loaded {
    let text = BuiltinSource
        .read(BuiltinSource::DECK)
        .map(|b| String::from_utf8_lossy(&b).into_owned());
    match text {
        Ok(t) => load_text(Arc::new(BuiltinSource), BuiltinSource::DECK, t),
        Err(e) => Loaded::failed(vec![Diagnostic::error(
            "(built-in)",
            None,
            0,
            0,
            crate::msg!("deck-builtin-missing", reason = e.to_string()),
        )]),
    }
}

/// Largest deck file read (the CÉAP talk is 40 KB); a bigger file is refused before parsing,
/// so a runaway or hostile file cannot stall the app.
pub const MAX_DECK_BYTES: usize = crate::guarded::DECK_LIMIT as usize;

/// Loads deck text that lives at `deck_rel` inside `source`.
pub fn load_text(source: Arc<dyn Source>, deck_rel: &str, text: String) -> Loaded {
    load_text_reusing(source, deck_rel, text, None)
}

/// [`load_text`] with a memo of the slides validated before ([`validate::SlideMemo`]).
pub fn load_text_reusing(
    source: Arc<dyn Source>,
    deck_rel: &str,
    text: String,
    memo: Option<&std::cell::RefCell<validate::SlideMemo>>,
) -> Loaded {
    let text = without_bom(text);
    validate::include::start_budget();
    let shown = source.display(deck_rel);
    if text.len() > MAX_DECK_BYTES {
        let msg = crate::msg!(
            "deck-too-big",
            size = crate::i18n::decimal(text.len() as f64 / 1e6, 1),
            max = MAX_DECK_BYTES / (1024 * 1024)
        );
        let d = Diagnostic::error(&shown, None, 0, 0, msg).with_hint(crate::t!("deck-too-big-hint"));
        return Loaded::failed(vec![d]);
    }
    let started = std::time::Instant::now();
    let raw = match parse::parse_ron::<raw::RawDeck>(&shown, &text) {
        Ok(r) => r,
        Err(d) => {
            return Loaded::failed(vec![*d]);
        }
    };
    let parsed = started.elapsed();
    let assets_base = if has_assets_folder(source.as_ref()) {
        "assets".to_string()
    } else {
        parent_of(deck_rel).to_string()
    };
    let loc = Locator::new(shown, text);
    let scanned = started.elapsed();
    let cx = validate::Context {
        source: source.clone(),
        deck_path: deck_rel,
        assets_base: &assets_base,
        loc: &loc,
        memo,
    };
    let v = validate::validate(&raw, cx);
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    // Not user text: where a load's time goes (benches/reload.sh).
    log::debug!(
        target: "estrade::reload",
        "load: parse {:.2} ms, scan {:.2} ms, validate {:.2} ms",
        ms(parsed),
        ms(scanned - parsed),
        ms(started.elapsed() - scanned)
    );
    let slides_read = v.deck.as_ref().map_or(raw.slides.len(), |d| d.slides.len());
    Loaded {
        origin: if v.deck.is_some() { v.origin } else { Vec::new() },
        deck: v.deck,
        diagnostics: v.diagnostics,
        slides_read,
        parsed: true,
        asset_uses: v.asset_uses,
        assets_base,
        source: Some(source),
    }
}

/// The text without the byte-order mark some editors put first (Windows Notepad): a deck that
/// starts with one is still a deck.
pub(crate) fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

fn has_assets_folder(source: &dyn Source) -> bool {
    // A folder cannot be read as a file: NotFound means absent, anything else means present.
    !matches!(source.read("assets"), Err(SourceError::NotFound)) || source.exists("assets/fonts/README.md")
}

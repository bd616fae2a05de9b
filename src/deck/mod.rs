//! Loading a deck: RON file → raw structs → validated [`crate::model::Deck`], with diagnostics.

pub mod brackets;
pub mod bullets;
pub mod diagnostics;
pub mod listing;
pub mod locate;
pub mod markup;
pub mod parse;
pub mod raw;
pub mod source;
pub mod spans;
pub mod typography;
pub mod typography_rules;
pub mod validate;

use std::path::Path;
use std::sync::Arc;

pub use diagnostics::{Diagnostic, Severity};
use locate::Locator;
use source::{BuiltinSource, DirSource, Source, SourceError, parent_of};

use crate::model::Deck;

/// The result of loading: a deck when it is usable, and every problem found.
#[derive(Debug)]
pub struct Loaded {
    pub deck: Option<Deck>,
    pub diagnostics: Vec<Diagnostic>,
    /// How many slides the file has: the deck's when it could be built, else the entries of
    /// its `slides` list that were read (0 when the file could not be parsed).
    pub slides_read: usize,
}

impl Loaded {
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

/// Loads a deck from disk. Assets are looked up in the project folder: the deck's folder, or its
/// parent when the deck sits in a `slides/` folder beside an `assets/` folder.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let unreadable = |reason: String| LoadError::Unreadable {
        path: path.display().to_string(),
        reason,
    };
    let deck_dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .ok_or_else(|| unreadable(crate::t!("deck-not-a-file")))?
        .to_string_lossy()
        .into_owned();
    let (root, deck_rel) = match deck_dir.parent() {
        Some(parent) if !deck_dir.join("assets").is_dir() && parent_or_dot(parent).join("assets").is_dir() => {
            let folder = deck_dir
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            (parent_or_dot(parent).to_path_buf(), format!("{folder}/{file_name}"))
        }
        _ => (deck_dir.to_path_buf(), file_name),
    };
    let source = DirSource::new(&root).map_err(|e| unreadable(e.to_string()))?;
    let text = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    let text = String::from_utf8(text)
        .map_err(|e| unreadable(crate::t!("deck-not-utf8", byte = e.utf8_error().valid_up_to())))?;
    Ok(load_text(Arc::new(source), &deck_rel, text))
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
        Err(e) => Loaded {
            deck: None,
            diagnostics: vec![Diagnostic::error(
                "(built-in)",
                None,
                0,
                0,
                crate::t!("deck-builtin-missing", reason = e.to_string()),
            )],
            slides_read: 0,
        },
    }
}

/// Largest deck file read (the CÉAP talk is 40 KB); a bigger file is refused before parsing,
/// so a runaway or hostile file cannot stall the app.
pub const MAX_DECK_BYTES: usize = 4 * 1024 * 1024;

/// Loads deck text that lives at `deck_rel` inside `source`.
pub fn load_text(source: Arc<dyn Source>, deck_rel: &str, text: String) -> Loaded {
    let shown = source.display(deck_rel);
    if text.len() > MAX_DECK_BYTES {
        let msg = crate::t!(
            "deck-too-big",
            size = crate::i18n::decimal(text.len() as f64 / 1e6, 1),
            max = MAX_DECK_BYTES / (1024 * 1024)
        );
        return Loaded {
            deck: None,
            diagnostics: vec![Diagnostic::error(&shown, None, 0, 0, msg).with_hint(crate::t!("deck-too-big-hint"))],
            slides_read: 0,
        };
    }
    let raw = match parse::parse_ron::<raw::RawDeck>(&shown, &text) {
        Ok(r) => r,
        Err(d) => {
            return Loaded {
                deck: None,
                diagnostics: vec![d],
                slides_read: 0,
            };
        }
    };
    let assets_base = if has_assets_folder(source.as_ref()) {
        "assets".to_string()
    } else {
        parent_of(deck_rel).to_string()
    };
    let loc = Locator::new(shown, text);
    let cx = validate::Context {
        source: source.clone(),
        deck_path: deck_rel,
        assets_base: &assets_base,
        loc: &loc,
    };
    let (deck, diagnostics) = validate::validate(&raw, cx);
    let slides_read = deck.as_ref().map_or(raw.slides.len(), |d| d.slides.len());
    Loaded {
        deck,
        diagnostics,
        slides_read,
    }
}

fn has_assets_folder(source: &dyn Source) -> bool {
    // A folder cannot be read as a file: NotFound means absent, anything else means present.
    !matches!(source.read("assets"), Err(SourceError::NotFound)) || source.exists("assets/fonts/README.md")
}

//! `estrade check`: everything that can be found wrong with a deck before the talk, as one
//! report. Validation (syntax, fields, files), then what only layout sees
//! ([`crate::layout::check`]), images that do not decode, and image files of the project that
//! no deck uses. The command prints it with [`format`].

pub mod format;
mod origins;

use std::collections::BTreeSet;
use std::path::Path;

use crate::deck::{Diagnostic, LoadError, Loaded, Project, load_path};
use crate::diagnostics::Message;
use crate::layout::Fonts;

/// What `check` found in one deck file.
#[derive(Debug, Clone)]
pub struct Report {
    /// The deck file, as the user named it.
    pub file: String,
    /// How many slides it has (those read, when it could not be used).
    pub slides: usize,
    /// Every problem, in file order for each file.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// How many problems are errors.
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many problems are warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }
}

/// Why no report could be made.
#[derive(Debug)]
pub enum CheckError {
    /// The deck file cannot be read.
    Load(LoadError),
    /// The theme's fonts cannot be loaded (layout needs them).
    Fonts(String),
}

impl std::fmt::Display for CheckError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CheckError::Load(e) => e.fmt(f),
            CheckError::Fonts(e) => f.write_str(e),
        }
    }
}

impl std::error::Error for CheckError {}

/// Checks the deck file at `path`.
pub fn check_path(path: &Path) -> Result<Report, CheckError> {
    let loaded = load_path(path).map_err(CheckError::Load)?;
    check_loaded(path, &loaded)
}

/// The report for a deck already loaded from `path`.
pub fn check_loaded(path: &Path, loaded: &Loaded) -> Result<Report, CheckError> {
    let mut diagnostics = loaded.diagnostics.clone();
    if let (Some(deck), Some(source)) = (&loaded.deck, &loaded.source) {
        let fonts = Fonts::for_theme(&deck.theme.fonts).map_err(|e| CheckError::Fonts(e.to_string()))?;
        diagnostics.extend(crate::layout::check::layout_warnings(deck, &fonts));
        diagnostics.extend(unused_images(path, loaded));
        diagnostics.extend(undecodable_images(deck, source.as_ref()));
        diagnostics.extend(ink_problems(path, deck));
        diagnostics.extend(origins::origin_changes(path, loaded));
    }
    Ok(Report {
        file: path.display().to_string(),
        slides: loaded.slides_read,
        diagnostics,
    })
}

/// Image files under the project's `assets/images/` that no deck of the deck's folder uses
/// (decks of one project share their assets). An image a slide names counts as used even when
/// it is broken: that problem has its own error.
fn unused_images(deck_file: &Path, loaded: &Loaded) -> Vec<Diagnostic> {
    let Ok(project) = Project::of(deck_file) else {
        return Vec::new();
    };
    let images = project.root.join(&loaded.assets_base).join("images");
    if loaded.assets_base.is_empty() || !images.is_dir() {
        return Vec::new();
    }
    let mut used: BTreeSet<String> = loaded.asset_uses.iter().map(|u| u.resolved.clone()).collect();
    let deck_dir = deck_file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let siblings = std::fs::read_dir(deck_dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path());
    for other in siblings.filter(|p| is_deck_file(p) && p != deck_file) {
        if let Ok(l) = load_path(&other) {
            used.extend(l.asset_uses.into_iter().map(|u| u.resolved));
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(&images)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let base = format!("{}/images/", loaded.assets_base);
    names
        .into_iter()
        .filter(|name| !used.contains(&format!("{base}{name}")))
        .map(|name| {
            let shown = images.join(&name).display().to_string();
            let file = shown.strip_prefix("./").unwrap_or(&shown);
            let message: Message = crate::msg!("deck-image-unused");
            Diagnostic::error(file, None, 0, 0, message)
                .warning()
                .with_hint(crate::t!("deck-image-unused-hint"))
        })
        .collect()
}

/// Decodes every image the deck uses (once each) and reports the files that cannot be shown
/// though their header looked right (a truncated PNG, a corrupt stream): what `estrade check`
/// adds to validation, which only reads headers.
fn undecodable_images(deck: &crate::model::Deck, source: &dyn crate::source::Source) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for slide in &deck.slides {
        for img in slide.images() {
            if img.problem.is_some() || !seen.insert(img.asset.clone()) {
                continue;
            }
            let Ok(bytes) = source.read(&img.asset) else {
                continue;
            };
            if let Err(e) = crate::render::decode::decode_limited(&bytes, &img.asset) {
                let loc = &slide.location;
                let d = Diagnostic::error(
                    &loc.file,
                    None,
                    loc.line,
                    loc.col,
                    crate::msg!("deck-image-undecodable", reason = e),
                )
                .with_hint(crate::t!("deck-image-undecodable-hint"));
                out.push(d);
            }
        }
    }
    out
}

/// The ink file beside the deck: a broken file (it will be ignored when presenting), and ink
/// of slides the deck no longer has (kept in the file, never dropped, but shown nowhere).
fn ink_problems(path: &Path, deck: &crate::model::Deck) -> Vec<Diagnostic> {
    match crate::ink::file::load(path) {
        Ok(ink) => {
            let orphans = ink.orphans(deck.slides.iter().map(|s| s.id.as_str()));
            if orphans.is_empty() {
                return Vec::new();
            }
            let file = crate::ink::file::path_for(path).display().to_string();
            let message: Message = crate::msg!("ink-orphaned", ids = orphans.join(", "));
            vec![
                Diagnostic::error(&file, None, 0, 0, message)
                    .warning()
                    .with_hint(crate::t!("ink-orphaned-hint")),
            ]
        }
        Err(d) => vec![*d],
    }
}
/// Whether `path` names a deck file: `.ron`, but not the timings or ink kept beside a deck.
fn is_deck_file(path: &Path) -> bool {
    let name = path.to_string_lossy();
    path.extension().is_some_and(|e| e == "ron") && !name.ends_with(".timings.ron") && !name.ends_with(".ink.ron")
}

/// The decks of a folder, for `estrade check FOLDER`: its deck files and those of its `slides/`
/// folder, sorted.
pub fn decks_in(folder: &Path) -> Vec<std::path::PathBuf> {
    let mut decks: Vec<std::path::PathBuf> = [folder.to_path_buf(), folder.join("slides")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).into_iter().flatten().filter_map(Result::ok))
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_deck_file(p))
        .collect();
    decks.sort();
    decks
}

//! `estrade import OTHER.ron --slides "expansion..causes, gouvernance-multiniveau"`: copies
//! slides of another deck into this one, with exactly the files they use.
//!
//! The slides' text is copied as written (comments and layout kept), each given an explicit id
//! that is free here and a comment naming where it came from; their images and CSV tables are
//! copied into this project's assets folder at the same relative path (renamed when a different
//! file already has that name; reused when it is the same file). Nothing else of the other
//! project is read or copied. Files are written atomically, assets first, the deck last: a
//! failure leaves the deck as it was.

mod fields;
mod guard;
mod land;
pub mod origin;
pub mod paths;
pub mod plan;
pub mod take;
pub mod update;

pub use paths::default_target;

use std::path::Path;

use crate::deck::locate::Step;
use crate::deck::selection::{SelectError, select};
use crate::deck::{Diagnostic, LoadError, Project, load_path};
use fields::Record;
use plan::Inserted;
use take::{Opened, Planned, take_slide};

/// What to import, and where.
#[derive(Debug, Clone)]
pub struct ImportRequest<'a> {
    /// The deck the slides come from.
    pub from: &'a Path,
    /// Which slides: ids and `first..last` ranges, separated by commas.
    pub slides: &'a str,
    /// The deck that receives them.
    pub into: &'a Path,
    /// Insert after the slide with this id (default: at the end, before a closing slide).
    pub after: Option<&'a str>,
}

/// What an import did.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// The slides inserted, in order.
    pub slides: Vec<Inserted>,
    /// Files copied into this project (relative to its root).
    pub copied: Vec<String>,
    /// Files already present with the same content, used as they are.
    pub reused: Vec<String>,
    /// Files of the other deck that could not be read (their slides will show placeholders).
    pub missing: Vec<String>,
    /// The receiving deck's problems after the import (as `check` would print them).
    pub diagnostics: Vec<Diagnostic>,
}

/// Why nothing was imported.
#[derive(Debug)]
pub enum ImportError {
    /// A deck file could not be read.
    Load(LoadError),
    /// A deck cannot be used as it is (its problems are given).
    Unusable { file: String, diagnostics: Vec<Diagnostic> },
    /// The slides would give the receiving deck these errors; nothing was changed.
    WouldBreak { file: String, diagnostics: Vec<Diagnostic> },
    /// Both paths name the same deck.
    SameDeck,
    /// The selection names slides the other deck does not have; `ids` lists those it has.
    Selection {
        problems: Vec<SelectError>,
        ids: Vec<String>,
    },
    /// `--after` names no slide of the receiving deck.
    UnknownAfter { id: String, suggestion: Option<String> },
    /// A chosen slide is itself an `Include` in the other deck: import from that deck instead.
    Included { id: String },
    /// The receiving deck has no `slides: [...]` list to insert into.
    NoSlideList { file: String },
    /// A file could not be written.
    Write { path: String, reason: String },
    /// `--update` names a slide that was not imported (it has no `origin`).
    NotImported { id: String },
    /// No `--into` was given and the current folder has not exactly one deck (`found` lists
    /// those it has).
    NoTarget { found: Vec<String> },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ImportError::Load(e) => e.to_string(),
            ImportError::Unusable { file, diagnostics } | ImportError::WouldBreak { file, diagnostics } => {
                let mut s = if matches!(self, ImportError::Unusable { .. }) {
                    crate::t!("import-unusable", file = file.as_str())
                } else {
                    crate::t!("import-would-break", file = file.as_str())
                };
                for d in diagnostics {
                    s.push('\n');
                    s.push_str(d.to_string().trim_end());
                }
                s
            }
            ImportError::SameDeck => crate::t!("import-same-deck"),
            ImportError::Selection { problems, ids } => problems
                .iter()
                .map(|p| match p {
                    SelectError::UnknownId { id, suggestion } => {
                        let hint = match suggestion {
                            Some(s) => crate::t!("deck-did-you-mean", name = s.as_str()),
                            None => crate::t!("deck-include-ids", ids = ids.join(", ")),
                        };
                        format!("{} ({hint})", crate::t!("import-unknown-id", id = id.as_str()))
                    }
                    SelectError::Backwards { range } => crate::t!("deck-include-backwards", range = range.as_str()),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            ImportError::UnknownAfter { id, suggestion } => match suggestion {
                Some(s) => format!(
                    "{} ({})",
                    crate::t!("import-unknown-after", id = id.as_str()),
                    crate::t!("deck-did-you-mean", name = s.as_str())
                ),
                None => crate::t!("import-unknown-after", id = id.as_str()),
            },
            ImportError::Included { id } => crate::t!("import-included", id = id.as_str()),
            ImportError::NoSlideList { file } => crate::t!("import-no-slide-list", file = file.as_str()),
            ImportError::NoTarget { found } if found.is_empty() => crate::t!("import-no-target"),
            ImportError::NoTarget { found } => crate::t!("import-several-targets", found = found.join(", ")),
            ImportError::NotImported { id } => crate::t!("import-not-imported", id = id.as_str()),
            ImportError::Write { path, reason } => {
                crate::t!("import-write-failed", path = path.as_str(), reason = reason.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// Opens a deck that must be usable, with its text.
pub fn open(path: &Path) -> Result<Opened, ImportError> {
    let loaded = load_path(path).map_err(ImportError::Load)?;
    if loaded.deck.is_none() {
        return Err(ImportError::Unusable {
            file: path.display().to_string(),
            diagnostics: loaded.diagnostics.into_iter().filter(Diagnostic::is_error).collect(),
        });
    }
    let text = crate::guarded::read_text(path, crate::guarded::DECK_LIMIT).map_err(|e| {
        ImportError::Load(LoadError::Unreadable {
            path: path.display().to_string(),
            reason: e.to_string(),
        })
    })?;
    let file = path.display().to_string();
    Opened::new(loaded, file.clone(), text).ok_or(ImportError::Unusable {
        file,
        diagnostics: Vec::new(),
    })
}

/// Imports the slides `req` names. See the module documentation.
pub fn import(req: &ImportRequest<'_>) -> Result<ImportReport, ImportError> {
    if guard::same_file(req.from, req.into) {
        return Err(ImportError::SameDeck);
    }
    let other = open(req.from)?;
    let this = open(req.into)?;

    // Which slides, and where they go.
    let ids: Vec<&str> = other.deck.slides.iter().map(|s| s.id.as_str()).collect();
    let (picked, problems) = select(req.slides, &ids);
    if !problems.is_empty() || picked.is_empty() {
        return Err(ImportError::Selection {
            problems,
            ids: ids.iter().map(|s| s.to_string()).collect(),
        });
    }
    let this_ids: Vec<&str> = this.deck.slides.iter().map(|s| s.id.as_str()).collect();
    let after = match req.after {
        // At the end, but before a closing slide (« Merci ») that ends the deck.
        None => match this.deck.slides.as_slice() {
            [.., before, last] if matches!(last.body, crate::model::Body::Closing { .. }) => this_ids
                .iter()
                .position(|k| *k == before.id)
                .map(|k| this.loaded.origin[k]),
            _ => None,
        },
        Some(id) => match this_ids.iter().position(|k| *k == id) {
            Some(k) => Some(this.loaded.origin[k]),
            None => {
                return Err(ImportError::UnknownAfter {
                    id: id.to_string(),
                    suggestion: crate::diagnostics::did_you_mean(id, this_ids.iter().copied()).map(str::to_string),
                });
            }
        },
    };
    let at = plan::insertion_point(&this.loc, after).ok_or_else(|| ImportError::NoSlideList {
        file: req.into.display().to_string(),
    })?;

    // The files: copied at the same place under this project's assets, or renamed.
    let project = Project::of(req.into).map_err(ImportError::Load)?;
    let mut report = ImportReport::default();
    let mut planned = Planned::new();
    let mut taken = Vec::new();
    for &k in &picked {
        taken.push(take_slide(&other, ids[k], &this, &project, &mut planned, &mut report)?);
    }

    // The deck's new text.
    let mut used_ids: Vec<String> = this_ids.iter().map(|s| s.to_string()).collect();
    let first_slide = this.loc.node(&[Step::Field("slides"), Step::Elem(0)]).map(|n| n.start);
    let indent = first_slide
        .map_or("        ", |s| plan::indent_at(&this.loc.text, s))
        .to_string();
    let indent = if indent.is_empty() { "    ".to_string() } else { indent };
    let from_shown = paths::shown_from(req.from, req.into);
    let from_relative = paths::relative_from(req.from, req.into);
    let mut blocks = Vec::new();
    let mut records = Vec::new();
    for slide in &taken {
        let id = plan::free_id(&slide.id, &used_ids);
        used_ids.push(id.clone());
        let from_indent = plan::indent_at(&other.loc.text, slide.span.start);
        let comment = crate::t!("import-comment", from = from_shown.as_str(), id = slide.id.as_str());
        let text = plan::slide_text(&other.loc.text, slide, &id, from_indent, &indent);
        blocks.push(format!("// {comment}\n{indent}{text}"));
        let raw = other.raw_of(&slide.id);
        records.push(Record {
            id_here: id.clone(),
            deck: from_relative.clone(),
            slide: slide.id.clone(),
            hash: raw.and_then(|r| origin::fingerprint(&other, r)).unwrap_or_default(),
        });
        report.slides.push(Inserted {
            from_id: slide.id.clone(),
            id,
        });
    }
    let new_text = plan::insert(&this.loc.text, at, &blocks, &indent);
    land::land(&this, req.into, &project, new_text, &planned, &records, &mut report)?;
    Ok(report)
}

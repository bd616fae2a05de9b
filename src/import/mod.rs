//! `estrade import OTHER.ron --slides "expansion..causes, gouvernance-multiniveau"`: copies
//! slides of another deck into this one, with exactly the files they use.
//!
//! The slides' text is copied as written (comments and layout kept), each given an explicit id
//! that is free here and a comment naming where it came from; their images and CSV tables are
//! copied into this project's assets folder at the same relative path (renamed when a different
//! file already has that name; reused when it is the same file). Nothing else of the other
//! project is read or copied. Files are written atomically, assets first, the deck last: a
//! failure leaves the deck as it was.

mod guard;
pub mod paths;
pub mod plan;

pub use paths::default_target;

use std::path::Path;

use crate::deck::locate::{Locator, Step};
use crate::deck::selection::{SelectError, select};
use crate::deck::{Diagnostic, LoadError, Loaded, Project, load_path};
use crate::source::join_relative;
use plan::{Inserted, TakenSlide};

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
            ImportError::Write { path, reason } => {
                crate::t!("import-write-failed", path = path.as_str(), reason = reason.as_str())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ImportError {}

/// Loads a deck that must be usable, with its text.
fn load_usable(path: &Path) -> Result<(Loaded, String), ImportError> {
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
    Ok((loaded, text))
}

/// Imports the slides `req` names. See the module documentation.
pub fn import(req: &ImportRequest<'_>) -> Result<ImportReport, ImportError> {
    if guard::same_file(req.from, req.into) {
        return Err(ImportError::SameDeck);
    }
    let (other, other_text) = load_usable(req.from)?;
    let (this, this_text) = load_usable(req.into)?;
    let (Some(other_deck), Some(this_deck)) = (&other.deck, &this.deck) else {
        return Err(ImportError::SameDeck); // load_usable returns only usable decks
    };
    let other_loc = Locator::new(req.from.display().to_string(), other_text);
    let this_loc = Locator::new(req.into.display().to_string(), this_text);

    // Which slides, and where they go.
    let ids: Vec<&str> = other_deck.slides.iter().map(|s| s.id.as_str()).collect();
    let (picked, problems) = select(req.slides, &ids);
    if !problems.is_empty() || picked.is_empty() {
        return Err(ImportError::Selection {
            problems,
            ids: ids.iter().map(|s| s.to_string()).collect(),
        });
    }
    let this_ids: Vec<&str> = this_deck.slides.iter().map(|s| s.id.as_str()).collect();
    let after = match req.after {
        // At the end, but before a closing slide (« Merci ») that ends the deck.
        None => match this_deck.slides.as_slice() {
            [.., before, last] if matches!(last.body, crate::model::Body::Closing { .. }) => {
                this_ids.iter().position(|k| *k == before.id).map(|k| this.origin[k])
            }
            _ => None,
        },
        Some(id) => match this_ids.iter().position(|k| *k == id) {
            Some(k) => Some(this.origin[k]),
            None => {
                return Err(ImportError::UnknownAfter {
                    id: id.to_string(),
                    suggestion: crate::diagnostics::did_you_mean(id, this_ids.iter().copied()).map(str::to_string),
                });
            }
        },
    };
    let at = plan::insertion_point(&this_loc, after).ok_or_else(|| ImportError::NoSlideList {
        file: req.into.display().to_string(),
    })?;

    // The files: copied at the same place under this project's assets, or renamed.
    let this_project = Project::of(req.into).map_err(ImportError::Load)?;
    let mut report = ImportReport::default();
    let mut planned: Vec<(String, String, Vec<u8>)> = Vec::new(); // (other resolved, here rel, bytes)
    let mut taken = Vec::new();
    for &k in &picked {
        let raw = other.origin[k];
        let node = other_loc
            .node(&[Step::Field("slides")])
            .and_then(|list| list.elem(raw))
            .cloned();
        let Some(node) = node.filter(|n| !is_include(&other_loc.text[n.start..n.end])) else {
            return Err(ImportError::Included { id: ids[k].to_string() });
        };
        let mut renamed_assets = Vec::new();
        for used in other.asset_uses.iter().filter(|u| u.slide == Some(raw)) {
            let Ok(bytes) = other_deck.source.read(&used.resolved) else {
                report.missing.push(used.resolved.clone());
                continue;
            };
            let here = place_asset(&this_project, &this.assets_base, used, &bytes, &planned, &mut report);
            let written_here = here
                .strip_prefix(&format!("{}/", this.assets_base))
                .unwrap_or(&here)
                .to_string();
            if written_here != used.written {
                renamed_assets.push((used.written.clone(), written_here));
            }
            if !planned.iter().any(|(_, h, _)| *h == here) && !report.reused.contains(&here) {
                planned.push((used.resolved.clone(), here, bytes));
            }
        }
        taken.push(TakenSlide {
            id: ids[k].to_string(),
            span: node.start..node.end,
            id_span: node.field("id").map(|n| n.start..n.end),
            renamed_assets,
        });
    }

    // The deck's new text.
    let mut used_ids: Vec<String> = this_ids.iter().map(|s| s.to_string()).collect();
    let first_slide = this_loc.node(&[Step::Field("slides"), Step::Elem(0)]).map(|n| n.start);
    let indent = first_slide
        .map_or("        ", |s| plan::indent_at(&this_loc.text, s))
        .to_string();
    let indent = if indent.is_empty() { "    ".to_string() } else { indent };
    let from_shown = paths::shown_from(req.from, req.into);
    let mut blocks = Vec::new();
    for slide in &taken {
        let id = plan::free_id(&slide.id, &used_ids);
        used_ids.push(id.clone());
        let from_indent = plan::indent_at(&other_loc.text, slide.span.start);
        let comment = crate::t!("import-comment", from = from_shown.as_str(), id = slide.id.as_str());
        let text = plan::slide_text(&other_loc.text, slide, &id, from_indent, &indent);
        blocks.push(format!("// {comment}\n{indent}{text}"));
        report.slides.push(Inserted {
            from_id: slide.id.clone(),
            id,
        });
    }
    let new_text = plan::insert(&this_loc.text, at, &blocks, &indent);

    // Assets first, then the deck: a failure leaves the deck as it was.
    for (_, here, _) in &planned {
        guard::lands_inside(&this_project.root, &this_project.root.join(here))?;
    }
    for (_, here, bytes) in &planned {
        let path = this_project.root.join(here);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| ImportError::Write {
                path: dir.display().to_string(),
                reason: e.to_string(),
            })?;
        }
        crate::writing::write_atomically(&path, bytes).map_err(|e| ImportError::Write {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        report.copied.push(here.clone());
    }
    // The new text is checked before it is written: an import that would give the deck an
    // error it did not have changes nothing (the files just copied are removed again).
    let after = crate::deck::load_text(this_deck.source.clone(), &this_deck.path, new_text.clone());
    let broken = guard::new_errors(&this, &after);
    if !broken.is_empty() {
        for copied in &report.copied {
            let _ = std::fs::remove_file(this_project.root.join(copied));
        }
        return Err(ImportError::WouldBreak {
            file: req.into.display().to_string(),
            diagnostics: broken,
        });
    }
    crate::writing::write_atomically(req.into, new_text.as_bytes()).map_err(|e| ImportError::Write {
        path: req.into.display().to_string(),
        reason: e.to_string(),
    })?;
    report.diagnostics = load_path(req.into).map(|l| l.diagnostics).unwrap_or_default();
    Ok(report)
}

/// Whether a slide's text is an `Include(…)`.
fn is_include(text: &str) -> bool {
    text.trim_start()
        .strip_prefix("Include")
        .is_some_and(|r| r.trim_start().starts_with('('))
}

/// Where a file the other deck uses goes in this project (relative to its root): the same path
/// under this project's assets folder, unless a different file is there (or is planned there),
/// then `name-2.ext`, `name-3.ext`…; a file already there with the same bytes is reused.
fn place_asset(
    project: &Project,
    assets_base: &str,
    used: &crate::deck::validate::AssetUse,
    bytes: &[u8],
    planned: &[(String, String, Vec<u8>)],
    report: &mut ImportReport,
) -> String {
    let clean = join_relative("", &used.written).unwrap_or_else(|_| {
        // A path that climbed out of the other project's assets: keep only its file name.
        used.written.rsplit('/').next().unwrap_or("asset").to_string() // not user text: a file name
    });
    let base = if assets_base.is_empty() {
        clean
    } else {
        format!("{assets_base}/{clean}")
    };
    let (stem, ext) = match base.rsplit_once('.') {
        Some((s, e)) if !s.ends_with('/') && !e.contains('/') => (s.to_string(), format!(".{e}")),
        _ => (base.clone(), String::new()),
    };
    let fits = |candidate: &String, report: &mut ImportReport| {
        if let Some((from, _, _)) = planned.iter().find(|(_, h, _)| h == candidate) {
            return *from == used.resolved;
        }
        match crate::guarded::read_inside(
            &project.root,
            &project.root.join(candidate),
            crate::guarded::ASSET_LIMIT,
        ) {
            Ok(existing) if existing == bytes => {
                if !report.reused.contains(candidate) {
                    report.reused.push(candidate.clone());
                }
                true
            }
            Ok(_) => false,
            Err(_) => !project.root.join(candidate).exists(),
        }
    };
    std::iter::once(base.clone())
        .chain((2..).map(|n| format!("{stem}-{n}{ext}")))
        .find(|c| fits(c, report))
        .unwrap_or(base)
}

//! `estrade import --update [IDS]`: takes again, from their origin, the imported slides whose
//! original changed since, showing what changes (a diff of the slide's text and the files it
//! brings). A slide edited here since it was imported is kept unless `force`: the diff says what
//! the edits would lose. Reads this deck and the decks its slides come from, writes only into
//! this project (new versions of files beside the old ones, never over them).

use std::path::{Path, PathBuf};

use super::fields::{Record, origin_field, removal};
use super::origin::fingerprint;
use super::take::{Opened, Planned, take_slide};
use super::{ImportError, ImportReport, land, open, plan};
use crate::deck::Project;
use crate::deck::locate::Step;
use crate::deck::selection::select;

/// Which imported slides to update.
#[derive(Debug, Clone)]
pub struct UpdateRequest<'a> {
    /// The deck holding the imported slides.
    pub deck: &'a Path,
    /// Ids and ranges of its slides; every imported slide when `None`.
    pub ids: Option<&'a str>,
    /// Replace slides edited here too.
    pub force: bool,
    /// Say what would change, write nothing.
    pub dry_run: bool,
}

/// What happened to one imported slide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateState {
    /// Its origin has not changed.
    UpToDate,
    /// Taken again from its changed origin (or would be, in a dry run).
    Updated,
    /// Its origin changed, but it was edited here too: kept (no `force`).
    EditedHere,
    /// Its origin deck cannot be opened, for this reason.
    OriginUnreadable(String),
    /// Its origin deck no longer has that slide.
    OriginGone,
}

/// One imported slide and what the update did with it.
#[derive(Debug, Clone)]
pub struct SlideUpdate {
    /// Its id here.
    pub id: String,
    /// The deck it comes from, as its `origin` names it, and its id there.
    pub from: String,
    pub from_id: String,
    pub state: UpdateState,
    /// The change of its text, as a unified diff (empty when nothing changes).
    pub diff: String,
    /// Files the new version brings into this project (relative to its root).
    pub new_files: Vec<String>,
}

/// What an update did.
#[derive(Debug, Clone, Default)]
pub struct UpdateReport {
    pub slides: Vec<SlideUpdate>,
    /// Files copied, reused or missing, and the deck's problems afterwards.
    pub files: ImportReport,
    /// Whether the deck was written.
    pub written: bool,
}

/// Updates the imported slides `req` names. See the module documentation.
pub fn update(req: &UpdateRequest<'_>) -> Result<UpdateReport, ImportError> {
    let this = open(req.deck)?;
    let project = Project::of(req.deck).map_err(ImportError::Load)?;
    let ids: Vec<&str> = this.deck.slides.iter().map(|s| s.id.as_str()).collect();
    let chosen: Vec<usize> = match req.ids {
        Some(sel) => {
            let (picked, problems) = select(sel, &ids);
            if !problems.is_empty() || picked.is_empty() {
                return Err(ImportError::Selection {
                    problems,
                    ids: imported_ids(&this),
                });
            }
            if let Some(&k) = picked
                .iter()
                .find(|&&k| this.deck.slides[k].origin.is_none() || this.raw_of(ids[k]).is_none())
            {
                return Err(ImportError::NotImported { id: ids[k].to_string() });
            }
            picked
        }
        None => (0..ids.len())
            .filter(|&k| this.deck.slides[k].origin.is_some() && this.raw_of(ids[k]).is_some())
            .collect(),
    };
    let mut report = UpdateReport::default();
    let mut planned = Planned::new();
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut records = Vec::new();
    let mut opened = OriginDecks::default();
    for k in chosen {
        let slide = &this.deck.slides[k];
        let Some(origin) = &slide.origin else { continue };
        let Some(raw_here) = this.raw_of(&slide.id) else {
            continue;
        };
        let mut entry = SlideUpdate {
            id: slide.id.clone(),
            from: origin.deck.clone(),
            from_id: origin.slide.clone(),
            state: UpdateState::UpToDate,
            diff: String::new(),
            new_files: Vec::new(),
        };
        let other = match opened.open(req.deck, &origin.deck) {
            Ok(o) => o,
            Err(why) => {
                entry.state = UpdateState::OriginUnreadable(why.clone());
                report.slides.push(entry);
                continue;
            }
        };
        let Some(raw_there) = other.raw_of(&origin.slide) else {
            entry.state = UpdateState::OriginGone;
            report.slides.push(entry);
            continue;
        };
        let hash_now = fingerprint(other, raw_there).unwrap_or_default();
        if hash_now == origin.hash {
            report.slides.push(entry);
            continue;
        }
        let edited = fingerprint(&this, raw_here).is_none_or(|local| local != origin.local);
        let Some(node) = this.loc.node(&[Step::Field("slides"), Step::Elem(raw_here)]) else {
            continue;
        };
        let planned_before = planned.len();
        let taken = take_slide(other, &origin.slide, &this, &project, &mut planned, &mut report.files)?;
        let indent = plan::indent_at(&this.loc.text, node.start);
        let from_indent = plan::indent_at(&other.loc.text, taken.span.start);
        let new_text = plan::slide_text(&other.loc.text, &taken, &slide.id, from_indent, indent);
        entry.diff = diff(&this, raw_here, node.start..node.end, &new_text, &slide.id);
        entry.new_files = planned[planned_before..]
            .iter()
            .map(|(_, here, _)| here.clone())
            .collect();
        if edited && !req.force {
            planned.truncate(planned_before);
            entry.state = UpdateState::EditedHere;
        } else {
            entry.state = UpdateState::Updated;
            edits.push((node.start..node.end, new_text));
            records.push(Record {
                id_here: slide.id.clone(),
                deck: origin.deck.clone(),
                slide: origin.slide.clone(),
                hash: hash_now,
            });
        }
        report.slides.push(entry);
    }
    if req.dry_run || edits.is_empty() {
        return Ok(report);
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut text = this.loc.text.clone();
    for (range, new) in edits {
        text.replace_range(range, &new);
    }
    land::land(&this, req.deck, &project, text, &planned, &records, &mut report.files)?;
    report.written = true;
    Ok(report)
}

/// The ids of the slides of `this` that were imported (for an error's hint).
fn imported_ids(this: &Opened) -> Vec<String> {
    this.deck
        .slides
        .iter()
        .filter(|s| s.origin.is_some())
        .map(|s| s.id.clone())
        .collect()
}

/// The decks imported slides come from, each opened once (several slides often share one).
#[derive(Default)]
pub struct OriginDecks(Vec<(PathBuf, Result<Opened, String>)>);

impl OriginDecks {
    /// The deck an `origin` of the deck at `deck` names, or why it cannot be used.
    pub fn open(&mut self, deck: &Path, origin: &str) -> &Result<Opened, String> {
        let path = origin_path(deck, origin);
        let k = match self.0.iter().position(|(p, _)| *p == path) {
            Some(k) => k,
            None => {
                let got = if super::guard::same_file(&path, deck) {
                    Err(crate::t!("import-same-deck"))
                } else {
                    open(&path).map_err(|e| e.to_string())
                };
                self.0.push((path, got));
                self.0.len() - 1
            }
        };
        &self.0[k].1
    }
}

/// Where an `origin`'s deck is: relative to the folder of the deck that names it.
pub fn origin_path(deck: &Path, origin: &str) -> PathBuf {
    let origin = Path::new(origin);
    if origin.is_absolute() {
        return origin.to_path_buf();
    }
    deck.parent().unwrap_or(Path::new("")).join(origin)
}

/// The unified diff from the slide at `span` of `this` (without its `origin`) to `new`.
fn diff(this: &Opened, raw: usize, span: std::ops::Range<usize>, new: &str, id: &str) -> String {
    let mut old = this.loc.text[span.clone()].to_string();
    if let Some(o) = origin_field(&this.loc, raw) {
        let cut = removal(&old, o.start - span.start..o.end - span.start);
        old.replace_range(cut, "");
    }
    let (old, new) = (format!("{old}\n"), format!("{new}\n"));
    similar::TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{id} (here)"), &format!("{id} (origin)")) // not user text: diff headers
        .to_string()
}

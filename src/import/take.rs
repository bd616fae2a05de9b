//! Taking slides out of another deck, for [`super::import`] and [`super::update`]: each slide's
//! text span, its language, and the files it uses placed in this project (copied at the same
//! path under its assets, renamed when a different file is there, reused when the same one is).
//! Nothing is written here: the caller writes the planned files, then the deck.

use crate::deck::locate::{Locator, Step};
use crate::deck::validate::same_lang;
use crate::deck::{Loaded, Project};
use crate::source::join_relative;

use super::plan::TakenSlide;
use super::{ImportError, ImportReport};

/// A usable deck loaded with its text, located.
pub struct Opened {
    /// What loading gave (its `deck` moved to [`Opened::deck`]).
    pub loaded: Loaded,
    pub deck: crate::model::Deck,
    /// Where the deck's files are read from.
    pub source: std::sync::Arc<dyn crate::source::Source>,
    pub loc: Locator,
}

impl Opened {
    /// `loaded` with its text, or `None` when it has no usable deck.
    pub fn new(mut loaded: Loaded, file: String, text: String) -> Option<Opened> {
        let deck = loaded.deck.take()?;
        let source = loaded.source.clone()?;
        Some(Opened {
            loaded,
            deck,
            source,
            loc: Locator::new(file, text),
        })
    }

    /// The deck.
    pub fn deck(&self) -> &crate::model::Deck {
        &self.deck
    }

    /// The index in the file's `slides` list of the slide with this id, when it is the deck's
    /// own (not lent by an `Include`).
    pub fn raw_of(&self, id: &str) -> Option<usize> {
        let k = self.deck().find(id)?;
        let raw = *self.loaded.origin.get(k)?;
        let node = self.loc.node(&[Step::Field("slides"), Step::Elem(raw)])?;
        (!is_include(&self.loc.text[node.start..node.end])).then_some(raw)
    }
}

/// Files to write into this project: (the other deck's file, where it goes here relative to the
/// project root, its bytes).
pub type Planned = Vec<(String, String, Vec<u8>)>;

/// The slide `id` of `other`, taken for `this` (whose project is `project`): its span, language
/// and files (added to `planned`, or to `report.reused` / `report.missing`).
pub fn take_slide(
    other: &Opened,
    id: &str,
    this: &Opened,
    project: &Project,
    planned: &mut Planned,
    report: &mut ImportReport,
) -> Result<TakenSlide, ImportError> {
    let included = || ImportError::Included { id: id.to_string() };
    let raw = other.raw_of(id).ok_or_else(included)?;
    let node = other
        .loc
        .node(&[Step::Field("slides"), Step::Elem(raw)])
        .ok_or_else(included)?;
    let (other_deck, this_deck) = (other.deck(), this.deck());
    let assets_base = &this.loaded.assets_base;
    let mut renamed_assets = Vec::new();
    for used in other.loaded.asset_uses.iter().filter(|u| u.slide == Some(raw)) {
        let Ok(bytes) = other.source.read(&used.resolved) else {
            report.missing.push(used.resolved.clone());
            continue;
        };
        let here = place_asset(project, assets_base, used, &bytes, planned, report);
        let written_here = here
            .strip_prefix(&format!("{assets_base}/"))
            .unwrap_or(&here)
            .to_string();
        if written_here != used.written {
            renamed_assets.push((used.written.clone(), written_here));
        }
        if !planned.iter().any(|(_, h, _)| *h == here) && !report.reused.contains(&here) {
            planned.push((used.resolved.clone(), here, bytes));
        }
    }
    // A slide with no `lang` of its own is in its deck's language: it says so here when this
    // deck's differs, so that it keeps its typography.
    let lang = (node.field("lang").is_none() && !same_lang(&other_deck.meta.lang, &this_deck.meta.lang))
        .then(|| other_deck.meta.lang.clone());
    Ok(TakenSlide {
        id: id.to_string(),
        span: node.start..node.end,
        id_span: node.field("id").map(|n| n.start..n.end),
        renamed_assets,
        lang,
        origin_span: super::fields::origin_field(&other.loc, raw),
    })
}

/// Writes the planned files into the project, each atomically; returns those written
/// (relative to the project root). On a failure, those already written are removed.
pub fn write_planned(project: &Project, planned: &Planned) -> Result<Vec<String>, ImportError> {
    for (_, here, _) in planned {
        super::guard::lands_inside(&project.root, &project.root.join(here))?;
    }
    let mut written = Vec::new();
    for (_, here, bytes) in planned {
        let path = project.root.join(here);
        let done = match path.parent().map_or(Ok(()), std::fs::create_dir_all) {
            Ok(()) => crate::writing::write_atomically(&path, bytes).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(reason) = done {
            remove_written(project, &written);
            return Err(ImportError::Write {
                path: path.display().to_string(),
                reason,
            });
        }
        written.push(here.clone());
    }
    Ok(written)
}

/// Removes files [`write_planned`] wrote (when the deck could not take them after all).
pub fn remove_written(project: &Project, written: &[String]) {
    for file in written {
        let _ = std::fs::remove_file(project.root.join(file));
    }
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
    planned: &Planned,
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

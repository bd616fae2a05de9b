//! Landing slides in this deck, for [`super::import`] and [`super::update`]: the files first,
//! then the deck's new text, checked before it is written (an import that would give the deck
//! an error it did not have changes nothing), each slide given its `origin` with the
//! fingerprint of its copy here.

use std::path::Path;

use super::fields::{Record, add_field, field_text};
use super::origin::fingerprint;
use super::take::{Opened, Planned, remove_written, write_planned};
use super::{ImportError, ImportReport, guard};
use crate::deck::locate::Step;
use crate::deck::{Project, load_path};

/// Writes `planned` into `project`, then `new_text` (with the `origin` of each of `records`)
/// as the deck `this` at `into`. Fills in `report`'s copied files and the deck's diagnostics.
pub fn land(
    this: &Opened,
    into: &Path,
    project: &Project,
    new_text: String,
    planned: &Planned,
    records: &[Record],
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    report.copied = write_planned(project, planned)?;
    let file = into.display().to_string();
    let after = crate::deck::load_text(this.source.clone(), &this.deck.path, new_text.clone());
    let broken = guard::new_errors(&this.loaded, &after);
    let landed = match Opened::new(after, file.clone(), new_text) {
        Some(landed) if broken.is_empty() => landed,
        _ => {
            remove_written(project, &report.copied);
            report.copied.clear();
            return Err(ImportError::WouldBreak {
                file,
                diagnostics: broken,
            });
        }
    };
    let mut inserts = Vec::new();
    for record in records {
        let Some(raw) = landed.raw_of(&record.id_here) else {
            continue;
        };
        let (Some(local), Some(node)) = (
            fingerprint(&landed, raw),
            landed.loc.node(&[Step::Field("slides"), Step::Elem(raw)]),
        ) else {
            continue;
        };
        inserts.push(add_field(
            &landed.loc.text,
            node.start..node.end,
            &field_text(record, &local),
        ));
    }
    inserts.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let mut text = landed.loc.text.clone();
    for (at, insert) in inserts {
        text.insert_str(at, &insert);
    }
    crate::writing::write_atomically(into, text.as_bytes()).map_err(|e| {
        remove_written(project, &report.copied);
        ImportError::Write {
            path: file,
            reason: e.to_string(),
        }
    })?;
    report.diagnostics = load_path(into).map(|l| l.diagnostics).unwrap_or_default();
    Ok(())
}

//! `estrade import`: runs [`estrade::import`] and tells what it did.

use std::path::Path;
use std::process::ExitCode;

use estrade::import::update::{UpdateRequest, UpdateState, update};
use estrade::import::{ImportRequest, default_target, import};
use estrade::t;

/// What `estrade import` was asked.
pub struct ImportArgs<'a> {
    pub from: Option<&'a Path>,
    pub slides: Option<&'a str>,
    pub into: Option<&'a Path>,
    pub after: Option<&'a str>,
    /// `--update [IDS]`: `Some("")` for every imported slide.
    pub update: Option<&'a str>,
    pub force: bool,
    pub dry_run: bool,
}

/// Runs `estrade import` as asked: an update, a picker, or an import of named slides.
pub fn run_args(args: &ImportArgs<'_>) -> ExitCode {
    if let Some(ids) = args.update {
        return run_update(args.into, ids, args.force, args.dry_run);
    }
    let Some(from) = args.from else {
        return ExitCode::from(2); // clap requires DECK without --update
    };
    if let Some(slides) = args.slides {
        return run(from, slides, args.into, args.after);
    }
    let into = match target(args.into, Some(from)) {
        Ok(p) => p,
        Err(code) => return code,
    };
    match super::picker::choose(from, &into, args.after) {
        Ok(Some((ids, after))) => run(from, &ids, Some(&into), after.as_deref()),
        Ok(None) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// `estrade import --update [IDS]`: takes again the imported slides whose origin changed.
fn run_update(into: Option<&Path>, ids: &str, force: bool, dry_run: bool) -> ExitCode {
    let deck = match target(into, None) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let req = UpdateRequest {
        deck: &deck,
        ids: Some(ids.trim()).filter(|s| !s.is_empty()),
        force,
        dry_run,
    };
    let report = match update(&req) {
        Ok(r) => r,
        Err(e) => {
            crate::error(e);
            return ExitCode::from(1);
        }
    };
    let shown = deck.display().to_string();
    if report.slides.is_empty() {
        eprintln!("{}", t!("update-none", deck = shown.as_str()));
        return ExitCode::SUCCESS;
    }
    let mut trouble = false;
    for s in &report.slides {
        let (id, from) = (s.id.as_str(), s.from.as_str());
        let line = match &s.state {
            UpdateState::UpToDate => t!("update-up-to-date", id = id, from = from),
            UpdateState::Updated if dry_run => t!("update-would-update", id = id, from = from),
            UpdateState::Updated => t!("update-updated", id = id, from = from),
            UpdateState::EditedHere => t!("update-edited-here", id = id, from = from),
            UpdateState::OriginUnreadable(why) => t!("update-unreadable", id = id, from = from, reason = why.as_str()),
            UpdateState::OriginGone => t!("update-gone", id = id, from = from, from_id = s.from_id.as_str()),
        };
        trouble |= !matches!(s.state, UpdateState::UpToDate | UpdateState::Updated);
        eprintln!("{line}");
        if !s.diff.is_empty() {
            // The diff on standard output: it can be piped to a pager or saved.
            let _ = crate::print_bytes(s.diff.as_bytes());
        }
        if !s.new_files.is_empty() {
            eprintln!("  {}", t!("update-new-files", files = s.new_files.join(", ")));
        }
    }
    if report.written {
        let n = report.slides.iter().filter(|s| s.state == UpdateState::Updated).count();
        eprintln!("{}", t!("update-done", deck = shown.as_str(), n = n));
        for d in &report.files.diagnostics {
            eprint!("{d}");
        }
    }
    if trouble || report.files.diagnostics.iter().any(|d| d.is_error()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The deck to import into: `into`, else the one deck of this folder (other than `from`).
pub fn target(into: Option<&Path>, from: Option<&Path>) -> Result<std::path::PathBuf, ExitCode> {
    match into {
        Some(p) => Ok(p.to_path_buf()),
        None => default_target(Path::new("."), from.unwrap_or(Path::new(""))).map_err(|e| {
            crate::error(e);
            ExitCode::from(2)
        }),
    }
}

/// Imports `slides` of `from` into `into` (or this folder's one deck), after `after`.
pub fn run(from: &Path, slides: &str, into: Option<&Path>, after: Option<&str>) -> ExitCode {
    let into = match target(into, Some(from)) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let req = ImportRequest {
        from,
        slides,
        into: &into,
        after,
    };
    let report = match import(&req) {
        Ok(r) => r,
        Err(e) => {
            crate::error(e);
            return ExitCode::from(1);
        }
    };
    let ids: Vec<String> = report
        .slides
        .iter()
        .map(|s| {
            if s.id == s.from_id {
                s.id.clone()
            } else {
                format!("{} → {}", s.from_id, s.id) // not user text: ids and an arrow
            }
        })
        .collect();
    eprintln!(
        "{}",
        t!(
            "import-done",
            deck = into.display().to_string(),
            slides = t!("count-slides", n = report.slides.len()),
            ids = ids.join(", ")
        )
    );
    if !report.copied.is_empty() {
        eprintln!("  {}", t!("import-copied", files = report.copied.join(", ")));
    }
    if !report.reused.is_empty() {
        eprintln!("  {}", t!("import-reused", files = report.reused.join(", ")));
    }
    if !report.missing.is_empty() {
        eprintln!("  {}", t!("import-missing", files = report.missing.join(", ")));
    }
    for d in &report.diagnostics {
        eprint!("{d}");
    }
    if report.diagnostics.iter().any(|d| d.is_error()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

//! `estrade import`: runs [`estrade::import`] and tells what it did.

use std::path::Path;
use std::process::ExitCode;

use estrade::import::{ImportRequest, default_target, import};
use estrade::t;

/// Imports `slides` of `from` into `into` (or this folder's one deck), after `after`.
pub fn run(from: &Path, slides: &str, into: Option<&Path>, after: Option<&str>) -> ExitCode {
    let into = match into {
        Some(p) => p.to_path_buf(),
        None => match default_target(Path::new("."), from) {
            Ok(p) => p,
            Err(e) => {
                crate::error(e);
                return ExitCode::from(2);
            }
        },
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

//! `estrade import OTHER.ron` without `--slides`: the slide picker's window, which says which
//! slides to import and where.

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use estrade::app::picker::{self, Choice, Picker};
use estrade::layout::Fonts;
use estrade::t;

/// The slides chosen in the picker (ids, comma-separated) and the slide to insert them after,
/// or `None` when the person cancelled; an exit code when the picker could not be shown.
pub fn choose(from: &Path, into: &Path, after: Option<&str>) -> Result<Option<(String, Option<String>)>, ExitCode> {
    let opened = estrade::import::open(from).and_then(|o| estrade::import::open(into).map(|t| (o, t)));
    let (other, this) = opened.map_err(|e| {
        crate::error(e);
        ExitCode::from(1)
    })?;
    let fonts = Fonts::for_theme(&other.deck.theme.fonts).map_err(|e| {
        crate::error(e);
        ExitCode::from(1)
    })?;
    let picker = Picker::new(
        &other,
        &this,
        from.display().to_string(),
        into.display().to_string(),
        after,
    );
    match picker::run(picker, Arc::new(fonts)) {
        Ok(Some(Choice::Import { ids, after })) => Ok(Some((ids.join(", "), after))),
        Ok(_) => {
            eprintln!("{}", t!("picker-cancelled"));
            Ok(None)
        }
        Err(e) => {
            crate::error(t!(
                "picker-no-window",
                error = estrade::app::screens::launch::source_path_dropped(&e.to_string())
                    .trim_end_matches('.')
                    .to_string(),
                from = from.display().to_string()
            ));
            Err(ExitCode::from(2))
        }
    }
}

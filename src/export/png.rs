//! One PNG per shown slide, fully revealed, over the plan. The painter only paints
//! (`render_png`); the files are written here.

use std::path::Path;

use super::options::{ExportError, ExportOptions};
use super::plan::{self, Steps};
use crate::layout::Fonts;
use crate::model::Deck;
use crate::writing::write_atomically;

/// Writes `NN-id.png` for each planned slide into `dir` (NN its number), each atomically;
/// returns how many.
pub fn write(
    deck: &Deck,
    pictures: &mut super::Pictures<'_>,
    fonts: &Fonts,
    dir: &Path,
    opts: &ExportOptions,
) -> Result<usize, ExportError> {
    use rayon::prelude::*;
    let failed = |path: &Path, message: String| ExportError::Write {
        path: path.display().to_string(),
        message,
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(dir, crate::i18n::os_reason(&e)))?;
    let scale = if opts.scale > 0.0 { opts.scale } else { 1.0 };
    let pages = plan::plan(deck, opts.include_hidden, Steps::Revealed, None);
    let frames: Vec<_> = pages
        .par_iter()
        .map(|p| plan::revealed(deck, p.slide, fonts, opts.ink.as_ref()))
        .collect();
    let store = pictures.for_frames(&frames);
    // One slide per core at a time: rasterising is the work, and each file is its own.
    pages.par_iter().zip(&frames).try_for_each(|(p, frame)| {
        let path = dir.join(format!("{:02}-{}.png", p.number, deck.slides[p.slide].id));
        let png = crate::render::png::render_png(frame, fonts, store, scale).map_err(|e| failed(&path, e))?;
        write_atomically(&path, &png).map_err(|e| failed(&path, e.to_string()))
    })?;
    Ok(pages.len())
}

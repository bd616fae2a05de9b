//! `estrade export`: the talk as a paged document, planned once ([`plan`]), painted by the same
//! painters as the screen into PDF (slides, handouts or notes pages), pdfpc notes, PNG images
//! and a web page. Files are written through [`crate::writing`]: a temporary file beside the
//! target renamed at the end, so a failure never damages an existing file.

pub mod html;
pub mod options;
mod pdf;
mod pdfpc;
pub mod plan;
mod png;
pub mod targets;

use crate::layout::{Fonts, Frame};
use crate::model::Deck;
use crate::render::image_store::ImageStore;
use crate::source::Source;
use crate::writing::write_atomically;

pub use options::{ExportError, ExportOptions, PdfLayout, Summary};

/// Runs an export of `deck`, whose pictures are read (once each, for every format) from
/// `files`.
/// `progress(done, total)` is called as PDF pages are prepared.
pub fn export(
    deck: &Deck,
    files: &dyn Source,
    fonts: &Fonts,
    opts: &ExportOptions,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Summary, ExportError> {
    if opts.pdf.is_none() && opts.png.is_none() && opts.html.is_none() {
        return Err(ExportError::NoOutput);
    }
    if opts.pdfpc && opts.pdf.is_none() {
        return Err(ExportError::PdfpcWithoutPdf);
    }
    if opts.pdfpc && opts.per_page.is_some() {
        return Err(ExportError::PdfpcWithPerPage);
    }
    let mut summary = Summary::default();
    let mut pictures = Pictures::new(files);
    if let Some(out) = &opts.pdf {
        let started = std::time::Instant::now();
        let planned = pdf::planned(deck, opts);
        let pages = pdf::pages(deck, fonts, opts, &planned, progress);
        log::debug!("export: {} pages laid out in {:?}", pages.len(), started.elapsed()); // not user text
        let store = pictures.for_frames(pages.iter().map(|p| &p.frame));
        let (bytes, warnings) = crate::render::pdf::write_pdf(&pages, &deck.meta, fonts, store)?;
        summary.warnings.extend(warnings);
        write_atomically(out, &bytes)?;
        log::debug!("export: PDF written at {:?}", started.elapsed()); // not user text
        summary.pdf_pages = pages.len();
        summary.pdf_bytes = bytes.len();
        if opts.pdfpc {
            let file = pdfpc::file(deck, &planned, opts.layout);
            write_atomically(&out.with_extension("pdfpc"), file.to_json().as_bytes())?;
        }
    }
    if let Some(dir) = &opts.png {
        summary.pngs = png::write(deck, &mut pictures, fonts, dir, opts)?;
    }
    if let Some(out) = &opts.html {
        summary.html_bytes = html::write(deck, &mut pictures, fonts, opts, out)?;
    }
    Ok(summary)
}

/// The pictures `frames` show, read once each from `files`: painters take them from there and
/// read no file.
pub(crate) fn images_of<'f>(files: &dyn Source, frames: impl IntoIterator<Item = &'f Frame>) -> ImageStore {
    ImageStore::read(frames, |asset| files.read(asset).map_err(|e| e.to_string()))
}

/// The pictures of one export: each file read once and each picture decoded once, whichever
/// formats show it.
pub struct Pictures<'s> {
    files: &'s dyn Source,
    store: ImageStore,
}

impl<'s> Pictures<'s> {
    /// Pictures read from `files`, none read yet.
    pub fn new(files: &'s dyn Source) -> Pictures<'s> {
        Pictures {
            files,
            store: ImageStore::default(),
        }
    }

    /// The store, holding (besides what it held) the pictures `frames` show.
    pub fn for_frames<'f>(&mut self, frames: impl IntoIterator<Item = &'f Frame>) -> &ImageStore {
        let files = self.files;
        self.store
            .extend(frames, |asset| files.read(asset).map_err(|e| e.to_string()));
        &self.store
    }
}

#[cfg(test)]
mod tests;

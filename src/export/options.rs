//! What an export is asked for and what it reports: the options every exporter reads (PDF,
//! PNG, HTML) and the error they share. Apart from the entry in `export/mod.rs`, so that the
//! exporters depend on it, not on each other.

use std::path::PathBuf;

use crate::layout::pages::Paper;
use crate::render::pdf::PdfError;

/// What the PDF's pages show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PdfLayout {
    /// One page per slide (or per step).
    #[default]
    Slides,
    /// Each slide with its notes below, on paper.
    Handout,
    /// Each slide page followed by a page of its notes.
    NotesPages,
}

/// Export settings.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    pub pdf: Option<PathBuf>,
    pub layout: PdfLayout,
    /// One page per step instead of per slide.
    pub steps: bool,
    /// Also write `OUT.pdfpc` beside the PDF.
    pub pdfpc: bool,
    /// Folder for one PNG per slide.
    pub png: Option<PathBuf>,
    /// PNG scale: 1.0 is 1920×1080 for a 16:9 deck.
    pub scale: f32,
    pub include_hidden: bool,
    pub paper: Paper,
    /// Ink to draw over the slides (`--ink`): slide pages, notes pages and PNG images.
    pub ink: Option<crate::ink::Ink>,
    /// Handouts: this many slides a page (1, 2, 3, 4, 6 or 9), without notes; `None`: each
    /// slide above its notes.
    pub per_page: Option<usize>,
    /// A web page of the talk (`--html`), and whether it carries the notes.
    pub html: Option<PathBuf>,
    pub html_notes: bool,
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub pdf_pages: usize,
    pub pdf_bytes: usize,
    pub pngs: usize,
    pub html_bytes: usize,
    /// Problems that did not stop the export (e.g. an unreadable image drawn as a placeholder).
    pub warnings: Vec<String>,
}

/// Why an export failed (nothing was written over an existing file).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}", crate::t!("cli-export-no-output"))]
    NoOutput,
    #[error("{}", crate::t!("cli-export-pdfpc-without-pdf"))]
    PdfpcWithoutPdf,
    #[error("{}", crate::t!("cli-export-pdfpc-with-per-page"))]
    PdfpcWithPerPage,
    #[error("{0}")]
    Pdf(#[from] PdfError),
    #[error("{0}")]
    Html(#[from] crate::render::html::FontEmbedError),
    #[error("{path}: {message}")]
    Write { path: String, message: String },
    /// A painter panicked (its message, translated).
    #[error("{0}")]
    Painter(String),
}

impl From<crate::writing::WriteError> for ExportError {
    fn from(e: crate::writing::WriteError) -> Self {
        ExportError::Write {
            path: e.path,
            message: e.message,
        }
    }
}

//! pdfpc notes file (format 2): lets a speaker present the exported PDF with pdfpc, with notes,
//! overlays (steps) and the planned duration.

use serde::Serialize;

/// One PDF page as pdfpc sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PdfpcPage {
    /// 0-based page index in the PDF.
    pub idx: usize,
    /// Page label: the slide number, shared by the steps of one slide.
    pub label: String,
    /// 0 for a slide's first step, then 1, 2… for the following steps.
    pub overlay: usize,
    /// Speaker notes (Markdown).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PdfpcFile {
    pub pdfpc_format: u32,
    /// Planned duration in minutes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<u32>,
    pub pages: Vec<PdfpcPage>,
}

impl PdfpcFile {
    /// A format-2 file for these pages.
    pub fn new(duration_secs: Option<u32>, pages: Vec<PdfpcPage>) -> PdfpcFile {
        PdfpcFile {
            pdfpc_format: 2,
            duration: duration_secs.map(|s| s.div_ceil(60)),
            pages,
        }
    }

    /// Pretty JSON text.
    pub fn to_json(&self) -> String {
        // Serialising plain structs of strings and numbers cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

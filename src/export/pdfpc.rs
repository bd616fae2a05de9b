//! The pdfpc notes file over the PDF's planned pages.

use super::options::PdfLayout;
use super::plan::Page;
use crate::ink::Place;
use crate::model::{Deck, RichText};
use crate::render::pdfpc::{PdfpcFile, PdfpcPage};

/// The pdfpc description of the PDF's pages (a notes page after each slide page counts).
pub fn file(deck: &Deck, planned: &[Page], layout: PdfLayout) -> PdfpcFile {
    let mut pages = Vec::new();
    let mut idx = 0;
    for p in planned {
        let notes: Vec<String> = deck.slides[p.slide].notes.iter().map(RichText::to_markdown).collect();
        let note = (!notes.is_empty()).then(|| notes.join("\n\n"));
        // A board page is one more overlay of its slide's number.
        let overlay = match &p.board {
            Some(Place::Board { n, .. }) => p.step + 1 + n,
            _ if p.steps > 1 => p.step,
            _ => 0,
        };
        pages.push(PdfpcPage {
            idx,
            label: p.number.to_string(),
            overlay,
            note,
        });
        idx += if layout == PdfLayout::NotesPages && p.board.is_none() {
            2
        } else {
            1
        };
    }
    PdfpcFile::new(deck.meta.duration_secs, pages)
}

//! `estrade export`: PDF (slides, handouts or notes pages), pdfpc notes and PNG images, all
//! painted from the same frames as the screen. Files are written to a temporary file beside the
//! target and renamed at the end, so a failure never damages an existing file.

use std::path::Path;

use crate::layout::pages::{handout, notes_page};
use crate::layout::{Fonts, Frame, SlideRef, layout_slide};
use crate::model::{Deck, RichText};
use crate::render::pdf::{PdfPage, write_pdf};
use crate::render::pdfpc::{PdfpcFile, PdfpcPage};

pub use crate::export_options::{ExportError, ExportOptions, PdfLayout, Summary};

/// A slide page with its place in the talk.
struct Planned {
    slide: usize,
    step: usize,
    steps: usize,
    number: u32,
    /// A board drawn on the blank screen after the slide (`--ink`): a page of its own.
    board: Option<crate::ink::Place>,
}

fn plan(deck: &Deck, opts: &ExportOptions) -> Vec<Planned> {
    let mut out = Vec::new();
    let mut number = 0;
    for (i, s) in deck.slides.iter().enumerate() {
        if s.hidden && !opts.include_hidden {
            continue;
        }
        number += 1;
        let steps = if opts.steps && opts.layout == PdfLayout::Slides {
            s.steps.max(1)
        } else {
            1
        };
        for step in 0..steps {
            let step = if steps == 1 { s.steps.saturating_sub(1) } else { step };
            out.push(Planned {
                slide: i,
                step,
                steps,
                number,
                board: None,
            });
        }
        // Boards follow their slide, on slide pages and notes pages (handouts show slides).
        if let (Some(ink), true) = (&opts.ink, opts.layout != PdfLayout::Handout) {
            for board in ink.boards_after(&s.id) {
                out.push(Planned {
                    slide: i,
                    step: s.steps.saturating_sub(1),
                    steps: 1,
                    number,
                    board: Some(board.clone()),
                });
            }
        }
    }
    out
}

/// Slide `slide` fully revealed, with its ink when the export has some.
fn revealed(deck: &Deck, slide: usize, fonts: &Fonts, ink: Option<&crate::ink::Ink>) -> Frame {
    let mut frame = crate::layout::layout_revealed(deck, slide, fonts);
    if let Some(ink) = ink {
        crate::ink::frame::draw(&mut frame, &ink.on_slide(&deck.slides[slide].id, usize::MAX));
    }
    frame
}

fn bookmark(deck: &Deck, slide: usize) -> String {
    deck.slides[slide]
        .display_title()
        .map(RichText::to_plain)
        .unwrap_or_else(|| crate::t!("cli-export-bookmark", number = slide + 1))
}

/// Runs an export. `progress(done, total)` is called as pages are prepared.
pub fn export(
    deck: &Deck,
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
    let planned = plan(deck, opts);
    let mut summary = Summary::default();
    if let Some(out) = &opts.pdf {
        let started = std::time::Instant::now();
        let pages = pdf_pages(deck, fonts, opts, &planned, progress);
        log::debug!("export: {} pages laid out in {:?}", pages.len(), started.elapsed()); // not user text
        let (bytes, warnings) = write_pdf(&pages, &deck.meta, fonts, deck.source.as_ref())?;
        summary.warnings.extend(warnings);
        write_atomically(out, &bytes)?;
        log::debug!("export: PDF written at {:?}", started.elapsed()); // not user text
        summary.pdf_pages = pages.len();
        summary.pdf_bytes = bytes.len();
        if opts.pdfpc {
            let file = pdfpc_file(deck, &planned, opts.layout);
            write_atomically(&out.with_extension("pdfpc"), file.to_json().as_bytes())?;
        }
    }
    if let Some(dir) = &opts.png {
        summary.pngs =
            export_pngs(deck, fonts, dir, opts).map_err(|(path, message)| ExportError::Write { path, message })?;
    }
    if let Some(out) = &opts.html {
        summary.html_bytes = crate::export_html::write(deck, fonts, opts, out)?;
    }
    Ok(summary)
}

/// The PDF's pages for the planned slides: several slides to a handout page, or one page per
/// slide or step (handout, slide with ink, and a notes page after it when asked).
fn pdf_pages(
    deck: &Deck,
    fonts: &Fonts,
    opts: &ExportOptions,
    planned: &[Planned],
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<PdfPage> {
    if let (PdfLayout::Handout, Some(per_page)) = (opts.layout, opts.per_page) {
        let slides: Vec<usize> = planned.iter().map(|p| p.slide).collect();
        let ink = opts.ink.as_ref();
        let frames = crate::layout::handouts::handout_pages(deck, &slides, per_page, fonts, opts.paper, &|i| {
            revealed(deck, i, fonts, ink)
        });
        progress(planned.len(), planned.len());
        return frames
            .into_iter()
            .zip(slides.chunks(per_page.max(1)))
            .map(|(frame, on_page)| PdfPage {
                frame,
                label: None,
                bookmark: on_page.first().map(|&s| bookmark(deck, s)),
            })
            .collect();
    }
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // Each planned page is laid out on its own, on every core (shaping is most of it); the
    // pages keep the plan's order.
    let done = AtomicUsize::new(0);
    let per_planned: Vec<Vec<PdfPage>> = planned
        .par_iter()
        .map(|p| {
            let pages = planned_pages(deck, fonts, opts, p);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1, planned.len());
            pages
        })
        .collect();
    per_planned.into_iter().flatten().collect()
}

/// The page (and notes page, when asked) of one planned slide, step or board.
fn planned_pages(deck: &Deck, fonts: &Fonts, opts: &ExportOptions, p: &Planned) -> Vec<PdfPage> {
    let mut pages = Vec::with_capacity(2);
    let first = (p.step == 0 || p.steps == 1) && p.board.is_none();
    let frame = if let (Some(board), Some(ink)) = (&p.board, &opts.ink) {
        crate::ink::frame::board(deck.meta.aspect.canvas(), board, ink)
    } else if opts.layout == PdfLayout::Handout {
        handout(
            deck,
            p.slide,
            &revealed(deck, p.slide, fonts, opts.ink.as_ref()),
            fonts,
            opts.paper,
        )
    } else {
        let mut frame = layout_slide(
            deck,
            SlideRef {
                slide: p.slide,
                step: p.step,
            },
            fonts,
        );
        if let Some(ink) = &opts.ink {
            crate::ink::frame::draw(&mut frame, &ink.on_slide(&deck.slides[p.slide].id, p.step));
        }
        frame
    };
    pages.push(PdfPage {
        frame,
        label: Some(p.number),
        bookmark: first.then(|| bookmark(deck, p.slide)),
    });
    if opts.layout == PdfLayout::NotesPages && p.board.is_none() {
        pages.push(PdfPage {
            frame: notes_page(deck, p.slide, &revealed(deck, p.slide, fonts, opts.ink.as_ref()), fonts),
            label: Some(p.number),
            bookmark: None,
        });
    }
    pages
}

/// Writes one PNG per slide (fully revealed) into `dir` as `NN-id.png`, each atomically;
/// returns how many. The painter only paints (`render_png`); files are this module's job.
fn export_pngs(deck: &Deck, fonts: &Fonts, dir: &Path, opts: &ExportOptions) -> Result<usize, (String, String)> {
    use rayon::prelude::*;
    std::fs::create_dir_all(dir).map_err(|e| (dir.display().to_string(), e.to_string()))?;
    let scale = if opts.scale > 0.0 { opts.scale } else { 1.0 };
    let shown: Vec<(usize, usize)> = deck
        .slides
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.hidden || opts.include_hidden)
        .enumerate()
        .map(|(k, (i, _))| (k + 1, i))
        .collect();
    // One slide per core at a time: rasterising is the work, and each file is its own.
    shown.par_iter().try_for_each(|&(n, i)| {
        let frame = revealed(deck, i, fonts, opts.ink.as_ref());
        let path = dir.join(format!("{n:02}-{}.png", deck.slides[i].id));
        let png = crate::render::png::render_png(&frame, fonts, deck.source.as_ref(), scale)
            .map_err(|e| (path.display().to_string(), e))?;
        write_atomically(&path, &png).map_err(|e| (path.display().to_string(), e.to_string()))
    })?;
    Ok(shown.len())
}

/// The pdfpc description of the planned pages.
fn pdfpc_file(deck: &Deck, planned: &[Planned], layout: PdfLayout) -> PdfpcFile {
    let mut pages = Vec::new();
    let mut idx = 0;
    for p in planned {
        let notes: Vec<String> = deck.slides[p.slide].notes.iter().map(RichText::to_markdown).collect();
        let note = (!notes.is_empty()).then(|| notes.join("\n\n"));
        // A board page is one more overlay of its slide's number.
        let overlay = match &p.board {
            Some(crate::ink::Place::Board { n, .. }) => p.step + 1 + n,
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

use crate::writing::write_atomically;

#[cfg(test)]
#[path = "export_tests.rs"]
mod tests;

//! `estrade export`: loads the deck, refuses outputs that would replace what it reads, runs
//! [`estrade::export::export`] with a progress bar and tells what it wrote.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use estrade::deck::{self, Loaded};
use estrade::i18n::decimal;
use estrade::layout::Fonts;
use estrade::t;

use super::{ExportArgs, PaperArg};
use crate::{DEFAULT_DECK, error, warning};

pub fn run(args: &ExportArgs) -> ExitCode {
    use estrade::export::{ExportOptions, PdfLayout};
    use estrade::layout::pages::Paper;
    let started = std::time::Instant::now();
    // As for presenting: the CÉAP talk of this checkout, else the one built in.
    let path = args
        .deck
        .clone()
        .or_else(|| Path::new(DEFAULT_DECK).is_file().then(|| PathBuf::from(DEFAULT_DECK)));
    let loaded = match &path {
        Some(p) => match deck::load_path(p) {
            Ok(l) => l,
            Err(e) => {
                error(e);
                return ExitCode::from(2);
            }
        },
        None => deck::load_builtin(),
    };
    let shown = path
        .as_deref()
        .map_or_else(|| t!("cli-builtin-talk"), |p| p.display().to_string());
    for d in &loaded.diagnostics {
        eprint!("{d}");
    }
    // A deck that cannot be built is not exported; missing or unreadable images and tables are
    // reported above and exported as the same placeholders as on screen.
    let (deck, source) = match (&loaded.deck, &loaded.source) {
        (Some(d), Some(s)) => {
            if loaded.has_errors() {
                warning(t!("cli-export-with-problems"));
            }
            (d, s)
        }
        _ => {
            eprintln!("{}", t!("cli-export-not-built", deck = shown));
            return ExitCode::from(1);
        }
    };
    // Never over the deck, its ink or timings, what it shows, or another output of this command.
    let mut outputs: Vec<PathBuf> = args.pdf.iter().cloned().collect();
    if args.pdfpc
        && let Some(p) = &args.pdf
    {
        outputs.push(p.with_extension("pdfpc"));
    }
    outputs.extend(args.html.iter().map(|h| {
        if h.is_dir() || h.to_string_lossy().ends_with('/') {
            h.join("index.html")
        } else {
            h.clone()
        }
    }));
    let root = path.as_deref().and_then(|p| deck::Project::of(p).ok()).map(|p| p.root);
    let read: Vec<String> = loaded.asset_uses.iter().map(|u| u.resolved.clone()).collect();
    if let Some(why) = estrade::export::targets::refuse(path.as_deref(), root.as_deref(), &read, &outputs) {
        error(why);
        return ExitCode::from(2);
    }
    log::debug!("export: deck loaded at {:?}", started.elapsed()); // not user text
    let fonts = match Fonts::for_theme(&deck.theme.fonts) {
        Ok(f) => f,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    log::debug!("export: fonts loaded at {:?}", started.elapsed()); // not user text
    let opts = ExportOptions {
        pdf: args.pdf.clone(),
        layout: if args.handout || args.per_page.is_some() {
            PdfLayout::Handout
        } else if args.notes_pages {
            PdfLayout::NotesPages
        } else {
            PdfLayout::Slides
        },
        steps: args.steps,
        pdfpc: args.pdfpc,
        png: args.png.clone(),
        scale: args.scale,
        include_hidden: args.include_hidden,
        paper: match args.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        per_page: args.per_page,
        html: args.html.clone(),
        html_notes: !args.no_notes,
        ink: args
            .ink
            .then(|| path.as_deref().and_then(|p| ink_for_export(p, &loaded)))
            .flatten(),
    };
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(&t!(
            "cli-export-progress",
            bar = "{bar:30}",
            pos = "{pos}",
            len = "{len}",
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let result = estrade::export::export(deck, source.as_ref(), &fonts, &opts, &progress);
    bar.finish_and_clear();
    match result {
        Ok(summary) => {
            for w in &summary.warnings {
                warning(w);
            }
            let mut parts = Vec::new();
            if let Some(p) = &args.pdf {
                parts.push(t!(
                    "cli-exported-pdf",
                    file = p,
                    page_count = summary.pdf_pages,
                    kib = decimal(summary.pdf_bytes as f64 / 1024.0, 0),
                ));
            }
            if args.pdfpc
                && let Some(p) = &args.pdf
            {
                parts.push(p.with_extension("pdfpc").display().to_string());
            }
            if let Some(d) = &args.png {
                parts.push(t!("cli-exported-png", count = summary.pngs, dir = d));
            }
            if let Some(f) = &args.html {
                parts.push(t!(
                    "cli-exported-html",
                    file = f,
                    kib = decimal(summary.html_bytes as f64 / 1024.0, 0),
                ));
            }
            eprintln!(
                "{}",
                t!(
                    "cli-exported",
                    outputs = parts.join(", "),
                    seconds = decimal(started.elapsed().as_secs_f64(), 2),
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(e);
            ExitCode::from(1)
        }
    }
}

/// The ink saved beside `deck`, for `export --ink`: a broken file is a warning and no ink; ink
/// of slides the deck no longer has is named (it stays in the file).
fn ink_for_export(deck: &Path, loaded: &Loaded) -> Option<estrade::ink::Ink> {
    match estrade::ink::file::load(deck) {
        Ok(ink) => {
            let ids = loaded.deck.iter().flat_map(|d| d.slides.iter().map(|s| s.id.as_str()));
            let orphans = ink.orphans(ids);
            if !orphans.is_empty() {
                warning(t!("cli-export-ink-orphans", ids = orphans.join(", ")));
            }
            Some(ink)
        }
        Err(d) => {
            eprint!("{}", d.warning());
            None
        }
    }
}

//! Command line: present a deck (default) or check one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use estrade::app::kiosk::{KioskOptions, ReloadPolicy};
use estrade::deck::{self, Loaded};
use estrade::layout::Fonts;

/// estrade: present slide decks written in RON.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Deck to present (default: slides/ceap-2024.ron here, else the built-in CÉAP talk).
    deck: Option<PathBuf>,
    /// Start in a window instead of full screen.
    #[arg(long)]
    windowed: bool,
    /// Open the presenter console (current and next slide, notes, clocks) in a second window.
    #[arg(long)]
    presenter: bool,
    /// Kiosk playback: full screen, auto-advance, loop, input locked (leave with Ctrl+Alt+Q held
    /// for 2 s, or a signal); errors go to the log, nothing pops up.
    #[arg(long)]
    kiosk: bool,
    /// Kiosk: seconds per slide when the slide has no `duration`.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    advance: f64,
    /// Kiosk: stop on the last slide instead of starting over.
    #[arg(long)]
    no_loop: bool,
    /// Kiosk: visitors may page with the arrow keys (auto-play resumes after --idle-return).
    #[arg(long)]
    allow_navigation: bool,
    /// Kiosk: seconds without input before auto-play resumes.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    idle_return: f64,
    /// Kiosk: when to take an updated deck file.
    #[arg(long, value_enum, default_value_t = ReloadArg::NextLoop)]
    reload: ReloadArg,
    /// Kiosk: append timestamped messages to this file (default: standard error).
    #[arg(long, value_name = "FILE")]
    log: Option<PathBuf>,
    /// After an edit of the deck, jump to the first changed slide (when the current one is unchanged).
    #[arg(long)]
    follow_edits: bool,
    /// Put the audience view full screen on this monitor (0, 1, … as `estrade screens` lists
    /// them) instead of the one estrade picks (the external screen).
    #[arg(long, value_name = "N")]
    audience_monitor: Option<usize>,
    /// Start from the first slide with the clock at zero, ignoring the position saved by an
    /// earlier run of this deck (a restart within 12 hours resumes there otherwise).
    #[arg(long)]
    fresh: bool,
    /// Rehearse: record how long each slide stays on screen, saved as DECK.timings.ron on quit
    /// (implies --presenter).
    #[arg(long)]
    rehearse: bool,
    /// Diagnostic: quit once the first slide is on screen, printing the time since start and
    /// the resident memory (used by benches/process.sh).
    #[arg(long)]
    quit_after_first_frame: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new deck folder: a starter deck showing every slide kind, or a copy of DECK.
    New {
        /// Folder to create.
        name: PathBuf,
        /// Copy this deck and its assets instead of the starter deck.
        #[arg(long, value_name = "DECK")]
        from: Option<PathBuf>,
    },
    /// Export a deck: vector PDF (slides, handouts or notes pages), pdfpc notes, PNG images.
    Export(ExportArgs),
    /// List the monitors and what estrade would show on each (check the room before the talk).
    Screens {
        /// As for presenting: the audience view on this monitor.
        #[arg(long, value_name = "N")]
        audience_monitor: Option<usize>,
    },
    /// Load and validate a deck; print every problem (exit 0 clean, 1 errors, 2 unreadable).
    Check {
        /// The deck file.
        deck: PathBuf,
        /// Only print how many "next" presses walk through every step (for scripts).
        #[arg(long)]
        count_steps: bool,
    },
}

#[derive(clap::Args)]
struct ExportArgs {
    /// The deck file.
    deck: PathBuf,
    /// Write a PDF here.
    #[arg(long, value_name = "OUT.pdf")]
    pdf: Option<PathBuf>,
    /// Handouts: each slide with its notes below, on paper (see --paper).
    #[arg(long, conflicts_with = "notes_pages")]
    handout: bool,
    /// A page of notes after each slide page.
    #[arg(long)]
    notes_pages: bool,
    /// One page per step (incremental bullets), instead of one per slide.
    #[arg(long)]
    steps: bool,
    /// Also write OUT.pdfpc beside the PDF, for the pdfpc presenter.
    #[arg(long)]
    pdfpc: bool,
    /// Write one PNG per slide into this folder.
    #[arg(long, value_name = "DIR")]
    png: Option<PathBuf>,
    /// PNG scale: 1 gives 1920×1080 for a 16:9 deck.
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
    /// Paper size for handouts.
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    paper: PaperArg,
    /// Include slides marked `hidden: true`.
    #[arg(long)]
    include_hidden: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReloadArg {
    /// At the next return to the first slide.
    NextLoop,
    /// As soon as the file changes.
    Now,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum PaperArg {
    A4,
    Letter,
}

const DEFAULT_DECK: &str = "slides/ceap-2024.ron";

/// mimalloc rather than glibc's allocator: the image decoder's large, short-lived buffers made
/// glibc keep freed memory (its mmap threshold grows after the first big free), so a kiosk paging
/// through large photographs grew past 1 GB; mimalloc returns it (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { deck, count_steps }) => check(&deck, count_steps),
        Some(Command::Export(args)) => export(&args),
        Some(Command::Screens { audience_monitor }) => screens(audience_monitor),
        Some(Command::New { name, from }) => match estrade::scaffold::new_deck(&name, from.as_deref()) {
            Ok(deck) => {
                eprintln!(
                    "created {}: present it with `estrade {}`, check it with `estrade check {}`",
                    deck.display(),
                    deck.display(),
                    deck.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        None => present(
            cli.deck,
            estrade::app::Mode {
                console: cli.presenter || cli.rehearse,
                windowed: cli.windowed,
                audience_monitor: cli.audience_monitor,
                fresh: cli.fresh,
                remember_position: !cli.quit_after_first_frame,
                keep_awake: !cli.quit_after_first_frame,
                rehearse: cli.rehearse,
                follow_edits: cli.follow_edits,
                quit_after_first_frame: cli.quit_after_first_frame.then_some(started),
                kiosk: cli.kiosk.then(|| KioskOptions {
                    advance: cli.advance,
                    looped: !cli.no_loop,
                    allow_navigation: cli.allow_navigation,
                    idle_return: cli.idle_return,
                    reload: match cli.reload {
                        ReloadArg::NextLoop => ReloadPolicy::AtLoopStart,
                        ReloadArg::Now => ReloadPolicy::Now,
                    },
                    log: cli.log.clone(),
                }),
            },
        ),
    }
}

fn check(path: &Path, count_steps: bool) -> ExitCode {
    let loaded = match deck::load_path(path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if count_steps {
        let Some(d) = &loaded.deck else {
            return ExitCode::from(1);
        };
        let presses: usize = d.visible().map(|(_, s)| s.steps).sum::<usize>().saturating_sub(1);
        #[allow(clippy::print_stdout)]
        {
            println!("{presses}");
        }
        return ExitCode::SUCCESS;
    }
    let theme_fonts = loaded.deck.as_ref().map(|d| d.theme.fonts.clone()).unwrap_or_default();
    let fonts = match Fonts::for_theme(&theme_fonts) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut diagnostics = loaded.diagnostics.clone();
    if let Some(d) = &loaded.deck {
        diagnostics.extend(estrade::layout::check::layout_warnings(d, &fonts));
        diagnostics.extend(estrade::layout::check::unused_images(path, d));
        diagnostics.extend(estrade::render::bitmap::undecodable_images(d));
    }
    for d in &diagnostics {
        eprint!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let slides = loaded.deck.as_ref().map_or(0, |d| d.slides.len());
    eprintln!(
        "{}: {slides} slides, {errors} errors, {warnings} warnings",
        path.display()
    );
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn export(args: &ExportArgs) -> ExitCode {
    use estrade::export::{ExportOptions, PdfLayout};
    use estrade::layout::pages::Paper;
    let started = std::time::Instant::now();
    let loaded = match deck::load_path(&args.deck) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    for d in &loaded.diagnostics {
        eprint!("{d}");
    }
    // A deck that cannot be built is not exported; missing or unreadable images and tables are
    // reported above and exported as the same placeholders as on screen.
    let deck = match &loaded.deck {
        Some(d) => {
            if loaded.has_errors() {
                eprintln!("warning: exporting with the problems above: missing files appear as placeholders");
            }
            d
        }
        None => {
            eprintln!(
                "{}: not exported: fix the errors above first (nothing was written)",
                args.deck.display()
            );
            return ExitCode::from(1);
        }
    };
    let fonts = match Fonts::for_theme(&deck.theme.fonts) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let opts = ExportOptions {
        pdf: args.pdf.clone(),
        layout: if args.handout {
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
    };
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} pages")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = |done: usize, total: usize| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    };
    let result = estrade::export::export(deck, &fonts, &opts, &progress);
    bar.finish_and_clear();
    match result {
        Ok(summary) => {
            for w in &summary.warnings {
                eprintln!("warning: {w}");
            }
            let mut parts = Vec::new();
            if let Some(p) = &args.pdf {
                parts.push(format!(
                    "{} ({} pages, {:.0} KiB)",
                    p.display(),
                    summary.pdf_pages,
                    summary.pdf_bytes as f64 / 1024.0
                ));
            }
            if args.pdfpc
                && let Some(p) = &args.pdf
            {
                parts.push(p.with_extension("pdfpc").display().to_string());
            }
            if let Some(d) = &args.png {
                parts.push(format!("{} PNG in {}", summary.pngs, d.display()));
            }
            eprintln!(
                "exported {} in {:.2} s",
                parts.join(", "),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn screens(audience_monitor: Option<usize>) -> ExitCode {
    match estrade::app::screens_report(audience_monitor) {
        #[allow(clippy::print_stdout)]
        Ok(lines) => {
            println!("{}", lines.join("\n"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot read the screens (is there a display?): {e}");
            ExitCode::from(1)
        }
    }
}

fn present(path: Option<PathBuf>, mode: estrade::app::Mode) -> ExitCode {
    let fonts = match Fonts::bundled() {
        Ok(f) => Arc::new(f),
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let path = path.or_else(|| Path::new(DEFAULT_DECK).is_file().then(|| PathBuf::from(DEFAULT_DECK)));
    let loaded = match &path {
        Some(p) => deck::load_path(p).unwrap_or_else(|e| Loaded {
            deck: None,
            diagnostics: vec![deck::Diagnostic::error(
                &p.display().to_string(),
                None,
                0,
                0,
                e.to_string(),
            )],
        }),
        None => deck::load_builtin(),
    };
    for d in &loaded.diagnostics {
        eprint!("{d}");
    }
    match estrade::app::run(loaded, path, fonts, estrade::app::RunOptions { mode }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open a window: {e}");
            ExitCode::from(1)
        }
    }
}

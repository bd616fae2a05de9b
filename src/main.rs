//! Command line: present a deck (default) or check one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
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
}

#[derive(Subcommand)]
enum Command {
    /// Load and validate a deck; print every problem (exit 0 clean, 1 errors, 2 unreadable).
    Check {
        /// The deck file.
        deck: PathBuf,
        /// Only print how many "next" presses walk through every step (for scripts).
        #[arg(long)]
        count_steps: bool,
    },
}

const DEFAULT_DECK: &str = "slides/ceap-2024.ron";

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Check { deck, count_steps }) => check(&deck, count_steps),
        None => present(cli.deck, cli.windowed),
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
    let fonts = match Fonts::bundled() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let mut diagnostics = loaded.diagnostics.clone();
    if let Some(d) = &loaded.deck {
        diagnostics.extend(estrade::layout::check::layout_warnings(d, &fonts));
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

fn present(path: Option<PathBuf>, windowed: bool) -> ExitCode {
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
    match estrade::app::run(loaded, path, fonts, estrade::app::RunOptions { windowed }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot open a window: {e}");
            ExitCode::from(1)
        }
    }
}

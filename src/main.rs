//! Command line: present a deck (default) or check one.

mod cli;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use cli::{Command, ReloadArg};
use estrade::app::talk::kiosk::{KioskOptions, ReloadPolicy};
use estrade::check::format::MessageFormat;
use estrade::deck::{self, Loaded};
use estrade::layout::Fonts;
use estrade::t;

const DEFAULT_DECK: &str = "slides/ceap-2024.ron";

/// mimalloc rather than glibc's allocator: the image decoder's large, short-lived buffers made
/// glibc keep freed memory (its mmap threshold grows after the first big free), so a kiosk paging
/// through large photographs grew past 1 GB; mimalloc returns it (see benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // Silent unless RUST_LOG is set (diagnosing the window system: see tests/screens.sh).
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("off"))
        .format_timestamp_millis()
        .init();
    // The language first: `--help` is printed while clap parses.
    let (lang, args) = cli::take_lang(std::env::args_os());
    estrade::i18n::set_lang(lang.unwrap_or_else(estrade::i18n::detect));
    let cli = cli::parse(args);
    if cli.licences {
        return print_bytes(cli::licences::text().as_bytes());
    }
    match cli.command {
        Some(Command::Check {
            deck,
            count_steps,
            message_format,
        }) => check(&deck, count_steps, message_format.into()),
        Some(Command::Export(args)) => cli::export::run(&args),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            let shell: clap_complete::Shell = shell.into();
            clap_complete::generate(shell, &mut cli::command(), "estrade", &mut out); // not user text: the program's name
            print_bytes(&out)
        }
        Some(Command::Man { out: None }) => match cli::manual::main_page(cli::command()) {
            Ok(page) => print_bytes(&page),
            Err(e) => {
                error(estrade::i18n::os_reason(&e));
                ExitCode::from(1)
            }
        },
        Some(Command::Man { out: Some(dir) }) => match cli::manual::write_all(cli::command(), &dir) {
            Ok(pages) => {
                eprintln!("{}", t!("cli-man-written", folder = &dir, pages = pages.join(", ")));
                ExitCode::SUCCESS
            }
            Err(e) => {
                error(format!("{}: {}", dir.display(), estrade::i18n::os_reason(&e)));
                ExitCode::from(1)
            }
        },
        Some(Command::Screens { audience_monitor }) => screens(audience_monitor),
        Some(Command::Share { check: _, port, bind }) => share_check(port, bind),
        Some(Command::Ids { deck }) => ids(&deck),
        Some(Command::Import {
            from,
            slides,
            into,
            after,
            update,
            force,
            dry_run,
        }) => cli::import::run_args(&cli::import::ImportArgs {
            from: from.as_deref(),
            slides: slides.as_deref(),
            into: into.as_deref(),
            after: after.as_deref(),
            update: update.as_deref(),
            force,
            dry_run,
        }),
        Some(Command::New { name, from, empty }) => {
            match estrade::scaffold::new_deck_with(&name, from.as_deref(), empty) {
                Ok(deck) => {
                    eprintln!("{}", t!("cli-created", deck = &deck, typed = cli::shell_quoted(&deck)));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    error(e);
                    ExitCode::from(1)
                }
            }
        }
        None => present(
            cli.deck,
            estrade::app::Mode {
                console: cli.presenter || cli.rehearse,
                windowed: cli.windowed,
                audience_monitor: cli.audience_monitor,
                share: cli.share.then(|| estrade::share::ShareOptions {
                    bind: cli
                        .share_bind
                        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)),
                    port: cli.share_port,
                }),
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
                    show_ink: cli.ink,
                }),
            },
        ),
    }
}

fn check(path: &Path, count_steps: bool, format: MessageFormat) -> ExitCode {
    if !path.is_dir() {
        return check_deck(path, count_steps, format);
    }
    // A folder: every deck in it (and in its `slides/`), the worst outcome as the exit code.
    let decks = estrade::check::decks_in(path);
    if decks.is_empty() {
        error(t!("cli-check-no-decks", folder = path));
        return ExitCode::from(2);
    }
    let codes: Vec<ExitCode> = decks.iter().map(|d| check_deck(d, count_steps, format)).collect();
    [2, 1]
        .into_iter()
        .find(|&c| codes.contains(&ExitCode::from(c)))
        .map_or(ExitCode::SUCCESS, ExitCode::from)
}

/// `estrade check` on one deck file.
fn check_deck(path: &Path, count_steps: bool, format: MessageFormat) -> ExitCode {
    let loaded = match deck::load_path(path) {
        Ok(l) => l,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    if count_steps {
        let Some(d) = &loaded.deck else {
            return ExitCode::from(1);
        };
        let presses: usize = d.visible().map(|(_, s)| s.steps).sum::<usize>().saturating_sub(1);
        print_out(&presses.to_string());
        return ExitCode::SUCCESS;
    }
    let report = match estrade::check::check_loaded(path, &loaded) {
        Ok(r) => r,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let summary = t!(
        "cli-check-summary",
        file = path,
        // A deck that could not be read has no slides to count: say so, not « 0 slides ».
        slides = if loaded.parsed {
            t!("count-slides", n = report.slides)
        } else {
            t!("cli-check-slides-uncounted")
        },
        errors = t!("count-errors", n = report.errors()),
        warnings = t!("count-warnings", n = report.warnings()),
    );
    let printed = estrade::check::format::render(&report, format, &summary);
    eprint!("{}", printed.stderr);
    if !printed.stdout.is_empty() {
        print_out(printed.stdout.trim_end_matches('\n'));
    }
    if report.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `estrade ids`: the slides, one line each; problems on standard error.
fn ids(path: &Path) -> ExitCode {
    let loaded = match deck::load_path(path) {
        Ok(l) => l,
        Err(e) => {
            error(e.to_string());
            return ExitCode::from(2);
        }
    };
    for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
        eprint!("{d}");
    }
    let Some(d) = &loaded.deck else {
        return ExitCode::from(1);
    };
    print_out(&estrade::deck::listing::slide_lines(d).join("\n"));
    ExitCode::SUCCESS
}

/// `estrade share --check`: what the phones would open, and what can be told of what blocks it.
fn share_check(port: Option<u16>, bind: Option<std::net::IpAddr>) -> ExitCode {
    let opts = estrade::share::ShareOptions {
        bind: bind.unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)),
        port,
    };
    let report = estrade::share::check::check(&opts);
    print_out(&estrade::share::check::describe(&report));
    if report.usable() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn screens(audience_monitor: Option<usize>) -> ExitCode {
    let no_display = ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .all(|v| std::env::var_os(v).is_none_or(|s| s.is_empty()));
    if cfg!(target_os = "linux") && no_display {
        // winit's own message names a source file of ours: say it in the user's words.
        error(t!("cli-screens-no-display"));
        return ExitCode::from(1);
    }
    match estrade::app::screens_report(audience_monitor) {
        Ok(lines) => {
            print_out(&lines.join("\n"));
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(t!(
                "cli-screens-failed",
                error = estrade::app::screens::launch::without_source_path(&e)
            ));
            ExitCode::from(1)
        }
    }
}

fn present(path: Option<PathBuf>, mode: estrade::app::Mode) -> ExitCode {
    let fonts = match Fonts::bundled() {
        Ok(f) => Arc::new(f),
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let path = path.or_else(|| Path::new(DEFAULT_DECK).is_file().then(|| PathBuf::from(DEFAULT_DECK)));
    // The slides validated now are kept for the first reload after an edit.
    let memo = std::cell::RefCell::new(deck::validate::SlideMemo::default());
    let loaded = match &path {
        Some(p) => deck::load_path_reusing(p, Some(&memo)).unwrap_or_else(|e| Loaded::failed(vec![e.to_diagnostic()])),
        None => deck::load_builtin(),
    };
    for d in &loaded.diagnostics {
        eprint!("{d}");
    }
    // One presenter per deck: a second start would write the first one's position and ink.
    let _lock = match (&path, mode.remember_position, estrade::app::talk::resume::state_dir()) {
        (Some(p), true, Some(dir)) => match estrade::app::talk::deck_lock::lock_deck(&dir, p) {
            estrade::app::talk::deck_lock::Lock::Taken { pid } => {
                let pid = pid.map_or_else(|| "?".to_string(), |n| n.to_string());
                error(t!(
                    "cli-deck-already-presented",
                    path = p.display().to_string(),
                    pid = pid
                ));
                return ExitCode::from(1);
            }
            lock => Some(lock),
        },
        _ => None,
    };
    let options = estrade::app::RunOptions {
        mode,
        slide_memo: memo.into_inner(),
    };
    match estrade::app::run(loaded, path, fonts, options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error(t!("cli-window-failed", error = e.to_string()));
            ExitCode::from(1)
        }
    }
}

/// Writes generated text to standard output; a closed pipe (`estrade man | head`) is not an
/// error.
fn print_bytes(bytes: &[u8]) -> ExitCode {
    use std::io::Write;
    match std::io::stdout().lock().write_all(bytes) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            error(e);
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// Prints `text` and a newline on standard output; a closed pipe (`estrade ids … | head`)
/// ends the output quietly instead of a panic.
fn print_out(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{text}").and_then(|()| out.flush());
}

/// Prints `error: ` and the message (the word stays in English: problem matchers look for it).
fn error(message: impl std::fmt::Display) {
    eprintln!("{}", t!("cli-error", message = message.to_string()));
}

/// Prints `warning: ` and the message (the word stays in English, as `error:`).
fn warning(message: impl std::fmt::Display) {
    eprintln!("{}", t!("cli-warning", message = message.to_string()));
}

//! The command line's arguments (part of the `estrade` binary, not of the library).
//!
//! The clap derive structs below define the arguments; their doc comments are the English
//! source of the help. The command clap parses with is built from them by [`command`], with
//! every about, help text, value name and heading taken from the catalogue
//! (`locales/*/cli.ftl`) in the language set before parsing, so `--help` is translated too.
//! `--lang` is read first, by [`take_lang`].

mod arg_help;
pub mod errors;
pub mod export;
mod help;
pub mod import;
pub mod licences;
pub mod manual;
pub mod picker;
pub mod values;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::builder::EnumValueParser;
use clap::{Arg, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use estrade::i18n::Lang;
use estrade::t;

pub use values::{MessageFormatArg, PaperArg, ReloadArg, ShellArg, per_page, shell_quoted};

use arg_help::{check_arg, export_arg, import_arg, new_arg, screens_arg, share_arg, top_arg};
use help::typeset;

/// estrade: present slide decks written in RON.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Deck to present (default: slides/ceap-2024.ron here, else the built-in CÉAP talk).
    pub deck: Option<PathBuf>,
    /// Start in a window instead of full screen.
    #[arg(long)]
    pub windowed: bool,
    /// Open the presenter console (current and next slide, notes, clocks) on the second screen, or the presenter view on one screen (S switches to the slides).
    #[arg(long)]
    pub presenter: bool,
    /// Kiosk playback: full screen, auto-advance, loop, input locked (leave with Ctrl+Alt+Q held
    /// for 2 s, or a signal); errors go to the log, nothing pops up.
    #[arg(long)]
    pub kiosk: bool,
    /// Kiosk: seconds per slide when the slide has no `duration`.
    #[arg(long, default_value_t = 10.0, value_name = "SECONDS")]
    pub advance: f64,
    /// Kiosk: stop on the last slide instead of starting over.
    #[arg(long)]
    pub no_loop: bool,
    /// Kiosk: visitors may page with the arrow keys (auto-play resumes after --idle-return).
    #[arg(long)]
    pub allow_navigation: bool,
    /// Kiosk: seconds without input before auto-play resumes.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    pub idle_return: f64,
    /// Kiosk: when to take an updated deck file.
    #[arg(long, value_enum, default_value_t = ReloadArg::NextLoop)]
    pub reload: ReloadArg,
    /// Kiosk: append timestamped messages to this file (default: standard error).
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Kiosk: show the ink saved beside the deck (visitors cannot draw; elsewhere ink is always shown)
    #[arg(long)]
    pub ink: bool,
    /// After an edit of the deck, jump to the first changed slide (when the current one is unchanged).
    #[arg(long)]
    pub follow_edits: bool,
    /// Put the audience view full screen on this monitor (0, 1, … as `estrade screens` lists
    /// them) instead of the one estrade picks (the external screen).
    #[arg(long, value_name = "N")]
    pub audience_monitor: Option<usize>,
    /// Start from the first slide with the clock at zero, ignoring the position saved by an
    /// earlier run of this deck (a restart within 12 hours resumes there otherwise).
    #[arg(long)]
    pub fresh: bool,
    /// Rehearse: record how long each slide stays on screen, saved as DECK.timings.ron on quit
    /// (implies --presenter).
    #[arg(long)]
    pub rehearse: bool,
    /// Share the talk on the local network: the audience follows on their phones, your phone is a remote (addresses and QR codes in the console; off unless asked for).
    #[arg(long, conflicts_with = "kiosk")]
    pub share: bool,
    /// Sharing: listen on this port (default: 8642, or any free port when it is taken).
    #[arg(long, value_name = "PORT")]
    pub share_port: Option<u16>,
    /// Sharing: listen on this address only (default: every interface).
    #[arg(long, value_name = "ADDRESS")]
    pub share_bind: Option<std::net::IpAddr>,
    /// Diagnostic: quit once the first slide is on screen, printing the time since start and
    /// the resident memory (used by benches/process.sh).
    #[arg(long)]
    pub quit_after_first_frame: bool,
    /// Print the licences of estrade, of the fonts built in (with the full text of the SIL Open
    /// Font License) and of the Rust crates linked in, then exit.
    #[arg(long, visible_alias = "licenses")]
    pub licences: bool,
}

/// The subcommands.
#[derive(Subcommand)]
pub enum Command {
    /// Create a new deck folder: a starter deck showing every slide kind, or a copy of DECK.
    New {
        /// Folder to create.
        name: PathBuf,
        /// Copy this deck and its assets instead of the starter deck.
        #[arg(long, value_name = "DECK")]
        from: Option<PathBuf>,
        /// Only an opening and a closing slide, instead of the starter deck's examples.
        #[arg(long, conflicts_with = "from")]
        empty: bool,
    },
    /// Export a deck: vector PDF (slides, handouts or notes pages), pdfpc notes, PNG images.
    Export(ExportArgs),
    /// List the monitors and what estrade would show on each (check the room before the talk).
    Screens {
        /// As for presenting: the audience view on this monitor.
        #[arg(long, value_name = "N")]
        audience_monitor: Option<usize>,
    },
    /// Check the network before a shared talk: the address and port the phones would use, and what may block them.
    Share {
        /// Run the checks (the only thing `estrade share` does for now).
        #[arg(long)]
        check: bool,
        /// The port to check (default: 8642, or the free port that would be used).
        #[arg(long, value_name = "PORT")]
        port: Option<u16>,
        /// The address to check (default: every interface).
        #[arg(long, value_name = "ADDRESS")]
        bind: Option<std::net::IpAddr>,
    },
    /// List a deck's slides: id, number of steps, title (what an Include needs).
    Ids {
        /// The deck file.
        deck: PathBuf,
    },
    /// Copy slides of another deck into this one, with exactly the images and tables they use.
    Import {
        /// The deck to take slides from (not with --update: each imported slide names its own).
        #[arg(value_name = "DECK", required_unless_present = "update")]
        from: Option<PathBuf>,
        /// Which slides: ids and first..last ranges, separated by commas (`estrade ids` lists them); without it, a window shows the slides to choose.
        #[arg(long, value_name = "IDS", conflicts_with = "update")]
        slides: Option<String>,
        /// The deck that receives them (default: the one deck of this folder).
        #[arg(long, value_name = "DECK")]
        into: Option<PathBuf>,
        /// Insert them after this slide (default: at the end).
        #[arg(long, value_name = "ID", conflicts_with = "update")]
        after: Option<String>,
        /// Take again the imported slides whose original changed (these ids, or all): shows the changes, keeps slides edited here.
        #[arg(long, value_name = "IDS", num_args = 0..=1, default_missing_value = "", conflicts_with = "from")]
        update: Option<String>,
        /// With --update: replace slides edited here too (the changes shown say what is lost).
        #[arg(long, requires = "update")]
        force: bool,
        /// With --update: show what would change, write nothing.
        #[arg(long, requires = "update")]
        dry_run: bool,
    },
    /// Load and validate a deck, or every deck of a folder; print every problem (exit 0 clean, 1 errors, 2 unreadable).
    Check {
        /// The deck file.
        deck: PathBuf,
        /// Only print how many "next" presses walk through every step (for scripts).
        #[arg(long)]
        count_steps: bool,
        /// How to print the problems: for people, JSON lines for editors, GitHub annotations.
        #[arg(long, value_enum, value_name = "FORMAT", default_value_t = MessageFormatArg::Human)]
        message_format: MessageFormatArg,
    },
    /// Print shell completions for estrade on standard output.
    Completions {
        /// The shell: bash, zsh or fish.
        #[arg(value_enum)]
        shell: ShellArg,
    },
    /// Print estrade's manual page (roff) on standard output.
    Man {
        /// Write the manual pages (estrade.1 and one per command) into this folder instead.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// `estrade export`'s arguments.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The deck file (default: slides/ceap-2024.ron here, else the built-in CÉAP talk).
    pub deck: Option<PathBuf>,
    /// Write a PDF here.
    #[arg(long, value_name = "OUT.pdf")]
    pub pdf: Option<PathBuf>,
    /// Handouts: each slide with its notes below, on paper (see --paper).
    #[arg(long, conflicts_with = "notes_pages")]
    pub handout: bool,
    /// Handouts with N slides a page (1, 2, 3 with lines for notes, 4, 6 or 9), without notes.
    #[arg(long, value_name = "N", value_parser = per_page, conflicts_with = "notes_pages")]
    pub per_page: Option<usize>,
    /// A page of notes after each slide page.
    #[arg(long)]
    pub notes_pages: bool,
    /// One page per step (incremental bullets), instead of one per slide.
    #[arg(long)]
    pub steps: bool,
    /// Draw the ink saved beside the deck (DECK.ink.ron) over the slides.
    #[arg(long)]
    pub ink: bool,
    /// Also write OUT.pdfpc beside the PDF, for the pdfpc presenter.
    #[arg(long)]
    pub pdfpc: bool,
    /// Write one PNG per slide into this folder.
    #[arg(long, value_name = "DIR")]
    pub png: Option<PathBuf>,
    /// Write the talk as one web page (HTML with its fonts and images inside; a folder ending in / gets index.html and their files).
    #[arg(long, value_name = "OUT.html")]
    pub html: Option<PathBuf>,
    /// Leave the speaker notes out of the web page (for publishing).
    #[arg(long, requires = "html")]
    pub no_notes: bool,
    /// PNG scale: 1 gives 1920×1080 for a 16:9 deck.
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// Paper size for handouts.
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    /// Include slides marked `hidden: true`.
    #[arg(long)]
    pub include_hidden: bool,
}

/// `--lang`'s values.
#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Fr,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

fn lang_value(value: &OsString) -> Option<Lang> {
    LangArg::from_str(value.to_str()?, false).ok().map(Lang::from)
}

/// Takes `--lang fr` / `--lang=en` out of the arguments (before `--`), before clap parses
/// them: the language must be set first for `--help` to be in it, and out of clap's sight the
/// option may stand anywhere, even before a subcommand (which `args_conflicts_with_subcommands`
/// would refuse). The last one wins. An unknown or missing value is left in place for clap to
/// report. Returns the language asked for, if any, and the remaining arguments.
pub fn take_lang(args: impl IntoIterator<Item = OsString>) -> (Option<Lang>, Vec<OsString>) {
    let mut lang = None;
    let mut rest = Vec::new();
    let mut args = args.into_iter().peekable();
    while let Some(arg) = args.next() {
        if arg == "--" {
            rest.push(arg);
            rest.extend(args);
            break;
        }
        if arg == "--lang"
            && let Some(value) = args.peek().and_then(lang_value)
        {
            lang = Some(value);
            args.next();
            continue;
        }
        let inline = arg.to_str().and_then(|a| a.strip_prefix("--lang="));
        if let Some(value) = inline.and_then(|v| lang_value(&OsString::from(v))) {
            lang = Some(value);
            continue;
        }
        rest.push(arg);
    }
    (lang, rest)
}

/// Parses `args` (the program's name first, `--lang` taken out) with the translated
/// [`command`]; on an error (in the user's language), `--help` or `--version`, prints the
/// message and exits.
pub fn parse(args: Vec<OsString>) -> Cli {
    let matches = command().try_get_matches_from(args).unwrap_or_else(|e| errors::exit(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| errors::exit(e.format(&mut command())))
}

/// The command clap parses with: [`Cli`]'s, in the current language, with `--lang`.
pub fn command() -> clap::Command {
    let cmd = Cli::command()
        .about(t!("cli-about"))
        .subcommand_value_name(t!("cli-value-command"))
        .mut_args(top_arg)
        .arg(lang_arg())
        .mut_subcommand("new", |c| c.about(t!("cli-new-about")).mut_args(new_arg))
        .mut_subcommand("export", |c| c.about(t!("cli-export-about")).mut_args(export_arg))
        .mut_subcommand("screens", |c| c.about(t!("cli-screens-about")).mut_args(screens_arg))
        .mut_subcommand("share", |c| c.about(t!("cli-share-about")).mut_args(share_arg))
        .mut_subcommand("ids", |c| c.about(t!("cli-ids-about")).mut_args(check_arg))
        .mut_subcommand("import", |c| c.about(t!("cli-import-about")).mut_args(import_arg))
        .mut_subcommand("check", |c| c.about(t!("cli-check-about")).mut_args(check_arg))
        .mut_subcommand("completions", |c| {
            c.about(t!("cli-completions-about")).mut_arg("shell", |a| {
                a.help(t!("cli-completions-shell-help"))
                    .value_name(t!("cli-value-shell"))
            })
        })
        .mut_subcommand("man", |c| {
            c.about(t!("cli-man-about")).mut_arg("out", |a| {
                a.help(t!("cli-man-out-help")).value_name(t!("cli-value-dir"))
            })
        });
    let mut cmd = typeset(cmd, true);
    // clap adds its `help` subcommand when it builds the command, just before it parses or
    // renders. `render_usage` builds the top level as parsing does (`build` would also make the
    // help subcommand a tree of its own, changing `estrade help help`), so that subcommand is
    // there to translate.
    let _ = cmd.render_usage();
    cmd.mut_subcommand("help", |help| {
        let help = help.about(t!("cli-help-command")).mut_arg("subcommand", |a| {
            a.help(t!("cli-help-command-arg")).value_name(t!("cli-value-command"))
        });
        typeset(help, false)
    })
}

/// `--lang`, for the help and for clap's error on an unknown value (a known one never reaches
/// clap: [`take_lang`]).
fn lang_arg() -> Arg {
    Arg::new("lang")
        .long("lang")
        .global(true)
        .value_name(t!("cli-value-lang"))
        .value_parser(EnumValueParser::<LangArg>::new())
        .help(t!("cli-lang-help"))
}

#[cfg(test)]
mod tests;

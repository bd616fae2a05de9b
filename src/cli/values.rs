//! The values of estrade's options that are not plain numbers or paths: `--reload`,
//! `--message-format`, `--paper`, and the check of `--per-page`.

use clap::ValueEnum;
use clap::builder::PossibleValue;
use estrade::t;

/// `--per-page`'s value: one of [`estrade::layout::handouts::PER_PAGE`].
pub fn per_page(value: &str) -> Result<usize, String> {
    let allowed = estrade::layout::handouts::PER_PAGE;
    value
        .trim()
        .parse::<usize>()
        .ok()
        .filter(|n| allowed.contains(n))
        .ok_or_else(|| t!("cli-export-per-page-values"))
}

/// `--reload`: when a kiosk takes an updated deck file.
#[derive(Clone, Copy)]
pub enum ReloadArg {
    /// At the next return to the first slide.
    NextLoop,
    /// As soon as the file changes.
    Now,
}

// By hand rather than derived: the values' help comes from the catalogue.
impl ValueEnum for ReloadArg {
    fn value_variants<'a>() -> &'a [Self] {
        &[ReloadArg::NextLoop, ReloadArg::Now]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            ReloadArg::NextLoop => PossibleValue::new("next-loop").help(t!("cli-reload-next-loop")),
            ReloadArg::Now => PossibleValue::new("now").help(t!("cli-reload-now")),
        })
    }
}

/// `estrade completions SHELL`.
#[derive(Clone, Copy, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
}

impl From<ShellArg> for clap_complete::Shell {
    fn from(s: ShellArg) -> Self {
        match s {
            ShellArg::Bash => Self::Bash,
            ShellArg::Zsh => Self::Zsh,
            ShellArg::Fish => Self::Fish,
        }
    }
}

/// `check --message-format`.
#[derive(Clone, Copy, ValueEnum)]
pub enum MessageFormatArg {
    Human,
    Json,
    Github,
}

impl From<MessageFormatArg> for estrade::check::format::MessageFormat {
    fn from(f: MessageFormatArg) -> Self {
        match f {
            MessageFormatArg::Human => Self::Human,
            MessageFormatArg::Json => Self::Json,
            MessageFormatArg::Github => Self::Github,
        }
    }
}

/// `--paper`: the paper of handouts.
#[derive(Clone, Copy, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// `path` as a shell takes it in a command to copy: as it is when every character is safe,
/// else between single quotes (a `'` inside written `'\''`).
pub fn shell_quoted(path: &std::path::Path) -> String {
    let text = path.to_string_lossy();
    let safe = |c: char| c.is_alphanumeric() || "_-./+,:@%=".contains(c);
    if !text.is_empty() && text.chars().all(safe) {
        return text.into_owned();
    }
    format!("'{}'", text.replace('\'', "'\\''"))
}

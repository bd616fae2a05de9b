//! The help of the command line in the current language: clap's headings, its `-h`/`-V`
//! lines and its `[default: …]`/`[possible values: …]` notes from the catalogue.

use clap::builder::PossibleValue;
use clap::{Arg, ArgAction};
use estrade::i18n::Lang;
use estrade::t;

/// Outside English, clap's `[default: …]` and `[possible values: …]` notes written by us in
/// the current language (English keeps clap's own). Values with a help of their own (listed
/// by clap under the long help) are left to clap.
fn clap_notes_translated(arg: Arg) -> Arg {
    if estrade::i18n::lang() == Lang::En || !arg.get_action().takes_values() {
        return arg;
    }
    let mut notes = Vec::new();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let mut arg = arg;
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(t!("cli-default-value", value = defaults.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut described = Vec::new();
    if !values.is_empty() && !arg.is_hide_possible_values_set() {
        if values.iter().all(|v| v.get_help().is_none()) {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            notes.push(t!("cli-possible-values", values = names.join(", ")));
        } else {
            described = values
                .iter()
                .map(|v| {
                    let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                    t!("cli-possible-value", name = v.get_name(), help = help)
                })
                .collect();
        }
        arg = arg.hide_possible_values(true);
    }
    if notes.is_empty() && described.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let help = format!("{help} {}", notes.join(" ")).trim_end().to_string();
    if described.is_empty() {
        arg.help(help)
    } else {
        let long = format!(
            "{help}\n\n{}\n{}",
            t!("cli-possible-values-heading"),
            described.join("\n")
        );
        arg.help(help).long_help(long)
    }
}

/// A heading as clap prints it (`Options:`) to what clap wants (`Options`: it adds the colon).
fn heading(printed: String) -> String {
    printed.strip_suffix(':').map(str::to_string).unwrap_or(printed)
}

/// Whether `cmd` shows more with `--help` than with `-h` (clap's own test, for the cases used
/// here), which decides what the `-h, --help` line says.
fn has_long_help(cmd: &clap::Command) -> bool {
    cmd.get_long_about().is_some()
        || cmd.get_arguments().any(|a| {
            !a.is_hide_set()
                && (a.get_long_help().is_some()
                    || a.get_possible_values()
                        .iter()
                        .any(|v| !v.is_hide_set() && v.get_help().is_some()))
        })
}

/// The headings (`Usage:`, `Arguments:`, `Options:`, `Commands:`) and the `-h` (and at the
/// top `-V`) lines of `cmd` and of its subcommands, from the catalogue. In English the help
/// reads exactly as clap's own.
pub fn typeset(cmd: clap::Command, top: bool) -> clap::Command {
    let arguments = heading(t!("cli-heading-arguments"));
    let options = heading(t!("cli-heading-options"));
    let usage = cmd.get_styles().get_usage();
    // clap's default template, with the usage heading translated and styled as clap does.
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage.render(),
        t!("cli-heading-usage"),
        usage.render_reset()
    );
    let long = has_long_help(&cmd);
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(heading(t!("cli-heading-commands")))
        .mut_args(|a| {
            let heading = if a.is_positional() { &arguments } else { &options };
            clap_notes_translated(a.help_heading(heading.clone()))
        });
    // The help and version flags where clap puts its own: after the other options.
    if !cmd.is_disable_help_flag_set() {
        let help = Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .display_order(999)
            .help_heading(options.clone());
        let help = if long {
            help.help(t!("cli-help-flag-short")).long_help(t!("cli-help-flag-long"))
        } else {
            help.help(t!("cli-help-flag"))
        };
        cmd = cmd.disable_help_flag(true).arg(help);
    }
    if top {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .display_order(999)
                .help_heading(options)
                .help(t!("cli-version-flag")),
        );
    }
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        cmd = cmd.mut_subcommand(name, |sub| typeset(sub, false));
    }
    cmd
}

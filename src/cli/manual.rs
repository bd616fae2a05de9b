//! `estrade man`: the manual pages, in the interface's language. The main page is clap's
//! (name, synopsis, options, commands) with the sections a manual needs after it: the keys
//! (from the same key table as the `?` help), files, environment, exit status and examples,
//! from the catalogue. `estrade man --out DIR` also writes one page per command
//! (`estrade-export.1`…), the pages the main one points to.

use std::io::Write;
use std::path::Path;

use estrade::t;

/// Text as roff reads it: backslashes and hyphens escaped, no line starting with a control
/// character.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with(['.', '\'']) {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A section of terms and what they mean.
fn section(out: &mut Vec<u8>, title: &str, rows: &[(String, String)]) {
    let _ = writeln!(out, ".SH {}", roff(&title.to_uppercase()));
    for (term, text) in rows {
        let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff(term), roff(text)); // not user text: roff
    }
}

/// The sections after clap's: keys, files, environment, exit status, examples.
fn extra_sections(out: &mut Vec<u8>) {
    section(out, &t!("man-keys"), &estrade::app::key_help::help_rows());
    let name = |s: &str| s.to_string();
    section(
        out,
        &t!("man-files"),
        &[
            (t!("man-term-ink"), t!("man-file-ink")),
            (t!("man-term-timings"), t!("man-file-timings")),
            (name("assets/"), t!("man-file-assets")), // not user text: a name or a command
            (name("$XDG_STATE_HOME/estrade/"), t!("man-file-state")), // not user text: a name or a command
            (name("~/.config/estrade/kiosk.env"), t!("man-file-kiosk-env")), // not user text: a name or a command
        ],
    );
    section(
        out,
        &t!("man-environment"),
        &[
            (name("LANG, LC_ALL, LC_MESSAGES"), t!("man-env-lang")), // not user text: a name or a command
            (name("WAYLAND_DISPLAY, DISPLAY"), t!("man-env-display")), // not user text: a name or a command
            (name("RUST_LOG"), t!("man-env-log")),                   // not user text: a name or a command
            (name("XDG_STATE_HOME, XDG_CONFIG_HOME"), t!("man-env-xdg")), // not user text: a name or a command
            (name("ESTRADE_STATE_DIR"), t!("man-env-state-dir")),    // not user text: a name or a command
        ],
    );
    section(
        out,
        &t!("man-exit-status"),
        &[
            (name("0"), t!("man-exit-0")), // not user text: a name or a command
            (name("1"), t!("man-exit-1")), // not user text: a name or a command
            (name("2"), t!("man-exit-2")), // not user text: a name or a command
        ],
    );
    section(
        out,
        &t!("man-examples"),
        &[
            (name("estrade"), t!("man-example-builtin")), // not user text: a name or a command
            (name("estrade --presenter talk.ron"), t!("man-example-presenter")), // not user text: a name or a command
            (name("estrade check ."), t!("man-example-check")), // not user text: a name or a command
            (
                name("estrade export talk.ron --pdf talk.pdf --pdfpc"), // not user text: a command
                t!("man-example-export"),
            ),
            (name("estrade new my-talk --empty"), t!("man-example-new")), // not user text: a name or a command
            (
                name("estrade import ../ceap/slides/ceap-2024.ron --slides causes"), // not user text: a command
                t!("man-example-import"),
            ),
        ],
    );
}

/// The first line of every page: man-db reads pages under `fr/` as Latin-1 unless told.
const UTF8: &[u8] = b"'\\\" -*- coding: UTF-8 -*-\n"; // not user text: a roff comment

/// The main page.
pub fn main_page(cmd: clap::Command) -> std::io::Result<Vec<u8>> {
    let man = clap_mangen::Man::new(cmd);
    let mut out = UTF8.to_vec();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    man.render_subcommands_section(&mut out)?;
    extra_sections(&mut out);
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Writes `estrade.1` and `estrade-COMMAND.1` for each command into `dir`; returns their names.
pub fn write_all(cmd: clap::Command, dir: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = vec!["estrade.1".to_string()];
    std::fs::write(dir.join("estrade.1"), main_page(cmd.clone())?)?;
    for sub in cmd.get_subcommands() {
        let name = format!("estrade-{}", sub.get_name());
        let mut out = UTF8.to_vec();
        clap_mangen::Man::new(sub.clone().name(&name)).render(&mut out)?;
        std::fs::write(dir.join(format!("{name}.1")), out)?;
        written.push(format!("{name}.1"));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use estrade::i18n::{Lang, with_lang};

    #[test]
    fn the_page_has_the_keys_files_environment_exit_status_and_examples_in_the_language() {
        let page = |lang| {
            with_lang(lang, || {
                String::from_utf8(super::main_page(super::super::command()).expect("rendered")).expect("utf-8")
            })
        };
        let en = page(Lang::En);
        for title in [
            ".SH KEYS",
            ".SH FILES",
            ".SH ENVIRONMENT",
            ".SH EXIT STATUS",
            ".SH EXAMPLES",
        ] {
            assert!(en.contains(title), "{title} missing");
        }
        assert!(en.contains("NAME.ink.ron"), "the ink file");
        let fr = page(Lang::Fr);
        assert!(fr.contains(".SH TOUCHES"), "French section titles");
        assert!(fr.contains("présentation"), "French text");
    }

    #[test]
    fn every_command_gets_its_own_page() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let written = super::write_all(super::super::command(), dir.path()).expect("written");
        for name in ["estrade.1", "estrade-export.1", "estrade-check.1", "estrade-import.1"] {
            assert!(written.iter().any(|w| w == name), "{name}: {written:?}");
            assert!(dir.path().join(name).is_file());
        }
        let export = std::fs::read_to_string(dir.path().join("estrade-export.1")).expect("read");
        assert!(export.contains("estrade\\-export"), "{export}");
    }
}

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::ffi::OsString;

use clap::CommandFactory;
use estrade::i18n::{Lang, with_lang};

use super::*;

fn args(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

#[test]
fn lang_is_taken_out_wherever_it_stands() {
    let (lang, rest) = take_lang(args(&["estrade", "--lang", "fr", "check", "x.ron"]));
    assert_eq!((lang, rest), (Some(Lang::Fr), args(&["estrade", "check", "x.ron"])));
    let (lang, rest) = take_lang(args(&["estrade", "check", "--lang=en", "x.ron"]));
    assert_eq!((lang, rest), (Some(Lang::En), args(&["estrade", "check", "x.ron"])));
    let (lang, rest) = take_lang(args(&["estrade", "--lang", "fr", "--lang=en", "d.ron"]));
    assert_eq!(
        (lang, rest),
        (Some(Lang::En), args(&["estrade", "d.ron"])),
        "the last one wins"
    );
}

#[test]
fn an_unknown_or_missing_lang_is_left_to_clap_and_so_is_anything_after_double_dash() {
    for list in [
        &["estrade", "--lang", "de", "d.ron"][..],
        &["estrade", "--lang=FR"],
        &["estrade", "check", "--lang"],
        &["estrade", "--", "--lang", "fr"],
    ] {
        assert_eq!(take_lang(args(list)), (None, args(list)), "{list:?}");
    }
}

/// Clap's own command, with `--lang` (which the derive structs do not declare), built.
fn clap_own() -> clap::Command {
    let mut cmd = Cli::command().arg(lang_arg());
    let _ = cmd.render_usage();
    cmd
}

/// The short and the long help of a command and of each subcommand, with their styles.
fn helps(mut cmd: clap::Command) -> Vec<(String, String)> {
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    let mut out = vec![
        (String::new(), cmd.render_help().ansi().to_string()),
        (String::new(), cmd.render_long_help().ansi().to_string()),
    ];
    for name in names {
        let sub = cmd.find_subcommand_mut(&name).unwrap();
        out.push((name.clone(), sub.render_help().ansi().to_string()));
        out.push((name, sub.render_long_help().ansi().to_string()));
    }
    out
}

#[test]
fn the_english_help_is_clap_s_own_byte_for_byte() {
    with_lang(Lang::En, || {
        let ours = helps(command());
        let clap = helps(clap_own());
        assert_eq!(
            ours.len(),
            22,
            "estrade, new, export, screens, share, import, ids, check, completions, man, help: -h and --help"
        );
        for (ours, clap) in ours.iter().zip(&clap) {
            assert_eq!(ours, clap);
        }
    });
}

#[test]
fn the_english_catalogue_repeats_the_doc_comments() {
    with_lang(Lang::En, || {
        let ours = command();
        let clap = clap_own();
        assert_eq!(ours.get_about().unwrap().to_string(), env!("CARGO_PKG_DESCRIPTION"));
        let pairs = std::iter::once((&ours, &clap)).chain(
            ours.get_subcommands()
                .map(|s| (s, clap.find_subcommand(s.get_name()).unwrap())),
        );
        for (ours, clap) in pairs {
            let about = |c: &clap::Command| c.get_about().map(ToString::to_string);
            assert_eq!(about(ours), about(clap), "{}", ours.get_name());
            for arg in clap.get_arguments() {
                let mine = ours.get_arguments().find(|a| a.get_id() == arg.get_id()).unwrap();
                let help = |a: &clap::Arg| a.get_help().map(ToString::to_string);
                assert_eq!(help(mine), help(arg), "{} {}", ours.get_name(), arg.get_id());
                assert_eq!(mine.get_value_names(), arg.get_value_names(), "{}", arg.get_id());
            }
        }
    });
}

#[test]
fn every_help_text_is_translated() {
    let english = with_lang(Lang::En, command);
    let french = with_lang(Lang::Fr, command);
    let pairs = std::iter::once((&english, &french)).chain(
        english
            .get_subcommands()
            .map(|s| (s, french.find_subcommand(s.get_name()).unwrap())),
    );
    for (en, fr) in pairs {
        assert_ne!(en.get_about(), fr.get_about(), "{}", en.get_name());
        for arg in en.get_arguments() {
            let theirs = fr.get_arguments().find(|a| a.get_id() == arg.get_id()).unwrap();
            assert_ne!(arg.get_help(), theirs.get_help(), "{} {}", en.get_name(), arg.get_id());
        }
    }
}

#[test]
fn the_french_help_has_french_headings_and_flags() {
    with_lang(Lang::Fr, || {
        let mut cmd = command();
        let help = cmd.render_long_help().to_string();
        assert!(help.starts_with("Logiciel de présentation"), "{help}");
        for words in [
            "Utilisation\u{a0}: estrade [OPTIONS] [PRÉSENTATION]",
            "estrade <COMMANDE>",
            "Commandes\u{a0}:\n",
            "Arguments\u{a0}:\n",
            "Options\u{a0}:\n",
            "--advance <SECONDES>",
            "- next-loop\u{a0}: Au prochain retour à la première diapositive",
            "Valeurs possibles\u{a0}:\n",
            "[par défaut\u{a0}: 10]",
            "-h, --help\n          Afficher l’aide (un résumé avec -h)",
            "-V, --version\n          Afficher la version",
            "help         Afficher ce message ou l’aide des sous-commandes indiquées",
        ] {
            assert!(help.contains(words), "{words:?} not in {help}");
        }
        assert!(!help.contains("Usage") && !help.contains("Print"), "{help}");
        assert!(
            !help.contains("default:") && !help.contains("Possible values"),
            "{help}"
        );
        let export = cmd.find_subcommand_mut("export").unwrap().render_help().to_string();
        assert!(export.contains("[valeurs possibles\u{a0}: a4, letter]"), "{export}");
        assert!(!export.contains("true, false"), "flags list no values: {export}");
        let check = cmd.find_subcommand_mut("check").unwrap().render_help().to_string();
        let flag = |l: &str| l.starts_with("  -h, --help ") && l.ends_with(" Afficher l’aide");
        assert!(check.lines().any(flag), "{check}");
    });
}

#[test]
fn paths_to_copy_into_a_shell_are_quoted_when_they_need_it() {
    use std::path::Path;
    assert_eq!(shell_quoted(Path::new("demo/talk.ron")), "demo/talk.ron");
    assert_eq!(
        shell_quoted(Path::new("Mes présentations/talk.ron")),
        "'Mes présentations/talk.ron'"
    );
    assert_eq!(shell_quoted(Path::new("l'exposé/talk.ron")), "'l'\\''exposé/talk.ron'");
}

//! clap's parse errors in the user's language: the message, a suggestion when clap has one,
//! and where to read more, from the catalogue (`locales/*/cli.ftl`). Kinds not listed here keep
//! clap's own English text.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use estrade::t;

/// A context value as text (a list joined by commas).
fn value(e: &clap::Error, kind: ContextKind) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    })
}

/// The translated text of a parse error (the `error:` word stays English, as for every
/// diagnostic), or `None` for a kind clap says best itself.
pub fn translated(e: &clap::Error) -> Option<String> {
    let arg = || value(e, ContextKind::InvalidArg).unwrap_or_default();
    let got = || value(e, ContextKind::InvalidValue).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::InvalidValue => match value(e, ContextKind::ValidValue) {
            Some(valid) => t!(
                "cli-error-invalid-value-choice",
                value = got(),
                arg = arg(),
                valid = valid
            ),
            None => t!("cli-error-missing-value", arg = arg()),
        },
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            t!("cli-error-invalid-value", value = got(), arg = arg(), reason = reason)
        }
        ErrorKind::UnknownArgument => t!("cli-error-unknown-argument", arg = arg()),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-error-unknown-command",
                command = value(e, ContextKind::InvalidSubcommand).unwrap_or_default()
            )
        }
        ErrorKind::MissingRequiredArgument => t!("cli-error-missing-argument", args = arg()),
        ErrorKind::ArgumentConflict => {
            let prior = value(e, ContextKind::PriorArg).unwrap_or_default();
            t!("cli-error-conflict", arg = arg(), prior = prior)
        }
        ErrorKind::TooManyValues => t!("cli-error-too-many-values", value = got(), arg = arg()),
        ErrorKind::NoEquals => t!("cli-error-no-equals", arg = arg()),
        _ => return None,
    };
    let suggestion = value(e, ContextKind::SuggestedArg)
        .or_else(|| value(e, ContextKind::SuggestedSubcommand))
        .or_else(|| value(e, ContextKind::SuggestedValue))
        .map(|s| format!("\n\n  {}", t!("cli-error-did-you-mean", name = s)))
        .unwrap_or_default();
    Some(format!("error: {message}{suggestion}\n\n{}\n", t!("cli-error-more")))
}

/// Prints a parse error in the user's language (or clap's, for `--help` and `--version` and
/// the kinds not translated) and exits with clap's code.
pub fn exit(e: clap::Error) -> ! {
    match translated(&e) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(e.exit_code());
        }
        None => e.exit(),
    }
}

#[cfg(test)]
mod tests {
    use estrade::i18n::{Lang, with_lang};

    fn error_of(args: &[&str]) -> clap::Error {
        let mut all = vec!["estrade".into()];
        all.extend(args.iter().map(std::ffi::OsString::from));
        super::super::command()
            .try_get_matches_from(all)
            .expect_err("a parse error")
    }

    #[test]
    fn parse_errors_are_in_french_with_their_suggestion() {
        let text = with_lang(Lang::Fr, || {
            super::translated(&error_of(&["export", "--per-page", "5"]))
        });
        let text = text.expect("translated");
        assert!(
            text.starts_with("error: valeur «\u{a0}5\u{a0}» invalide pour --per-page"),
            "{text}"
        );
        assert!(text.contains("utilisez 1, 2, 3, 4, 6 ou 9"), "{text}");
        assert!(text.contains("estrade --help"), "{text}");
        let text = with_lang(Lang::Fr, || super::translated(&error_of(&["export", "--pfd", "x.pdf"])));
        let text = text.expect("translated");
        assert!(text.contains("argument inconnu"), "{text}");
        assert!(text.contains("--pdf"), "the suggestion: {text}");
        let english = with_lang(Lang::En, || super::translated(&error_of(&["--bogus"]))).expect("translated");
        assert!(english.contains("unknown argument '--bogus'"), "{english}");
    }
}

//! RON text → raw structs, turning RON's errors into located diagnostics with hints.

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use super::diagnostics::{Diagnostic, did_you_mean};

/// RON options used for every file: `Some` may be omitted, and newtype variants take their
/// fields directly (`Bullets(title: …)` instead of `Bullets((title: …))`).
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(128)
}

/// Parses RON text into `T`, or one diagnostic pointing at the problem.
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    ron_options().from_str(text).map_err(|e| to_diagnostic(file, text, &e))
}

fn list(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

fn to_diagnostic(file: &str, text: &str, e: &SpannedError) -> Diagnostic {
    let (line, col) = (e.span.start.line.max(1), e.span.start.col.max(1));
    let at = |msg: String| Diagnostic::error(file, Some(text), line, col, msg);
    match &e.code {
        RonError::NoSuchStructField { expected, found, outer } => {
            let within = outer.as_deref().map(|o| format!(" in `{o}`")).unwrap_or_default();
            let d = at(format!("unknown field `{found}`{within}"));
            match did_you_mean(found, expected.iter().copied()) {
                Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                None => d.with_hint(format!("the fields allowed here are {}", list(expected))),
            }
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let what = match outer.as_deref() {
                Some("RawSlide") => "slide kind".to_string(),
                Some(o) => format!("value for `{o}`"),
                None => "variant".to_string(),
            };
            let d = at(format!("unknown {what} `{found}`"));
            match did_you_mean(found, expected.iter().copied()) {
                Some(s) => d.with_hint(format!("did you mean `{s}`?")),
                None => d.with_hint(format!("use one of {}", list(expected))),
            }
        }
        RonError::MissingStructField { field, outer } => {
            let within = outer.as_deref().map(|o| format!("`{o}` ")).unwrap_or_default();
            at(format!("{within}is missing the required field `{field}`"))
                .with_hint(format!("add `{field}: …` (see docs/deck-format.md)"))
        }
        RonError::DuplicateStructField { field, outer } => {
            let within = outer.as_deref().map(|o| format!(" in `{o}`")).unwrap_or_default();
            at(format!("field `{field}` is given twice{within}")).with_hint("keep only one of them")
        }
        RonError::ExpectedString | RonError::ExpectedStringEnd => at(lower_first(&e.code.to_string()))
            .with_hint("text goes between double quotes: \"…\", or in a raw string r#\"…\"#"),
        RonError::ExpectedComma => {
            let starts_line = text
                .lines()
                .nth(line - 1)
                .is_some_and(|l| l.len() - l.trim_start().len() + 1 == col);
            let d = at("expected a comma".into());
            if starts_line && line > 1 {
                d.with_hint(format!("a comma is probably missing at the end of line {}", line - 1))
            } else {
                d.with_hint("separate fields and list items with commas")
            }
        }
        RonError::ExpectedFloat | RonError::ExpectedInteger => {
            at("expected a number".into()).with_hint("write numbers without quotes, e.g. `duration: 45`")
        }
        RonError::ExpectedBoolean => at("expected `true` or `false`".into()).with_hint("write it without quotes"),
        RonError::Eof => at("the file ends too early".into()).with_hint("a bracket or parenthesis is not closed"),
        other => at(lower_first(&other.to_string()))
            .with_hint("check the syntax just before this point (quotes, commas, brackets)"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::raw::RawDeck;
    use super::*;

    #[test]
    fn unknown_field_suggests_the_close_one() {
        let src = "Deck(\n  titel: \"x\",\n  slides: [],\n)";
        let d = parse_ron::<RawDeck>("d.ron", src).unwrap_err();
        assert_eq!((d.line, d.col), (2, 3));
        assert!(d.message.contains("unknown field `titel`"), "{}", d.message);
        assert_eq!(d.hint.as_deref(), Some("did you mean `title`?"));
    }

    #[test]
    fn newtype_variants_and_implicit_some_work() {
        let src = r#"Deck(title: "x", slides: [Bullets(title: "t", items: "- a", image: (src: "i.png"))])"#;
        let deck: RawDeck = parse_ron("d.ron", src).unwrap();
        assert_eq!(deck.slides.len(), 1);
    }
}

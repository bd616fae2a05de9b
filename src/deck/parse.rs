//! RON text → raw structs, turning RON's errors into located diagnostics with hints.

use ron::error::{Error as RonError, SpannedError};
use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

use crate::diagnostics::{Diagnostic, Message, did_you_mean};

/// RON options used for every file: `Some` may be omitted, and newtype variants take their
/// fields directly (`Bullets(title: …)` instead of `Bullets((title: …))`).
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_recursion_limit(128)
}

/// Parses RON text into `T`, or one diagnostic pointing at the problem.
pub fn parse_ron<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Box<Diagnostic>> {
    ron_options()
        .from_str(text)
        .map_err(|e| Box::new(to_diagnostic(file, text, &e)))
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

/// The hint for a name that may be a typo of a known one: the close name, else `fallback`.
fn suggest(found: &str, expected: &[&str], fallback: impl FnOnce(String) -> String) -> String {
    match did_you_mean(found, expected.iter().copied()) {
        Some(s) => crate::t!("deck-did-you-mean", name = s),
        None => fallback(list(expected)),
    }
}

/// The message of a RON error whose text is fixed: ours in the current language (the English
/// one is RON's own text, with a lower-case first letter); `None` for the others.
fn fixed_message(code: &RonError) -> Option<Message> {
    Some(match code {
        RonError::ExpectedString => crate::msg!("deck-expected-string"),
        RonError::ExpectedStringEnd => crate::msg!("deck-expected-string-end"),
        RonError::ExpectedArray => crate::msg!("deck-expected-array"),
        RonError::ExpectedArrayEnd => crate::msg!("deck-expected-array-end"),
        RonError::ExpectedStructLike => crate::msg!("deck-expected-paren"),
        RonError::ExpectedStructLikeEnd | RonError::ExpectedOptionEnd => crate::msg!("deck-expected-paren-end"),
        RonError::ExpectedMapColon => crate::msg!("deck-expected-colon"),
        RonError::ExpectedIdentifier => crate::msg!("deck-expected-identifier"),
        RonError::UnexpectedChar(c) => crate::msg!("deck-unexpected-char", character = format!("{c:?}")),
        RonError::TrailingCharacters => crate::msg!("deck-trailing-characters"),
        RonError::UnclosedBlockComment => crate::msg!("deck-unclosed-comment"),
        // RON writes other names differently (`r#…`, "…"_[invalid identifier]).
        RonError::ExpectedNamedStructLike(name) if plain_name(name) => {
            crate::msg!("deck-expected-struct", name = *name)
        }
        RonError::ExpectedDifferentStructName { expected, found } if plain_name(expected) && plain_name(found) => {
            crate::msg!("deck-other-struct", expected = *expected, found = found.as_str())
        }
        _ => return None,
    })
}

/// A name RON shows as it is, between backquotes: ASCII letters, digits and `_`, starting
/// with a letter.
fn plain_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The first character at or after 1-based (`line`, `col`) that is not white space, with its
/// place: where a value starts when RON points at the space before it.
fn value_start(text: &str, line: usize, col: usize) -> (usize, usize, Option<char>) {
    for (n, l) in text.lines().enumerate().skip(line - 1) {
        let skip = if n == line - 1 { col - 1 } else { 0 };
        if let Some((i, c)) = l.chars().enumerate().skip(skip).find(|(_, c)| !c.is_whitespace()) {
            return (n + 1, i + 1, Some(c));
        }
    }
    (line, col, None)
}

fn to_diagnostic(file: &str, text: &str, e: &SpannedError) -> Diagnostic {
    let (line, col) = (e.span.start.line.max(1), e.span.start.col.max(1));
    // RON may point at the end of a line when what it stumbled on is further on (a stray `@`
    // after leading spaces): point at that character instead.
    let (line, col, culprit) = match value_start(text, line, col) {
        (l, c, Some(ch)) if l > line => (l, c, Some(ch)),
        _ => (
            line,
            col,
            text.lines().nth(line - 1).and_then(|l| l.chars().nth(col - 1)),
        ),
    };
    let at = |msg: Message| Diagnostic::error(file, Some(text), line, col, msg);
    match &e.code {
        // An identifier expected, and a character no name starts with.
        RonError::ExpectedIdentifier
            if culprit.is_some_and(|c| !(c.is_alphanumeric() || matches!(c, '_' | '"' | '(' | ')' | '[' | ']'))) =>
        {
            let character = format!("{:?}", culprit.unwrap_or(' '));
            at(crate::msg!("deck-unexpected-char", character = character)).with_hint(crate::t!("deck-stray-char-hint"))
        }
        // A `)` where a list's next item should be: the list's `]` is missing.
        RonError::ExpectedNamedStructLike(_) | RonError::ExpectedStructLike
            if culprit == Some(')')
                && let Some((ol, oc, field)) = super::brackets::open_list_at(text, line, col) =>
        {
            Diagnostic::error(
                file,
                Some(text),
                ol,
                oc,
                crate::msg!("deck-unclosed-list", field = field, line = line),
            )
            .with_hint(crate::t!("deck-unclosed-list-hint", line = line))
        }
        // A capitalised "field" is the next slide (`Text(`) inside one left open: point at the
        // bracket that was never closed.
        RonError::NoSuchStructField { found, .. }
            if found.starts_with(|c: char| c.is_ascii_uppercase())
                && let Some((ol, oc, name)) = super::brackets::open_bracket_at(text, line, col) =>
        {
            Diagnostic::error(
                file,
                Some(text),
                ol,
                oc,
                crate::msg!(
                    "deck-unclosed-bracket",
                    name = name,
                    found = found.as_str(),
                    line = line
                ),
            )
            .with_hint(crate::t!("deck-unclosed-bracket-hint", line = line))
        }
        // A comma missing just after a string that holds `, field:`: the string's closing
        // quote is missing; point at where it opened.
        RonError::ExpectedComma if let Some((sl, sc, field)) = super::brackets::string_that_ran_on(text, line, col) => {
            Diagnostic::error(
                file,
                Some(text),
                sl,
                sc,
                crate::msg!("deck-unclosed-string", field = field),
            )
            .with_hint(crate::t!("deck-unclosed-string-hint"))
        }
        RonError::NoSuchStructField { expected, found, outer } => {
            let msg = match outer.as_deref() {
                Some(o) => crate::msg!("deck-unknown-field-in", field = found.as_str(), outer = o),
                None => crate::msg!("deck-unknown-field", field = found.as_str()),
            };
            at(msg).with_hint(suggest(found, expected, |all| {
                crate::t!("deck-fields-allowed", fields = all)
            }))
        }
        RonError::NoSuchEnumVariant { expected, found, outer } => {
            let msg = match outer.as_deref() {
                Some("RawSlide") => crate::msg!("deck-unknown-slide-kind", kind = found.as_str()),
                Some(o) => crate::msg!("deck-unknown-value-for", outer = o, value = found.as_str()),
                None => crate::msg!("deck-unknown-variant", variant = found.as_str()),
            };
            at(msg).with_hint(suggest(found, expected, |all| {
                crate::t!("deck-use-one-of", names = all)
            }))
        }
        RonError::MissingStructField { field, outer } => {
            let msg = match outer.as_deref() {
                Some(o) => crate::msg!("deck-missing-field-in", outer = o, field = *field),
                None => crate::msg!("deck-missing-field", field = *field),
            };
            at(msg).with_hint(crate::t!("deck-missing-field-hint", field = *field))
        }
        RonError::DuplicateStructField { field, outer } => {
            let msg = match outer.as_deref() {
                Some(o) => crate::msg!("deck-duplicate-field-in", field = *field, outer = o),
                None => crate::msg!("deck-duplicate-field", field = *field),
            };
            at(msg).with_hint(crate::t!("deck-duplicate-field-hint"))
        }
        RonError::ExpectedString | RonError::ExpectedStringEnd => {
            at(fixed_message(&e.code).unwrap_or_else(|| Message::plain(e.code.to_string())))
                .with_hint(crate::t!("deck-string-hint"))
        }
        // RON points at the space before a value of the wrong type: point at the value, and
        // hint by what it is (quoted or not).
        RonError::ExpectedFloat | RonError::ExpectedInteger | RonError::ExpectedBoolean => {
            let (line, col, first) = value_start(text, line, col);
            let number = !matches!(e.code, RonError::ExpectedBoolean);
            // A quoted `"45"` or `"true"` only needs its quotes off; a quoted `"long"` or
            // `"yes"` needs a number or a boolean.
            let inside: String = text
                .lines()
                .nth(line - 1)
                .map(|l| l.chars().skip(col).take_while(|c| *c != '"').collect())
                .unwrap_or_default();
            let valid = if number {
                inside.trim().parse::<f64>().is_ok()
            } else {
                matches!(inside.as_str(), "true" | "false")
            };
            let quoted = first == Some('"') && valid;
            let (msg, hint) = match (number, quoted) {
                (true, true) => (crate::msg!("deck-expected-number"), crate::t!("deck-number-hint")),
                (true, false) => (crate::msg!("deck-expected-number"), crate::t!("deck-number-value-hint")),
                (false, true) => (crate::msg!("deck-expected-boolean"), crate::t!("deck-boolean-hint")),
                (false, false) => (
                    crate::msg!("deck-expected-boolean"),
                    crate::t!("deck-boolean-value-hint"),
                ),
            };
            Diagnostic::error(file, Some(text), line, col, msg).with_hint(hint)
        }
        RonError::ExpectedComma => {
            let starts_line = text
                .lines()
                .nth(line - 1)
                .is_some_and(|l| l.len() - l.trim_start().len() + 1 == col);
            let d = at(crate::msg!("deck-expected-comma"));
            if starts_line && line > 1 {
                d.with_hint(crate::t!("deck-comma-missing-at-line", line = line - 1))
            } else {
                d.with_hint(crate::t!("deck-comma-hint"))
            }
        }
        // `Some(…)` around a value that is not optional (an Image slide's `image`).
        RonError::ExpectedDifferentStructName { found, .. } if found == "Some" => {
            at(crate::msg!("deck-some-not-optional")).with_hint(crate::t!("deck-some-not-optional-hint"))
        }
        RonError::Eof => at(crate::msg!("deck-early-end")).with_hint(crate::t!("deck-early-end-hint")),
        other => {
            // RON's own text, in English, named as such in the other languages.
            let msg = fixed_message(other)
                .unwrap_or_else(|| crate::msg!("deck-ron-error", message = lower_first(&other.to_string())));
            at(msg).with_hint(crate::t!("deck-syntax-hint"))
        }
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
    fn fixed_messages_are_ron_s_own_in_english() {
        let broken = [
            "Dek(title: \"x\", slides: [])",
            "[1, 2]",
            "Deck(title: \"x\", slides: []) )",
            "Deck(title: \"x\", slides: 3)",
            "Deck(title: \"x\", slides: [Bullets(title: \"t\", items: \"- a\"]",
            "Deck(title: \"x\", slides: [Bullets(title: \"t\" items: \"- a\")",
            "Deck(title: 3, slides: [])",
            "Deck(title: \"x\", slides: [], 3: 4)",
            "Deck(title: \"x\", slides: [] /* open",
            "Deck(title: \"x\", slides: [] @",
            "Deck(title: \"x\", slides: [Bullets(title: \"t\", items: \"- a\", steps: 1)])",
        ];
        let mut fixed = 0;
        for src in broken {
            let e = ron_options().from_str::<RawDeck>(src).unwrap_err();
            if fixed_message(&e.code).is_some() {
                fixed += 1;
                let d = parse_ron::<RawDeck>("d.ron", src).unwrap_err();
                assert_eq!(d.message, lower_first(&e.code.to_string()), "{src}");
            }
        }
        assert!(fixed >= 5, "only {fixed} fixed messages met");
        let d = crate::i18n::with_lang(crate::i18n::Lang::Fr, || {
            parse_ron::<RawDeck>("d.ron", "Dek(slides: [])")
        })
        .unwrap_err();
        assert_eq!(d.message, "structure `Deck` attendue au lieu de `Dek`");
    }

    #[test]
    fn newtype_variants_and_implicit_some_work() {
        let src = r#"Deck(title: "x", slides: [Bullets(title: "t", items: "- a", image: (src: "i.png"))])"#;
        let deck: RawDeck = parse_ron("d.ron", src).unwrap();
        assert_eq!(deck.slides.len(), 1);
    }
}

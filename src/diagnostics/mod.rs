//! Problems found in a deck, with their place in the file and a hint, printed like a compiler.

pub mod codes;

use std::fmt;

/// A diagnostic's text with the catalogue key it comes from; the key gives the diagnostic its
/// stable code (see [`super::codes`]). Made by [`crate::msg!`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The catalogue key (`deck-asset-not-found`), empty for a text that has none.
    pub key: &'static str,
    /// The text in the current language.
    pub text: String,
}

impl Message {
    /// A text that comes from no catalogue key (tests, texts from other libraries): no code.
    pub fn plain(text: impl Into<String>) -> Message {
        Message {
            key: "",
            text: text.into(),
        }
    }
}

/// `msg!("key", name = value)`: like [`crate::t!`], keeping the key for the diagnostic's code.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diagnostics::Message {
            key: $key,
            text: $crate::t!($key $(, $name = $value)*),
        }
    };
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One problem, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// File as shown to the user.
    pub file: String,
    /// 1-based line (0 when the problem is about the whole file).
    pub line: usize,
    /// 1-based column.
    pub col: usize,
    pub message: String,
    /// The stable code (`E012`, `W003`) that names this kind of problem in `docs/diagnostics.md`
    /// and in `check --message-format json`; `None` for texts without one.
    pub code: Option<&'static str>,
    /// Where the problem's text ends (1-based line and column, exclusive), when known.
    pub end: Option<(usize, usize)>,
    /// What to do about it.
    pub hint: Option<String>,
    /// The source line, for the excerpt.
    pub source_line: Option<String>,
    /// Where the problem was reached from, innermost first: "in slide `causes`, included at
    /// talk.ron:17:5" for a slide taken from another deck.
    pub context: Vec<IncludedAt>,
}

/// The `Include` through which a problem of another deck was reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncludedAt {
    /// Id of the included slide the problem is in (empty when the whole file is concerned).
    pub slide: String,
    /// The including file, as shown to the user.
    pub file: String,
    /// 1-based line of the `Include`.
    pub line: usize,
    /// 1-based column of the `Include`.
    pub col: usize,
}

impl fmt::Display for IncludedAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = format!("{}:{}:{}", self.file, self.line, self.col);
        f.write_str(&if self.slide.is_empty() {
            crate::t!("deck-included-at", place = place)
        } else {
            crate::t!("deck-included-slide-at", id = self.slide.as_str(), place = place)
        })
    }
}

impl Diagnostic {
    /// An error at a position of a file whose text is known.
    pub fn error(file: &str, text: Option<&str>, line: usize, col: usize, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line,
            col,
            code: codes::code_of(message.key),
            end: None,
            message: message.text,
            hint: None,
            source_line: text
                .and_then(|t| t.lines().nth(line.saturating_sub(1)))
                .map(str::to_string),
            context: Vec::new(),
        }
    }

    /// Sets where the problem's text ends.
    pub fn ending_at(mut self, line: usize, col: usize) -> Self {
        self.end = Some((line, col));
        self
    }

    /// Turns it into a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: error: message`, the line with a caret under the column, then the hint.
    /// `error` and `warning` stay in English in every language (editors and CI look for them);
    /// the word before the hint is translated.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let (file, message) = (printable(&self.file), printable(&self.message));
        if self.line == 0 {
            writeln!(f, "{file}: {kind}: {message}")?;
        } else {
            writeln!(f, "{file}:{}:{}: {kind}: {message}", self.line, self.col)?;
        }
        if let Some(src) = &self.source_line {
            let gutter = self.line.to_string();
            let (shown, caret_at) = source_window(src, self.col.saturating_sub(1));
            writeln!(f, "{gutter} | {shown}")?;
            let pad = " ".repeat(gutter.len());
            let caret = " ".repeat(caret_at);
            writeln!(f, "{pad} | {caret}^")?;
        }
        for c in &self.context {
            writeln!(f, "  = {c}")?;
        }
        if let Some(h) = &self.hint {
            writeln!(f, "  = {}", crate::t!("deck-hint", hint = printable(h)))?;
        }
        Ok(())
    }
}

/// Characters of a source line echoed around the column, at most.
const SOURCE_WIDTH: usize = 120;

/// `s` with the control characters (C0, DEL, C1: a title with `ESC]0;…BEL` would retitle the
/// terminal) shown as `�`; tabs become spaces.
pub fn printable(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\t' => ' ',
            '\n' => '\n',
            c if c.is_control() => '\u{fffd}',
            c => c,
        })
        .collect()
}

/// The part of a source line shown under a diagnostic (at most [`SOURCE_WIDTH`] characters
/// around column `col`, counted from 0, with `…` where it was cut), and where the caret goes.
fn source_window(line: &str, col: usize) -> (String, usize) {
    let chars: Vec<char> = printable(line).chars().filter(|c| *c != '\n').collect();
    if chars.len() <= SOURCE_WIDTH {
        return (chars.into_iter().collect(), col);
    }
    let start = col.saturating_sub(SOURCE_WIDTH / 2).min(chars.len() - SOURCE_WIDTH);
    let end = start + SOURCE_WIDTH;
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..end]);
    if end < chars.len() {
        shown.push('…');
    }
    (shown, col - start + usize::from(start > 0))
}

/// A whole number as the language writes it: in French, five digits and more are grouped by
/// three with no-break spaces (`16\u{a0}384`); English keeps the plain digits (`16384`).
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    if crate::i18n::lang() != crate::i18n::Lang::Fr || digits.len() < 5 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// The closest known name to `found`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(found: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::damerau_levenshtein(&found.to_lowercase(), &k.to_lowercase()), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_caret_under_column() {
        let d = Diagnostic::error("a.ron", Some("x\n  bulets: 1"), 2, 3, Message::plain("unknown field"))
            .with_hint("did you mean `bullets`?");
        assert_eq!(
            d.to_string(),
            "a.ron:2:3: error: unknown field\n2 |   bulets: 1\n  |   ^\n  = hint: did you mean `bullets`?\n"
        );
    }

    #[test]
    fn the_hint_word_is_translated_and_error_is_not() {
        let d = Diagnostic::error("a.ron", None, 2, 3, Message::plain("champ inconnu"))
            .with_hint("vouliez-vous dire `title`?");
        let fr = crate::i18n::with_lang(crate::i18n::Lang::Fr, || d.to_string());
        assert_eq!(
            fr,
            "a.ron:2:3: error: champ inconnu\n  = conseil\u{a0}: vouliez-vous dire `title`?\n"
        );
        let w = crate::i18n::with_lang(crate::i18n::Lang::Fr, || d.clone().warning().to_string());
        assert!(w.starts_with("a.ron:2:3: warning: "), "{w}");
    }

    #[test]
    fn french_groups_large_numbers() {
        use crate::i18n::{Lang, with_lang};
        assert_eq!(with_lang(Lang::Fr, || grouped(16_384)), "16\u{a0}384");
        assert_eq!(with_lang(Lang::Fr, || grouped(1_234_567)), "1\u{a0}234\u{a0}567");
        assert_eq!(with_lang(Lang::Fr, || grouped(1920)), "1920");
        assert_eq!(with_lang(Lang::En, || grouped(16_384)), "16384");
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(did_you_mean("itmes", ["items", "title"]), Some("items"));
        assert_eq!(did_you_mean("zzzzzz", ["items", "title"]), None);
    }

    #[test]
    fn control_characters_are_not_echoed_and_long_lines_are_cut() {
        let title = "Text(title: \"\u{1b}]0;pwned\u{7}\")";
        let d = Diagnostic::error("a.ron", Some(title), 1, 13, Message::plain("bad \u{1b}[2J title"));
        let out = d.to_string();
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.contains("bad \u{fffd}[2J title"), "{out}");
        let long = format!("{}X{}", "a".repeat(50_000), "b".repeat(50_000));
        let d = Diagnostic::error("a.ron", Some(&long), 1, 50_001, Message::plain("here"));
        let out = d.to_string();
        assert!(out.len() < 600, "a 100 KB line is cut: {} bytes", out.len());
        let lines: Vec<&str> = out.lines().collect();
        let x = lines[1].chars().position(|c| c == 'X');
        let caret = lines[2].chars().position(|c| c == '^');
        assert_eq!(x, caret, "the caret still points at the column:\n{out}");
    }
}

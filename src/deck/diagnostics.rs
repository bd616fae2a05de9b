//! Problems found in a deck, with their place in the file and a hint, printed like a compiler.

use std::fmt;

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
    /// What to do about it.
    pub hint: Option<String>,
    /// The source line, for the excerpt.
    pub source_line: Option<String>,
}

impl Diagnostic {
    /// An error at a position of a file whose text is known.
    pub fn error(file: &str, text: Option<&str>, line: usize, col: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line,
            col,
            message: message.into(),
            hint: None,
            source_line: text
                .and_then(|t| t.lines().nth(line.saturating_sub(1)))
                .map(str::to_string),
        }
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
        if self.line == 0 {
            writeln!(f, "{}: {kind}: {}", self.file, self.message)?;
        } else {
            writeln!(f, "{}:{}:{}: {kind}: {}", self.file, self.line, self.col, self.message)?;
        }
        if let Some(src) = &self.source_line {
            let gutter = self.line.to_string();
            let shown: String = src.chars().map(|c| if c == '\t' { ' ' } else { c }).collect();
            writeln!(f, "{gutter} | {shown}")?;
            let pad = " ".repeat(gutter.len());
            let caret = " ".repeat(self.col.saturating_sub(1));
            writeln!(f, "{pad} | {caret}^")?;
        }
        if let Some(h) = &self.hint {
            writeln!(f, "  = {}", crate::t!("deck-hint", hint = h.as_str()))?;
        }
        Ok(())
    }
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
        let d = Diagnostic::error("a.ron", Some("x\n  bulets: 1"), 2, 3, "unknown field")
            .with_hint("did you mean `bullets`?");
        assert_eq!(
            d.to_string(),
            "a.ron:2:3: error: unknown field\n2 |   bulets: 1\n  |   ^\n  = hint: did you mean `bullets`?\n"
        );
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(did_you_mean("itmes", ["items", "title"]), Some("items"));
        assert_eq!(did_you_mean("zzzzzz", ["items", "title"]), None);
    }
}

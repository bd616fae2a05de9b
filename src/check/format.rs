//! How `check` prints its report: for people (like a compiler, on standard error), as JSON
//! lines for editors (like `cargo --message-format json`), or as GitHub Actions annotations.

use serde_json::json;

use super::Report;
use crate::deck::{Diagnostic, Severity};

/// `--message-format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MessageFormat {
    /// `file:line:col: error: …`, the line, a caret, the hint; then the summary.
    #[default]
    Human,
    /// One JSON object per line: each diagnostic, then the summary.
    Json,
    /// `::error file=…,line=…,col=…::…` lines that GitHub Actions shows on the pull request.
    Github,
}

/// What to print: on standard output and on standard error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Printed {
    pub stdout: String,
    pub stderr: String,
}

/// The report in `format`, with `summary` (the translated last line) for people.
pub fn render(report: &Report, format: MessageFormat, summary: &str) -> Printed {
    match format {
        MessageFormat::Human => Printed {
            stdout: String::new(),
            stderr: report
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .chain(std::iter::once(format!("{summary}\n")))
                .collect(),
        },
        MessageFormat::Json => Printed {
            stdout: report
                .diagnostics
                .iter()
                .map(json_line)
                .chain(std::iter::once(
                    json!({
                        "type": "summary",
                        "file": report.file,
                        "slides": report.slides,
                        "errors": report.errors(),
                        "warnings": report.warnings(),
                    })
                    .to_string(),
                ))
                .map(|l| l + "\n")
                .collect(),
            stderr: String::new(),
        },
        MessageFormat::Github => Printed {
            stdout: report.diagnostics.iter().map(github_line).collect(),
            stderr: format!("{summary}\n"),
        },
    }
}

fn severity(d: &Diagnostic) -> &'static str {
    match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

/// One diagnostic as a JSON object (line 0: the whole file; `end` and `code` may be null).
fn json_line(d: &Diagnostic) -> String {
    json!({
        "type": "diagnostic",
        "file": d.file,
        "line": d.line,
        "column": d.col,
        "end": d.end.map(|(line, column)| json!({"line": line, "column": column})),
        "severity": severity(d),
        "code": d.code,
        "message": d.message,
        "hint": d.hint,
        "context": d.context.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
    .to_string()
}

/// One diagnostic as a GitHub Actions workflow command.
fn github_line(d: &Diagnostic) -> String {
    let mut props = vec![format!("file={}", escape_property(&d.file))];
    if d.line > 0 {
        props.push(format!("line={}", d.line));
        props.push(format!("col={}", d.col));
        if let Some((line, col)) = d.end {
            props.push(format!("endLine={line}"));
            props.push(format!("endColumn={col}"));
        }
    }
    if let Some(code) = d.code {
        props.push(format!("title={code}"));
    }
    let mut message = d.message.clone();
    for c in &d.context {
        message.push_str(&format!("\n{c}"));
    }
    if let Some(h) = &d.hint {
        message.push_str(&format!("\n{}", crate::t!("deck-hint", hint = h.as_str())));
    }
    format!("::{} {}::{}\n", severity(d), props.join(","), escape_data(&message))
}

/// GitHub's escaping of a command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// GitHub's escaping of a command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Message;

    fn report() -> Report {
        let d = Diagnostic::error(
            "talk,1.ron",
            Some("a\nb: \"x\""),
            2,
            4,
            Message {
                key: "deck-unknown-field",
                text: "unknown field `b`\n50% sure".into(),
            },
        )
        .ending_at(2, 7)
        .with_hint("did you mean `a`?");
        Report {
            file: "talk,1.ron".into(),
            slides: 3,
            diagnostics: vec![
                d,
                Diagnostic::error("x.png", None, 0, 0, Message::plain("unused")).warning(),
            ],
        }
    }

    #[test]
    fn json_has_one_object_per_diagnostic_then_the_summary() {
        let out = render(&report(), MessageFormat::Json, "ignored");
        let lines: Vec<serde_json::Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["type"], "diagnostic");
        assert_eq!(lines[0]["line"], 2);
        assert_eq!(lines[0]["column"], 4);
        assert_eq!(lines[0]["end"]["column"], 7);
        assert_eq!(lines[0]["code"], "E030");
        assert_eq!(lines[0]["severity"], "error");
        assert_eq!(lines[0]["hint"], "did you mean `a`?");
        assert_eq!(lines[1]["severity"], "warning");
        assert!(lines[1]["code"].is_null());
        assert_eq!(lines[2]["type"], "summary");
        assert_eq!(lines[2]["errors"], 1);
        assert_eq!(lines[2]["warnings"], 1);
        assert_eq!(lines[2]["slides"], 3);
        assert!(out.stderr.is_empty());
    }

    #[test]
    fn github_annotations_escape_what_github_reads_specially() {
        let out = crate::i18n::with_lang(crate::i18n::Lang::En, || {
            render(&report(), MessageFormat::Github, "summary")
        });
        let mut lines = out.stdout.lines();
        assert_eq!(
            lines.next().unwrap(),
            "::error file=talk%2C1.ron,line=2,col=4,endLine=2,endColumn=7,title=E030::unknown field `b`%0A50%25 sure%0Ahint: did you mean `a`?"
        );
        assert_eq!(lines.next().unwrap(), "::warning file=x.png::unused");
        assert_eq!(out.stderr, "summary\n");
    }
}

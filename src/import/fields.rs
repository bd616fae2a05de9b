//! The `origin` field in a slide's text, as `estrade import` writes it and `--update` renews
//! it: where it is, how to take it out (with its comma, or its whole line), and where to put a
//! new one (before the slide's closing parenthesis). Pure text work, tested on strings.

use crate::deck::locate::{Locator, Step};

/// What an imported slide's `origin` records, but its fingerprint here (computed once the deck's
/// new text is known).
#[derive(Debug, Clone)]
pub struct Record {
    /// The slide's id in this deck.
    pub id_here: String,
    /// The deck it comes from, relative to this deck's folder.
    pub deck: String,
    /// Its id there.
    pub slide: String,
    /// Its fingerprint there.
    pub hash: String,
}

/// The `origin: (…)` field of an imported slide.
pub fn field_text(record: &Record, local: &str) -> String {
    let quoted = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    format!(
        "origin: (deck: {}, slide: {}, hash: {}, local: {})", // not user text: RON
        quoted(&record.deck),
        quoted(&record.slide),
        quoted(&record.hash),
        quoted(local)
    )
}

/// Where to insert `field` in the slide at `span` of `text` (before its closing parenthesis),
/// and the text to insert there: on a line of its own when the slide ends on its own line,
/// else after a comma.
pub fn add_field(text: &str, span: std::ops::Range<usize>, field: &str) -> (usize, String) {
    let close = span.end.saturating_sub(1);
    let content_end = text[..close].trim_end().len().max(span.start);
    let comma = if text[..content_end].ends_with([',', '(']) {
        ""
    } else {
        ","
    };
    if text[content_end..close].contains('\n') {
        let indent = indent_at(text, content_end.saturating_sub(1));
        (content_end, format!("{comma}\n{indent}{field},"))
    } else {
        let space = if text[..content_end].ends_with('(') { "" } else { " " };
        (content_end, format!("{comma}{space}{field}"))
    }
}

/// The byte range of the `origin: (…)` field of the `raw`-th slide, from its name to the end of
/// its value, when it has one.
pub fn origin_field(loc: &Locator, raw: usize) -> Option<std::ops::Range<usize>> {
    let value = loc.node(&[Step::Field("slides"), Step::Elem(raw), Step::Field("origin")])?;
    let slide = loc.node(&[Step::Field("slides"), Step::Elem(raw)])?;
    let name = loc.text[slide.start..value.start].rfind("origin")? + slide.start;
    Some(name..value.end)
}

/// What to delete to take the field at `r` out of `text`: the field, and the comma that follows
/// it (or, when none does, the one before it).
pub fn removal(text: &str, r: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let after = &text[r.end..];
    let skipped = after.len() - after.trim_start().len();
    if after[skipped..].starts_with(',') {
        let rest = &text[r.end + skipped + 1..];
        // A field alone on its line: the whole line goes.
        let line_start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
        let rest_of_line = rest.split('\n').next().unwrap_or("");
        if text[line_start..r.start].trim().is_empty() && rest_of_line.trim().is_empty() && rest.contains('\n') {
            return line_start..r.end + skipped + 1 + rest_of_line.len() + 1;
        }
        // Else the spaces after the comma go too, up to the next field.
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        return r.start..r.end + skipped + 1 + spaces;
    }
    let before = text[..r.start].trim_end();
    match before.strip_suffix(',') {
        Some(b) => b.len()..r.end,
        None => r,
    }
}

/// The leading whitespace of the line holding byte `at`.
pub fn indent_at(text: &str, at: usize) -> &str {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_goes_before_the_closing_parenthesis() {
        let add = |text: &str| {
            let (at, insert) = add_field(text, 0..text.len(), "origin: ()");
            format!("{}{insert}{}", &text[..at], &text[at..])
        };
        assert_eq!(
            add("Text(id: \"a\", body: \"b\")"),
            "Text(id: \"a\", body: \"b\", origin: ())"
        );
        assert_eq!(
            add("Text(\n    id: \"a\",\n    body: \"b\",\n)"),
            "Text(\n    id: \"a\",\n    body: \"b\",\n    origin: (),\n)"
        );
        assert_eq!(
            add("Text(\n    id: \"a\",\n    body: \"b\"\n)"),
            "Text(\n    id: \"a\",\n    body: \"b\",\n    origin: (),\n)"
        );
    }

    #[test]
    fn a_field_alone_on_its_line_takes_its_line_away() {
        let text = "Text(\n    id: \"a\",\n    origin: (deck: \"x\"),\n    body: \"b\",\n)";
        let o = text.find("origin").unwrap();
        let end = text.find("\"x\")").unwrap() + 4;
        let cut = removal(text, o..end);
        let left = format!("{}{}", &text[..cut.start], &text[cut.end..]);
        assert_eq!(left, "Text(\n    id: \"a\",\n    body: \"b\",\n)");
        let inline = "Text(id: \"a\", origin: (deck: \"x\"), body: \"b\")";
        let o = inline.find("origin").unwrap();
        let end = inline.find("\"x\")").unwrap() + 4;
        let cut = removal(inline, o..end);
        assert_eq!(
            format!("{}{}", &inline[..cut.start], &inline[cut.end..]),
            "Text(id: \"a\", body: \"b\")"
        );
    }
}

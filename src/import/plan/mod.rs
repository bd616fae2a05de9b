//! The text side of an import: the slides' RON copied verbatim from the other deck, with an
//! explicit id that is free in this deck, asset paths rewritten to where the files are copied,
//! a comment saying where each came from, inserted into this deck's `slides` list. Pure: no
//! disk, so every case is tested on strings.

pub use super::fields::indent_at;
use crate::deck::locate::{Locator, Step};

/// One slide to take, as the other deck has it.
#[derive(Debug, Clone)]
pub struct TakenSlide {
    /// Its id in the other deck.
    pub id: String,
    /// Byte range of its value (`Bullets(…)`) in the other deck's text.
    pub span: std::ops::Range<usize>,
    /// Byte range of its `id: "…"` string in that text, when it has one.
    pub id_span: Option<std::ops::Range<usize>>,
    /// Asset paths as written in it, and the path to write instead (when the copy was renamed).
    pub renamed_assets: Vec<(String, String)>,
    /// The language to write on it (the other deck's), when it has none of its own and the
    /// two decks' languages differ.
    pub lang: Option<String>,
    /// Byte range of its own `origin: (…)` field in the other text (it was imported there
    /// too): left out, the copy gets its own.
    pub origin_span: Option<std::ops::Range<usize>>,
}

/// A slide inserted into this deck: its id there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inserted {
    /// Its id in the other deck.
    pub from_id: String,
    /// Its id in this deck (with a suffix when the id was taken).
    pub id: String,
}

/// Where the slides go in this deck's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InsertAt {
    /// Byte offset of the insertion.
    pub offset: usize,
    /// Where a comma must be written first, when the slide before has none.
    pub comma_at: Option<usize>,
}

/// Where to insert after the value ending at `end` (a slide, or the list's `[` when empty):
/// past a comma that follows it, and past a comment on the rest of its line (it belongs to it).
pub fn insert_after(text: &str, end: usize, is_slide: bool) -> InsertAt {
    let rest = &text[end..];
    let skipped = rest.len() - rest.trim_start().len();
    let has_comma = is_slide && rest[skipped..].starts_with(',');
    let after = if has_comma { end + skipped + 1 } else { end };
    let line = text[after..].split('\n').next().unwrap_or("");
    let offset = if is_slide && line.trim_start().starts_with("//") {
        after + line.len()
    } else {
        after
    };
    InsertAt {
        offset,
        comma_at: (is_slide && !has_comma).then_some(end),
    }
}

/// The insertion point in this deck: after the slide whose value is `slides[after]`, or after
/// the last slide; `None` when the text has no `slides` list.
pub fn insertion_point(loc: &Locator, after: Option<usize>) -> Option<InsertAt> {
    let list = loc.node(&[Step::Field("slides")])?;
    let crate::deck::spans::NodeKind::List(items) = &list.kind else {
        return None;
    };
    let at = after.or_else(|| items.len().checked_sub(1));
    Some(match at.and_then(|i| items.get(i)) {
        Some(slide) => insert_after(&loc.text, slide.end, true),
        None => insert_after(&loc.text, list.start + 1, false),
    })
}

/// A free id: `id` itself, else `id-2`, `id-3`… not in `taken`.
pub fn free_id(id: &str, taken: &[String]) -> String {
    if !taken.iter().any(|t| t == id) {
        return id.to_string();
    }
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !taken.iter().any(|t| t == c))
        .unwrap_or_default()
}

/// The text of one slide ready to insert: its id set to `new_id` (with its `lang` after it when
/// it needs one), its own `origin` left out, asset paths rewritten, lines re-indented from
/// `from_indent` to `to_indent`.
pub fn slide_text(other: &str, slide: &TakenSlide, new_id: &str, from_indent: &str, to_indent: &str) -> String {
    let quoted = format!("\"{}\"", new_id.replace('\\', "\\\\").replace('"', "\\\""));
    let lang = slide
        .lang
        .as_ref()
        .map(|l| format!(", lang: \"{}\"", l.replace(['\\', '"'], "")))
        .unwrap_or_default();
    let base = slide.span.start;
    let body = &other[slide.span.clone()];
    // Edits in the slide's text, as (range in `body`, replacement), applied from the end.
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    match &slide.id_span {
        Some(id) => edits.push((id.start - base..id.end - base, format!("{quoted}{lang}"))),
        None => {
            if let Some(open) = body.find('(') {
                let spaces = body[open + 1..].len() - body[open + 1..].trim_start().len();
                edits.push((open + 1..open + 1 + spaces, format!("id: {quoted}{lang}, ")));
            }
        }
    }
    if let Some(o) = &slide.origin_span {
        edits.push((
            super::fields::removal(body, o.start - base..o.end - base),
            String::new(),
        ));
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut text = body.to_string();
    for (range, replacement) in edits {
        text.replace_range(range, &replacement);
    }
    for (written, now) in &slide.renamed_assets {
        text = text.replace(&format!("\"{written}\""), &format!("\"{now}\""));
    }
    text.split('\n')
        .enumerate()
        .map(|(i, line)| match line.strip_prefix(from_indent) {
            Some(rest) if i > 0 => format!("{to_indent}{rest}"),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// This deck's text with `slides` (already prepared, with their comment lines) inserted at
/// `at`, each on its own lines at `indent`.
pub fn insert(text: &str, at: InsertAt, slides: &[String], indent: &str) -> String {
    let mut block = String::new();
    for s in slides {
        // A blank line before each, as between the slides of a hand-written deck.
        block.push_str("\n\n");
        block.push_str(indent);
        block.push_str(s);
        block.push(',');
    }
    // What followed on the same line (a slide, the list's `]`) goes to a line of its own.
    let rest = &text[at.offset..];
    let rest_of_line = rest.trim_start_matches([' ', '\t']);
    if rest_of_line.starts_with(']') {
        block.push('\n');
    } else if !rest_of_line.starts_with(['\n', '\r']) {
        block.push('\n');
        block.push_str(indent);
    }
    let head = match at.comma_at {
        Some(c) => format!("{},{}", &text[..c], &text[c..at.offset]),
        None => text[..at.offset].to_string(),
    };
    format!("{head}{block}{rest_of_line}")
}

#[cfg(test)]
mod tests;

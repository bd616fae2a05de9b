//! Where an unclosed bracket or string began: RON reports the place where it noticed the
//! damage (a comma missing, an unknown field), often lines later; these scans find the cause.

/// 1-based (line, column in characters) → byte offset in `text`, if inside it.
fn offset_of(text: &str, line: usize, col: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let rest = text.get(start..)?;
    let within: usize = rest.chars().take(col.checked_sub(1)?).map(char::len_utf8).sum();
    Some(start + within)
}

/// Byte offset → 1-based (line, column in characters).
fn place_of(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// The innermost bracket (`(`, `[`, `{`) still open at (`line`, `col`), skipping strings and
/// comments: its place and the name written just before it (`Bullets` for `Bullets(`).
pub fn open_bracket_at(text: &str, line: usize, col: usize) -> Option<(usize, usize, String)> {
    let end = offset_of(text, line, col)?;
    let b = text.as_bytes();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < end {
        match b[i] {
            b'"' => i = skip_string(b, i + 1),
            b'r' if b.get(i + 1).is_some_and(|c| *c == b'#' || *c == b'"') => i = skip_raw_string(b, i + 1),
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                stack.push(i);
                i += 1;
            }
            b')' | b']' | b'}' => {
                stack.pop();
                i += 1;
            }
            _ => i += 1,
        }
    }
    let open = *stack.last()?;
    let (l, c) = place_of(text, open);
    Some((l, c, trailing_name(&text[..open]).to_string()))
}

/// The name `text` ends with (letters, digits, `_`): `Bullets` of `…Bullets`.
fn trailing_name(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_')
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// When the innermost bracket open at (`line`, `col`) is a list's `[`: its place and the field
/// it belongs to (`columns` for `columns: [`).
pub fn open_list_at(text: &str, line: usize, col: usize) -> Option<(usize, usize, String)> {
    let end = offset_of(text, line, col)?;
    let (l, c, _) = open_bracket_at(text, line, col)?;
    let open = offset_of(text, l, c)?;
    if text.as_bytes().get(open) != Some(&b'[') || open >= end {
        return None;
    }
    let field = trailing_name(text[..open].trim_end().strip_suffix(':')?.trim_end());
    (!field.is_empty()).then(|| (l, c, field.to_string()))
}

fn skip_string(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

fn skip_raw_string(b: &[u8], mut i: usize) -> usize {
    let mut hashes = 0;
    while b.get(i) == Some(&b'#') {
        hashes += 1;
        i += 1;
    }
    if b.get(i) != Some(&b'"') {
        return i;
    }
    i += 1;
    while i < b.len() {
        if b[i] == b'"' && b[i + 1..].iter().take(hashes).filter(|c| **c == b'#').count() == hashes {
            return i + 1 + hashes;
        }
        i += 1;
    }
    i
}

/// When the text just before (`line`, `col`) is a string that swallowed a field (`"x, items: "`:
/// its closing quote is missing), the place of its opening quote and the field it ran into.
pub fn string_that_ran_on(text: &str, line: usize, col: usize) -> Option<(usize, usize, String)> {
    let end = offset_of(text, line, col)?;
    let before = text[..end].trim_end();
    let inner_end = before.strip_suffix('"')?.len();
    let open = text[..inner_end].rfind('"')?;
    let content = &text[open + 1..inner_end];
    let field_name = |name: &str| {
        let name = name.trim();
        (!name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')).then(|| name.to_string())
    };
    // `, name:` inside the text: a field the string ran into; or the text ends with `name:`,
    // the first field of the next slide (the string was the last field of its own).
    let ending = content.trim_end().strip_suffix(':').and_then(|rest| {
        let name: String = rest
            .chars()
            .rev()
            .take_while(|c| !c.is_whitespace() && *c != '(' && *c != ',')
            .collect();
        field_name(&name.chars().rev().collect::<String>())
    });
    let field = content
        .split(',')
        .skip(1)
        .find_map(|part| field_name(part.split_once(':')?.0))
        .or(ending)?;
    let (l, c) = place_of(text, open);
    Some((l, c, field))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_slide_left_open() {
        let text =
            "Deck(title: \"t\", slides: [\n    Bullets(title: \"a (b\", items: \"- a\",\n    Text(title: \"y\"),\n])";
        assert_eq!(open_bracket_at(text, 3, 5), Some((2, 12, "Bullets".to_string())));
    }

    proptest::proptest! {
        /// Any text, any place: the scans answer without panicking.
        #[test]
        fn never_panics(text in "[a-zé\"r#()\\[\\]{}:, \n/\\\\]{0,60}", line in 0usize..6, col in 0usize..30) {
            let _ = open_bracket_at(&text, line, col);
            let _ = string_that_ran_on(&text, line, col);
        }
    }

    #[test]
    fn finds_the_string_left_open() {
        let text = "Deck(title: \"t\", slides: [\n    Bullets(title: \"x, items: \"- a\"),\n])";
        assert_eq!(string_that_ran_on(text, 2, 32), Some((2, 20, "items".to_string())));
        assert_eq!(string_that_ran_on("a: \"plain\" b", 1, 12), None);
    }
}

//! The fingerprint of a slide: what `estrade import` records in an imported slide's `origin`
//! (of the slide in its deck, and of the copy here), so that `check` can tell when the original
//! changed and `import --update` when the copy was edited since.
//!
//! A fingerprint covers the slide's text as the deck file has it, without its `origin` field,
//! its comments and the spaces between tokens (re-indenting a slide is not an edit), and the
//! bytes of every file it uses (an image redrawn under the same name is a change). It is the
//! first 64 bits of a SHA-256, in hex: enough to tell versions of one slide apart, not a
//! security measure.

use sha2::{Digest, Sha256};

use super::fields::{origin_field, removal};
use super::take::Opened;
use crate::deck::locate::Step;

/// Hex digits kept of the SHA-256.
const DIGITS: usize = 16;

/// The fingerprint of the `raw`-th entry of the `slides` list of an opened deck; `None` when
/// its text has no such entry.
pub fn fingerprint(opened: &Opened, raw: usize) -> Option<String> {
    let loc = &opened.loc;
    let node = loc.node(&[Step::Field("slides"), Step::Elem(raw)])?;
    let text = &loc.text[node.start..node.end];
    let origin = origin_field(loc, raw).map(|r| r.start - node.start..r.end - node.start);
    let mut hash = Sha256::new();
    hash.update(canonical(text, origin).as_bytes());
    for used in opened.loaded.asset_uses.iter().filter(|u| u.slide == Some(raw)) {
        hash.update(b"\0file\0");
        match opened.source.read(&used.resolved) {
            Ok(bytes) => hash.update(&bytes),
            Err(_) => hash.update(b"\0missing\0"),
        }
    }
    let digest = hash.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect(); // not user text
    Some(hex[..DIGITS].to_string())
}

/// `text` without the byte range `remove` (and the comma after it, or else before it), its
/// comments, and every space outside strings; a comma before `)` or `]` is dropped too.
pub fn canonical(text: &str, remove: Option<std::ops::Range<usize>>) -> String {
    let text = match remove {
        Some(r) => without_field(text, r),
        None => text.to_string(),
    };
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                out.push(c);
                let mut escaped = false;
                for s in chars.by_ref() {
                    out.push(s);
                    if escaped {
                        escaped = false;
                    } else if s == '\\' {
                        escaped = true;
                    } else if s == '"' {
                        break;
                    }
                }
            }
            'r' if matches!(chars.peek(), Some('"' | '#')) && !ends_with_ident(&out) => {
                raw_string(&mut out, &mut chars);
            }
            '/' if chars.peek() == Some(&'/') => {
                for s in chars.by_ref() {
                    if s == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for s in chars.by_ref() {
                    if last == '*' && s == '/' {
                        break;
                    }
                    last = s;
                }
            }
            c if c.is_whitespace() => {}
            ')' | ']' => {
                if out.ends_with(',') {
                    out.pop();
                }
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `out` ends inside an identifier (the `r` is then a letter of it, not a raw string).
fn ends_with_ident(out: &str) -> bool {
    out.chars().last().is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// Copies a raw string `r#"…"#` (the `r` already read) to `out` as it is.
fn raw_string(out: &mut String, chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    out.push('r');
    let mut hashes = 0;
    while chars.peek() == Some(&'#') {
        chars.next();
        out.push('#');
        hashes += 1;
    }
    if chars.peek() != Some(&'"') {
        return;
    }
    out.push('"');
    chars.next();
    let mut closing = 0usize;
    let mut after_quote = false;
    for s in chars.by_ref() {
        out.push(s);
        if s == '"' {
            after_quote = true;
            closing = 0;
            if hashes == 0 {
                return;
            }
        } else if after_quote && s == '#' {
            closing += 1;
            if closing == hashes {
                return;
            }
        } else {
            after_quote = false;
        }
    }
}

/// `text` without the field at `r` (see [`removal`]).
fn without_field(text: &str, r: std::ops::Range<usize>) -> String {
    let cut = removal(text, r);
    format!("{}{}", &text[..cut.start], &text[cut.end..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_comments_and_trailing_commas_do_not_count() {
        let a = "Bullets(\n    id: \"a\",  // here\n    title: \"Deux  mots\",\n)";
        let b = "Bullets(id: \"a\", /* there */ title: \"Deux  mots\")";
        assert_eq!(canonical(a, None), canonical(b, None));
        assert_eq!(canonical(a, None), "Bullets(id:\"a\",title:\"Deux  mots\")");
    }

    #[test]
    fn spaces_inside_strings_count() {
        assert_ne!(
            canonical("Text(body: \"a b\")", None),
            canonical("Text(body: \"a  b\")", None)
        );
        assert_eq!(
            canonical(r#"Text(body: "a \" // b")"#, None),
            r#"Text(body:"a \" // b")"#
        );
        assert_eq!(canonical("Text(body: r#\"a \" b\"#)", None), "Text(body:r#\"a \" b\"#)");
    }

    #[test]
    fn the_origin_field_is_left_out_wherever_it_is() {
        let plain = canonical("Text(id: \"a\", body: \"b\")", None);
        let middle = "Text(id: \"a\", origin: (deck: \"x.ron\"), body: \"b\")";
        let o = middle.find("origin").unwrap();
        let end = middle.find(')').unwrap() + 1;
        assert_eq!(canonical(middle, Some(o..end)), plain);
        let last = "Text(id: \"a\", body: \"b\", origin: (deck: \"x.ron\"))";
        let o = last.find("origin").unwrap();
        assert_eq!(canonical(last, Some(o..last.len() - 1)), plain);
    }
}

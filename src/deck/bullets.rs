//! Nested bullet lists written as indented `- ` lines inside a string.
//!
//! ```text
//! - Un constat partagé
//!   - Une « nouvelle vague » de recherche
//!     - third level
//! - Explosion du phénomène
//!   that continues on the next line
//! ```
//! A line indented more than its item's text and not starting with `- ` continues that item.

/// A bullet as written: its text, the byte offset of that text in the source string, children.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBullet {
    pub text: String,
    pub offset: usize,
    pub children: Vec<RawBullet>,
}

/// A bullet-list problem: byte offset in the source string and message.
#[derive(Debug, Clone, PartialEq)]
pub struct BulletError {
    pub offset: usize,
    pub message: crate::diagnostics::Message,
    pub hint: String,
}

/// Parses an indented list. Levels come from indentation: deeper than the parent's marker is a child.
pub fn parse_bullets(src: &str) -> Result<Vec<RawBullet>, BulletError> {
    // (indent of marker, bullet) stack of open items.
    let mut roots: Vec<RawBullet> = Vec::new();
    let mut stack: Vec<(usize, Vec<usize>)> = Vec::new(); // (indent, path into roots)
    let mut offset = 0usize;
    let mut last_text_indent: Option<usize> = None;
    for line in src.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        let indent = body.len() - body.trim_start().len();
        let trimmed = body.trim_start();
        let marker = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .or_else(|| (trimmed == "-").then_some(""));
        let Some(text) = marker else {
            // Continuation of the last item?
            if let Some(ti) = last_text_indent
                && indent >= ti
                && let Some((_, path)) = stack.last()
            {
                let item = item_at(&mut roots, path);
                item.text.push(' ');
                item.text.push_str(trimmed.trim_end());
                continue;
            }
            return Err(BulletError {
                offset: line_start + indent,
                message: crate::msg!("deck-bullet-not-a-bullet"),
                hint: crate::t!("deck-bullet-not-a-bullet-hint"),
            });
        };
        if text.trim().is_empty() {
            return Err(BulletError {
                offset: line_start + indent,
                message: crate::msg!("deck-bullet-empty"),
                hint: crate::t!("deck-bullet-empty-hint"),
            });
        }
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let bullet = RawBullet {
            text: text.trim_end().to_string(),
            offset: line_start + indent + 2,
            children: Vec::new(),
        };
        let path = match stack.last() {
            None => {
                roots.push(bullet);
                vec![roots.len() - 1]
            }
            Some((_, parent_path)) => {
                let parent_path = parent_path.clone();
                let parent = item_at(&mut roots, &parent_path);
                parent.children.push(bullet);
                let mut p = parent_path;
                p.push(parent.children.len() - 1);
                p
            }
        };
        if path.len() > 4 {
            return Err(BulletError {
                offset: line_start + indent,
                message: crate::msg!("deck-bullet-too-deep"),
                hint: crate::t!("deck-bullet-too-deep-hint"),
            });
        }
        stack.push((indent, path));
        last_text_indent = Some(indent + 2);
    }
    Ok(roots)
}

fn item_at<'a>(roots: &'a mut [RawBullet], path: &[usize]) -> &'a mut RawBullet {
    let (first, rest) = path.split_first().unwrap_or((&0, &[]));
    let mut item = &mut roots[*first];
    for &i in rest {
        item = &mut item.children[i];
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nests_by_indentation() {
        let src = "\n  - A\n    - A1\n      - A1a\n    - A2\n      continued\n  - B\n";
        let b = parse_bullets(src).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].children.len(), 2);
        assert_eq!(b[0].children[0].children[0].text, "A1a");
        assert_eq!(b[0].children[1].text, "A2 continued");
        assert_eq!(&src[b[1].offset..b[1].offset + 1], "B");
    }

    #[test]
    fn rejects_stray_text() {
        let e = parse_bullets("oops\n- a").unwrap_err();
        assert_eq!(e.offset, 0);
    }
}

//! A light, position-keeping scan of a RON file.
//!
//! serde tells us *what* is wrong with a value but not *where* it was; this scan finds where each
//! struct field and list element starts so that semantic errors (duplicate id, missing image,
//! a bad bullet inside a long string) point at the right line and column. It runs only on files
//! that RON already parsed, so it can be forgiving.

/// A value in the file with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub start: usize,
    pub end: usize,
    pub kind: NodeKind,
}

/// The shape of a value.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// `Name(...)` or `(...)`: named fields and/or positional elements.
    Group {
        name: Option<String>,
        fields: Vec<(String, Node)>,
        elems: Vec<Node>,
    },
    /// `[...]`.
    List(Vec<Node>),
    /// A string literal; `content` is the byte offset of its first character.
    Str { content: usize, raw: bool },
    /// Anything else (number, bool, identifier, map).
    Scalar,
}

impl Node {
    /// The value of a named field (looking through `Some(...)`).
    pub fn field(&self, name: &str) -> Option<&Node> {
        match &self.unwrap_some().kind {
            NodeKind::Group { fields, .. } => fields.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Element `i` of a list, or positional element `i` of a group.
    pub fn elem(&self, i: usize) -> Option<&Node> {
        match &self.unwrap_some().kind {
            NodeKind::List(items) => items.get(i),
            NodeKind::Group { elems, .. } => elems.get(i),
            _ => None,
        }
    }

    /// For `Some(x)` returns `x`, otherwise itself.
    pub fn unwrap_some(&self) -> &Node {
        match &self.kind {
            NodeKind::Group {
                name: Some(n),
                fields,
                elems,
            } if n == "Some" && fields.is_empty() && elems.len() == 1 => &elems[0],
            _ => self,
        }
    }

    /// For a string, the byte offset of its content; otherwise the node start.
    pub fn content_start(&self) -> usize {
        match self.unwrap_some().kind {
            NodeKind::Str { content, .. } => content,
            _ => self.start,
        }
    }
}

/// Scans `src` into a tree; `None` if the text is not well-formed enough to scan.
pub fn scan(src: &str) -> Option<Node> {
    let mut s = Scanner {
        b: src.as_bytes(),
        i: 0,
        depth: 0,
    };
    s.skip_ws();
    s.value()
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        loop {
            match self.peek() {
                Some(c) if is_ron_space(c) => self.i += 1,
                Some(b'/') if self.b.get(self.i + 1) == Some(&b'/') => {
                    while let Some(c) = self.peek() {
                        if c == b'\n' {
                            break;
                        }
                        self.i += 1;
                    }
                }
                Some(b'/') if self.b.get(self.i + 1) == Some(&b'*') => {
                    let mut level = 0usize;
                    while self.i < self.b.len() {
                        if self.b[self.i..].starts_with(b"/*") {
                            level += 1;
                            self.i += 2;
                        } else if self.b[self.i..].starts_with(b"*/") {
                            level -= 1;
                            self.i += 2;
                            if level == 0 {
                                break;
                            }
                        } else {
                            self.i += 1;
                        }
                    }
                }
                _ => return,
            }
        }
    }

    fn ident(&mut self) -> Option<String> {
        let start = self.i;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || c == b'_' {
                self.i += 1;
            } else {
                break;
            }
        }
        (self.i > start).then(|| String::from_utf8_lossy(&self.b[start..self.i]).into_owned())
    }

    fn value(&mut self) -> Option<Node> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        let start = self.i;
        let kind = match self.peek()? {
            b'"' => self.string(false, 0),
            b'r' if matches!(self.b.get(self.i + 1), Some(b'"' | b'#')) => {
                self.i += 1;
                let mut hashes = 0;
                while self.peek() == Some(b'#') {
                    hashes += 1;
                    self.i += 1;
                }
                self.string(true, hashes)
            }
            b'\'' => {
                self.i += 1;
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == b'\\' {
                        self.i += 1;
                    } else if c == b'\'' {
                        break;
                    }
                }
                Some(NodeKind::Scalar)
            }
            b'[' => {
                self.i += 1;
                let items = self.seq(b']')?;
                Some(NodeKind::List(items))
            }
            b'{' => {
                self.i += 1;
                self.seq(b'}')?;
                Some(NodeKind::Scalar)
            }
            b'(' => self.group(None),
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let name = self.ident()?;
                self.skip_ws();
                if self.peek() == Some(b'(') {
                    self.group(Some(name))
                } else {
                    Some(NodeKind::Scalar)
                }
            }
            _ => {
                while let Some(c) = self.peek() {
                    if matches!(c, b',' | b')' | b']' | b'}') || is_ron_space(c) {
                        break;
                    }
                    self.i += 1;
                }
                // A stray closing bracket (`]` in a group, `)` in a list) is consumed, or the
                // caller would ask for a value at the same place forever (found by fuzzing).
                if self.i == start {
                    self.i += 1;
                }
                Some(NodeKind::Scalar)
            }
        }?;
        self.depth -= 1;
        Some(Node {
            start,
            end: self.i,
            kind,
        })
    }

    fn string(&mut self, raw: bool, hashes: usize) -> Option<NodeKind> {
        self.i += 1; // opening quote
        let content = self.i;
        loop {
            let c = self.peek()?;
            self.i += 1;
            if !raw && c == b'\\' {
                self.i += 1;
            } else if c == b'"' {
                if raw {
                    let n = self.b[self.i..].iter().take_while(|&&h| h == b'#').count();
                    if n >= hashes {
                        self.i += hashes;
                        return Some(NodeKind::Str { content, raw });
                    }
                } else {
                    return Some(NodeKind::Str { content, raw });
                }
            }
        }
    }

    fn group(&mut self, name: Option<String>) -> Option<NodeKind> {
        self.i += 1; // (
        let mut fields = Vec::new();
        let mut elems = Vec::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                b')' => {
                    self.i += 1;
                    return Some(NodeKind::Group { name, fields, elems });
                }
                b',' => self.i += 1,
                _ => {
                    let save = self.i;
                    if let Some(id) = self.ident() {
                        self.skip_ws();
                        if self.peek() == Some(b':') {
                            self.i += 1;
                            self.skip_ws();
                            let key_start = save;
                            let mut v = self.value()?;
                            if matches!(v.kind, NodeKind::Scalar) && v.start == v.end {
                                v.start = key_start;
                            }
                            fields.push((id, v));
                            continue;
                        }
                    }
                    self.i = save;
                    elems.push(self.value()?);
                }
            }
        }
    }

    fn seq(&mut self, close: u8) -> Option<Vec<Node>> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                c if c == close => {
                    self.i += 1;
                    return Some(items);
                }
                b',' | b':' => self.i += 1,
                _ => items.push(self.value()?),
            }
        }
    }
}

/// Converts byte offsets to 1-based line and column (columns count characters).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `src`.
    pub fn new(src: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// 1-based (line, column) of a byte offset.
    pub fn position(&self, src: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let end = offset.min(src.len());
        let col = src.get(start..end).map_or(end - start, |t| t.chars().count()) + 1;
        (line, col)
    }
}

/// RON's one-byte whitespace: ASCII whitespace and the vertical tab (RON follows Unicode's
/// Pattern_White_Space, which has it; Rust's `is_ascii_whitespace` does not).
fn is_ron_space(c: u8) -> bool {
    c.is_ascii_whitespace() || c == 0x0b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_closing_brackets_and_vertical_tabs_never_stall_the_scan() {
        // Each once made the scanner ask for a value at the same place forever (see
        // tests/fixtures/fuzz/).
        for src in ["Deck(title: \"x\", ])", "Deck(slides: [ ) ])", "Deck(a: }, b: [ } ])"] {
            let _ = scan(src);
        }
        let src = "Deck(rows:\u{b}[\n[\"3\"],\n])";
        let root = scan(src).unwrap();
        let rows = root.field("rows").unwrap();
        assert_eq!(LineIndex::new(src).position(src, rows.elem(0).unwrap().start), (2, 1));
    }

    #[test]
    fn finds_fields_and_elements() {
        let src = "Deck(title: \"a\", slides: [\n  Bullets(id: \"x\", items: r#\"- a\"#),\n  Some(\"y\"),\n])";
        let root = scan(src).unwrap();
        let slides = root.field("slides").unwrap();
        let first = slides.elem(0).unwrap();
        let id = first.field("id").unwrap();
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, id.start), (2, 15));
        let items = first.field("items").unwrap();
        assert_eq!(&src[items.content_start()..items.content_start() + 3], "- a");
        assert_eq!(&src[slides.elem(1).unwrap().content_start()..][..1], "y");
    }

    #[test]
    fn deep_nesting_gives_up_instead_of_overflowing() {
        let src = "[".repeat(100_000);
        assert!(scan(&src).is_none());
    }
}

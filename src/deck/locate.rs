//! Turns a path inside the deck (`slides[3].image.src`) into a file position for messages.

use super::spans::{LineIndex, Node, scan};
use crate::diagnostics::{Diagnostic, Message};

/// One step of a path into the deck value.
#[derive(Debug, Clone, Copy)]
pub enum Step<'a> {
    Field(&'a str),
    Elem(usize),
}

/// Finds positions in one RON file.
pub struct Locator {
    pub file: String,
    pub text: String,
    index: LineIndex,
    root: Option<Node>,
}

impl Locator {
    /// Scans `text` once.
    pub fn new(file: String, text: String) -> Locator {
        Locator {
            index: LineIndex::new(&text),
            root: scan(&text),
            file,
            text,
        }
    }

    /// The deepest node along `path` that exists.
    pub fn node(&self, path: &[Step]) -> Option<&Node> {
        let mut node = self.root.as_ref()?;
        for step in path {
            let next = match *step {
                Step::Field(f) => node.field(f),
                Step::Elem(i) => node.elem(i),
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        Some(node)
    }

    /// Byte offset of `path` (its value start), or of `offset` bytes into its string content.
    pub fn offset(&self, path: &[Step], inner: Option<usize>) -> usize {
        match (self.node(path), inner) {
            (Some(n), Some(o)) => n.content_start() + o,
            (Some(n), None) => n.start,
            (None, _) => 0,
        }
    }

    /// An error at `path` (at `inner` bytes into its string when given, else over its whole
    /// value).
    pub fn error(&self, path: &[Step], inner: Option<usize>, message: Message) -> Diagnostic {
        let (line, col) = self.index.position(&self.text, self.offset(path, inner));
        let d = Diagnostic::error(&self.file, Some(&self.text), line, col, message);
        match (self.node(path), inner) {
            (Some(n), None) if n.end > n.start => {
                let (end_line, end_col) = self.index.position(&self.text, n.end);
                d.ending_at(end_line, end_col)
            }
            _ => d,
        }
    }

    /// First and last 1-based lines of the value at `path` (the whole file when absent).
    pub fn line_span(&self, path: &[Step]) -> (usize, usize) {
        match self.node(path) {
            Some(n) => (
                self.index.position(&self.text, n.start).0,
                self.index.position(&self.text, n.end).0,
            ),
            None => (0, usize::MAX),
        }
    }

    /// 1-based line and column of `path`.
    pub fn position(&self, path: &[Step]) -> (usize, usize) {
        self.index.position(&self.text, self.offset(path, None))
    }
}

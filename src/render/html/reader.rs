//! The reader's copy of a frame: its text blocks and images as HTML, in the order the tagged PDF
//! reads them (painting order), with the same structure: the slide title as a heading, bullets
//! as nested lists, tables as tables with header cells, quotes, images by their alt text. It is
//! visually hidden; what the SVG beside it draws is hidden from assistive technology, except
//! its links, which are read and reached with the keyboard where they are drawn.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::markup::{attr, text};
use crate::layout::{Frame, Item, Structure, TextBlock};

/// The open list and table elements while blocks are written out.
#[derive(Default)]
struct Open {
    /// Depths of the open `<ul>`s.
    lists: usize,
    /// The row of the open table, if one is open.
    row: Option<u16>,
    /// Whether an agenda's list (and one of its items) is open.
    agenda: bool,
}

impl Open {
    fn close_lists_to(&mut self, out: &mut String, depth: usize) {
        while self.lists > depth {
            out.push_str("</li></ul>");
            self.lists -= 1;
        }
    }

    fn close_table(&mut self, out: &mut String) {
        if self.row.take().is_some() {
            out.push_str("</tr></table>");
        }
    }

    fn close_agenda(&mut self, out: &mut String) {
        if std::mem::take(&mut self.agenda) {
            out.push_str("</li></ul>");
        }
    }

    fn close_all(&mut self, out: &mut String) {
        self.close_lists_to(out, 0);
        self.close_table(out);
        self.close_agenda(out);
    }
}

/// The frame's reader copy (without its container).
pub fn reader_copy(frame: &Frame) -> String {
    let mut out = String::new();
    let mut open = Open::default();
    let mut seen: HashSet<usize> = HashSet::new();
    for item in &frame.items {
        match item {
            Item::Text(run) => {
                if seen.insert(run.block)
                    && let Some(b) = frame.blocks.get(run.block)
                {
                    block(&mut out, &mut open, b);
                }
            }
            Item::Image(img) if !img.alt.trim().is_empty() => {
                open.close_all(&mut out);
                let _ = write!(out, r#"<p role="img" aria-label="{}"></p>"#, attr(&img.alt));
            }
            _ => {}
        }
    }
    open.close_all(&mut out);
    out
}

fn block(out: &mut String, open: &mut Open, b: &TextBlock) {
    let words = text(&b.text);
    // An agenda (« 01 Contexte global … »): each number starts an item holding the texts after it.
    match (b.structure, b.role) {
        (Structure::Label, _) => {
            open.close_lists_to(out, 0);
            open.close_table(out);
            out.push_str(if open.agenda { "</li><li>" } else { "<ul><li>" });
            open.agenda = true;
            let _ = write!(out, "<span>{words}</span> ");
            return;
        }
        (Structure::Plain, "agenda") if open.agenda => {
            let _ = write!(out, "<p>{words}</p>");
            return;
        }
        _ => open.close_agenda(out),
    }
    match b.structure {
        Structure::Artifact => {}
        Structure::ListItem { depth } => {
            open.close_table(out);
            let depth = usize::from(depth) + 1;
            if open.lists >= depth {
                open.close_lists_to(out, depth);
                out.push_str("</li><li>");
            } else {
                while open.lists < depth {
                    out.push_str("<ul><li>");
                    open.lists += 1;
                }
            }
            out.push_str(&words);
        }
        Structure::TableCell { row, header } => {
            open.close_lists_to(out, 0);
            match open.row {
                None => out.push_str("<table><tr>"),
                Some(r) if r != row => out.push_str("</tr><tr>"),
                Some(_) => {}
            }
            open.row = Some(row);
            let tag = if header { "th" } else { "td" };
            let _ = write!(out, "<{tag}>{words}</{tag}>");
        }
        Structure::Label | Structure::Plain => {
            open.close_all(out);
            let tag = match b.role {
                "title" => "h2",
                "heading" => "h3",
                "quote" => "blockquote",
                _ => "p",
            };
            let _ = write!(out, "<{tag}>{words}</{tag}>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Rect, TextRun};
    use crate::model::{Color, FontRole};

    fn frame(blocks: Vec<(&str, &'static str, Structure)>) -> Frame {
        let mut f = Frame::empty(100.0, 100.0, Color::rgb(0, 0, 0));
        for (i, (t, role, structure)) in blocks.into_iter().enumerate() {
            f.blocks.push(TextBlock {
                rect: Rect::default(),
                text: t.to_string(),
                role,
                structure,
                upper: false,
            });
            f.items.push(Item::Text(TextRun {
                text: t.to_string(),
                x: 0.0,
                baseline: 0.0,
                size: 10.0,
                font: FontRole::Regular,
                color: Color::rgb(0, 0, 0),
                width: 1.0,
                block: i,
                shaped: Default::default(),
            }));
        }
        f
    }

    #[test]
    fn titles_are_headings_and_bullets_nested_lists() {
        let f = frame(vec![
            ("Causes", "title", Structure::Plain),
            ("Globalisation", "bullet", Structure::ListItem { depth: 0 }),
            ("Échanges", "bullet", Structure::ListItem { depth: 1 }),
            ("Décentralisation", "bullet", Structure::ListItem { depth: 0 }),
            ("Source : <x>", "body", Structure::Plain),
        ]);
        assert_eq!(
            reader_copy(&f),
            "<h2>Causes</h2><ul><li>Globalisation<ul><li>Échanges</li></ul></li><li>Décentralisation</li></ul><p>Source : &lt;x&gt;</p>"
        );
    }

    #[test]
    fn an_agenda_is_a_list_of_numbered_items() {
        let f = frame(vec![
            ("01", "label", Structure::Label),
            ("Contexte global", "agenda", Structure::Plain),
            ("Causes", "agenda", Structure::Plain),
            ("02", "label", Structure::Label),
            ("Le Québec", "agenda", Structure::Plain),
            ("Alicia Despins", "footer", Structure::Plain),
        ]);
        assert_eq!(
            reader_copy(&f),
            "<ul><li><span>01</span> <p>Contexte global</p><p>Causes</p></li><li><span>02</span> <p>Le Québec</p></li></ul><p>Alicia Despins</p>"
        );
    }

    #[test]
    fn tables_have_rows_and_header_cells() {
        let f = frame(vec![
            ("Ville", "table", Structure::TableCell { row: 0, header: true }),
            ("Rang", "table", Structure::TableCell { row: 0, header: true }),
            ("Montréal", "table", Structure::TableCell { row: 1, header: false }),
            ("1", "table", Structure::TableCell { row: 1, header: false }),
        ]);
        assert_eq!(
            reader_copy(&f),
            "<table><tr><th>Ville</th><th>Rang</th></tr><tr><td>Montréal</td><td>1</td></tr></table>"
        );
    }
}

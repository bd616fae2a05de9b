//! The tagged PDF's structure tree of one page, from the frame's text blocks in reading order:
//! slide titles as headings, bullets as nested lists, the agenda as a numbered list, tables as
//! tables with header cells, quotes as block quotes, captions, figures with their alt text; the
//! rest as paragraphs. Text set in capitals carries its written case as `ActualText`, so a
//! screen reader reads « Causes de la croissance », not letter by letter.

use std::num::NonZeroU16;

use krilla::tagging::{Identifier, ListNumbering, Node, TableHeaderScope, Tag, TagGroup, TagKind};

use crate::layout::{Structure, TextBlock};

/// What a page painted, in reading order: a text block's marked runs, or a figure.
pub enum Entry {
    /// The runs of `frame.blocks[block]`.
    Block(usize, Vec<Identifier>),
    /// An image, already tagged as a figure with its alt text.
    Figure(TagGroup),
}

/// The page's top-level structure elements.
pub fn page_structure(blocks: &[TextBlock], entries: Vec<Entry>) -> Vec<TagGroup> {
    let mut entries = entries.into_iter().peekable();
    let mut out = Vec::new();
    while let Some(entry) = entries.next() {
        let (b, ids) = match entry {
            Entry::Figure(g) => {
                out.push(g);
                continue;
            }
            Entry::Block(b, ids) => (b, ids),
        };
        let Some(block) = blocks.get(b) else {
            out.push(group(Tag::P, ids));
            continue;
        };
        match block.structure {
            Structure::ListItem { depth } => out.push(list(blocks, depth, (b, ids), &mut entries)),
            Structure::Label => out.push(agenda(blocks, (b, ids), &mut entries)),
            Structure::TableCell { .. } => out.push(table(blocks, (b, ids), &mut entries)),
            Structure::Plain | Structure::Artifact => out.push(plain(block, ids)),
        }
    }
    out
}

type Entries = std::iter::Peekable<std::vec::IntoIter<Entry>>;

fn group(tag: impl Into<TagKind>, ids: Vec<Identifier>) -> TagGroup {
    TagGroup::with_children(tag, ids.into_iter().map(Node::from).collect())
}

/// The written text when the style changed its case.
fn actual_text(block: &TextBlock) -> Option<String> {
    block.upper.then(|| block.text.clone())
}

/// A block that is not part of a list or a table, by its role.
fn plain(block: &TextBlock, ids: Vec<Identifier>) -> TagGroup {
    let actual = actual_text(block);
    match block.role {
        "title" => group(Tag::Hn(NonZeroU16::MIN, None).with_actual_text(actual), ids),
        "heading" => group(
            Tag::Hn(NonZeroU16::MIN.saturating_add(1), None).with_actual_text(actual),
            ids,
        ),
        "quote" => group(Tag::BlockQuote.with_actual_text(actual), ids),
        "caption" | "credit" => group(Tag::Caption.with_actual_text(actual), ids),
        _ => group(Tag::P.with_actual_text(actual), ids),
    }
}

/// The structure of the next entry, if it is a text block.
fn next_structure(blocks: &[TextBlock], entries: &mut Entries) -> Option<Structure> {
    match entries.peek() {
        Some(Entry::Block(b, _)) => blocks.get(*b).map(|k| k.structure),
        _ => None,
    }
}

/// Whether the next entry is an agenda's section or sub-point.
fn next_is_agenda_text(blocks: &[TextBlock], entries: &mut Entries) -> bool {
    match entries.peek() {
        Some(Entry::Block(b, _)) => blocks
            .get(*b)
            .is_some_and(|k| k.structure == Structure::Plain && k.role == "agenda"),
        _ => false,
    }
}

/// A bullet list at `depth` starting with `first`; deeper items nest inside the body of the
/// item before them, as written.
fn list(blocks: &[TextBlock], depth: u8, first: (usize, Vec<Identifier>), entries: &mut Entries) -> TagGroup {
    let numbering = match depth {
        0 => ListNumbering::Square,
        1 => ListNumbering::Disc,
        _ => ListNumbering::Circle,
    };
    let mut l = TagGroup::new(Tag::L(numbering));
    let mut item = Some(first);
    while let Some((b, ids)) = item.take() {
        let mut body = group(Tag::LBody.with_actual_text(blocks.get(b).and_then(actual_text)), ids);
        while let Some(Structure::ListItem { depth: d }) = next_structure(blocks, entries)
            && d > depth
        {
            if let Some(Entry::Block(nb, nids)) = entries.next() {
                body.push(list(blocks, d, (nb, nids), entries));
            }
        }
        l.push(TagGroup::with_children(Tag::LI, vec![body.into()]));
        if let Some(Structure::ListItem { depth: d }) = next_structure(blocks, entries)
            && d == depth
            && let Some(Entry::Block(nb, nids)) = entries.next()
        {
            item = Some((nb, nids));
        }
    }
    l
}

/// An agenda: each number (a label) followed by its section and sub-points (the body).
fn agenda(blocks: &[TextBlock], first: (usize, Vec<Identifier>), entries: &mut Entries) -> TagGroup {
    let mut l = TagGroup::new(Tag::L(ListNumbering::Decimal));
    let mut label = Some(first);
    while let Some((_, ids)) = label.take() {
        let mut body = TagGroup::new(Tag::LBody);
        while next_is_agenda_text(blocks, entries) {
            if let Some(Entry::Block(b, ids)) = entries.next() {
                let actual = blocks.get(b).and_then(actual_text);
                body.push(group(Tag::P.with_actual_text(actual), ids));
            }
        }
        l.push(TagGroup::with_children(
            Tag::LI,
            vec![group(Tag::Lbl, ids).into(), body.into()],
        ));
        if let Some(Structure::Label) = next_structure(blocks, entries)
            && let Some(Entry::Block(b, ids)) = entries.next()
        {
            label = Some((b, ids));
        }
    }
    l
}

/// A table: consecutive cells, one row element per row number, header cells as `TH`.
fn table(blocks: &[TextBlock], first: (usize, Vec<Identifier>), entries: &mut Entries) -> TagGroup {
    let mut rows: Vec<(u16, TagGroup)> = Vec::new();
    let mut cell = Some(first);
    while let Some((b, ids)) = cell.take() {
        if let Some(Structure::TableCell { row, header }) = blocks.get(b).map(|k| k.structure) {
            let tag: TagKind = if header {
                Tag::TH(TableHeaderScope::Column).into()
            } else {
                Tag::TD.into()
            };
            let td = group(tag, ids);
            match rows.iter_mut().find(|(r, _)| *r == row) {
                Some((_, tr)) => tr.push(td),
                None => rows.push((row, TagGroup::with_children(Tag::TR, vec![td.into()]))),
            }
        }
        if let Some(Structure::TableCell { .. }) = next_structure(blocks, entries)
            && let Some(Entry::Block(nb, nids)) = entries.next()
        {
            cell = Some((nb, nids));
        }
    }
    rows.sort_by_key(|(r, _)| *r);
    TagGroup::with_children(Tag::Table, rows.into_iter().map(|(_, tr)| tr.into()).collect())
}

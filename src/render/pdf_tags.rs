//! The tagged PDF's structure tree of one page, from the frame's text blocks in reading order:
//! slide titles as headings, bullets as nested lists, the agenda as a numbered list, tables as
//! tables with header cells, quotes as block quotes, captions, figures with their alt text; the
//! rest as paragraphs. Text set in capitals carries its written case as `ActualText`, so a
//! screen reader reads « Causes de la croissance », not letter by letter.

use std::collections::HashMap;
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

/// The tagged link annotations of a page, by the text block they underline.
struct Links(HashMap<Option<usize>, Vec<Identifier>>);

impl Links {
    /// A group of `tag` holding the runs `ids` of block `b`, then a `Link` element for each of
    /// its link annotations (the link text itself stays in the flow of the block's text).
    fn group(&mut self, b: usize, tag: impl Into<TagKind>, ids: Vec<Identifier>) -> TagGroup {
        let mut g = group(tag, ids);
        for annot in self.0.remove(&Some(b)).unwrap_or_default() {
            g.push(TagGroup::with_children(Tag::Link, vec![annot.into()]));
        }
        g
    }
}

/// The page's top-level structure elements. `links` are the page's tagged link annotations
/// with the block whose text they cover: each goes into a `Link` element there (or at the end
/// of the page when that block is not read), as a tagged annotation must be in the tree once.
pub fn page_structure(
    blocks: &[TextBlock],
    entries: Vec<Entry>,
    links: Vec<(Option<usize>, Identifier)>,
) -> Vec<TagGroup> {
    let mut by_block: HashMap<Option<usize>, Vec<Identifier>> = HashMap::new();
    for (b, id) in links {
        by_block.entry(b).or_default().push(id);
    }
    let mut links = Links(by_block);
    let mut out = structure(blocks, entries, &mut links);
    let mut rest: Vec<(Option<usize>, Vec<Identifier>)> = links.0.into_iter().collect();
    rest.sort_by_key(|(b, _)| *b);
    for annot in rest.into_iter().flat_map(|(_, ids)| ids) {
        out.push(TagGroup::with_children(Tag::Link, vec![annot.into()]));
    }
    out
}

fn structure(blocks: &[TextBlock], entries: Vec<Entry>, links: &mut Links) -> Vec<TagGroup> {
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
            out.push(links.group(b, Tag::P, ids));
            continue;
        };
        match block.structure {
            Structure::ListItem { depth } => out.push(list(blocks, depth, (b, ids), &mut entries, links)),
            Structure::Label => out.push(agenda(blocks, (b, ids), &mut entries, links)),
            Structure::TableCell { .. } => out.push(table(blocks, (b, ids), &mut entries, links)),
            Structure::Plain | Structure::Artifact => out.push(plain(b, block, ids, links)),
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
fn plain(b: usize, block: &TextBlock, ids: Vec<Identifier>, links: &mut Links) -> TagGroup {
    let actual = actual_text(block);
    let tag: TagKind = match block.role {
        "title" => Tag::Hn(NonZeroU16::MIN, None).with_actual_text(actual).into(),
        "heading" => Tag::Hn(NonZeroU16::MIN.saturating_add(1), None)
            .with_actual_text(actual)
            .into(),
        "quote" => Tag::BlockQuote.with_actual_text(actual).into(),
        "caption" | "credit" => Tag::Caption.with_actual_text(actual).into(),
        _ => Tag::P.with_actual_text(actual).into(),
    };
    links.group(b, tag, ids)
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
fn list(
    blocks: &[TextBlock],
    depth: u8,
    first: (usize, Vec<Identifier>),
    entries: &mut Entries,
    links: &mut Links,
) -> TagGroup {
    let numbering = match depth {
        0 => ListNumbering::Square,
        1 => ListNumbering::Disc,
        _ => ListNumbering::Circle,
    };
    let mut l = TagGroup::new(Tag::L(numbering));
    let mut item = Some(first);
    while let Some((b, ids)) = item.take() {
        let mut body = links.group(b, Tag::LBody.with_actual_text(blocks.get(b).and_then(actual_text)), ids);
        while let Some(Structure::ListItem { depth: d }) = next_structure(blocks, entries)
            && d > depth
        {
            if let Some(Entry::Block(nb, nids)) = entries.next() {
                body.push(list(blocks, d, (nb, nids), entries, links));
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
fn agenda(blocks: &[TextBlock], first: (usize, Vec<Identifier>), entries: &mut Entries, links: &mut Links) -> TagGroup {
    let mut l = TagGroup::new(Tag::L(ListNumbering::Decimal));
    let mut label = Some(first);
    while let Some((lb, ids)) = label.take() {
        let mut body = TagGroup::new(Tag::LBody);
        while next_is_agenda_text(blocks, entries) {
            if let Some(Entry::Block(b, ids)) = entries.next() {
                let actual = blocks.get(b).and_then(actual_text);
                body.push(links.group(b, Tag::P.with_actual_text(actual), ids));
            }
        }
        l.push(TagGroup::with_children(
            Tag::LI,
            vec![links.group(lb, Tag::Lbl, ids).into(), body.into()],
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
fn table(blocks: &[TextBlock], first: (usize, Vec<Identifier>), entries: &mut Entries, links: &mut Links) -> TagGroup {
    let mut rows: Vec<(u16, TagGroup)> = Vec::new();
    let mut cell = Some(first);
    while let Some((b, ids)) = cell.take() {
        if let Some(Structure::TableCell { row, header }) = blocks.get(b).map(|k| k.structure) {
            let tag: TagKind = if header {
                Tag::TH(TableHeaderScope::Column).into()
            } else {
                Tag::TD.into()
            };
            let td = links.group(b, tag, ids);
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

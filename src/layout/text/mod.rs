//! Line breaking of rich text with the bundled fonts' metrics.
//!
//! Lines break where the Unicode line-breaking algorithm (UAX #14, `unicode-linebreak`) allows:
//! after spaces (never at the non-breaking spaces of French typography, nor before `!`, `?`,
//! `;`, `:` or a closing « »), after hyphens and dashes, and at soft hyphens (which then show a
//! hyphen). A word longer than the line is cut, preferably after `/`, `-`, `_`, `?`, `&`, `.`.

use super::breaks::break_opportunities;
use super::fonts::Fonts;
use crate::model::{FontRole, RichText, SpanStyle};

/// Which faces a text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// Regular text; bold and italic spans switch faces.
    Body,
    /// Bold text; italic spans become bold italic.
    Strong,
    /// Heavy display face for titles.
    Display,
    /// Italic text; bold spans become bold italic.
    Emphasis,
}

impl Face {
    /// The font role for a span style.
    pub fn role(self, style: SpanStyle) -> FontRole {
        let bold = style.bold || self == Face::Strong;
        let italic = style.italic || self == Face::Emphasis;
        match (self, bold, italic) {
            (Face::Display, _, _) => FontRole::Display,
            (_, true, true) => FontRole::BoldItalic,
            (_, true, false) => FontRole::Bold,
            (_, false, true) => FontRole::Italic,
            _ => FontRole::Regular,
        }
    }
}

/// A piece of a line in one face.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    pub font: FontRole,
    /// Offset from the line's left end.
    pub x: f32,
    pub width: f32,
    pub link: Option<String>,
}

/// One wrapped line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    pub pieces: Vec<Piece>,
    pub width: f32,
}

/// Whether some word that should never be cut (not a URL, not a very long token) is wider than
/// `max_width` at `size`: fitting then shrinks the text rather than break the word. The parts of
/// a word between break opportunities (after a hyphen, at a soft hyphen) are measured apart.
pub fn word_overflows(fonts: &Fonts, text: &RichText, face: Face, size: f32, max_width: f32) -> bool {
    text.spans.iter().any(|span| {
        let font = face.role(span.style);
        span.link.is_none()
            && span
                .text
                .split([' ', '\n', '\t'])
                .filter(|w| !w.contains("://") && w.chars().count() <= 30)
                .flat_map(unbreakable_parts)
                .any(|w| fonts.width(w, font, size) > max_width)
    })
}

/// The width of the widest part of `text` between break opportunities (a line narrower than
/// that cuts a word).
pub fn widest_part(fonts: &Fonts, text: &RichText, face: Face, size: f32) -> f32 {
    text.spans
        .iter()
        .flat_map(|span| {
            let font = face.role(span.style);
            span.text
                .split([' ', '\n', '\t'])
                .flat_map(unbreakable_parts)
                .map(move |w| fonts.width(w, font, size))
        })
        .fold(0.0, f32::max)
}

/// The parts of `text` between its break opportunities, without the soft hyphens and spaces
/// at which they break.
fn unbreakable_parts(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    unicode_linebreak::linebreaks(text).map(move |(end, _)| {
        let part = &text[start..end];
        start = end;
        part.trim_end_matches([' ', '\n', '\t', SOFT_HYPHEN])
    })
}

/// How a word follows the previous one on a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Join {
    /// After a space: a space between them, nothing at a break.
    Space,
    /// At a soft hyphen: nothing between them, a visible hyphen at a break.
    SoftHyphen,
    /// After a hyphen, a dash or a slash: nothing between them, nothing added at a break.
    Direct,
}

/// A fragment of a word: text with its span's style and link.
#[derive(Debug, Clone)]
struct Frag {
    text: String,
    font: FontRole,
    link: Option<String>,
}

/// Breaks `text` into lines no wider than `max_width` at `size`.
pub fn wrap(fonts: &Fonts, text: &RichText, face: Face, size: f32, max_width: f32) -> Vec<Line> {
    // Words: sequences of fragments between break opportunities, each with how it joins the
    // previous word. A space where no break is allowed (before `!`, `»`…) stays in its word.
    let plain: String = text.spans.iter().map(|s| s.text.as_str()).collect();
    let allowed = break_opportunities(&plain);
    let is_space = |c: char| c == ' ' || c == '\n' || c == '\t';
    let mut words: Vec<Vec<Frag>> = vec![Vec::new()];
    let mut joins: Vec<Join> = vec![Join::Space];
    let mut at = 0;
    for span in &text.spans {
        let font = face.role(span.style);
        let mut cur = String::new();
        for c in span.text.chars() {
            let here = at;
            at += c.len_utf8();
            let word_open = !cur.is_empty() || words.last().is_some_and(|w| !w.is_empty());
            if allowed[here] && word_open && !is_space(c) && c != SOFT_HYPHEN {
                let previous = plain[..here].chars().next_back();
                if previous.is_some_and(|p| !is_space(p) && p != SOFT_HYPHEN) {
                    if !cur.is_empty() {
                        push_frag(&mut words, std::mem::take(&mut cur), font, &span.link);
                    }
                    words.push(Vec::new());
                    joins.push(Join::Direct);
                }
            }
            if is_space(c) || c == SOFT_HYPHEN {
                let run_end = plain[here..]
                    .char_indices()
                    .find(|&(_, d)| !is_space(d))
                    .map_or(plain.len(), |(i, _)| here + i);
                let breaks = c == SOFT_HYPHEN || run_end >= plain.len() || allowed[run_end];
                if !breaks {
                    if word_open && !cur.ends_with(' ') {
                        cur.push(' ');
                    }
                    continue;
                }
                if !cur.is_empty() {
                    push_frag(&mut words, std::mem::take(&mut cur), font, &span.link);
                }
                if words.last().is_some_and(|w| !w.is_empty()) {
                    words.push(Vec::new());
                    joins.push(if c == SOFT_HYPHEN {
                        Join::SoftHyphen
                    } else {
                        Join::Space
                    });
                }
            } else {
                cur.push(c);
            }
        }
        if !cur.is_empty() {
            push_frag(&mut words, cur, font, &span.link);
        }
    }
    let space = |font: FontRole| fonts.width(" ", font, size);
    // A line's width is kept as the sum of its words and spaces while it grows, and shaped
    // whole (kerning across the spaces) only when a word ends near the margin and once the line
    // is done: shaping every prefix again cost most of a cold layout.
    let tolerance = SETTLE_EMS * size;
    let mut lines: Vec<Line> = Vec::new();
    let mut line = Line::default();
    let mut summed = false;
    for (word, joined) in words.into_iter().zip(joins) {
        if word.is_empty() {
            continue;
        }
        let ww: f32 = word.iter().map(|f| fonts.width(&f.text, f.font, size)).sum();
        // The space goes at the end of the line's last piece, in that piece's face.
        let gap = match line.pieces.last() {
            Some(last) if joined == Join::Space => space(last.font),
            _ => 0.0,
        };
        // Near the margin the exact width decides; past it, the line is done and needs it.
        if summed && line.width + gap + ww > max_width - tolerance {
            settle(fonts, &mut line, size);
            summed = false;
        }
        if !line.pieces.is_empty() && line.width + gap + ww > max_width {
            if joined == Join::SoftHyphen {
                hyphenate(fonts, &mut line, size);
            }
            lines.push(std::mem::take(&mut line));
        }
        if line.pieces.is_empty() && ww > max_width {
            for part in split_long(fonts, &word, size, max_width) {
                if !line.pieces.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                append(fonts, &mut line, &part, size, 0.0);
                settle(fonts, &mut line, size);
            }
            continue;
        }
        let gap = if line.pieces.is_empty() { 0.0 } else { gap };
        summed |= append(fonts, &mut line, &word, size, gap);
    }
    if !line.pieces.is_empty() {
        if summed {
            settle(fonts, &mut line, size);
        }
        lines.push(line);
    }
    lines
}

/// How far (in ems, summed over a line) shaping a line whole may differ from adding up its
/// words and spaces: kerning against a space is a few hundredths of an em in text faces. A word
/// ending closer than this to the margin has the line shaped whole before it is placed, so lines
/// break exactly where shaping every prefix would break them.
const SETTLE_EMS: f32 = 0.5;

/// Shapes each piece of a line whole and places the pieces again: the exact widths that
/// painters draw.
fn settle(fonts: &Fonts, line: &mut Line, size: f32) {
    let mut x = 0.0;
    for p in &mut line.pieces {
        p.x = x;
        p.width = fonts.width(&p.text, p.font, size);
        x += p.width;
    }
    line.width = x;
}

/// A short message centred in `rect`, wrapped to its width, as positioned runs (`block` 0):
/// what painters draw over an image they could not read after all.
pub fn centered_note(fonts: &Fonts, rect: super::Rect, note: &str, color: crate::model::Color) -> Vec<super::TextRun> {
    let size = (rect.h / 12.0).clamp(14.0, 24.0);
    let lines = wrap(
        fonts,
        &RichText::plain(note),
        Face::Body,
        size,
        (rect.w - 32.0).max(size),
    );
    let line_h = size * 1.3;
    let top = rect.y + (rect.h - line_h * lines.len() as f32).max(0.0) / 2.0;
    let mut runs = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let baseline = top + line_h * i as f32 + fonts.ascent(FontRole::Regular, size);
        if baseline > rect.bottom() {
            break;
        }
        let left = rect.x + (rect.w - line.width).max(0.0) / 2.0;
        runs.extend(line.pieces.iter().map(|p| super::TextRun {
            text: p.text.clone(),
            x: left + p.x,
            baseline,
            size,
            font: p.font,
            color,
            width: p.width,
            block: 0,
            shaped: Default::default(),
        }));
    }
    runs
}

/// Soft hyphen: an invisible break opportunity inside a word.
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Ends a line broken at a soft hyphen with a visible hyphen.
fn hyphenate(fonts: &Fonts, line: &mut Line, size: f32) {
    if let Some(p) = line.pieces.last_mut() {
        p.text.push('-');
        p.width = fonts.width(&p.text, p.font, size);
        line.width = p.x + p.width;
    }
}

fn push_frag(words: &mut [Vec<Frag>], text: String, font: FontRole, link: &Option<String>) {
    if let Some(w) = words.last_mut() {
        w.push(Frag {
            text,
            font,
            link: link.clone(),
        });
    }
}

/// Appends a word (after a gap) to a line, merging with the last piece when the style matches.
/// Widths are added up, not shaped again: returns whether the line now needs [`settle`] to have
/// its exact widths (a word that starts a line in one piece is measured exactly already).
fn append(fonts: &Fonts, line: &mut Line, word: &[Frag], size: f32, gap: f32) -> bool {
    let mut summed = false;
    let mut first = true;
    for f in word {
        let w = fonts.width(&f.text, f.font, size);
        let lead = if first { gap } else { 0.0 };
        first = false;
        match line.pieces.last_mut() {
            Some(p) if p.font == f.font && p.link == f.link => {
                if lead > 0.0 {
                    p.text.push(' ');
                }
                p.text.push_str(&f.text);
                p.width += lead + w;
                summed = true;
            }
            _ => {
                if lead > 0.0 {
                    // The space belongs to the previous piece so that runs concatenate to the text.
                    if let Some(p) = line.pieces.last_mut() {
                        p.text.push(' ');
                        p.width += lead;
                        summed = true;
                    }
                }
                let x = line.pieces.last().map_or(0.0, |p| p.x + p.width);
                line.pieces.push(Piece {
                    text: f.text.clone(),
                    font: f.font,
                    x,
                    width: w,
                    link: f.link.clone(),
                });
            }
        }
        line.width = line.pieces.last().map_or(0.0, |p| p.x + p.width);
    }
    summed
}

mod long_words;
use long_words::split_long;

#[cfg(test)]
mod tests;

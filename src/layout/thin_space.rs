//! The narrow no-break space (U+202F) drawn as a true thin space, 1/8 em, whatever its width in
//! the font: Lato's is 98 % of a word space, which reads as a full space before `?` in French
//! from France (`fr-FR` and the `space_before_marks` switch).
//!
//! Painters draw each run from its own left edge, so a run ending with U+202F is drawn up to
//! the space and the next run starts 1/8 em after the text: the runs still join into the text
//! as written (a screen reader, a copy from the PDF), and screen, PDF, PNG and web page show
//! the same gap.

use super::fonts::Fonts;
use super::text::{Line, Piece};

/// The narrow no-break space.
const NNBSP: char = '\u{202f}';

/// Width of the thin space, in ems.
pub const THIN_EMS: f32 = 0.125;

/// Sets every U+202F of `lines` 1/8 em wide; lines without one are left untouched.
pub fn thin_spaces(fonts: &Fonts, lines: &mut [Line], size: f32) {
    for line in lines
        .iter_mut()
        .filter(|l| l.pieces.iter().any(|p| p.text.contains(NNBSP)))
    {
        let mut pieces: Vec<Piece> = Vec::with_capacity(line.pieces.len() + 1);
        let mut x = 0.0;
        for p in line.pieces.drain(..) {
            for part in p.text.split_inclusive(NNBSP) {
                let width = match part.strip_suffix(NNBSP) {
                    Some(text) => fonts.width(text, p.font, size) + THIN_EMS * size,
                    None => fonts.width(part, p.font, size),
                };
                pieces.push(Piece {
                    text: part.to_string(),
                    font: p.font,
                    x,
                    width,
                    link: p.link.clone(),
                });
                x += width;
            }
        }
        line.pieces = pieces;
        line.width = x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::text::{Face, wrap};
    use crate::model::RichText;

    #[test]
    fn a_narrow_space_is_an_eighth_of_an_em_and_the_text_stays_whole() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        let size = 40.0;
        let text = RichText::plain("Une question\u{202f}? Oui\u{202f}!");
        let mut lines = wrap(&fonts, &text, Face::Body, size, 2000.0);
        let before = lines[0].width;
        thin_spaces(&fonts, &mut lines, size);
        let line = &lines[0];
        let joined: String = line.pieces.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(joined, "Une question\u{202f}? Oui\u{202f}!");
        let q = line.pieces.iter().position(|p| p.text == "? Oui\u{202f}").unwrap();
        let word = fonts.width("Une question", crate::model::FontRole::Regular, size);
        assert!(
            (line.pieces[q].x - (word + size / 8.0)).abs() < 0.01,
            "{:?}",
            line.pieces
        );
        assert!(line.width < before, "Lato's U+202F is wider than 1/8 em");
        let mut x = 0.0;
        for p in &line.pieces {
            assert!((p.x - x).abs() < 0.01);
            x += p.width;
        }
    }

    #[test]
    fn lines_without_a_narrow_space_are_not_touched() {
        let fonts = Fonts::bundled().expect("bundled fonts");
        let mut lines = wrap(&fonts, &RichText::plain("Québec : oui !"), Face::Body, 40.0, 2000.0);
        let before = lines.clone();
        thin_spaces(&fonts, &mut lines, 40.0);
        assert_eq!(lines, before);
    }
}

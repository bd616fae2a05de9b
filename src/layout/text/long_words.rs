//! Words wider than a line (URLs, long tokens): cut into parts that fit, preferably after
//! `/`, `_`, `?`, `&` or `=`, or before `.`, `%` or `#`. A hyphen is as good a place in a long
//! token, but never in a URL: a URL cut after a hyphen reads as a hyphenated word
//! (`radio-`/`canada`); with no other place, it is cut where the line ends.

use super::Frag;
use crate::layout::fonts::Fonts;

/// Cuts a word wider than the line into parts that fit.
pub(super) fn split_long(fonts: &Fonts, word: &[Frag], size: f32, max_width: f32) -> Vec<Vec<Frag>> {
    let chars: Vec<(char, usize)> = word
        .iter()
        .enumerate()
        .flat_map(|(i, f)| f.text.chars().map(move |c| (c, i)))
        .collect();
    // A link, or a part of one: the line breaker cuts URLs into words after their `/`.
    let url = word
        .iter()
        .any(|f| f.link.is_some() || f.text.contains(['/', '%']) || f.text.contains("www."));
    let mut parts = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let mut width = 0.0;
        let mut end = start;
        let mut best_break = None;
        while end < chars.len() {
            let (c, fi) = chars[end];
            let cw = fonts.width(c.encode_utf8(&mut [0; 4]), word[fi].font, size);
            if width + cw > max_width && end > start {
                break;
            }
            // Before `%`, but not inside the bytes of one letter (`%C3%A9` is « é »).
            let mid_letter = c == '%' && end >= 3 && chars[end - 3].0 == '%';
            if ".%#".contains(c) && end > start && !mid_letter {
                best_break = Some(end);
            }
            width += cw;
            end += 1;
            if end < chars.len() && ("/_?&=".contains(c) || (c == '-' && !url)) {
                best_break = Some(end);
            }
        }
        let fair = |b: &usize| *b > start + (end - start) / 3;
        let mut cut = if end < chars.len() {
            // A URL with no fair place is cut where the line ends, but never just after a
            // hyphen: a cut mid-letters does not read as a hyphenated word.
            let edge = if url && end > start + 1 && chars[end - 1].0 == '-' {
                end - 1
            } else {
                end
            };
            best_break.filter(fair).unwrap_or(edge)
        } else {
            end
        };
        let frags = |cut: usize| {
            let mut part: Vec<Frag> = Vec::new();
            for &(c, fi) in &chars[start..cut] {
                match part.last_mut() {
                    Some(f) if f.font == word[fi].font && f.link == word[fi].link => f.text.push(c),
                    _ => part.push(Frag {
                        text: c.to_string(),
                        font: word[fi].font,
                        link: word[fi].link.clone(),
                    }),
                }
            }
            part
        };
        // Characters were measured one by one; shaped together (kerning) the part can be a
        // little wider: give back characters until it fits.
        let mut part = frags(cut);
        while cut > start + 1 && part.iter().map(|f| fonts.width(&f.text, f.font, size)).sum::<f32>() > max_width {
            cut -= 1;
            part = frags(cut);
        }
        parts.push(part);
        start = cut;
    }
    parts
}

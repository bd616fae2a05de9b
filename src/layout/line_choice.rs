//! Choosing between line breakings of the same text, given a way to wrap it at any width:
//! headings balanced (lines of similar length, as CSS `text-wrap: balance`), paragraphs without
//! a widow (a word alone on their last line, as CSS `text-wrap: pretty`). Both only narrow the
//! measure and keep the number of lines, so the text still fits the box it was measured for,
//! and every painter draws the same lines (they all paint the frame).

use super::text::Line;

/// Lines of a heading wrapped at the narrowest width that keeps their number, never narrower
/// than `widest` (its widest unbreakable part: narrower would cut a word).
pub fn balanced(width: f32, widest: f32, wrap_at: impl Fn(f32) -> Vec<Line>) -> Vec<Line> {
    let first = wrap_at(width);
    let n = first.len();
    if !(2..=4).contains(&n) {
        return first;
    }
    // The widest line can never be narrower than the total over n.
    let total: f32 = first.iter().map(|l| l.width).sum();
    let (mut lo, mut hi) = ((total / n as f32).max(widest).min(width), width);
    let mut best = first;
    for _ in 0..10 {
        let mid = (lo + hi) / 2.0;
        let tried = wrap_at(mid);
        if tried.len() == n && tried.iter().all(|l| l.width <= mid + 0.01) {
            hi = mid;
            best = tried;
        } else {
            lo = mid;
        }
        if hi - lo < 2.0 {
            break;
        }
    }
    best
}

/// Whether the last line of `lines` is a widow: one word alone (no space to break at) after
/// other lines. The end of a URL is not a word: nothing to rebreak there.
pub fn has_widow(lines: &[Line]) -> bool {
    let [.., before, last] = lines else { return false };
    let text: String = last.pieces.iter().map(|p| p.text.as_str()).collect();
    let text = text.trim();
    let url_part = text.contains(['/', '=', '&']) || last.pieces.iter().any(|p| p.link.is_some());
    !text.contains(' ') && !url_part && before.width > 0.0
}

/// Lines of a paragraph with no widow when a slightly narrower measure (down to 80 %, never
/// under `widest`) gives the same number of lines with at least two words on the last; the
/// first breaking otherwise.
pub fn without_widow(width: f32, widest: f32, wrap_at: impl Fn(f32) -> Vec<Line>) -> Vec<Line> {
    let first = wrap_at(width);
    if !has_widow(&first) {
        return first;
    }
    for k in 1..=10 {
        let narrower = width * (1.0 - 0.02 * k as f32);
        if narrower < widest {
            break;
        }
        let tried = wrap_at(narrower);
        if tried.len() == first.len() && !has_widow(&tried) {
            return tried;
        }
        if tried.len() > first.len() {
            break;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Fonts;
    use crate::layout::text::{Face, widest_part, wrap};
    use crate::model::RichText;
    use proptest::prelude::*;

    fn words_of(lines: &[Line]) -> Vec<String> {
        let text: String = lines
            .iter()
            .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        text.split_whitespace().map(str::to_string).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Balancing and avoiding widows never lose, add or reorder a word, never make a line
        /// wider than the measure, and keep the number of lines.
        #[test]
        fn choosing_lines_loses_no_word_and_never_overflows(
            words in proptest::collection::vec("[a-zéèàç]{1,12}", 1..40),
            width in 120.0f32..1200.0,
            heading in any::<bool>(),
        ) {
            let fonts = Fonts::bundled().unwrap_or_else(|e| panic!("{e}"));
            let text = RichText::plain(words.join(" "));
            let wrap_at = |w: f32| wrap(&fonts, &text, Face::Body, 40.0, w);
            let first = wrap_at(width);
            let widest = widest_part(&fonts, &text, Face::Body, 40.0);
            let chosen = if heading {
                balanced(width, widest, wrap_at)
            } else {
                without_widow(width, widest, wrap_at)
            };
            prop_assert_eq!(chosen.len(), first.len());
            if widest <= width {
                prop_assert_eq!(words_of(&chosen), words.clone());
                for l in &chosen {
                    prop_assert!(l.width <= width + 0.01, "{} > {}", l.width, width);
                }
            } else {
                // A word wider than the measure is cut as greedy breaking cuts it: unchanged.
                prop_assert_eq!(words_of(&chosen), words_of(&first));
            }
        }
    }

    #[test]
    fn a_widow_is_taken_back_when_a_narrower_measure_allows() {
        let fonts = Fonts::bundled().unwrap_or_else(|e| panic!("{e}"));
        let text =
            RichText::plain("Explosion du phénomène, particulièrement depuis la fin de la Deuxième guerre mondiale");
        let wrap_at = |w: f32| wrap(&fonts, &text, Face::Body, 40.0, w);
        // A width at which greedy breaking leaves « mondiale » alone.
        let width = (400..2000)
            .rev()
            .map(|w| w as f32)
            .find(|&w| has_widow(&wrap_at(w)))
            .unwrap_or_else(|| panic!("no width leaves a widow"));
        let widest = widest_part(&fonts, &text, Face::Body, 40.0);
        let chosen = without_widow(width, widest, wrap_at);
        assert!(!has_widow(&chosen), "{:?}", words_of(&chosen));
    }
}

//! Choosing between line breakings of the same text, given a way to wrap it at any width:
//! headings balanced (lines of similar length, as CSS `text-wrap: balance`), paragraphs without
//! a widow (a word alone on their last line, as CSS `text-wrap: pretty`). Both only narrow the
//! measure and keep the number of lines, so the text still fits the box it was measured for,
//! and every painter draws the same lines (they all paint the frame).

use super::text::Line;
use crate::model::{RichText, Span};

/// The part of `text` between byte offsets `start` and `end` of its plain text.
fn slice(text: &RichText, start: usize, end: usize) -> RichText {
    let mut spans = Vec::new();
    let mut at = 0;
    for s in &text.spans {
        let (a, b) = (at, at + s.text.len());
        at = b;
        let (from, to) = (start.max(a), end.min(b));
        if from < to {
            spans.push(Span {
                text: s.text[from - a..to - a].to_string(),
                ..s.clone()
            });
        }
    }
    RichText { spans }
}

/// Most words a heading is broken by [`least_ragged`] (each pair of words is measured).
const MAX_WORDS: usize = 24;

/// The breaking of a heading into exactly `n` lines no wider than `width` whose lines are the
/// most even (least sum of squared slack), chosen over every break at a space: what no greedy
/// breaking can give (« ÉTAT DES / CONNAISSANCES / EN DIPLOMATIE / … » rather than
/// « … CONNAISSANCES EN / DIPLOMATIE / … »). `set` lays one line out whole. None when the
/// heading has too many words or no such breaking exists.
pub fn least_ragged(text: &RichText, n: usize, width: f32, set: impl Fn(&RichText) -> Line) -> Option<Vec<Line>> {
    let plain: String = text.spans.iter().map(|s| s.text.as_str()).collect();
    let allowed = super::breaks::break_opportunities(&plain);
    // Word starts: the text's start and each allowed break after a space.
    let mut starts = vec![0];
    for (i, c) in plain.char_indices() {
        let next = i + c.len_utf8();
        if c == ' ' && next < plain.len() && allowed[next] {
            starts.push(next);
        }
    }
    let words = starts.len();
    if words > MAX_WORDS || n < 2 || n > words {
        return None;
    }
    starts.push(plain.len());
    // The line from word i to word j (exclusive), without the space before word j.
    let line = |i: usize, j: usize| {
        set(&slice(
            text,
            starts[i],
            starts[j].min(plain.len()) - usize::from(j < words),
        ))
    };
    let lines: Vec<Vec<Option<Line>>> = (0..words)
        .map(|i| {
            (0..=words)
                .map(|j| (j > i).then(|| line(i, j)).filter(|l| l.width <= width + 0.01))
                .collect()
        })
        .collect();
    // best[k][j]: least cost of the first j words in k lines, and where the last line starts.
    let mut best = vec![vec![(f32::INFINITY, 0usize); words + 1]; n + 1];
    best[0][0] = (0.0, 0);
    for k in 1..=n {
        for j in 1..=words {
            for i in (k - 1)..j {
                let (before, _) = best[k - 1][i];
                if let Some(l) = &lines[i][j] {
                    let cost = before + (width - l.width).powi(2);
                    if cost < best[k][j].0 {
                        best[k][j] = (cost, i);
                    }
                }
            }
        }
    }
    if !best[n][words].0.is_finite() {
        return None;
    }
    let mut out = Vec::with_capacity(n);
    let (mut k, mut j) = (n, words);
    while k > 0 {
        let i = best[k][j].1;
        out.push(lines[i][j].clone()?);
        j = i;
        k -= 1;
    }
    out.reverse();
    Some(out)
}

/// Lines of a heading: as many as `first` (greedy breaking at `width`) has, at the narrowest width
/// that keeps their number (never narrower than `widest`, its widest unbreakable part), then
/// broken as evenly as possible at that width ([`least_ragged`]; `set` lays one line out).
pub fn balanced(
    text: &RichText,
    first: Vec<Line>,
    width: f32,
    widest: f32,
    wrap_at: impl Fn(f32) -> Vec<Line>,
    set: impl Fn(&RichText) -> Line,
) -> Vec<Line> {
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
    let narrowest = best.iter().map(|l| l.width).fold(0.0, f32::max);
    least_ragged(text, n, narrowest, set).unwrap_or(best)
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
/// breaking `first` (greedy, at `width`) otherwise.
pub fn without_widow(first: Vec<Line>, width: f32, widest: f32, wrap_at: impl Fn(f32) -> Vec<Line>) -> Vec<Line> {
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
            let set = |t: &RichText| wrap(&fonts, t, Face::Body, 40.0, f32::INFINITY).into_iter().next().unwrap_or_default();
            let chosen = if heading {
                balanced(&text, first.clone(), width, widest, wrap_at, set)
            } else {
                without_widow(first.clone(), width, widest, wrap_at)
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
        let chosen = without_widow(wrap_at(width), width, widest, wrap_at);
        assert!(!has_widow(&chosen), "{:?}", words_of(&chosen));
    }
}

#[cfg(test)]
mod ragged_tests {
    use super::*;
    use crate::layout::Fonts;
    use crate::layout::text::{Face, wrap};

    #[test]
    fn the_title_of_the_talk_breaks_evenly_not_greedily() {
        let fonts = Fonts::bundled().unwrap_or_else(|e| panic!("{e}"));
        let set = |t: &RichText| {
            wrap(&fonts, t, Face::Display, 80.0, f32::INFINITY)
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        let title = RichText::plain("ÉTAT DES CONNAISSANCES EN DIPLOMATIE MUNICIPALE AU QUÉBEC");
        let width = set(&RichText::plain("MUNICIPALE AU QUÉBEC")).width;
        let texts = |lines: &[Line]| -> Vec<String> {
            lines
                .iter()
                .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect())
                .collect()
        };
        let greedy = texts(&wrap(&fonts, &title, Face::Display, 80.0, width));
        assert_eq!(
            greedy,
            ["ÉTAT DES", "CONNAISSANCES EN", "DIPLOMATIE", "MUNICIPALE AU QUÉBEC"]
        );
        let even = texts(&least_ragged(&title, 4, width, set).unwrap_or_else(|| panic!("no breaking")));
        assert_eq!(
            even,
            ["ÉTAT DES", "CONNAISSANCES", "EN DIPLOMATIE", "MUNICIPALE AU QUÉBEC"]
        );
        assert!(
            least_ragged(&title, 2, width, set).is_none(),
            "two lines cannot fit that width"
        );
    }
}

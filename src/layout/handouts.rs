//! Handouts with several slides to a page, as PowerPoint prints them: 1, 2, 3 (with lines for
//! notes beside each slide), 4, 6 or 9 slides on a sheet of paper, the deck's title above and
//! the page number below. Like every printed page, a frame the painters draw as they draw a
//! slide.

use super::Fonts;
use super::builder::{Builder, Style};
use super::frame::{Frame, Rect};
use super::pages::{Paper, UNITS_PER_POINT, embed_slide, paper_theme};
use super::text::Face;
use crate::model::{Color, Deck, RichText};

/// How many slides a handout page may hold.
pub const PER_PAGE: [usize; 6] = [1, 2, 3, 4, 6, 9];

/// Columns and rows of slides for `per_page` (3 is one column, with lines beside).
fn grid(per_page: usize) -> (usize, usize) {
    match per_page {
        1 => (1, 1),
        2 => (1, 2),
        3 => (1, 3),
        4 => (2, 2),
        6 => (2, 3),
        _ => (3, 3),
    }
}

/// A slide's frame as printed: fully revealed, with what the caller draws over it (ink).
pub type RevealedFn<'a> = &'a dyn Fn(usize) -> Frame;

/// One handout page holding `slides` (indices into the deck, at most `per_page`), numbered
/// `page` of `pages`; each slide's picture is `revealed(slide)`.
pub fn handout_page(
    deck: &Deck,
    slides: &[usize],
    per_page: usize,
    (page, pages): (usize, usize),
    fonts: &Fonts,
    paper: Paper,
    revealed: RevealedFn,
) -> Frame {
    let theme = paper_theme(&deck.theme);
    let (w, h) = paper.points();
    let (w, h) = (w * UNITS_PER_POINT, h * UNITS_PER_POINT);
    let mut b = Builder::new(fonts, &theme, (w, h), usize::MAX);
    let m = 90.0;
    let small = |color: Color| Style::new(Face::Body, 20.0, color).role("footer");
    let title = RichText::plain(&deck.meta.title);
    b.text(&title, Rect::new(m, m - 40.0, w - 2.0 * m, 30.0), &small(theme.muted));
    let number = RichText::plain(format!("{page} / {pages}"));
    b.text(
        &number,
        Rect::new(m, h - m + 15.0, w - 2.0 * m, 30.0),
        &small(theme.muted),
    );

    let (cols, rows) = grid(per_page);
    let lined = per_page == 3;
    let gap = 50.0;
    let area = Rect::new(m, m + 10.0, w - 2.0 * m, h - 2.0 * m - 30.0);
    let cell_w = (area.w - gap * (cols as f32 - 1.0)) / cols as f32;
    let cell_h = (area.h - gap * (rows as f32 - 1.0)) / rows as f32;
    // With lines, the slide takes a little over half the width and the lines the rest.
    let slide_w_max = if lined { cell_w * 0.55 } else { cell_w };
    let (canvas_w, canvas_h) = deck.meta.aspect.canvas();
    let slide_w = slide_w_max.min(cell_h * canvas_w / canvas_h);
    let slide_h = slide_w * canvas_h / canvas_w;
    for (k, &slide) in slides.iter().enumerate() {
        let (col, row) = (k % cols, k / cols);
        let x = area.x + col as f32 * (cell_w + gap);
        let y = area.y + row as f32 * (cell_h + gap);
        // Centred in its cell; beside the lines, flush left.
        let sx = if lined { x } else { x + (cell_w - slide_w) / 2.0 };
        let sy = y + (cell_h - slide_h) / 2.0;
        let frame = revealed(slide);
        embed_slide(&mut b, &frame, Rect::new(sx, sy, slide_w, 0.0));
        if lined {
            let lx = x + slide_w + gap;
            // Ruled like a notebook (about 8 mm apart), the last line level with the slide's foot.
            let count = (slide_h / 44.0).floor().max(1.0) as usize;
            let step = slide_h / count as f32;
            for i in 1..=count {
                let ly = sy + step * i as f32 - 1.5;
                b.shape(Rect::new(lx, ly, x + cell_w - lx, 1.5), Color::rgb(170, 170, 170), 0.0);
            }
        }
    }
    b.frame
}

/// The handout pages of `slides` at `per_page` slides a page.
pub fn handout_pages(
    deck: &Deck,
    slides: &[usize],
    per_page: usize,
    fonts: &Fonts,
    paper: Paper,
    revealed: RevealedFn,
) -> Vec<Frame> {
    let per_page = per_page.max(1);
    let pages = slides.len().div_ceil(per_page);
    slides
        .chunks(per_page)
        .enumerate()
        .map(|(i, chunk)| handout_page(deck, chunk, per_page, (i + 1, pages), fonts, paper, revealed))
        .collect()
}

//! Emits frame items: wrapped text, shapes, images and placeholders, with step visibility and clipping.

use super::fonts::Fonts;
use super::frame::{Frame, ImageItem, Item, LinkArea, Overflow, Rect, Shape, TextBlock, TextRun};
pub use super::style::{Align, Style};
use super::text::{Face, Line, wrap};
use crate::model::{Color, Fit, Image, RichText, TextCase, Theme};

/// Builds one frame.
pub struct Builder<'a> {
    pub fonts: &'a Fonts,
    pub theme: &'a Theme,
    pub frame: Frame,
    /// The step being shown.
    pub step: usize,
    /// Reveal index of what is being emitted; items with `reveal > step` are hidden.
    pub reveal: usize,
    /// Set while searching for a size that fits.
    fitting: std::cell::Cell<bool>,
    /// The patterns hyphenating narrow columns, when the theme asks for it.
    pub hyphenation: Option<hypher::Lang>,
}

impl<'a> Builder<'a> {
    /// A frame of the given size on the theme's background.
    pub fn new(fonts: &'a Fonts, theme: &'a Theme, size: (f32, f32), step: usize) -> Self {
        let frame = Frame::empty(size.0, size.1, theme.background);
        let mut b = Builder {
            fonts,
            theme,
            frame,
            step,
            reveal: 0,
            fitting: std::cell::Cell::new(false),
            hyphenation: None,
        };
        if let Some(img) = &theme.background_image {
            b.image(img, Rect::new(0.0, 0.0, size.0, size.1));
        }
        b
    }

    fn visible(&self) -> bool {
        self.reveal <= self.step
    }

    /// Applies the case transform of a style.
    pub fn cased(text: &RichText, case: TextCase) -> std::borrow::Cow<'_, RichText> {
        match case {
            TextCase::AsWritten => std::borrow::Cow::Borrowed(text),
            TextCase::Upper => {
                let mut t = text.clone();
                for s in &mut t.spans {
                    s.text = s.text.to_uppercase();
                }
                std::borrow::Cow::Owned(t)
            }
        }
    }

    /// The text as it is set in a column: cased, and hyphenated when the column is narrow and
    /// the theme asks for hyphenation. A heading is never hyphenated, its soft hyphens
    /// ignored: fitting shrinks it or balancing rebreaks it instead.
    fn prepared<'t>(&self, text: &'t RichText, style: &Style, width: f32) -> std::borrow::Cow<'t, RichText> {
        let cased = Self::cased(text, style.case);
        if is_heading(style) {
            if !cased.spans.iter().any(|s| s.text.contains('\u{ad}')) {
                return cased;
            }
            let mut plain = cased.into_owned();
            for s in &mut plain.spans {
                s.text = s.text.replace('\u{ad}', "");
            }
            return std::borrow::Cow::Owned(plain);
        }
        match self.hyphenation {
            Some(lang) if width < super::hyphenation::NARROW_EMS * style.size => {
                std::borrow::Cow::Owned(super::hyphenation::hyphenated(&cased, lang).into_owned())
            }
            _ => cased,
        }
    }

    /// Wraps text for a width in a style: a heading balanced, other text without a widow
    /// ([`super::line_choice`]).
    pub fn lines(&self, text: &RichText, style: &Style, width: f32) -> Vec<Line> {
        let mut lines = self.chosen_lines(text, style, width);
        super::thin_space::thin_spaces(self.fonts, &mut lines, style.size);
        lines
    }

    /// The lines [`Self::lines`] chooses, before the thin spaces are set.
    fn chosen_lines(&self, text: &RichText, style: &Style, width: f32) -> Vec<Line> {
        let prepared = self.prepared(text, style, width);
        let wrap_at = |w: f32| wrap(self.fonts, &prepared, style.face, style.size, w);
        let first = wrap_at(width);
        if first.len() < 2 {
            return first;
        }
        let widest = super::text::widest_part(self.fonts, &prepared, style.face, style.size);
        if is_heading(style) {
            let set = |t: &RichText| {
                let whole = wrap(self.fonts, t, style.face, style.size, f32::INFINITY);
                whole.into_iter().next().unwrap_or_default()
            };
            super::line_choice::balanced(&prepared, first, width, widest, wrap_at, set)
        } else {
            super::line_choice::without_widow(first, width, widest, wrap_at)
        }
    }

    /// Height of `text` wrapped to `width`. While fitting (see [`Self::fit_size`]) it is infinite
    /// when a word would have to be cut, so that fitting prefers a smaller size to a broken word.
    pub fn measure(&self, text: &RichText, style: &Style, width: f32) -> f32 {
        if self.fitting.get()
            && super::text::word_overflows(
                self.fonts,
                &self.prepared(text, style, width),
                style.face,
                style.size,
                width,
            )
        {
            return f32::INFINITY;
        }
        // Line choice keeps the number of lines: greedy breaking counts them, without it.
        let prepared = self.prepared(text, style, width);
        wrap(self.fonts, &prepared, style.face, style.size, width).len() as f32 * style.line_height()
    }

    /// Lays out `text` in `rect` from its top; lines below the rect are dropped and reported.
    /// Returns the height used.
    pub fn text(&mut self, text: &RichText, rect: Rect, style: &Style) -> f32 {
        let lines = self.lines(text, style, rect.w);
        self.emit_lines(&lines, rect, style, &text.to_plain())
    }

    /// Emits wrapped lines; see [`Self::text`].
    pub fn emit_lines(&mut self, lines: &[Line], rect: Rect, style: &Style, plain: &str) -> f32 {
        let lh = style.line_height();
        let fits = ((rect.h + 0.5) / lh).floor().max(0.0) as usize;
        let shown = lines.len().min(fits);
        if shown < lines.len() {
            self.frame.overflow.push(Overflow {
                block: style.role.to_string(),
                lines_dropped: lines.len() - shown,
            });
        }
        if !self.visible() || shown == 0 {
            return shown as f32 * lh;
        }
        if shown == lines.len() && !is_heading(style) && super::line_choice::has_widow(lines) {
            let last = lines
                .last()
                .map(|l| l.pieces.iter().map(|p| p.text.as_str()).collect::<String>());
            self.frame
                .widows
                .push((style.role.to_string(), last.unwrap_or_default().trim().to_string()));
        }
        let block = self.frame.blocks.len();
        let used = shown as f32 * lh;
        let mut bounds = Rect::new(rect.x, rect.y, 0.0, used);
        // Centre the glyphs in the line box: baseline sits at the ascent-weighted middle.
        let asc = self.fonts.ascent(crate::model::FontRole::Regular, style.size);
        let desc = self.fonts.descent(crate::model::FontRole::Regular, style.size);
        let base_off = (lh - (asc + desc)) / 2.0 + asc;
        for (i, line) in lines.iter().take(shown).enumerate() {
            let x0 = match style.align {
                Align::Left => rect.x,
                Align::Center => rect.x + (rect.w - line.width).max(0.0) / 2.0,
                Align::Right => rect.x + (rect.w - line.width).max(0.0),
            };
            bounds.x = bounds.x.min(x0);
            bounds.w = bounds.w.max(x0 + line.width - bounds.x);
            let baseline = rect.y + i as f32 * lh + base_off;
            for p in &line.pieces {
                let color = if p.link.is_some() { self.theme.link } else { style.color };
                self.frame.items.push(Item::Text(TextRun {
                    text: p.text.clone(),
                    x: x0 + p.x,
                    baseline,
                    size: style.size,
                    font: p.font,
                    color,
                    width: p.width,
                    block,
                    shaped: Default::default(),
                }));
                if let Some(url) = &p.link {
                    let r = Rect::new(x0 + p.x, rect.y + i as f32 * lh, p.width, lh);
                    self.frame.items.push(Item::Link(LinkArea {
                        rect: r,
                        url: url.clone(),
                    }));
                    // Underline links so they read as links on paper too.
                    let u = Rect::new(
                        x0 + p.x,
                        baseline + style.size * 0.12,
                        p.width,
                        (style.size * 0.05).max(1.5),
                    );
                    self.frame.items.push(Item::Shape(Shape {
                        rect: u,
                        fill: color.with_alpha(140),
                        radius: 0.0,
                    }));
                }
            }
        }
        self.frame.blocks.push(TextBlock {
            rect: bounds,
            text: plain.to_string(),
            role: style.role,
            structure: style.structure,
            upper: style.case == TextCase::Upper,
        });
        used
    }

    /// A filled rectangle.
    pub fn shape(&mut self, rect: Rect, fill: Color, radius: f32) {
        if self.visible() {
            self.frame.items.push(Item::Shape(Shape { rect, fill, radius }));
        }
    }

    /// Draws an image into `rect` (contain or cover); a broken image becomes a visible placeholder.
    /// Returns the rectangle actually covered.
    pub fn image(&mut self, img: &Image, rect: Rect) -> Rect {
        let Some((iw, ih)) = img.size.filter(|_| img.problem.is_none()) else {
            self.placeholder(img, rect);
            return rect;
        };
        let (iw, ih) = (iw as f32, ih as f32);
        let (dest, uv) = match img.fit {
            Fit::Contain => {
                let s = (rect.w / iw).min(rect.h / ih);
                let (w, h) = (iw * s, ih * s);
                (
                    Rect::new(rect.x + (rect.w - w) / 2.0, rect.y + (rect.h - h) / 2.0, w, h),
                    (0.0, 0.0, 1.0, 1.0),
                )
            }
            Fit::Cover => {
                let s = (rect.w / iw).max(rect.h / ih);
                let (du, dv) = ((1.0 - rect.w / (iw * s)) / 2.0, (1.0 - rect.h / (ih * s)) / 2.0);
                (rect, (du, dv, 1.0 - du, 1.0 - dv))
            }
        };
        if self.visible() {
            self.frame.items.push(Item::Image(ImageItem {
                asset: img.asset.clone(),
                rect: dest,
                uv,
                alt: img.alt.clone(),
            }));
        }
        dest
    }

    fn placeholder(&mut self, img: &Image, rect: Rect) {
        if self.visible() {
            self.frame.placeholders.push(rect);
        }
        self.shape(rect, self.theme.surface, 8.0);
        let inner = Rect::new(rect.x + 4.0, rect.y + 4.0, rect.w - 8.0, rect.h - 8.0);
        self.shape(inner, self.theme.background, 6.0);
        let reason = img
            .problem
            .clone()
            .unwrap_or_else(|| crate::t!("deck-image-unavailable"));
        let style = Style::new(Face::Body, (self.theme.small_size * 0.8).max(14.0), self.theme.muted)
            .align(Align::Center)
            .role(super::frame::PLACEHOLDER_ROLE);
        let pad = 16.0;
        let text = RichText::plain(format!(
            "[{}] {reason}",
            if img.alt.is_empty() {
                crate::t!("deck-image-label")
            } else {
                img.alt.clone()
            }
        ));
        let h = self
            .measure(&text, &style, inner.w - 2.0 * pad)
            .min(inner.h - 2.0 * pad);
        self.text(
            &text,
            Rect::new(
                inner.x + pad,
                inner.y + (inner.h - h).max(0.0) / 2.0,
                inner.w - 2.0 * pad,
                inner.h - 2.0 * pad,
            ),
            &style,
        );
    }

    /// Largest size in `[min, max]` for which `height(size) <= available` and no word is cut.
    /// Returns `(size, fits)`.
    pub fn fit_size(&self, max: f32, min: f32, available: f32, height: impl FnMut(f32) -> f32) -> (f32, bool) {
        self.fitting.set(true);
        let r = Self::fit(max, min, available, height);
        self.fitting.set(false);
        r
    }

    /// Largest size in `[min, max]` (stepping down 5 %) for which `height(size) <= available`.
    /// Returns `(size, fits)`.
    fn fit(max: f32, min: f32, available: f32, mut height: impl FnMut(f32) -> f32) -> (f32, bool) {
        let mut size = max;
        loop {
            if height(size) <= available {
                return (size, true);
            }
            let next = size * 0.95;
            if next < min {
                return (min, height(min) <= available);
            }
            size = next;
        }
    }
}

/// Whether `style` sets a heading (a title, a heading, a kicker, display or capital letters):
/// never hyphenated, lines balanced.
fn is_heading(style: &Style) -> bool {
    matches!(style.role, "title" | "heading" | "kicker") || style.face == Face::Display || style.case == TextCase::Upper
}

//! Problems only layout can see, reported by `estrade check`: text that does not fit even at
//! the minimum size, images shown larger than their resolution, overloaded slides, characters
//! no font has. Pure: it reads no file (the rest of `check` is [`crate::check`]).

use std::collections::HashMap;

use super::{Fonts, Frame, Item, layout_revealed};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::Message;
use crate::model::{Body, Bullet, Deck};

/// More bullets than this on one slide gets a warning.
pub const MAX_BULLETS: usize = 12;
/// An image shown more than this many times its pixel size gets a warning (1:1 at 1920×1080).
pub const MAX_UPSCALE: f32 = 1.5;

fn count(items: &[Bullet]) -> usize {
    items.iter().map(|b| 1 + count(&b.children)).sum()
}

/// Pixel sizes of every image the deck uses, by asset.
fn image_sizes(deck: &Deck) -> HashMap<String, (u32, u32)> {
    deck.slides
        .iter()
        .flat_map(|s| s.images())
        .filter_map(|i| i.size.map(|s| (i.asset.clone(), s)))
        .collect()
}

/// Lays out every slide fully revealed and reports what only layout can see.
pub fn layout_warnings(deck: &Deck, fonts: &Fonts) -> Vec<Diagnostic> {
    let sizes = image_sizes(deck);
    let mut out = Vec::new();
    for (i, slide) in deck.slides.iter().enumerate() {
        let loc = &slide.location;
        let warn = |msg: Message, hint: String| {
            Diagnostic::error(&loc.file, None, loc.line, loc.col, msg)
                .warning()
                .with_hint(hint)
        };
        if let Body::Bullets { items, .. } | Body::Agenda { items } = &slide.body
            && count(items) > MAX_BULLETS
        {
            let msg = crate::msg!(
                "deck-too-many-bullets",
                id = &slide.id,
                count = count(items),
                max = MAX_BULLETS
            );
            out.push(warn(msg, crate::t!("deck-too-many-bullets-hint")));
        }
        let frame = layout_revealed(deck, i, fonts);
        for item in &frame.items {
            if let Item::Image(img) = item
                && let Some(&(w, _)) = sizes.get(&img.asset)
            {
                let shown = img.rect.w * 1920.0 / frame.width;
                let available = w as f32 * (img.uv.2 - img.uv.0);
                if shown > available * MAX_UPSCALE {
                    let msg = crate::msg!(
                        "deck-image-blurry",
                        id = &slide.id,
                        image = &img.asset,
                        shown = format!("{shown:.0}"),
                        available = format!("{available:.0}")
                    );
                    out.push(warn(msg, crate::t!("deck-image-blurry-hint")));
                }
            }
        }
        // In the order they appear, once each.
        let mut missing: Vec<char> = Vec::new();
        for item in &frame.items {
            if let Item::Text(run) = item {
                for c in run.text.chars() {
                    if !c.is_control() && !missing.contains(&c) && !fonts.has_glyph(run.font, c) {
                        missing.push(c);
                    }
                }
            }
        }
        if !missing.is_empty() {
            let chars: Vec<String> = missing
                .iter()
                .map(|c| format!("`{c}` (U+{:04X})", u32::from(*c)))
                .collect();
            let msg = crate::msg!("deck-missing-glyphs", id = &slide.id, chars = chars.join(", "));
            out.push(warn(msg, crate::t!("deck-missing-glyphs-hint")));
        }
        // Text under the theme's minimum (the canvas is 1080 high): once per slide, the first.
        let min = deck.theme.min_size;
        let small = frame.items.iter().find_map(|item| match item {
            Item::Text(run) if run.size * 1080.0 / frame.height < min - 0.05 => Some(run),
            _ => None,
        });
        if let Some(run) = small {
            let role = frame.blocks.get(run.block).map_or("body", |b| b.role);
            let text: String = run.text.chars().take(40).collect();
            let msg = crate::msg!(
                "deck-text-too-small",
                id = &slide.id,
                block = block_name(role),
                text = text.trim(),
                size = format!("{:.0}", run.size * 1080.0 / frame.height),
                min = format!("{min:.0}")
            );
            out.push(warn(msg, crate::t!("deck-text-too-small-hint")));
        }
        if let Some((role, word)) = frame.widows.first() {
            let msg = crate::msg!(
                "deck-widow",
                id = &slide.id,
                word = word.as_str(),
                block = block_name(role)
            );
            out.push(warn(msg, crate::t!("deck-widow-hint")));
        }
        // A few percent smaller goes unnoticed; a tenth or more reads smaller than its neighbours.
        // Text that is cut as well gets the cut's warning alone.
        let shrunk = frame.shrunk.iter().find(|(_, size, set)| *size < set * 0.9);
        if let Some((block, size, set)) = shrunk.filter(|_| frame.overflow.is_empty()) {
            let scale = 1080.0 / frame.height;
            let msg = crate::msg!(
                "deck-text-shrunk",
                id = &slide.id,
                block = block_name(shrunk_role(block)),
                size = format!("{:.0}", size * scale),
                body = format!("{:.0}", set * scale)
            );
            out.push(warn(msg, crate::t!("deck-text-shrunk-hint")));
        }
        if let Some((role, word)) = cut_heading_word(&frame) {
            let msg = crate::msg!(
                "deck-heading-word-cut",
                id = &slide.id,
                word = word,
                block = block_name(role)
            );
            out.push(warn(msg, crate::t!("deck-heading-word-cut-hint")));
        }
        if frame.overflow.is_empty() {
            continue;
        }
        let lines: usize = frame.overflow.iter().map(|o| o.lines_dropped).sum();
        let mut blocks: Vec<&str> = frame.overflow.iter().map(|o| o.block.as_str()).collect();
        blocks.dedup();
        let blocks: Vec<String> = blocks.into_iter().map(block_name).collect();
        let msg = crate::msg!(
            "deck-text-cut",
            id = &slide.id,
            lines = lines,
            blocks = blocks.join(", ")
        );
        out.push(warn(msg, crate::t!("deck-text-cut-hint")));
    }
    out
}

/// The role named in messages for a block that layout shrank (see [`Frame::shrunk`]).
fn shrunk_role(block: &str) -> &str {
    match block {
        "bullets" => "bullet",
        "paragraphs" => "body",
        "references" => "reference",
        "columns" => "columns",
        other => other,
    }
}

/// A word of a title, heading or kicker cut over two lines (a word wider than the line: such
/// text is never hyphenated), as the two parts joined by « - », with the block's role.
fn cut_heading_word(frame: &Frame) -> Option<(&'static str, String)> {
    let mut lines: Vec<(usize, f32, String)> = Vec::new();
    for r in frame.runs() {
        match lines.last_mut() {
            Some((b, y, s)) if *b == r.block && (*y - r.baseline).abs() < 0.01 => s.push_str(&r.text),
            _ => lines.push((r.block, r.baseline, r.text.clone())),
        }
    }
    lines.windows(2).find_map(|pair| {
        let [(block, _, a), (next, _, b)] = pair else {
            return None;
        };
        let text = frame.blocks.get(*block)?;
        if block != next || !matches!(text.role, "title" | "heading" | "kicker") {
            return None;
        }
        let head = a.trim_end().rsplit(char::is_whitespace).next()?;
        let tail = b.trim_start().split(char::is_whitespace).next()?;
        let ends_inside = head.chars().next_back().is_some_and(char::is_alphanumeric)
            && tail.chars().next().is_some_and(char::is_alphanumeric);
        // The two ends join inside one word of the text (a word cut over three lines too), and
        // are not two words of their own that happen to meet.
        let lower = text.text.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
        let (head_l, tail_l) = (head.to_lowercase(), tail.to_lowercase());
        let whole = format!("{head_l}{tail_l}");
        let joined = words.iter().any(|w| w.contains(&whole));
        let two_words = words.contains(&head_l.as_str()) && words.contains(&tail_l.as_str());
        (ends_inside && joined && !two_words).then(|| (text.role, format!("{head}-{tail}")))
    })
}

/// A layout block's role (`title`, `bullet`…) as named in messages; an unknown role as it is.
fn block_name(role: &str) -> String {
    match role {
        "agenda" => crate::t!("deck-block-agenda"),
        "author" => crate::t!("deck-block-author"),
        "body" => crate::t!("deck-block-body"),
        "bullet" => crate::t!("deck-block-bullet"),
        "caption" => crate::t!("deck-block-caption"),
        "columns" => crate::t!("deck-block-columns"),
        "contact" => crate::t!("deck-block-contact"),
        "credit" => crate::t!("deck-block-credit"),
        "footer" => crate::t!("deck-block-footer"),
        "footnote" => crate::t!("deck-block-footnote"),
        "heading" => crate::t!("deck-block-heading"),
        "kicker" => crate::t!("deck-block-kicker"),
        "lead" => crate::t!("deck-block-lead"),
        "note" => crate::t!("deck-block-note"),
        "notes" => crate::t!("deck-block-notes"),
        "placeholder" => crate::t!("deck-block-placeholder"),
        "quote" => crate::t!("deck-block-quote"),
        "reference" => crate::t!("deck-block-reference"),
        "subtitle" => crate::t!("deck-block-subtitle"),
        "table" => crate::t!("deck-block-table"),
        "title" => crate::t!("deck-block-title"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, with_lang};

    #[test]
    fn cut_text_is_a_french_sentence_with_its_plural_and_english_is_unchanged() {
        let cut = |lines: usize| {
            crate::t!(
                "deck-text-cut",
                id = "plan",
                lines = lines,
                blocks = block_name("bullet")
            )
        };
        assert_eq!(
            with_lang(Lang::Fr, || cut(1)),
            "diapositive `plan`\u{a0}: 1 ligne (puces) ne tient pas, même à la plus petite taille, et est coupée"
        );
        assert!(with_lang(Lang::Fr, || cut(3)).contains("3 lignes (puces) ne tiennent pas"));
        assert_eq!(
            with_lang(Lang::En, || cut(3)),
            "slide `plan`: 3 line(s) of bullet do not fit even at the smallest size and are cut"
        );
        assert_eq!(with_lang(Lang::Fr, || block_name("kicker")), "surtitre");
        assert_eq!(block_name("unheard-of"), "unheard-of");
    }
}

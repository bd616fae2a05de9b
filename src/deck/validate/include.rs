//! `Include(from: "other.ron", slides: "plan..causes")`: slides taken from another deck, with
//! their notes, validated in their own file (errors point there), cycles refused.

use std::sync::Arc;

use super::{AssetUse, Context, Validator, validate_included};
use crate::deck::locate::{Locator, Step};
use crate::deck::parse::parse_ron;
use crate::deck::raw::{RawDeck, RawInclude};
use crate::deck::selection::{SelectError, select};
use crate::diagnostics::{Diagnostic, IncludedAt};
use crate::model::Slide;
use crate::source::{SourceError, join_relative, parent_of};

/// How many `Include`s one deck may make in all, its included decks' own included: an include
/// bomb (decks each including the next a hundred times) is refused at the first one over.
pub const MAX_INCLUDES: usize = 200;

/// How many slides one deck may read in all, its included decks' slides counted each time they
/// are read (a generated 10 000-slide deck loads): 150 includes of a 20 000-slide deck took 410 s and 24 GB before this budget.
pub const MAX_SLIDES_READ: usize = 20_000;

thread_local! {
    /// `Include`s made since [`start_budget`] (validation runs on one thread per deck).
    static INCLUDES_MADE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Slides validated since [`start_budget`].
    static SLIDES_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Starts the include and slide budgets of a deck being loaded (called by `deck::load_text`).
pub(crate) fn start_budget() {
    INCLUDES_MADE.with(|n| n.set(0));
    SLIDES_READ.with(|n| n.set(0));
}

/// Whether the slide budget is already spent (the error was reported where it was).
pub(crate) fn over_slide_budget() -> bool {
    SLIDES_READ.with(|n| n.get() > MAX_SLIDES_READ)
}

/// Counts one more slide read; false when the budget is spent.
pub(crate) fn spend_slide() -> bool {
    SLIDES_READ.with(|n| {
        n.set(n.get() + 1);
        n.get() <= MAX_SLIDES_READ
    })
}

/// Counts one more include; false when the budget is spent.
fn spend_budget() -> bool {
    INCLUDES_MADE.with(|n| {
        n.set(n.get() + 1);
        n.get() <= MAX_INCLUDES
    })
}

impl Validator<'_> {
    /// The slides an `Include` brings, or none after reporting why.
    pub(crate) fn include(&mut self, i: usize, inc: &RawInclude) -> Vec<Arc<Slide>> {
        let at = |f: &'static str| [Step::Field("slides"), Step::Elem(i), Step::Field(f)];
        if !spend_budget() {
            let msg = crate::msg!("deck-include-budget", from = &inc.from, max = MAX_INCLUDES);
            let d = self.cx.loc.error(&at("from"), None, msg);
            self.fatal(d.with_hint(crate::t!("deck-include-budget-hint")));
            return Vec::new();
        }
        if inc.lang.is_some() {
            let d = self
                .cx
                .loc
                .error(&at("lang"), None, crate::msg!("deck-include-lang"))
                .warning();
            self.report(d.with_hint(crate::t!("deck-include-lang-hint")));
        }
        let rel = match join_relative(parent_of(self.cx.deck_path), &inc.from) {
            Ok(r) => r,
            Err(e) => {
                let d = self.cx.loc.error(&at("from"), None, cannot_include(&inc.from, &e));
                self.fatal(d.with_hint(crate::t!("deck-include-outside-hint")));
                return Vec::new();
            }
        };
        if rel == self.cx.deck_path || self.includes.contains(&rel) {
            let mut chain = self.includes.clone();
            chain.push(self.cx.deck_path.to_string());
            chain.push(rel.clone());
            let d = self.cx.loc.error(
                &at("from"),
                None,
                crate::msg!("deck-include-cycle", chain = chain.join(" → ")),
            );
            self.fatal(d.with_hint(crate::t!("deck-include-cycle-hint")));
            return Vec::new();
        }
        let text = match self.cx.source.read(&rel) {
            Ok(bytes) => crate::deck::without_bom(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                let hint = match e {
                    SourceError::NotFound => crate::t!("deck-include-not-found-hint"),
                    _ => crate::t!("deck-include-unreadable-hint"),
                };
                let d = self.cx.loc.error(&at("from"), None, cannot_include(&inc.from, &e));
                self.fatal(d.with_hint(hint));
                return Vec::new();
            }
        };
        let shown = self.cx.source.display(&rel);
        if text.len() > crate::deck::MAX_DECK_BYTES {
            let msg = crate::msg!(
                "deck-include-too-big",
                from = &inc.from,
                size = crate::i18n::decimal(text.len() as f64 / 1e6, 1)
            );
            let d = self.cx.loc.error(&at("from"), None, msg);
            self.fatal(d.with_hint(crate::t!("deck-include-too-big-hint")));
            return Vec::new();
        }
        let raw: RawDeck = match parse_ron(&shown, &text) {
            Ok(r) => r,
            Err(d) => {
                self.fatal(*d);
                return Vec::new();
            }
        };
        let loc = Locator::new(shown, text);
        let cx = Context {
            source: self.cx.source.clone(),
            deck_path: &rel,
            assets_base: self.cx.assets_base,
            loc: &loc,
            memo: None,
        };
        let mut chain = self.includes.clone();
        chain.push(self.cx.deck_path.to_string());
        let included = validate_included(&raw, cx, chain);
        let (inc_line, inc_col) = self.cx.loc.position(&[Step::Field("slides"), Step::Elem(i)]);
        let here = |slide: &str| IncludedAt {
            slide: slide.to_string(),
            file: self.cx.loc.file.clone(),
            line: inc_line,
            col: inc_col,
        };
        let Some(deck) = included.deck else {
            // The other deck cannot be used at all: every problem it has is reported.
            for mut d in included.diagnostics {
                d.context.push(here(""));
                self.fatal(d);
            }
            return Vec::new();
        };
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        let (indices, problems) = select(inc.slides.as_deref().unwrap_or(""), &ids);
        for problem in problems {
            let d = match problem {
                SelectError::UnknownId { id, suggestion } => {
                    let d = self.cx.loc.error(
                        &at("slides"),
                        None,
                        crate::msg!("deck-include-unknown-id", from = &inc.from, id = id.as_str()),
                    );
                    at_word_in_string(d, &id).with_hint(match suggestion {
                        Some(s) => crate::t!("deck-did-you-mean", name = s),
                        None => crate::t!("deck-include-ids", ids = ids.join(", ")),
                    })
                }
                SelectError::Backwards { range } => {
                    let d = self.cx.loc.error(
                        &at("slides"),
                        None,
                        crate::msg!("deck-include-backwards", range = range.as_str()),
                    );
                    at_word_in_string(d, &range).with_hint(crate::t!("deck-include-backwards-hint"))
                }
            };
            self.fatal(d);
        }
        let taken = Taken {
            loc: &loc,
            deck: &deck,
            origin: &included.origin,
            picked: &indices,
            uses: &included.asset_uses,
        };
        self.report_included(taken, included.diagnostics, here);
        for used in included.asset_uses {
            if used
                .slide
                .is_some_and(|r| indices.iter().any(|&k| included.origin[k] == r))
            {
                self.asset_uses.push(AssetUse { slide: Some(i), ..used });
            }
        }
        let common = inc;
        indices
            .into_iter()
            .map(|k| {
                let mut s = Slide::clone(&deck.slides[k]);
                if let Some(n) = &common.notes {
                    s.notes = self.paragraphs(n, &at("notes"));
                }
                if common.hidden {
                    s.hidden = true;
                }
                if let Some(d) = common.duration {
                    s.duration = Some(d);
                }
                // A lent slide is read from its deck at every load: it follows it already.
                s.origin = None;
                // Slides keep the language of the deck they come from (and its typography).
                if s.lang.is_none() && !super::same_lang(&deck.meta.lang, &self.lang) {
                    s.lang = Some(deck.meta.lang.clone());
                }
                Arc::new(s)
            })
            .collect()
    }
}

/// The slides an `Include` takes from the other deck, and what is known of that deck.
struct Taken<'a> {
    /// The other deck's file.
    loc: &'a Locator,
    deck: &'a crate::model::Deck,
    /// For each of its slides, the index of the `slides` entry it comes from.
    origin: &'a [usize],
    /// The indices of the slides taken.
    picked: &'a [usize],
    /// The files its slides use.
    uses: &'a [AssetUse],
}

impl Validator<'_> {
    /// Reports the problems of the other deck that lie in the slides taken from it (found by
    /// their line in its file, or by the `Include` they came through), each with the slide and
    /// the include as context; problems of slides not taken are not this deck's business.
    fn report_included(&mut self, taken: Taken<'_>, diagnostics: Vec<Diagnostic>, here: impl Fn(&str) -> IncludedAt) {
        let Taken {
            loc,
            deck,
            origin,
            picked,
            uses,
        } = taken;
        let spans: Vec<(usize, usize, &str)> = picked
            .iter()
            .map(|&k| {
                let (first, last) = loc.line_span(&[Step::Field("slides"), Step::Elem(origin[k])]);
                (first, last, deck.slides[k].id.as_str())
            })
            .collect();
        // Files of the other deck that are not here: an Include does not bring them.
        let missing: Vec<String> = uses
            .iter()
            .filter(|u| u.slide.is_some_and(|r| picked.iter().any(|&k| origin[k] == r)))
            .filter(|u| !self.cx.source.exists(&u.resolved))
            .map(|u| format!("`{}`", u.written))
            .collect();
        for mut d in diagnostics {
            if d.is_error() && d.file == loc.file && missing.iter().any(|m| d.message.contains(m.as_str())) {
                d.hint = Some(crate::t!("deck-include-asset-hint"));
            }
            let line = if d.file == loc.file {
                Some(d.line)
            } else {
                d.context.iter().rev().find(|c| c.file == loc.file).map(|c| c.line)
            };
            let slide = line.and_then(|l| spans.iter().find(|(a, b, _)| (*a..=*b).contains(&l)));
            if let Some((_, _, id)) = slide {
                d.context.push(here(id));
                self.report(d);
            }
        }
    }
}

/// "cannot include `from`: why", why in the current language.
fn cannot_include(from: &str, e: &SourceError) -> crate::diagnostics::Message {
    crate::msg!("deck-include-failed", from = from, reason = e.to_string())
}

/// A diagnostic placed at the opening quote of a string, moved onto `word` inside it (an id of
/// `slides: "intro, autr"`), when the string shows it as written on that line.
fn at_word_in_string(mut d: crate::diagnostics::Diagnostic, word: &str) -> crate::diagnostics::Diagnostic {
    let Some(line) = &d.source_line else { return d };
    let chars: Vec<char> = line.chars().collect();
    if chars.get(d.col.wrapping_sub(1)) != Some(&'"') || word.is_empty() {
        return d;
    }
    let inside: String = chars[d.col..].iter().take_while(|c| **c != '"').collect();
    let is_id = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_');
    let found = inside.match_indices(word).find(|(i, _)| {
        let before = inside[..*i].chars().next_back();
        let after = inside[i + word.len()..].chars().next();
        !before.is_some_and(is_id) && !after.is_some_and(is_id)
    });
    if let Some((i, _)) = found {
        d.col += 1 + inside[..i].chars().count();
    }
    d
}

//! `Include(from: "other.ron", slides: "plan..causes")`: slides taken from another deck, with
//! their notes, validated in their own file (errors point there), cycles refused.

use super::{Context, Validator, validate_included};
use crate::deck::diagnostics::did_you_mean;
use crate::deck::locate::{Locator, Step};
use crate::deck::parse::parse_ron;
use crate::deck::raw::{RawDeck, RawInclude};
use crate::deck::source::{SourceError, join_relative, parent_of};
use crate::model::Slide;

impl Validator<'_> {
    /// The slides an `Include` brings, or none after reporting why.
    pub(crate) fn include(&mut self, i: usize, inc: &RawInclude) -> Vec<Slide> {
        let at = |f: &'static str| [Step::Field("slides"), Step::Elem(i), Step::Field(f)];
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
                crate::t!("deck-include-cycle", chain = chain.join(" → ")),
            );
            self.fatal(d.with_hint(crate::t!("deck-include-cycle-hint")));
            return Vec::new();
        }
        let text = match self.cx.source.read(&rel) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
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
            let msg = crate::t!(
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
                self.fatal(d);
                return Vec::new();
            }
        };
        let loc = Locator::new(shown, text);
        let cx = Context {
            source: self.cx.source.clone(),
            deck_path: &rel,
            assets_base: self.cx.assets_base,
            loc: &loc,
        };
        let mut chain = self.includes.clone();
        chain.push(self.cx.deck_path.to_string());
        let (deck, diagnostics) = validate_included(&raw, cx, chain);
        self.diagnostics.extend(diagnostics);
        let Some(deck) = deck else {
            self.fatal = true;
            return Vec::new();
        };
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        let pick = |this: &mut Self, id: &str| -> Option<usize> {
            let found = deck.find(id.trim());
            if found.is_none() {
                let d = this.cx.loc.error(
                    &at("slides"),
                    None,
                    crate::t!("deck-include-unknown-id", from = &inc.from, id = id.trim()),
                );
                let hint = match did_you_mean(id.trim(), ids.iter().copied()) {
                    Some(s) => crate::t!("deck-did-you-mean", name = s),
                    None => crate::t!("deck-include-ids", ids = ids.join(", ")),
                };
                this.fatal(d.with_hint(hint));
            }
            found
        };
        let indices: Vec<usize> = match inc.slides.as_deref().map(str::trim) {
            None | Some("") => (0..deck.slides.len()).collect(),
            Some(spec) if spec.contains("..") => {
                let (a, b) = spec.split_once("..").unwrap_or((spec, spec));
                match (pick(self, a), pick(self, b)) {
                    (Some(x), Some(y)) if x <= y => (x..=y).collect(),
                    (Some(_), Some(_)) => {
                        let d =
                            self.cx
                                .loc
                                .error(&at("slides"), None, crate::t!("deck-include-backwards", range = spec));
                        self.fatal(d.with_hint(crate::t!("deck-include-backwards-hint")));
                        Vec::new()
                    }
                    _ => Vec::new(),
                }
            }
            Some(spec) => spec.split(',').filter_map(|id| pick(self, id)).collect(),
        };
        let common = inc;
        indices
            .into_iter()
            .map(|k| {
                let mut s = deck.slides[k].clone();
                if let Some(n) = &common.notes {
                    s.notes = self.paragraphs(n, &at("notes"));
                }
                if common.hidden {
                    s.hidden = true;
                }
                if let Some(d) = common.duration {
                    s.duration = Some(d);
                }
                s
            })
            .collect()
    }
}

/// "cannot include `from`: why", why in the current language.
fn cannot_include(from: &str, e: &SourceError) -> String {
    crate::t!("deck-include-failed", from = from, reason = e.to_string())
}

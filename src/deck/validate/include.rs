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
                let d = self
                    .cx
                    .loc
                    .error(&at("from"), None, format!("cannot include `{}`: {e}", inc.from));
                self.fatal(d.with_hint("include decks inside the project folder, with a path relative to this deck"));
                return Vec::new();
            }
        };
        if rel == self.cx.deck_path || self.includes.contains(&rel) {
            let mut chain = self.includes.clone();
            chain.push(self.cx.deck_path.to_string());
            chain.push(rel.clone());
            let d = self
                .cx
                .loc
                .error(&at("from"), None, format!("include cycle: {}", chain.join(" → ")));
            self.fatal(d.with_hint("a deck cannot include itself, directly or through another deck"));
            return Vec::new();
        }
        let text = match self.cx.source.read(&rel) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                let hint = match e {
                    SourceError::NotFound => "the path is relative to the including deck's folder",
                    _ => "check the file",
                };
                let d = self
                    .cx
                    .loc
                    .error(&at("from"), None, format!("cannot include `{}`: {e}", inc.from));
                self.fatal(d.with_hint(hint));
                return Vec::new();
            }
        };
        let shown = self.cx.source.display(&rel);
        if text.len() > crate::deck::MAX_DECK_BYTES {
            let msg = format!(
                "cannot include `{}`: the file is {:.1} MB, more than a deck file may be",
                inc.from,
                text.len() as f64 / 1e6
            );
            let d = self.cx.loc.error(&at("from"), None, msg);
            self.fatal(d.with_hint("include from a smaller deck"));
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
                    format!("`{}` has no slide with id `{}`", inc.from, id.trim()),
                );
                let hint = match did_you_mean(id.trim(), ids.iter().copied()) {
                    Some(s) => format!("did you mean `{s}`?"),
                    None => format!("its ids are: {}", ids.join(", ")),
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
                        let d = self
                            .cx
                            .loc
                            .error(&at("slides"), None, format!("the range `{spec}` is backwards"));
                        self.fatal(d.with_hint("write the earlier slide first: `first..last`"));
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

//! Slide ids: the given ones checked (well formed, unique), the others made from the title
//! (`slug`), unique, never taking a given one.

use std::collections::HashMap;
use std::sync::Arc;

use super::Validator;
use super::values::slug;
use crate::deck::locate::Step;
use crate::deck::raw::RawDeck;
use crate::model::{RichText, Slide};

impl Validator<'_> {
    /// Gives every slide its id. `origin[k]`: the raw slide slide `k` comes from and whether it
    /// was included from another deck (an included slide keeps the id it has).
    pub(super) fn assign_ids(&mut self, raw: &RawDeck, slides: &mut [Arc<Slide>], origin: &[(usize, bool)]) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        // Given ids (and those of included slides) first, so derived ids never steal them.
        for (k, s) in slides.iter().enumerate() {
            let (ri, included) = origin[k];
            let given = if included {
                Some(s.id.clone())
            } else {
                raw.slides[ri].common().id.clone()
            };
            let Some(id) = given else { continue };
            let path = [
                Step::Field("slides"),
                Step::Elem(ri),
                Step::Field(if included { "slides" } else { "id" }),
            ];
            if !included && (id.is_empty() || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')) {
                let d = self.cx.loc.error(&path, None, crate::msg!("deck-bad-id", id = &id));
                self.fatal(d.with_hint(crate::t!("deck-bad-id-hint")));
            } else if let Some(line) = seen.get(&id) {
                let d = self
                    .cx
                    .loc
                    .error(&path, None, crate::msg!("deck-duplicate-id", id = &id));
                self.fatal(d.with_hint(crate::t!("deck-duplicate-id-hint", line = *line)));
            } else {
                seen.insert(id, self.cx.loc.position(&path).0);
            }
        }
        for (k, (ri, included)) in origin.iter().enumerate() {
            if *included || raw.slides[*ri].common().id.is_some() {
                continue;
            }
            let base = slug(&slides[k].title.as_ref().map(RichText::to_plain).unwrap_or_default());
            let base = if base.is_empty() {
                format!("slide-{}", k + 1)
            } else {
                base
            };
            let mut id = base.clone();
            let mut n = 2;
            while seen.contains_key(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            seen.insert(id.clone(), 0);
            if slides[k].id != id {
                Arc::make_mut(&mut slides[k]).id = id;
            }
        }
    }
}

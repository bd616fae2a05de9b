//! Reusing the validation of slides that did not change: after a one-slide edit, a reload reads
//! and parses the whole file again (cheap) but validates only the slides whose text changed.
//! A slide is taken from the memo when its source text is byte for byte the one validated
//! before, in the same deck context (everything in the file outside the `slides` list: title,
//! language, theme; and where the deck and its assets are), and every file it uses (image,
//! table) has the same size and modification time as then. Only slides that gave no diagnostic
//! are kept. The position of a reused slide is taken again from the new text.

use std::collections::HashMap;
use std::sync::Arc;

use super::AssetUse;
use crate::model::Slide;
use crate::source::{FileStamp, Source};

#[derive(Debug, Clone)]
struct Memo {
    /// The slide as the deck had it (shared with it, never copied).
    slide: Arc<Slide>,
    /// The files it uses, with their stamps when it was validated.
    uses: Vec<(AssetUse, FileStamp)>,
}

/// Slides validated at the last load, by their source text.
#[derive(Debug, Default, Clone)]
pub struct SlideMemo {
    context: String,
    slides: HashMap<String, Memo>,
    next: HashMap<String, Memo>,
    /// Slides reused by the last load.
    pub reused: usize,
    /// Slides validated by the last load.
    pub validated: usize,
}

impl SlideMemo {
    /// Starts a load in `context`: a different context forgets every slide.
    pub(crate) fn begin(&mut self, context: String) {
        if self.context != context {
            self.slides.clear();
            self.context = context;
        }
        self.next.clear();
        self.reused = 0;
        self.validated = 0;
    }

    /// The slide validated before from exactly this text, with the files it uses (as slide
    /// `i` of the list), when none of them changed.
    pub(crate) fn get(&mut self, text: &str, source: &dyn Source, i: usize) -> Option<(Arc<Slide>, Vec<AssetUse>)> {
        let (key, memo) = self.slides.remove_entry(text)?;
        if memo
            .uses
            .iter()
            .any(|(u, stamp)| source.stamp(&u.resolved) != Some(*stamp))
        {
            return None;
        }
        self.reused += 1;
        let slide = Arc::clone(&memo.slide);
        let uses = memo
            .uses
            .iter()
            .map(|(u, _)| AssetUse {
                slide: Some(i),
                ..u.clone()
            })
            .collect();
        self.next.insert(key, memo);
        Some((slide, uses))
    }

    /// Remembers a slide validated from `text` without a diagnostic, with the files it uses
    /// (not when one of them cannot be stamped).
    pub(crate) fn keep(&mut self, text: &str, slide: &Arc<Slide>, uses: &[AssetUse], source: &dyn Source) {
        let Some(uses) = uses
            .iter()
            .map(|u| Some((u.clone(), source.stamp(&u.resolved)?)))
            .collect::<Option<Vec<_>>>()
        else {
            return;
        };
        let memo = Memo {
            slide: Arc::clone(slide),
            uses,
        };
        self.next.insert(text.to_string(), memo);
    }

    /// Ends the load: the slides no longer in the deck are forgotten.
    pub(crate) fn end(&mut self) {
        self.slides = std::mem::take(&mut self.next);
    }
}

//! The talk as the phones see it: its pages (every step of every slide, hidden slides too, in
//! the talk's order, as the export plans them) and each page painted by the HTML painter once,
//! on demand, off the UI thread, kept while the deck stays the same.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::export::plan::{self, Page, Steps};
use crate::layout::{Fonts, SlideRef};
use crate::model::{Deck, RichText};
use crate::render::html::{HtmlSlide, render_pieces};

/// Painted pages kept at most (each holds its fonts and pictures, a few hundred kilobytes).
const KEPT: usize = 96;

/// What a request for painted pages gets: the JSON the pages' scripts read.
pub type Painted = Result<Arc<str>, String>;

/// Pages painted (or being painted), by (first page, how many): each painted once, whoever
/// waits for it.
type PaintedPages = HashMap<(usize, usize), Arc<tokio::sync::OnceCell<Painted>>>;

/// One version of the deck, shared with the server.
pub struct SharedTalk {
    /// Counts the decks shared since the start (a reload makes a new one): page addresses
    /// carry it, so a phone never mixes pages of two versions.
    pub generation: u64,
    pub deck: Arc<Deck>,
    /// Where the deck's pictures are read from (once per page painted).
    pub files: Arc<dyn crate::source::Source>,
    pub fonts: Arc<Fonts>,
    /// The pages, in order.
    pub pages: Vec<Page>,
    /// The page of each (slide, step).
    index: HashMap<(usize, usize), usize>,
    /// Pages painted so far, by (first page, how many).
    painted: Mutex<PaintedPages>,
}

impl SharedTalk {
    /// The pages of `deck`, whose pictures are read from `files`.
    pub fn new(
        generation: u64,
        deck: Arc<Deck>,
        files: Arc<dyn crate::source::Source>,
        fonts: Arc<Fonts>,
    ) -> SharedTalk {
        let pages = plan::plan(&deck, true, Steps::Every, None);
        let index = pages.iter().enumerate().map(|(i, p)| ((p.slide, p.step), i)).collect();
        SharedTalk {
            generation,
            deck,
            files,
            fonts,
            pages,
            index,
            painted: Mutex::default(),
        }
    }

    /// The page showing `at` (a step past the slide's last shows its last).
    pub fn page_of(&self, at: SlideRef) -> Option<usize> {
        let last = self.deck.slides.get(at.slide)?.steps.saturating_sub(1);
        self.index.get(&(at.slide, at.step.min(last))).copied()
    }

    /// The slide id and step of page `k` (what "seen" is remembered by across reloads).
    pub fn key(&self, k: usize) -> Option<(String, usize)> {
        let p = self.pages.get(k)?;
        Some((self.deck.slides[p.slide].id.clone(), p.step))
    }

    /// The number of the last slide (what "3 / 22" divides by).
    pub fn slide_count(&self) -> u32 {
        self.pages.last().map_or(0, |p| p.number)
    }

    /// Pages `first..first + count` painted together (their fonts and pictures shared), as JSON
    /// `{css, defs, sections, numbers}`: painted once, whoever asks, however many at a time.
    pub async fn painted(self: &Arc<Self>, first: usize, count: usize) -> Painted {
        let cell = {
            let mut map = self.painted.lock().unwrap_or_else(|e| e.into_inner());
            if map.len() >= KEPT && !map.contains_key(&(first, count)) {
                map.clear();
            }
            map.entry((first, count)).or_default().clone()
        };
        let talk = self.clone();
        cell.get_or_init(|| async move {
            tokio::task::spawn_blocking(move || talk.paint(first, count))
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
        })
        .await
        .clone()
    }

    fn paint(&self, first: usize, count: usize) -> Painted {
        let end = (first + count).min(self.pages.len());
        let chosen = self
            .pages
            .get(first..end)
            .filter(|c| !c.is_empty())
            .ok_or("no such page")?;
        let frames: Vec<_> = chosen
            .iter()
            .map(|p| plan::frame(&self.deck, &self.fonts, None, p))
            .collect();
        let store = crate::export::images_of(self.files.as_ref(), frames.iter());
        let slides: Vec<HtmlSlide> = chosen
            .iter()
            .zip(frames)
            .map(|(p, frame)| {
                let s = &self.deck.slides[p.slide];
                HtmlSlide {
                    id: s.id.clone(),
                    title: s.display_title().map(RichText::to_plain),
                    number: p.number,
                    steps: vec![frame],
                    notes: Vec::new(),
                }
            })
            .collect();
        let total = self.slide_count() as usize;
        let pieces = crate::render::contained(|| render_pieces(&slides, total, &self.fonts, &store))?
            .map_err(|e| e.to_string())?;
        let numbers: Vec<u32> = chosen.iter().map(|p| p.number).collect();
        let steps: Vec<(usize, usize)> = chosen.iter().map(|p| (p.step + 1, p.steps)).collect();
        let json = serde_json::json!({
            "css": pieces.css,
            "defs": pieces.defs,
            "sections": pieces.sections,
            "numbers": numbers,
            "steps": steps,
        });
        Ok(Arc::from(json.to_string()))
    }
}

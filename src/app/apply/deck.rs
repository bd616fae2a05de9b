//! Applying a deck (`Action::Open`, `Action::Reload`, and the deck given at start): taking a
//! newly loaded deck (keeping the position by slide id), reloading after an edit, opening
//! another deck, watching the files, switching fonts with the theme, reading the deck's ink.
//! A failed load never replaces the deck on screen.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Reducer;
use crate::app::ink::drawing::Drawing;
use crate::app::ink::writer::{InkStore, aside_path};
use crate::app::talk::pace::planned_seconds;
use crate::app::talk::rehearsal::{Recorder, Timings, timings_path};
use crate::app::talk::session::Session;
use crate::deck::{Diagnostic, Loaded};
use crate::ink::file;
use crate::layout::Fonts;
use crate::model::Deck;

impl Reducer<'_> {
    /// Shows a newly loaded deck; a failed load keeps the previous deck and shows why.
    pub fn replace(&mut self, loaded: Loaded, path: Option<PathBuf>) {
        // Another deck: the ink of this one is written before that one's is read.
        let other_deck = loaded.deck.is_some() && self.state.path != path;
        if other_deck {
            self.flush_ink();
        }
        let st = &mut self.state;
        if let Some(k) = &st.kiosk {
            let line = crate::app::talk::kiosk::load_message(
                loaded.deck.is_some(),
                st.deck.is_some(),
                path.as_deref(),
                loaded.diagnostics.len(),
            );
            crate::app::talk::kiosk::log(&k.options, &line);
            for d in &loaded.diagnostics {
                crate::app::talk::kiosk::log(&k.options, d.to_string().trim_end());
            }
        }
        st.diagnostics = loaded.diagnostics;
        st.load_failed = loaded.deck.is_none() && st.deck.is_some();
        if st.load_failed {
            st.say(crate::t!("app-deck-has-errors"));
        }
        let Some(mut deck) = loaded.deck else {
            // Nothing shown yet: the file is still the one to watch, and taken once it is valid.
            if st.deck.is_none() {
                st.path = path;
            }
            return;
        };
        let same_deck = st.path == path;
        if same_deck && let Some(old) = &st.deck {
            for note in keep_shown_images(old, &mut deck) {
                match &st.kiosk {
                    Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
                    None if !st.notices.contains(&note) => st.notices.push(note),
                    None => {}
                }
            }
        }
        let old_id = st.current_id();
        let mut session = match st.session.take() {
            Some(mut s) if same_deck => {
                s.rebase(old_id.as_deref(), &deck);
                s
            }
            _ => Session::new(&deck),
        };
        if st.mode.rehearse && session.rehearsal.is_none() {
            let mut r = Recorder::default();
            if let Some(s) = deck.slides.get(session.slide) {
                r.enter(&s.id, session.now);
            }
            session.rehearsal = Some(r);
        }
        st.rehearsed = path.as_deref().and_then(|p| Timings::load(&timings_path(p)));
        st.planned = planned_seconds(&deck);
        let mut fonts_changed = false;
        if !self.rt.view.fonts.serves(&deck.theme.fonts) {
            // The theme's fonts changed: lay out and draw with the new files from now on.
            match Fonts::for_theme(&deck.theme.fonts) {
                Ok(f) => {
                    self.rt.view.fonts = Arc::new(f);
                    self.rt.fonts_ready = false;
                    fonts_changed = true;
                }
                Err(e) => st.diagnostics.push(Diagnostic::error(
                    &deck.theme.name,
                    None,
                    0,
                    0,
                    crate::msg!("app-fonts-kept", error = e.to_string()),
                )),
            }
        }
        st.session = Some(session);
        match (&st.deck, same_deck && !fonts_changed) {
            (Some(old), true) => {
                let kept = self.rt.view.frames.keep_unchanged(old, &deck);
                log::debug!("reload: {kept} frames kept"); // not user text
            }
            _ => self.rt.view.frames.clear(),
        }
        st.deck = Some(Arc::new(deck));
        st.source = loaded.source;
        st.path = path;
        self.rt.preload_due = true;
        self.rt.view.audience.warmup.restart();
        if let Some(c) = &mut self.rt.view.images {
            // The same deck again: pictures on screen stay until their new version is read.
            if same_deck { c.revalidate() } else { c.clear() }
        }
        if other_deck {
            let path = self.state.path.clone();
            self.load_ink(path.as_deref());
        }
    }

    /// Reloads the deck after an edit: same slide (by id), or the first changed slide with
    /// `follow_edits`; an invalid edit keeps the last good deck and tells the speaker why.
    pub fn reload(&mut self) {
        let Some(path) = self.state.path.clone() else { return };
        let started = std::time::Instant::now();
        let Ok(loaded) = crate::deck::load_path_reusing(&path, Some(&self.rt.slide_memo)) else {
            return self.open(path);
        };
        let loaded_in = started.elapsed();
        let st = &self.state;
        let jump = match (&st.deck, &loaded.deck, &st.session) {
            (Some(old), Some(new), Some(s)) if st.mode.follow_edits => {
                let unchanged = old
                    .slides
                    .get(s.slide)
                    .is_some_and(|c| new.find(&c.id).is_some_and(|j| new.slides[j].body == c.body));
                crate::app::reload::first_changed(old, new).filter(|&i| unchanged && i != s.slide)
            }
            _ => None,
        };
        self.replace(loaded, Some(path));
        self.rt.reload_timing = Some(crate::app::reload::ReloadTiming {
            event: self.rt.reload_event.take(),
            started,
            loaded_in,
            replaced_in: started.elapsed(),
        });
        if let (Some(i), Some(s)) = (jump, &mut self.state.session) {
            s.slide = i;
            s.step = 0;
        }
    }

    /// Loads the deck at `path` (keeping the current one if it fails).
    pub fn open(&mut self, path: PathBuf) {
        match crate::deck::load_path(&path) {
            Ok(loaded) => self.replace(loaded, Some(path)),
            Err(e) => {
                if self.state.deck.is_none() {
                    self.state.path = Some(path);
                }
                self.state.load_failed = self.state.deck.is_some();
                if self.state.load_failed {
                    self.state.say(crate::t!("app-deck-has-errors"));
                }
                self.state.diagnostics = vec![e.to_diagnostic()];
            }
        }
    }

    /// Reads the ink of the deck at `path` (a newly opened deck). A broken file is reported to
    /// the speaker and left alone; the deck opens without its ink.
    pub(crate) fn load_ink(&mut self, path: Option<&Path>) {
        self.rt.ink = InkStore::default();
        let Some(path) = path else {
            self.state.drawing = Drawing::default();
            return;
        };
        self.state.drawing = match file::load(path) {
            Ok(ink) => Drawing::with_ink(ink),
            Err(d) => {
                let ink_file = file::path_for(path);
                let problem = format!("{}:{}: {}", d.line, d.col, d.message); // not user text: a location
                let note = crate::t!(
                    "app-ink-unreadable",
                    path = ink_file.display().to_string(),
                    problem = problem,
                    aside = aside_path(&ink_file).display().to_string(),
                );
                match &self.state.kiosk {
                    Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
                    None => self.state.notices.push(note),
                }
                eprint!("{d}");
                self.rt.ink.broken = Some(ink_file);
                Drawing::default()
            }
        };
    }
}

/// A reload never makes the audience view worse: an image that was readable before and is now
/// missing or unreadable (deleted or renamed during the talk, a sync client replacing it) keeps
/// its last good size, so the layout still places it and the screen keeps its texture. Returns
/// a note for the speaker per file gone.
fn keep_shown_images(old: &Deck, new: &mut Deck) -> Vec<String> {
    let good: std::collections::HashMap<&str, (u32, u32)> = old
        .slides
        .iter()
        .flat_map(|s| s.images())
        .filter(|i| i.problem.is_none())
        .filter_map(|i| Some((i.asset.as_str(), i.size?)))
        .collect();
    let mut notes = Vec::new();
    let kept = |image: &crate::model::Image| image.problem.is_some() && good.contains_key(image.asset.as_str());
    // Only a slide with such an image is copied out of the deck's sharing to be changed.
    let touched = new.slides.iter_mut().filter(|s| s.images().into_iter().any(kept));
    for image in touched.flat_map(|s| std::sync::Arc::make_mut(s).images_mut()) {
        if let (Some(problem), Some(&size)) = (&image.problem, good.get(image.asset.as_str())) {
            let note = crate::app::images::lost_image_note(&image.asset, problem);
            if !notes.contains(&note) {
                notes.push(note);
            }
            image.problem = None;
            image.size = Some(size);
        }
    }
    notes
}

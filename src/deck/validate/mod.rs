//! Raw deck → validated [`Deck`]: resolves assets and theme, parses bullets and markup, applies
//! typography, assigns ids, and collects every problem with its position.

mod assets;
mod csv_table;
pub use assets::AssetUse;
mod ids;
mod image_probe;
pub(crate) mod include;
mod lang;
mod memo;
mod slides;
mod theme;
mod values;

pub use memo::SlideMemo;
pub use values::{fold, parse_duration, same_lang, slug};

use std::sync::Arc;

use super::locate::{Locator, Step};
use super::markup::parse_inline;
use super::raw::{RawDeck, RawSlide};
use super::typography::{FrenchRules, french_owned};
use crate::diagnostics::{Diagnostic, grouped};
use crate::model::{Aspect, Deck, Meta, RichText, Slide};
use crate::source::Source;

/// Everything validation needs to know about where the deck lives.
pub struct Context<'a> {
    pub source: Arc<dyn Source>,
    /// Deck file, relative to the source root.
    pub deck_path: &'a str,
    /// Folder that asset paths are relative to (relative to the source root).
    pub assets_base: &'a str,
    pub loc: &'a Locator,
    /// Slides validated at the last load of this deck, to reuse those that did not change (a
    /// reload); `None`: validate every slide.
    pub memo: Option<&'a std::cell::RefCell<SlideMemo>>,
}

/// Collects diagnostics while building the model.
pub(crate) struct Validator<'a> {
    cx: Context<'a>,
    /// The French rules to apply, when the deck (or the slide being read) is in French.
    french: Option<FrenchRules>,
    /// The deck's language, checked.
    lang: String,
    pub diagnostics: Vec<Diagnostic>,
    /// Errors that make the deck unusable (not merely an asset that will show as a placeholder).
    pub fatal: bool,
    /// Decks that include this one, outermost first (to refuse include cycles).
    pub includes: Vec<String>,
    /// Image headers read so far, by resolved path.
    probes: std::collections::HashMap<String, image_probe::ImageProbe>,
    /// CSV tables read so far, by resolved path (a file named by a hundred tables is read and
    /// parsed once per load).
    tables: std::collections::HashMap<String, csv_table::CsvTable>,
    /// The files the slides and theme refer to, in order of appearance.
    asset_uses: Vec<AssetUse>,
    /// The uses noted by [`Self::note_use`], to note each once.
    uses_noted: std::collections::HashSet<AssetUse>,
}

/// Most characters in one slide text (a title, a body, a list): a full slide holds about 1 500.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Most characters in one slide's notes.
pub const MAX_NOTES_CHARS: usize = 100_000;

/// Validates a parsed deck. The deck is `None` when a structural error makes it unusable; asset
/// problems (missing image, bad CSV) are errors but still give a deck, with placeholders.
pub(crate) fn validate(raw: &RawDeck, cx: Context<'_>) -> Validated {
    let mut v = validate_included(raw, cx, Vec::new());
    // A slide included twice, or by two decks, reports its problems once.
    let mut seen = std::collections::HashSet::new();
    v.diagnostics
        .retain(|d| seen.insert((d.file.clone(), d.line, d.col, d.message.clone())));
    v
}

/// What validating a deck gives, with the raw slide each of the deck's slides comes from.
pub(crate) struct Validated {
    pub deck: Option<Deck>,
    pub diagnostics: Vec<Diagnostic>,
    /// For each slide of `deck`: the index in the file's `slides` list it comes from (an
    /// `Include` gives several slides the same index).
    pub origin: Vec<usize>,
    /// The files its slides and theme use.
    pub asset_uses: Vec<AssetUse>,
}

/// [`validate`] for a deck reached through `includes` (the chain of including decks).
pub(crate) fn validate_included(raw: &RawDeck, cx: Context<'_>, includes: Vec<String>) -> Validated {
    let french = lang::french_rules(raw, &raw.lang);
    let mut v = Validator {
        cx,
        french,
        lang: String::new(),
        diagnostics: Vec::new(),
        fatal: false,
        includes,
        probes: std::collections::HashMap::new(),
        tables: std::collections::HashMap::new(),
        asset_uses: Vec::new(),
        uses_noted: std::collections::HashSet::new(),
    };
    let meta = v.meta(raw);
    v.lang.clone_from(&meta.lang);
    // A deck reached through an `Include` lends its slides, not its look: the including deck's
    // theme applies, so this one's theme is not read (a problem in it is not the remixer's).
    let lent = !v.includes.is_empty();
    let mut theme = if lent {
        crate::model::Theme::default()
    } else {
        v.theme(raw.theme.as_deref())
    };
    if let Some(o) = raw.theme_overrides.as_ref().filter(|_| !lent) {
        let (file, text) = (v.cx.loc.file.clone(), v.cx.loc.text.clone());
        theme = v.apply_theme(theme, o, &file, &text, theme::FontPlace::Project);
    }
    let lang_primary = raw
        .lang
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if theme.hyphenate && !matches!(lang_primary.as_str(), "fr" | "en") {
        let path = [Step::Field("theme_overrides"), Step::Field("hyphenate")];
        let d =
            v.cx.loc
                .error(&path, None, crate::msg!("typo-hyphenate-language", lang = &raw.lang));
        v.diagnostics
            .push(d.warning().with_hint(crate::t!("typo-hyphenate-language-hint")));
    }
    if raw.slides.is_empty() {
        v.fatal(
            v.cx.loc
                .error(&[Step::Field("slides")], None, crate::msg!("deck-no-slides"))
                .with_hint(crate::t!("deck-no-slides-hint")),
        );
    }
    let mut slides: Vec<Arc<Slide>> = Vec::with_capacity(raw.slides.len());
    // Slides validated without a problem, to remember: (index in `slides`, source text, uses).
    let mut to_keep = Vec::new();
    // For each slide: the raw slide it comes from, and whether it was included from another deck.
    let mut origin = Vec::with_capacity(raw.slides.len());
    let loc = v.cx.loc;
    let list = loc.node(&[Step::Field("slides")]).filter(|n| n.start > 0);
    let memo = v.cx.memo.filter(|_| v.includes.is_empty() && list.is_some());
    if let (Some(m), Some(n)) = (memo, list) {
        let t = &v.cx.loc.text;
        let context = format!(
            "{}\0{}\0{}\0{}",
            v.cx.deck_path,
            v.cx.assets_base,
            &t[..n.start],
            &t[n.end..]
        );
        m.borrow_mut().begin(context);
    }
    for (i, s) in raw.slides.iter().enumerate() {
        if let RawSlide::Include(inc) = s {
            if include::over_slide_budget() {
                break;
            }
            let got = v.include(i, inc);
            origin.extend(std::iter::repeat_n((i, true), got.len()));
            slides.extend(got);
        } else {
            if !include::spend_slide() {
                let at = [Step::Field("slides"), Step::Elem(i)];
                let msg = crate::msg!("deck-slide-budget", max = include::MAX_SLIDES_READ);
                let d = v.cx.loc.error(&at, None, msg);
                v.fatal(d.with_hint(crate::t!("deck-slide-budget-hint")));
                break;
            }
            let text = memo
                .and(list)
                .and_then(|n| n.elem(i))
                .map(|n| &v.cx.loc.text[n.start..n.end]);
            if let (Some(m), Some(text)) = (memo, text)
                && let Some((mut slide, uses)) = m.borrow_mut().get(text, v.cx.source.as_ref(), i)
            {
                let (line, col) = v.cx.loc.position(&[Step::Field("slides"), Step::Elem(i)]);
                if (slide.location.line, slide.location.col) != (line, col) {
                    let moved = Arc::make_mut(&mut slide);
                    (moved.location.line, moved.location.col) = (line, col);
                }
                v.asset_uses.extend(uses);
                slides.push(slide);
                origin.push((i, false));
                continue;
            }
            let before = (v.diagnostics.len(), v.asset_uses.len());
            // A slide in another language than the deck's gets that language's typography.
            let slide_lang = s.common().lang.as_deref().map(|l| v.slide_lang(i, l));
            let deck_french = v.french;
            if let Some(l) = &slide_lang {
                v.french = lang::french_rules(raw, l);
            }
            let mut slide = v.slide(i, s);
            v.french = deck_french;
            slide.lang = slide_lang;
            if let (Some(m), Some(text)) = (memo, text) {
                m.borrow_mut().validated += 1;
                if before.0 == v.diagnostics.len() {
                    // Kept once the slide is final (its id given, its language settled).
                    to_keep.push((slides.len(), text, before.1..v.asset_uses.len()));
                }
            }
            slides.push(Arc::new(slide));
            origin.push((i, false));
        }
    }
    v.assign_ids(raw, &mut slides, &origin);
    // A slide said to be in the deck's own language is simply in the deck's language.
    for slide in &mut slides {
        if slide.lang.as_ref().is_some_and(|l| same_lang(l, &meta.lang)) {
            Arc::make_mut(slide).lang = None;
        }
    }
    if let Some(m) = memo {
        let mut m = m.borrow_mut();
        for (k, text, uses) in to_keep {
            m.keep(text, &slides[k], &v.asset_uses[uses], v.cx.source.as_ref());
        }
        m.end();
    }
    let Validator {
        mut diagnostics,
        fatal,
        cx,
        asset_uses,
        ..
    } = v;
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    let deck = (!fatal).then(|| Deck {
        meta,
        theme,
        slides,
        path: cx.deck_path.to_string(),
    });
    Validated {
        deck,
        diagnostics,
        origin: origin.iter().map(|&(i, _)| i).collect(),
        asset_uses,
    }
}

impl Validator<'_> {
    pub(crate) fn fatal(&mut self, d: Diagnostic) {
        self.fatal = true;
        self.diagnostics.push(d);
    }

    /// The `lang` of slide `i`, checked (`und` after an error).
    fn slide_lang(&mut self, i: usize, lang: &str) -> String {
        let path = [Step::Field("slides"), Step::Elem(i), Step::Field("lang")];
        let (lang, problem) = lang::checked_at(lang, self.cx.loc, &path);
        self.diagnostics.extend(problem);
        lang
    }

    pub(crate) fn report(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// `text` when it is at most `limit` characters; else an error at `path` and `None`.
    pub(crate) fn within_limit<'t>(&mut self, text: &'t str, path: &[Step], limit: usize) -> Option<&'t str> {
        // Bytes bound characters from above: count only when it could matter.
        if text.len() <= limit || text.chars().count() <= limit {
            return Some(text);
        }
        let n = text.chars().count();
        let d = self
            .cx
            .loc
            .error(
                path,
                None,
                crate::msg!(
                    "deck-text-too-long",
                    count = grouped(n as u64),
                    limit = grouped(limit as u64)
                ),
            )
            .with_hint(crate::t!("deck-text-too-long-hint"));
        self.report(d);
        None
    }

    /// Parses inline markup at `path` and applies typography; markup problems become warnings.
    pub(crate) fn rich(&mut self, text: &str, path: &[Step]) -> RichText {
        let Some(text) = self.within_limit(text, path, MAX_TEXT_CHARS) else {
            return RichText::plain("…");
        };
        let (rt, problems) = parse_inline(text);
        for (off, msg) in problems {
            let d = self.cx.loc.error(path, Some(off), msg).warning();
            self.report(d);
        }
        match self.french {
            Some(rules) => french_owned(rt, rules),
            None => rt,
        }
    }

    /// Optional variant of [`Self::rich`].
    pub(crate) fn rich_opt(&mut self, text: &Option<String>, path: &[Step]) -> Option<RichText> {
        text.as_deref()
            .filter(|t| !t.trim().is_empty())
            .map(|t| self.rich(t, path))
    }

    fn meta(&mut self, raw: &RawDeck) -> Meta {
        if raw.format != 1 {
            let d = self.cx.loc.error(
                &[Step::Field("format")],
                None,
                crate::msg!("deck-format-unsupported", format = raw.format),
            );
            self.fatal(d.with_hint(crate::t!("deck-format-unsupported-hint")));
        }
        let aspect = match raw.aspect.trim() {
            "16:9" => Aspect::Wide,
            "4:3" => Aspect::Standard,
            other => {
                let d = self.cx.loc.error(
                    &[Step::Field("aspect")],
                    None,
                    crate::msg!("deck-unknown-aspect", aspect = other),
                );
                self.fatal(d.with_hint(crate::t!("deck-unknown-aspect-hint")));
                Aspect::Wide
            }
        };
        let duration_secs = raw.duration.as_deref().and_then(|d| match parse_duration(d) {
            Some(s) => Some(s),
            None => {
                let e = self.cx.loc.error(
                    &[Step::Field("duration")],
                    None,
                    crate::msg!("deck-bad-duration", duration = d),
                );
                self.fatal(e.with_hint(crate::t!("deck-bad-duration-hint")));
                None
            }
        });
        Meta {
            title: raw.title.clone(),
            subtitle: raw.subtitle.clone(),
            author: raw.author.clone(),
            event: raw.event.clone(),
            date: raw.date.clone(),
            lang: {
                let (lang, problem) = lang::checked(&raw.lang, self.cx.loc);
                self.diagnostics.extend(problem);
                lang
            },
            aspect,
            duration_secs,
        }
    }
}

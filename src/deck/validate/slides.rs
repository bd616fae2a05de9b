//! Validation of each slide kind.

use super::{MAX_NOTES_CHARS, MAX_TEXT_CHARS, Validator};
use crate::deck::bullets::{RawBullet, parse_bullets};
use crate::deck::locate::Step;
use crate::deck::raw::{RawColumn, RawSlide};
use crate::model::{Body, Bullet, Column, Location, RichText, Slide};

impl Validator<'_> {
    /// Validates slide `i`.
    pub(crate) fn slide(&mut self, i: usize, raw: &RawSlide) -> Slide {
        let base = [Step::Field("slides"), Step::Elem(i)];
        let at = |f: &'static str| [Step::Field("slides"), Step::Elem(i), Step::Field(f)];
        let common = raw.common();
        let kicker = self.rich_opt(common.kicker, &at("kicker"));
        let errors_before = self.diagnostics.iter().filter(|d| d.is_error()).count();
        let mut title: Option<RichText> = None;
        let body = match raw {
            RawSlide::Title(s) => {
                let t = self.rich(&s.title, &at("title"));
                Body::Title {
                    title: t,
                    subtitle: self.rich_opt(&s.subtitle, &at("subtitle")),
                    author: self.rich_opt(&s.author, &at("author")),
                    affiliation: self.rich_opt(&s.affiliation, &at("affiliation")),
                }
            }
            RawSlide::Agenda(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                Body::Agenda {
                    items: self.bullets(&s.items, &at("items")),
                }
            }
            RawSlide::Section(s) => {
                title = Some(self.rich(&s.title, &at("title")));
                Body::Section {
                    subtitle: self.rich_opt(&s.subtitle, &at("subtitle")),
                }
            }
            RawSlide::Bullets(s) => {
                title = Some(self.rich(&s.title, &at("title")));
                Body::Bullets {
                    lead: self.rich_opt(&s.lead, &at("lead")),
                    items: self.bullets(&s.items, &at("items")),
                    image: s.image.as_ref().map(|img| self.image(img, &at("image"))),
                    footnote: self.rich_opt(&s.footnote, &at("footnote")),
                }
            }
            RawSlide::Text(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                Body::Text {
                    paragraphs: self.paragraphs(&s.body, &at("body")),
                }
            }
            RawSlide::Quote(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                Body::Quote {
                    text: self.rich(&s.text, &at("text")),
                    author: self.rich_opt(&s.author, &at("author")),
                    role: self.rich_opt(&s.role, &at("role")),
                    image: s.image.as_ref().map(|img| self.image(img, &at("image"))),
                }
            }
            RawSlide::Image(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                Body::Image {
                    image: self.image(&s.image, &at("image")),
                }
            }
            RawSlide::Gallery(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                let images = s
                    .images
                    .iter()
                    .enumerate()
                    .map(|(k, img)| {
                        self.image(
                            img,
                            &[
                                Step::Field("slides"),
                                Step::Elem(i),
                                Step::Field("images"),
                                Step::Elem(k),
                            ],
                        )
                    })
                    .collect();
                Body::Gallery { images }
            }
            RawSlide::Table(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                Body::Table {
                    table: self.table(s, i),
                }
            }
            RawSlide::Columns(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                if !(1..=4).contains(&s.columns.len()) {
                    let d = self.cx.loc.error(
                        &at("columns"),
                        None,
                        crate::msg!("deck-columns-count", n = s.columns.len()),
                    );
                    self.fatal(d.with_hint(crate::t!("deck-columns-count-hint")));
                }
                let columns = s
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(k, c)| self.column(c, i, k))
                    .collect();
                Body::Columns { columns }
            }
            RawSlide::References(s) => {
                title = self.rich_opt(&s.title, &at("title"));
                let entries = s
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(k, e)| {
                        self.rich(
                            e,
                            &[
                                Step::Field("slides"),
                                Step::Elem(i),
                                Step::Field("entries"),
                                Step::Elem(k),
                            ],
                        )
                    })
                    .collect();
                Body::References { entries }
            }
            // Includes are expanded by `Validator::include` before slides are validated one by one.
            RawSlide::Include(_) => Body::Text { paragraphs: Vec::new() },
            RawSlide::Closing(s) => {
                let contact = s
                    .contact
                    .iter()
                    .enumerate()
                    .map(|(k, c)| {
                        self.rich(
                            c,
                            &[
                                Step::Field("slides"),
                                Step::Elem(i),
                                Step::Field("contact"),
                                Step::Elem(k),
                            ],
                        )
                    })
                    .collect();
                Body::Closing {
                    title: self.rich(&s.title, &at("title")),
                    name: self.rich_opt(&s.name, &at("name")),
                    contact,
                }
            }
        };
        // An empty body caused by an error already reported (bad bullets, unreadable CSV) needs no second message.
        let new_errors = self.diagnostics.iter().filter(|d| d.is_error()).count() > errors_before;
        if is_empty(&body) && !new_errors {
            let d = self
                .cx
                .loc
                .error(&base, None, crate::msg!("deck-empty-slide", kind = raw.kind_name()));
            self.fatal(d.with_hint(crate::t!("deck-empty-slide-hint")));
        }
        if let Some(d) = common.duration.filter(|d| !(d.is_finite() && *d > 0.0)) {
            let e = self.cx.loc.error(
                &at("duration"),
                None,
                crate::msg!("deck-bad-slide-duration", duration = d.to_string()),
            );
            self.fatal(e.with_hint(crate::t!("deck-bad-slide-duration-hint")));
        }
        let steps = if common.steps { step_count(&body) } else { 1 };
        let notes = common
            .notes
            .as_deref()
            .map(|n| self.paragraphs(n, &at("notes")))
            .unwrap_or_default();
        let (line, col) = self.cx.loc.position(&base);
        Slide {
            id: common.id.clone().unwrap_or_default(),
            title,
            kicker,
            body,
            notes,
            hidden: common.hidden,
            duration: common.duration,
            steps,
            section: common
                .section
                .as_ref()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty()),
            lang: None,
            origin: common.origin.as_ref().map(|o| crate::model::ImportOrigin {
                deck: o.deck.clone(),
                slide: o.slide.clone(),
                hash: o.hash.clone(),
                local: o.local.clone(),
            }),
            location: Location {
                file: self.cx.loc.file.clone(),
                line,
                col,
            },
        }
    }

    /// Paragraphs separated by blank lines; single line breaks become spaces.
    pub(crate) fn paragraphs(&mut self, text: &str, path: &[Step]) -> Vec<RichText> {
        let is_notes = matches!(path.last(), Some(Step::Field("notes")));
        let Some(text) = self.within_limit(text, path, if is_notes { MAX_NOTES_CHARS } else { MAX_TEXT_CHARS }) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut para: Vec<&str> = Vec::new();
        let mut para_start = 0;
        let mut offset = 0;
        for line in text.split_inclusive('\n').chain(std::iter::once("")) {
            let blank = line.trim().is_empty();
            if blank && !para.is_empty() {
                let joined = para
                    .iter()
                    .flat_map(|l| l.split_whitespace())
                    .collect::<Vec<_>>()
                    .join(" ");
                let (rt, problems) = crate::deck::markup::parse_inline(&joined);
                for (_, msg) in problems {
                    let d = self.cx.loc.error(path, Some(para_start), msg).warning();
                    self.report(d);
                }
                out.push(match self.french {
                    Some(rules) => crate::deck::typography::french_owned(rt, rules),
                    None => rt,
                });
                para.clear();
            } else if !blank {
                if para.is_empty() {
                    para_start = offset + (line.len() - line.trim_start().len());
                }
                para.push(line);
            }
            offset += line.len();
        }
        out
    }

    fn bullets(&mut self, text: &str, path: &[Step]) -> Vec<Bullet> {
        let Some(text) = self.within_limit(text, path, MAX_TEXT_CHARS) else {
            return Vec::new();
        };
        match parse_bullets(text) {
            Ok(raw) => raw.iter().map(|b| self.bullet(b, path)).collect(),
            Err(e) => {
                let d = self.cx.loc.error(path, Some(e.offset), e.message);
                self.fatal(d.with_hint(e.hint));
                Vec::new()
            }
        }
    }

    fn bullet(&mut self, b: &RawBullet, path: &[Step]) -> Bullet {
        let (rt, problems) = crate::deck::markup::parse_inline(&b.text);
        for (off, msg) in problems {
            let d = self.cx.loc.error(path, Some(b.offset + off), msg).warning();
            self.report(d);
        }
        let text = match self.french {
            Some(rules) => crate::deck::typography::french_owned(rt, rules),
            None => rt,
        };
        Bullet {
            text,
            children: b.children.iter().map(|c| self.bullet(c, path)).collect(),
        }
    }

    fn column(&mut self, c: &RawColumn, i: usize, k: usize) -> Column {
        let p = |f: &'static str| {
            [
                Step::Field("slides"),
                Step::Elem(i),
                Step::Field("columns"),
                Step::Elem(k),
                Step::Field(f),
            ]
        };
        Column {
            heading: self.rich_opt(&c.heading, &p("heading")),
            image: c.image.as_ref().map(|img| self.image(img, &p("image"))),
            text: c
                .text
                .as_deref()
                .map(|t| self.paragraphs(t, &p("text")))
                .unwrap_or_default(),
            bullets: c
                .items
                .as_deref()
                .map(|t| self.bullets(t, &p("items")))
                .unwrap_or_default(),
            note: self.rich_opt(&c.note, &p("note")),
        }
    }
}

fn is_empty(body: &Body) -> bool {
    match body {
        Body::Agenda { items } => items.is_empty(),
        Body::Bullets { items, lead, image, .. } => items.is_empty() && lead.is_none() && image.is_none(),
        Body::Text { paragraphs } => paragraphs.is_empty(),
        Body::Quote { text, .. } => text.is_blank(),
        Body::Gallery { images } => images.is_empty(),
        Body::Table { table } => table.rows.is_empty() && table.header.is_empty(),
        Body::Columns { columns } => columns.is_empty(),
        Body::References { entries } => entries.is_empty(),
        Body::Title { title, .. } | Body::Closing { title, .. } => title.is_blank(),
        Body::Section { .. } | Body::Image { .. } => false,
    }
}

/// How many reveal steps `steps: true` gives a body.
fn step_count(body: &Body) -> usize {
    let n = match body {
        Body::Agenda { items } | Body::Bullets { items, .. } => items.len(),
        Body::Columns { columns } => columns.len(),
        Body::Gallery { images } => images.len(),
        Body::References { entries } => entries.len(),
        Body::Text { paragraphs } => paragraphs.len(),
        _ => 1,
    };
    n.max(1)
}

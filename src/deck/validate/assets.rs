//! Images and CSV tables referenced by a deck.

use super::Validator;
use super::csv_table::{CsvTable, read_csv};
use super::image_probe::{ImageProbe, looks_like_svg, probe_image};
use crate::deck::locate::Step;
use crate::deck::raw::{RawFit, RawImage, RawTable};
use crate::diagnostics::grouped;
use crate::model::{Fit, Image, RichText, Table};
use crate::source::{SourceError, join_relative};

/// Largest image side we accept (a hostile file must not make us allocate gigabytes).
pub const MAX_IMAGE_SIDE: u32 = 16_384;

/// What kind of file an asset path names, for messages.
#[derive(Debug, Clone, Copy)]
enum AssetKind {
    Image,
    Csv,
}

impl AssetKind {
    /// The selector the catalogue's messages choose their words with.
    fn code(self) -> &'static str {
        match self {
            AssetKind::Image => "image",
            AssetKind::Csv => "csv",
        }
    }
}

/// One file a deck's slide refers to (an image or a CSV table), for `estrade import`, which
/// copies exactly the files of the slides it takes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AssetUse {
    /// Index in the file's `slides` list of the slide that uses it (`None` for the theme).
    pub slide: Option<usize>,
    /// The path as written in the deck (relative to the assets folder).
    pub written: String,
    /// The path inside the deck's source (relative to the project root).
    pub resolved: String,
}

impl Validator<'_> {
    /// Notes that the slide (or theme) at `path` uses `written`, found at `resolved`.
    fn note_use(&mut self, path: &[Step], written: &str, resolved: &str) {
        let slide = match path {
            [Step::Field("slides"), Step::Elem(i), ..] => Some(*i),
            _ => None,
        };
        let used = AssetUse {
            slide,
            written: written.to_string(),
            resolved: resolved.to_string(),
        };
        if self.uses_noted.insert(used.clone()) {
            self.asset_uses.push(used);
        }
    }

    /// Resolves an asset path; on failure reports an error at `path` and returns `None`.
    fn asset(&mut self, rel: &str, path: &[Step], kind: AssetKind) -> Option<(String, Vec<u8>)> {
        let resolved = match join_relative(self.cx.assets_base, rel) {
            Ok(r) => {
                self.note_use(path, rel, &r);
                r
            }
            Err(e) => {
                self.refuse(rel, &e, path, kind);
                return None;
            }
        };
        match self.cx.source.read(&resolved) {
            Ok(bytes) => Some((resolved, bytes)),
            Err(e) => {
                self.refuse(rel, &e, path, kind);
                None
            }
        }
    }

    /// `rel` without a leading `assets/` (the assets folder written again) when the file is
    /// there once it is taken off.
    fn without_base<'r>(&self, rel: &'r str) -> Option<&'r str> {
        let base = self.cx.assets_base;
        let inside = rel.strip_prefix(base)?.strip_prefix('/').filter(|_| !base.is_empty())?;
        let resolved = join_relative(base, inside).ok()?;
        self.cx.source.read(&resolved).ok().map(|_| inside)
    }

    fn refuse(&mut self, rel: &str, e: &SourceError, path: &[Step], kind: AssetKind) {
        // `place` chooses the words for the folder: the deck's own, or `folder/`.
        let base = self.cx.assets_base;
        let place = if base.is_empty() { "deck" } else { "folder" };
        let kind = kind.code();
        // The file meant is known: it is not « unused » (the error says how to name it).
        if let (SourceError::NotFound, Some(inside)) = (e, self.without_base(rel))
            && let Ok(resolved) = join_relative(base, inside)
        {
            self.note_use(path, inside, &resolved);
        }
        let (msg, hint) = match e {
            SourceError::NotFound => (
                crate::msg!("deck-asset-not-found", kind = kind, path = rel),
                match (self.without_base(rel), self.nearest_file(rel)) {
                    // `assets/images/x.png` where paths start inside `assets/`.
                    (Some(inside), _) => crate::t!("deck-asset-repeats-folder-hint", path = inside, folder = base),
                    (None, Some(close)) => crate::t!("deck-did-you-mean", name = close),
                    (None, None) => crate::t!("deck-asset-not-found-hint", place = place, folder = base),
                },
            ),
            SourceError::Absolute => (
                crate::msg!("deck-asset-absolute", kind = kind, path = rel),
                crate::t!("deck-asset-absolute-hint", place = place, folder = base),
            ),
            SourceError::Escapes => (
                crate::msg!("deck-asset-escapes", kind = kind, path = rel),
                crate::t!("deck-asset-escapes-hint", place = place, folder = base),
            ),
            SourceError::Io(m) => (
                crate::msg!("deck-asset-unreadable", kind = kind, path = rel, reason = m),
                crate::t!("deck-asset-unreadable-hint"),
            ),
        };
        let d = self.cx.loc.error(path, None, msg).with_hint(hint);
        self.report(d);
    }

    /// A file beside where `rel` points whose name is close to it (`images/skye.png` →
    /// `images/sky.png`), written as the deck would write it.
    fn nearest_file(&self, rel: &str) -> Option<String> {
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let folder = join_relative(self.cx.assets_base, dir).ok()?;
        let names = self.cx.source.file_names(&folder);
        let close = crate::diagnostics::did_you_mean(name, names.iter().map(String::as_str))?;
        Some(if dir.is_empty() {
            close.to_string()
        } else {
            format!("{dir}/{close}")
        })
    }

    /// Resolves an image path and reads its header (once per file, however many slides use
    /// it); on a path problem reports an error at `path` and returns `None`.
    fn image_probe(&mut self, rel: &str, path: &[Step]) -> Option<(String, ImageProbe)> {
        let resolved = match join_relative(self.cx.assets_base, rel) {
            Ok(r) => {
                self.note_use(path, rel, &r);
                r
            }
            Err(e) => {
                self.refuse(rel, &e, path, AssetKind::Image);
                return None;
            }
        };
        if let Some(probe) = self.probes.get(&resolved) {
            return Some((resolved, probe.clone()));
        }
        let probe = match probe_image(self.cx.source.as_ref(), &resolved) {
            Ok(p) => p,
            Err(e) => {
                self.refuse(rel, &e, path, AssetKind::Image);
                return None;
            }
        };
        self.probes.insert(resolved.clone(), probe.clone());
        Some((resolved, probe))
    }

    /// Validates an image reference; a broken one still yields an image (shown as a placeholder).
    pub(crate) fn image(&mut self, raw: &RawImage, path: &[Step]) -> Image {
        let mut p = path.to_vec();
        p.push(Step::Field("src"));
        let mut problem = None;
        let mut size = None;
        let asset = match self.image_probe(&raw.src, &p) {
            Some((resolved, probe)) => {
                let ImageProbe {
                    dimensions,
                    head: bytes_head,
                    len: bytes_len,
                } = probe;
                match dimensions {
                    Ok((w, h)) if w == 0 || h == 0 || w > MAX_IMAGE_SIDE || h > MAX_IMAGE_SIDE => {
                        let msg = crate::msg!(
                            "deck-image-bad-size",
                            src = &raw.src,
                            width = grouped(w.into()),
                            height = grouped(h.into()),
                            max = grouped(MAX_IMAGE_SIDE.into())
                        );
                        let d = self
                            .cx
                            .loc
                            .error(&p, None, msg.clone())
                            .with_hint(crate::t!("deck-image-bad-size-hint"));
                        self.report(d);
                        problem = Some(msg.text.clone());
                    }
                    Ok((w, h)) if u64::from(w) * u64::from(h) > crate::model::MAX_IMAGE_PIXELS => {
                        let msg = crate::msg!(
                            "deck-image-too-many-pixels",
                            src = &raw.src,
                            width = grouped(w.into()),
                            height = grouped(h.into()),
                            max = crate::model::MAX_IMAGE_PIXELS / 1_000_000
                        );
                        let d = self.cx.loc.error(&p, None, msg.clone());
                        self.report(d.with_hint(crate::t!("deck-image-bad-size-hint")));
                        problem = Some(msg.text.clone());
                    }
                    Ok((w, h)) => size = Some((w, h)),
                    Err(e) => {
                        let svg = raw.src.to_lowercase().ends_with(".svg") || looks_like_svg(&bytes_head);
                        let (msg, hint) = if svg {
                            (
                                crate::msg!("deck-image-svg", src = &raw.src),
                                crate::t!(
                                    "deck-image-svg-hint",
                                    src = &raw.src,
                                    png =
                                        raw.src.trim_end_matches(".svg").trim_end_matches(".SVG").to_string() + ".png"
                                ),
                            )
                        } else if bytes_len == 0 {
                            (
                                crate::msg!("deck-image-empty", src = &raw.src),
                                crate::t!("deck-image-empty-hint"),
                            )
                        } else {
                            (
                                crate::msg!("deck-image-unreadable", src = &raw.src, reason = e),
                                crate::t!("deck-image-unreadable-hint"),
                            )
                        };
                        let d = self.cx.loc.error(&p, None, msg.clone()).with_hint(hint);
                        self.report(d);
                        problem = Some(msg.text.clone());
                    }
                }
                resolved
            }
            None => {
                problem = Some(crate::t!("deck-image-missing", src = &raw.src));
                join_relative(self.cx.assets_base, &raw.src).unwrap_or_else(|_| raw.src.clone())
            }
        };
        let at = |f: &'static str| {
            let mut q = path.to_vec();
            q.push(Step::Field(f));
            q
        };
        if raw.alt.as_deref().is_none_or(|a| a.trim().is_empty()) {
            let d = self
                .cx
                .loc
                .error(path, None, crate::msg!("deck-image-no-alt", src = &raw.src))
                .warning();
            self.report(d.with_hint(crate::t!("deck-image-no-alt-hint")));
        }
        Image {
            asset,
            size,
            problem,
            caption: self.rich_opt(&raw.caption, &at("caption")),
            credit: self.rich_opt(&raw.credit, &at("credit")),
            alt: raw.alt.clone().unwrap_or_default(),
            fit: match raw.fit {
                RawFit::Contain => Fit::Contain,
                RawFit::Cover => Fit::Cover,
            },
        }
    }

    /// The table of `rel` when this load has already read it without a problem (noted as used
    /// by the slide at `path`); `None` when it must be read.
    fn table_read_before(&mut self, rel: &str, path: &[Step]) -> Option<CsvTable> {
        let resolved = join_relative(self.cx.assets_base, rel).ok()?;
        let table = self.tables.get(&resolved)?.clone();
        self.note_use(path, rel, &resolved);
        Some(table)
    }

    /// Validates a table given inline or by CSV.
    pub(crate) fn table(&mut self, raw: &RawTable, i: usize) -> Table {
        let at = |f: &'static str| [Step::Field("slides"), Step::Elem(i), Step::Field(f)];
        let mut header: Vec<String> = raw.header.clone().unwrap_or_default();
        let mut rows: Vec<Vec<String>> = raw.rows.clone().unwrap_or_default();
        match (&raw.csv, raw.rows.is_some()) {
            (Some(_), true) => {
                let d = self
                    .cx
                    .loc
                    .error(&at("rows"), None, crate::msg!("deck-table-csv-and-rows"));
                self.fatal(d.with_hint(crate::t!("deck-table-csv-and-rows-hint")));
            }
            (Some(csv_path), false) => {
                if let Some((h, r)) = self.table_read_before(csv_path, &at("csv")) {
                    if header.is_empty() {
                        header = h;
                    }
                    rows = r;
                } else if let Some((resolved, bytes)) = self.asset(csv_path, &at("csv"), AssetKind::Csv) {
                    match read_csv(&bytes) {
                        Ok((h, r)) => {
                            self.tables.insert(resolved, (h.clone(), r.clone()));
                            if header.is_empty() {
                                header = h;
                            }
                            rows = r;
                        }
                        Err((line, msg)) => {
                            let file = self.cx.source.display(&resolved);
                            let text = String::from_utf8_lossy(&bytes).into_owned();
                            let d = crate::diagnostics::Diagnostic::error(
                                &file,
                                Some(&text),
                                line,
                                1,
                                crate::msg!("deck-bad-csv", reason = msg),
                            );
                            self.report(d.with_hint(crate::t!("deck-bad-csv-hint")));
                        }
                    }
                }
            }
            (None, _) => {}
        }
        let width = header.len().max(rows.first().map_or(0, Vec::len));
        if let Some(k) = rows.iter().position(|r| r.len() != width) {
            let d = self.cx.loc.error(
                &[Step::Field("slides"), Step::Elem(i), Step::Field("rows"), Step::Elem(k)],
                None,
                crate::msg!(
                    "deck-table-row-width",
                    row = k + 1,
                    cells = rows[k].len(),
                    columns = width
                ),
            );
            self.fatal(d.with_hint(crate::t!("deck-table-row-width-hint")));
        }
        let cell = |v: &mut Self, s: &str| -> RichText { v.rich(s, &at("rows")) };
        Table {
            header: header.iter().map(|h| cell(self, h)).collect(),
            rows: rows.iter().map(|r| r.iter().map(|c| cell(self, c)).collect()).collect(),
            caption: self.rich_opt(&raw.caption, &at("caption")),
            credit: self.rich_opt(&raw.credit, &at("credit")),
        }
    }
}

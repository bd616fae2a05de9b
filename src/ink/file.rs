//! `NAME.ink.ron` beside the deck: the ink as plain RON a person can read and repair.
//!
//! ```ron
//! Ink(
//!     format: 1,
//!     slides: [
//!         (id: "causes", step: 0, strokes: [
//!             (tool: Pen, color: "#c8553d", width: 6.0, points: [(812.0, 340.5, 1.0), (830.0, 352.0, 0.8)]),
//!         ]),
//!     ],
//!     boards: [
//!         (after: "causes", n: 0, white: false, strokes: []),
//!     ],
//! )
//! ```
//!
//! A broken or hand-edited file gives a diagnostic with its line and column and no ink; it
//! never stops the deck from opening. Writing is atomic (a temporary file, then a rename).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Ink, Place, Point, Stroke, Tool};
use crate::diagnostics::Diagnostic;
use crate::model::Color;

/// The ink file of the deck at `deck`: `talk.ron` → `talk.ink.ron`.
pub fn path_for(deck: &Path) -> PathBuf {
    let stem = deck
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    deck.with_file_name(format!("{stem}.ink.ron"))
}

#[derive(Serialize, Deserialize)]
#[serde(rename = "Ink", deny_unknown_fields)]
struct RawInk {
    format: u32,
    #[serde(default)]
    slides: Vec<RawSlideInk>,
    #[serde(default)]
    boards: Vec<RawBoard>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlideInk {
    id: String,
    #[serde(default)]
    step: usize,
    strokes: Vec<RawStroke>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBoard {
    after: String,
    #[serde(default)]
    n: usize,
    /// The white screen (`W`) rather than the black one.
    #[serde(default)]
    white: bool,
    strokes: Vec<RawStroke>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStroke {
    tool: Tool,
    color: String,
    width: f32,
    points: Vec<(f32, f32, f32)>,
}

fn to_raw(stroke: &Stroke) -> RawStroke {
    let c = stroke.color;
    RawStroke {
        tool: stroke.tool,
        color: format!("#{:02x}{:02x}{:02x}{:02x}", c.r, c.g, c.b, c.a),
        width: stroke.width,
        points: stroke.points.iter().map(|p| (p.x, p.y, p.pressure)).collect(),
    }
}

/// The file's text for `ink`.
pub fn to_text(ink: &Ink) -> String {
    let mut raw = RawInk {
        format: 1,
        slides: Vec::new(),
        boards: Vec::new(),
    };
    for (place, strokes) in ink.places() {
        let strokes = strokes.iter().map(to_raw).collect();
        match place {
            Place::Slide { id, step } => raw.slides.push(RawSlideInk {
                id: id.clone(),
                step: *step,
                strokes,
            }),
            Place::Board { after, n, white } => raw.boards.push(RawBoard {
                after: after.clone(),
                n: *n,
                white: *white,
                strokes,
            }),
        }
    }
    // Only the outer struct is named, as the documentation writes it: `Ink(…)`.
    let config = ron::ser::PrettyConfig::default().depth_limit(3);
    format!("Ink{}\n", ron::ser::to_string_pretty(&raw, config).unwrap_or_default())
}

/// Most strokes an ink file may hold (a day of drawing makes a few thousand).
pub const MAX_STROKES: usize = 20_000;
/// Most points one stroke may hold (a three-minute line at 120 Hz is about 20 000).
pub const MAX_POINTS_PER_STROKE: usize = 50_000;
/// Most points in the whole file.
pub const MAX_POINTS: usize = 1_000_000;

/// The first budget `raw` is over, as a diagnostic for `file`.
fn over_budget(file: &str, text: &str, raw: &RawInk) -> Option<Box<Diagnostic>> {
    let strokes = || {
        raw.slides
            .iter()
            .flat_map(|s| &s.strokes)
            .chain(raw.boards.iter().flat_map(|b| &b.strokes))
    };
    let count = strokes().count();
    let points: usize = strokes().map(|s| s.points.len()).sum();
    let longest = strokes().map(|s| s.points.len()).max().unwrap_or(0);
    let (what, count, max) = if count > MAX_STROKES {
        ("strokes", count, MAX_STROKES)
    } else if longest > MAX_POINTS_PER_STROKE {
        ("stroke", longest, MAX_POINTS_PER_STROKE)
    } else if points > MAX_POINTS {
        ("points", points, MAX_POINTS)
    } else {
        return None;
    };
    let grouped = |n: usize| crate::diagnostics::grouped(n as u64);
    let msg = crate::msg!(
        "ink-over-budget",
        count = grouped(count),
        what = what,
        max = grouped(max)
    );
    let d = Diagnostic::error(file, Some(text), 1, 1, msg).with_hint(crate::t!("ink-over-budget-hint"));
    Some(Box::new(d))
}

/// Reads ink from the text of `file` (as shown in messages). A problem (or a file over the
/// budgets above) gives a located diagnostic and no ink.
pub fn from_text(file: &str, text: &str) -> Result<Ink, Box<Diagnostic>> {
    let raw: RawInk = crate::deck::parse::parse_ron(file, text)?;
    if raw.format != 1 {
        let d = Diagnostic::error(
            file,
            Some(text),
            1,
            1,
            crate::msg!("ink-format-unsupported", format = raw.format),
        )
        .with_hint(crate::t!("ink-format-unsupported-hint"));
        return Err(Box::new(d));
    }
    if let Some(d) = over_budget(file, text, &raw) {
        return Err(d);
    }
    let mut places = Vec::new();
    let stroke = |r: RawStroke| Stroke {
        tool: r.tool,
        color: Color::parse_hex(&r.color).unwrap_or(Color::rgb(200, 40, 40)),
        width: if r.width.is_finite() {
            r.width.clamp(0.5, 200.0)
        } else {
            6.0
        },
        points: r
            .points
            .into_iter()
            .filter(|(x, y, p)| x.is_finite() && y.is_finite() && p.is_finite())
            .map(|(x, y, pressure)| Point {
                x,
                y,
                pressure: pressure.clamp(0.0, 1.0),
            })
            .collect(),
    };
    for s in raw.slides {
        places.push((
            Place::Slide { id: s.id, step: s.step },
            s.strokes.into_iter().map(stroke).collect(),
        ));
    }
    for b in raw.boards {
        places.push((
            Place::Board {
                after: b.after,
                n: b.n,
                white: b.white,
            },
            b.strokes.into_iter().map(stroke).collect(),
        ));
    }
    Ok(Ink::from_places(places))
}

/// Reads the ink file beside `deck`: no file is no ink; a broken file is a diagnostic.
pub fn load(deck: &Path) -> Result<Ink, Box<Diagnostic>> {
    let path = path_for(deck);
    // Never through a symlink out of the deck's folder, never a FIFO or a device.
    let folder = crate::guarded::folder_of(deck);
    let read = crate::guarded::read_text_inside(folder, &path, crate::guarded::INK_LIMIT);
    match read {
        Ok(text) => from_text(&path.display().to_string(), &text),
        Err(crate::guarded::Refusal::NotFound) => Ok(Ink::default()),
        Err(e) => Err(Box::new(Diagnostic::error(
            &path.display().to_string(),
            None,
            0,
            0,
            crate::msg!("ink-unreadable", reason = e.to_string()),
        ))),
    }
}

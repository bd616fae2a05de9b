//! Which screen shows what: the audience view full screen on the external screen (projector), the
//! speaker's console on the primary or laptop screen, like PowerPoint, Keynote and pdfpc, without
//! flags. Pure functions of the monitor list, so the rules are tested without a display.
//!
//! Rules, for two or more monitors:
//! - the console goes on the primary monitor, else on the laptop panel (a name starting with `eDP`,
//!   `LVDS` or `DSI`, or containing `internal` or `built-in`, any case), else on the first one;
//! - the audience goes on the first *external* monitor in the system's order (not primary, not a
//!   laptop panel, not the console's), else on the first monitor that is not the console's. With
//!   three or more screens the first external wins, not the largest: a desk monitor is often larger
//!   than the projector, and the system's order follows the connectors, so it is stable;
//! - on Wayland no monitor is primary and the names tell nothing ("WL-1", none), so the console
//!   goes on monitor 0 and the audience on monitor 1, pdfpc's default;
//! - `--audience-monitor N` (when N exists) puts the audience on N and the console on the best
//!   other one by the rules above; it beats a remembered swap, since it is the speaker's explicit
//!   wish for this run (press X to swap live: [`Remembered::toggle`] then [`Layout::swapped`]);
//! - a swap remembered for the same two monitors (by name, in any order) exchanges the views.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One monitor as the system reports it (winit order = index).
#[derive(Debug, Clone, PartialEq)]
pub struct Monitor {
    /// The system's name: connector on X11 ("eDP-1", "HDMI-1"), often generic or absent on Wayland.
    pub name: Option<String>,
    /// Top-left corner in the virtual desktop, physical pixels.
    pub position: (i32, i32),
    /// Width and height, physical pixels.
    pub size: (u32, u32),
    /// Scale factor (physical pixels per logical point).
    pub scale: f64,
    /// Whether the system calls it the primary monitor (never on Wayland).
    pub primary: bool,
}

/// Where the views go.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// No monitor information (headless, tests): leave windows where the system puts them.
    #[default]
    Unknown,
    /// One screen: one full-screen window on it (the presenter view or the audience view, the speaker toggles).
    Single {
        /// Index of the only monitor.
        monitor: usize,
    },
    /// Two or more: audience full screen on `audience`, console full screen on `console` (never equal).
    Dual {
        /// Index of the monitor showing the slides.
        audience: usize,
        /// Index of the monitor showing the speaker's console.
        console: usize,
    },
}

impl Layout {
    /// The same layout with audience and console exchanged (unchanged unless `Dual`).
    pub fn swapped(self) -> Layout {
        match self {
            Layout::Dual { audience, console } => Layout::Dual {
                audience: console,
                console: audience,
            },
            other => other,
        }
    }
}

/// Swaps the speaker asked for (key X), remembered per pair of screens.
///
/// For each pair of monitors (keyed by their names, or size and position for a nameless one,
/// sorted so that the system's order does not matter) it keeps the monitor the speaker last chose
/// for the audience.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Remembered {
    /// Pair key ("eDP-1 | HDMI-1") → identity of the monitor the audience view goes on.
    #[serde(default)]
    audience: BTreeMap<String, String>,
}

impl Remembered {
    /// Whether the speaker asked for the audience and console of `layout_before_swap` (the
    /// [`natural`] layout) to be exchanged on these monitors.
    pub fn is_swapped(&self, monitors: &[Monitor], layout_before_swap: Layout) -> bool {
        let Some((audience, console)) = pair_ids(monitors, layout_before_swap) else {
            return false;
        };
        self.audience.get(&pair_key(&audience, &console)) == Some(&console)
    }

    /// Records that the speaker swapped (or swapped back) on this pair.
    ///
    /// `natural` is the layout before any remembered swap; the views end up exchanged compared
    /// with what [`place`] gave before the call. Does nothing unless `natural` is `Dual`.
    pub fn toggle(&mut self, monitors: &[Monitor], natural: Layout) {
        let swapped = self.is_swapped(monitors, natural);
        let Some((audience, console)) = pair_ids(monitors, natural) else {
            return;
        };
        let chosen = if swapped { audience.clone() } else { console.clone() };
        self.audience.insert(pair_key(&audience, &console), chosen);
    }
}

/// Where each view goes, from the monitor list, an optional `--audience-monitor N` override, and the remembered swaps.
pub fn place(monitors: &[Monitor], audience_override: Option<usize>, remembered: &Remembered) -> Layout {
    let layout = natural(monitors, audience_override);
    let overridden = audience_override.is_some_and(|n| n < monitors.len());
    if !overridden && remembered.is_swapped(monitors, layout) {
        layout.swapped()
    } else {
        layout
    }
}

/// The natural layout before applying a remembered swap (used as the key).
///
/// An override out of range is ignored (the caller warns).
pub fn natural(monitors: &[Monitor], audience_override: Option<usize>) -> Layout {
    match monitors.len() {
        0 => return Layout::Unknown,
        1 => return Layout::Single { monitor: 0 },
        _ => {}
    }
    if let Some(audience) = audience_override.filter(|&n| n < monitors.len()) {
        return Layout::Dual {
            audience,
            console: console_except(monitors, Some(audience)),
        };
    }
    let console = console_except(monitors, None);
    let others = || (0..monitors.len()).filter(move |&i| i != console);
    let audience = others()
        .find(|&i| is_external(&monitors[i]))
        .or_else(|| others().next())
        .unwrap_or(console);
    Layout::Dual { audience, console }
}

/// Human description for `estrade screens`: one line per monitor, in English
/// "0  eDP-1  1920×1080 at 0,0  scale 1  primary  → console" etc. Returns lines in the
/// interface's language, columns aligned, no trailing spaces.
pub fn describe(monitors: &[Monitor], layout: Layout) -> Vec<String> {
    if monitors.is_empty() {
        return vec![crate::t!("app-screens-none")];
    }
    let rows: Vec<[String; 6]> = monitors
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let name = display_name(m).map_or_else(|| crate::t!("app-screens-no-name"), str::to_owned);
            // Some compositors report an output twice (weston through winit): say so.
            let twin = monitors[..i]
                .iter()
                .position(|o| o.name == m.name && o.position == m.position && o.size == m.size);
            let role = match (twin, layout) {
                (Some(t), _) => crate::t!("app-screens-twin", index = t),
                (None, Layout::Unknown) => String::new(),
                (None, Layout::Single { monitor }) if monitor == i => crate::t!("app-screens-role-single"),
                (None, Layout::Dual { audience, .. }) if audience == i => crate::t!("app-screens-role-audience"),
                (None, Layout::Dual { console, .. }) if console == i => crate::t!("app-screens-role-console"),
                (None, _) => crate::t!("app-screens-role-unused"),
            };
            let geometry = crate::t!(
                "app-screens-geometry",
                width = m.size.0,
                height = m.size.1,
                x = m.position.0,
                y = m.position.1
            );
            [
                i.to_string(),
                name,
                geometry,
                crate::t!("app-screens-scale", scale = scale_text(m.scale)),
                if m.primary {
                    crate::t!("app-screens-primary")
                } else {
                    String::new()
                },
                role,
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..6)
        .map(|c| rows.iter().map(|row| row[c].chars().count()).max().unwrap_or(0))
        .collect();
    rows.iter()
        .map(|row| {
            let cells = row.iter().zip(&widths).filter(|(_, width)| **width > 0);
            let line = cells
                .map(|(cell, &width)| format!("{cell:<width$}"))
                .collect::<Vec<_>>()
                .join("  ");
            line.trim_end().to_owned()
        })
        .collect()
}

/// Whether the list changed in a way that needs re-placing (count, names, positions, sizes).
///
/// The primary flag counts too (it decides the console); the order counts (indices move); a scale
/// change alone does not.
pub fn changed(old: &[Monitor], new: &[Monitor]) -> bool {
    old.len() != new.len()
        || old
            .iter()
            .zip(new)
            .any(|(a, b)| a.name != b.name || a.position != b.position || a.size != b.size || a.primary != b.primary)
}

/// Whether the name says it is a laptop's built-in panel.
fn is_laptop_panel(monitor: &Monitor) -> bool {
    let Some(name) = display_name(monitor).map(str::to_lowercase) else {
        return false;
    };
    ["edp", "lvds", "dsi"].iter().any(|p| name.starts_with(p)) || name.contains("internal") || name.contains("built-in")
}

/// Neither primary nor a laptop panel: probably the projector.
fn is_external(monitor: &Monitor) -> bool {
    !monitor.primary && !is_laptop_panel(monitor)
}

/// The console's monitor: primary, else laptop panel, else the first, never `except`.
/// With at least two monitors there is always one.
fn console_except(monitors: &[Monitor], except: Option<usize>) -> usize {
    let allowed = |i: &usize| Some(*i) != except;
    let indices = || (0..monitors.len()).filter(allowed);
    indices()
        .find(|&i| monitors[i].primary)
        .or_else(|| indices().find(|&i| is_laptop_panel(&monitors[i])))
        .or_else(|| indices().next())
        .unwrap_or(0)
}

/// A stable identity for a monitor: its name when it has one no other monitor shares, else its
/// size and position.
fn identity(monitors: &[Monitor], index: usize) -> String {
    let m = &monitors[index];
    match display_name(m) {
        Some(name) if monitors.iter().filter(|o| display_name(o) == Some(name)).count() == 1 => name.to_owned(),
        _ => format!("{}x{}@{},{}", m.size.0, m.size.1, m.position.0, m.position.1),
    }
}

/// The monitor's name without surrounding spaces, if it has a non-blank one.
fn display_name(monitor: &Monitor) -> Option<&str> {
    monitor.name.as_deref().map(str::trim).filter(|n| !n.is_empty())
}

/// The identities of the audience and console monitors of a `Dual` layout.
fn pair_ids(monitors: &[Monitor], layout: Layout) -> Option<(String, String)> {
    match layout {
        Layout::Dual { audience, console } if audience != console && audience.max(console) < monitors.len() => {
            Some((identity(monitors, audience), identity(monitors, console)))
        }
        _ => None,
    }
}

/// The key of a pair of monitors, the same in either order.
fn pair_key(a: &str, b: &str) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    format!("{first} | {second}")
}

/// "1", "1.25", "2": at most two decimals, no trailing zeros, the language's decimal separator
/// ("1,25" in French).
fn scale_text(scale: f64) -> String {
    let text = crate::i18n::decimal(scale, 2);
    text.trim_end_matches('0').trim_end_matches(['.', ',']).to_owned()
}

#[cfg(test)]
mod tests;

/// How much larger the interface (console, help, messages) is drawn on the speaker's screen:
/// 1 up to about 1000 logical pixels high, then 1.25 (1920×1080), 1.5 from 1400 (2560×1440):
/// text sized for a laptop is small on a large screen a step away. The slides always fill
/// their window whatever this is.
pub fn interface_zoom(monitors: &[Monitor], layout: Layout) -> f32 {
    let speaker = match layout {
        Layout::Unknown => return 1.0,
        Layout::Single { monitor } => monitor,
        Layout::Dual { console, .. } => console,
    };
    let Some(m) = monitors.get(speaker) else { return 1.0 };
    let high = f64::from(m.size.1) / m.scale.max(0.1);
    if high >= 1400.0 {
        1.5
    } else if high >= 1000.0 {
        1.25
    } else {
        1.0
    }
}

/// Whether a window the system reports on `actual` (its name and position) is not on
/// `expected`: the compositor placed it elsewhere than asked. Unknown (`None`) is not misplaced.
pub fn misplaced(expected: &Monitor, actual: Option<(Option<String>, (i32, i32))>) -> bool {
    actual.is_some_and(|(name, position)| name != expected.name || position != expected.position)
}

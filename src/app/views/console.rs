//! The presenter console: the clocks and the pace, the speaker's messages, the current and
//! next slides with the notes (or the overview), the key strip. Shown in a window of its own on
//! the speaker's screen, or, on one screen, as the presenter view in the main window.

use egui::{Color32, RichText};

use crate::app::action::Action;
use crate::app::input::{InputMode, WheelGate, read_input};
use crate::app::screens::placement::Layout;
use crate::app::state::AppState;
use crate::app::talk::pace::{describe, pace};
use crate::app::talk::session::{Screen, Session};
use crate::app::talk::talk_clock::format_duration;
use crate::app::view_caches::ViewCaches;
use crate::app::views::{help, notices, overview, palette, search, share_panel, slides_panel};
use crate::model::Deck;
use crate::t;

/// Samples of the interface's characters outside ASCII, beyond the key table (checked against
/// the fonts by a test: no missing-glyph boxes). The catalogues' own text is checked whole by
/// `tests/console_fr.rs`.
pub const INTERFACE_TEXT: &[&str] = &[
    "estrade — presenter console",          // not user text: a glyph sample for the font test
    "(starts on →)",                        // not user text: a glyph sample for the font test
    "slide 1 / 22 · step 1 / 3 · Contexte", // not user text: a glyph sample for the font test
    "→ Québec, capitale",                   // not user text: a glyph sample for the font test
    "Go to slide 12… (Enter)",              // not user text: a glyph sample for the font test
    "Exporting…",                           // not user text: a glyph sample for the font test
    "« guillemets » ’ é è à ç ô É",         // not user text: a glyph sample for the font test
    "Échap · Entrée · À l’écran\u{a0}: 0:45 — œ Œ ê î û ù ë ï Ç", // not user text: a glyph sample for the font test
];

/// Height of the messages' place above the slides, in points (two lines, or a typed number's
/// preview).
const NOTICES_HEIGHT: f32 = 66.0;

/// Seconds before the planned end when the remaining time turns orange.
const LAST_MINUTES: f64 = 120.0;

/// The console's viewport id.
pub fn console_id() -> egui::ViewportId {
    egui::ViewportId::from_hash_of("estrade-console")
}

/// The console in its own window (an egui viewport; embedded as a window where viewports are
/// not available, as in tests). Full screen on the speaker's screen when there are two;
/// otherwise an ordinary window sized to the screen.
pub fn window(
    ctx: &egui::Context,
    state: &AppState,
    view: &mut ViewCaches,
    sharing: Option<&crate::share::Sharing>,
) -> Vec<Action> {
    let mut builder = egui::ViewportBuilder::default().with_title(t!("ui-console-title"));
    if crate::app::screens::launch::on_wayland() {
        // A window rule or a task bar tells it as estrade's (X11 keeps winit's class).
        builder = builder.with_app_id(crate::app::screens::launch::APP_ID);
    }
    builder = match state.screens.layout {
        // The screen it is created on, kept: a later move is the shell's (leave full screen, then
        // go), not egui's immediate `SetMonitor` on a changed builder, which on sway knocks the
        // slides out of full screen on their way to the other screen.
        Layout::Dual { console, .. } => builder.with_monitor(*view.console_created_on.get_or_insert(console)),
        _ => {
            let screen = ctx
                .input(|i| i.viewport().monitor_size)
                .unwrap_or(egui::vec2(1366.0, 768.0));
            builder.with_inner_size((screen * 0.9).min(egui::vec2(1600.0, 1000.0)))
        }
    };
    let mut actions = Vec::new();
    ctx.show_viewport_immediate(console_id(), builder, |ui, class| {
        if ui.ctx().input(|i| i.viewport().close_requested()) {
            actions.push(Action::CloseConsole);
            return;
        }
        crate::app::views::keep_keys_for_the_talk(ui.ctx());
        view.console_outer = ui.ctx().input(|i| i.viewport().outer_rect);
        // A real second window has its own input; an embedded one shares the audience's.
        if class != egui::ViewportClass::EmbeddedWindow {
            let mut wheel = WheelGate::default();
            actions.extend(read_input(
                ui.ctx(),
                &mut wheel,
                InputMode::of(state.session.as_ref(), state.drawing.active()),
                false,
                &|_| None,
            ));
        }
        actions.extend(body(ui, state, view, sharing));
    });
    actions
}

/// Everything inside the console (or the one-screen presenter view).
pub fn body(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut ViewCaches,
    sharing: Option<&crate::share::Sharing>,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let (Some(deck), Some(session)) = (state.deck.clone(), state.session.as_ref()) else {
        ui.label(t!("ui-console-no-deck"));
        return actions;
    };
    // Only the clocks change at rest: once a second is enough.
    ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
    let big = (ui.available_width() / 48.0).clamp(18.0, 30.0);
    egui::Panel::top("console-top").show(ui, |ui| status_bar(ui, state, &deck, session, big));
    egui::Panel::bottom("console-bottom").show(ui, |ui| {
        // Lines break between the items, never inside one ("notes plus / petites").
        let strip = crate::app::key_help::strip_items()
            .iter()
            .map(|item| item.replace(' ', "\u{a0}"))
            .collect::<Vec<_>>()
            .join(" · ");
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(strip).weak());
            if let Some(how) = &state.awake {
                ui.label(RichText::new(format!("· {}", t!("app-display-kept-awake", how = how))).weak());
            }
            if !state.sharing
                && ui
                    .add(crate::app::views::mouse_button(
                        egui::Button::new(t!("share-console-start")).small(),
                    ))
                    .on_hover_text(t!("share-console-off"))
                    .clicked()
            {
                actions.push(Action::ToggleShare);
            }
        });
    });
    egui::Panel::bottom("console-ink").show(ui, |ui| actions.extend(palette::show(ui, state)));
    if state.sharing {
        egui::Panel::right("console-share")
            .resizable(false)
            .exact_size(big * 9.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("console-share-scroll")
                    .show(ui, |ui| actions.extend(share_panel::show(ui, view, sharing)));
            });
    }
    // The messages have a place of their own, there or not: the slides below never move
    // when one appears (under the pen, too).
    egui::Panel::top("console-notices")
        .exact_size(NOTICES_HEIGHT)
        .resizable(false)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("console-notices-scroll")
                .auto_shrink([false, false])
                .show(ui, |ui| actions.extend(notices::show(ui, state, view)));
        });
    egui::CentralPanel::default_margins().show(ui, |ui| {
        if session.overview.is_some() {
            actions.extend(overview::grid(ui, state, view, &deck, session));
        } else {
            actions.extend(slides_panel::show(ui, state, view, &deck, session));
        }
    });
    if let Some(q) = &session.search {
        search::window(ui.ctx(), view, &deck, q);
    }
    if session.help {
        help::window(ui.ctx());
    }
    actions
}

fn status_bar(ui: &mut egui::Ui, state: &AppState, deck: &Deck, session: &Session, big: f32) {
    let elapsed = session.clock.elapsed(session.now);
    let (n, total) = session.position(deck);
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(crate::app::talk::wall_clock::local_hh_mm())
                .size(big)
                .strong(),
        )
        .on_hover_text(t!("ui-wall-clock-hover"));
        ui.separator();
        let left = deck.meta.duration_secs.map(|plan| f64::from(plan) - elapsed);
        // From the last minutes on, the whole clock area says it: orange, then red past the end.
        let alarm = match left {
            Some(l) if l < 0.0 => Some(Color32::from_rgb(200, 40, 40)),
            Some(l) if l < LAST_MINUTES => Some(Color32::from_rgb(215, 120, 20)),
            _ => None,
        };
        let frame = match alarm {
            Some(fill) => egui::Frame::new()
                .fill(fill)
                .corner_radius(6.0)
                .inner_margin(egui::Margin::symmetric(10, 2)),
            None => egui::Frame::new(),
        };
        frame.show(ui, |ui| {
            ui.horizontal(|ui| clock_area(ui, session, elapsed, left, alarm, big))
        });
        ui.separator();
        let p = pace(&state.planned, session.slide, elapsed);
        ui.vertical(|ui| {
            let said = if session.clock.started() {
                describe(&p)
            } else {
                t!("ui-pace-waiting")
            };
            ui.label(RichText::new(said).size(big * 0.6));
            let progress = if p.planned_total > 0.0 {
                (p.planned_before / p.planned_total) as f32
            } else {
                0.0
            };
            ui.add(
                egui::ProgressBar::new(progress)
                    .desired_width(200.0)
                    .desired_height(8.0),
            )
            .on_hover_text(t!("ui-progress-hover"));
        });
        ui.separator();
        let steps = deck.slides.get(session.slide).map_or(1, |s| s.steps);
        let mut where_ = vec![t!("ui-where-slide", n = n, total = total)];
        if steps > 1 {
            where_.push(t!("ui-where-step", step = session.step + 1, steps = steps));
        }
        if let Some(sec) = session.section(deck) {
            where_.push(sec);
        }
        ui.label(RichText::new(where_.join(" · ")).size(big * 0.6));
        flags(ui, session);
    });
}

/// The talk clock and the time left; in white on `alarm` near and past the planned end.
fn clock_area(ui: &mut egui::Ui, session: &Session, elapsed: f64, left: Option<f64>, alarm: Option<Color32>, big: f32) {
    let text_color = alarm.map_or(ui.visuals().text_color(), |_| Color32::WHITE);
    let clock = if session.clock.paused() {
        t!("ui-clock-paused", time = format_duration(elapsed))
    } else if !session.clock.started() {
        t!("ui-clock-not-started", time = format_duration(elapsed))
    } else {
        format_duration(elapsed)
    };
    ui.label(RichText::new(clock).size(big).color(text_color))
        .on_hover_text(t!("ui-clock-hover"));
    if let Some(left) = left {
        ui.separator();
        let mut label = RichText::new(t!("ui-time-left", time = format_duration(left))).size(big);
        if alarm.is_some() {
            label = label.color(Color32::WHITE).strong();
        }
        ui.label(label).on_hover_text(t!("ui-time-left-hover"));
    }
}

/// What the audience sees when it is not the current slide.
fn flags(ui: &mut egui::Ui, session: &Session) {
    let orange = Color32::from_rgb(235, 150, 30);
    if session.frozen.is_some() {
        ui.label(RichText::new(t!("ui-flag-frozen")).color(orange).strong());
    }
    match session.screen {
        Screen::Black => {
            ui.label(RichText::new(t!("ui-flag-black")).color(orange).strong());
        }
        Screen::White => {
            ui.label(RichText::new(t!("ui-flag-white")).color(orange).strong());
        }
        Screen::Slide => {}
    }
}

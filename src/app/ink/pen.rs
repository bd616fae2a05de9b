//! The pointer as a pen: with a drawing tool in hand, pressing, dragging and releasing on a
//! view of the slide (the audience view, the console's current slide, the one-screen presenter
//! view) become [`InkAction`]s in the slide's coordinates; and ink painted over those views.

use std::borrow::Cow;

use egui::{Event, PointerButton};

use crate::app::action::Action;
use crate::app::ink::drawing::{Context, Drawing, InkAction, Surface};
use crate::app::state::AppState;
use crate::app::talk::session::{Screen, Session};
use crate::app::view_caches::AudienceCache;
use crate::ink::{Point, Stroke};
use crate::model::Deck;
use crate::render::screen::{ImageLook, Placement, paint_item};

/// The pen on the audience view, placed where it was painted last: the stroke is applied
/// before this frame paints, so it shows at once on every view.
pub fn on_audience(ctx: &egui::Context, state: &AppState, audience: &AudienceCache) -> Vec<Action> {
    let (Some(deck), Some(session)) = (&state.deck, &state.session) else {
        return Vec::new();
    };
    let (place, on) = match (session.screen, audience) {
        (Screen::Slide, a) => match &a.placement {
            Some((place, _)) => (*place, Surface::Slide(session.audience_at())),
            None => return Vec::new(),
        },
        (_, a) => match a.board {
            Some(place) => (place, Surface::Board),
            None => return Vec::new(),
        },
    };
    // Not under a window above the slide (the console embedded where viewports are not
    // available, a dialog).
    let over_view = |p| ctx.layer_id_at(p).is_none_or(|l| l.order == egui::Order::Background);
    read_pointer(ctx, place, deck.meta.aspect.canvas(), on, &over_view)
        .into_iter()
        .map(Action::Ink)
        .collect()
}

/// Reads this frame's pointer events of the window whose context `ctx` is, for a view showing
/// `on` at `place` on a `canvas` (width, height). A press on the slide starts a stroke; moves
/// extend it; a release, or the pointer leaving the window, ends it. Pressure comes from touch
/// and stylus events when the device gives it. `over_view` tells whether a screen point is on
/// this view (not under a window above it).
pub fn read_pointer(
    ctx: &egui::Context,
    place: Placement,
    canvas: (f32, f32),
    on: Surface,
    over_view: &dyn Fn(egui::Pos2) -> bool,
) -> Vec<InkAction> {
    let mut out = Vec::new();
    // egui may run a pass again with the same events: act once.
    if ctx.current_pass_index() > 0 {
        return out;
    }
    let key = egui::Id::unique("estrade-pen-down").with(ctx.viewport_id()); // not user text: an id
    let mut down = ctx.data(|d| d.get_temp::<bool>(key)).unwrap_or(false);
    let at = |pos: egui::Pos2, pressure: f32| {
        let (x, y) = place.to_canvas(pos);
        Point {
            x: x.clamp(0.0, canvas.0),
            y: y.clamp(0.0, canvas.1),
            pressure,
        }
    };
    // Copied out: `over_view` asks the context, which the input closure holds.
    let events = ctx.input(|i| i.events.clone());
    {
        let pressure = events
            .iter()
            .rev()
            .find_map(|e| match e {
                Event::Touch { force: Some(f), .. } if *f > 0.0 => Some(f.clamp(0.05, 1.0)),
                _ => None,
            })
            .unwrap_or(1.0);
        let mut moves = Vec::new();
        for e in &events {
            match e {
                Event::PointerButton {
                    pos,
                    button: PointerButton::Primary,
                    pressed: true,
                    ..
                } if place.slide.contains(*pos) && over_view(*pos) => {
                    out.push(InkAction::Begin {
                        on,
                        at: at(*pos, pressure),
                    });
                    down = true;
                }
                Event::PointerMoved(pos) if down => moves.push(at(*pos, pressure)),
                Event::PointerButton {
                    pos,
                    button: PointerButton::Primary,
                    pressed: false,
                    ..
                } if down => {
                    moves.push(at(*pos, pressure));
                    out.push(InkAction::Extend(std::mem::take(&mut moves)));
                    out.push(InkAction::End);
                    down = false;
                }
                Event::PointerGone if down => {
                    out.push(InkAction::Extend(std::mem::take(&mut moves)));
                    out.push(InkAction::End);
                    down = false;
                }
                _ => {}
            }
        }
        if !moves.is_empty() {
            out.push(InkAction::Extend(moves));
        }
    }
    out.retain(|a| !matches!(a, InkAction::Extend(p) if p.is_empty()));
    ctx.data_mut(|d| d.insert_temp(key, down));
    if !out.is_empty() {
        ctx.request_repaint();
    }
    out
}

/// Paints `strokes` over a view at `place`, clipped to the slide.
pub fn paint(painter: &egui::Painter, place: Placement, strokes: &[&Stroke]) {
    if strokes.is_empty() {
        return;
    }
    let painter = painter.with_clip_rect(place.slide);
    for item in crate::ink::frame::items(strokes) {
        paint_item(&painter, &item, place, &mut |_| ImageLook::Pending);
    }
}

/// The drawing as it will be once `actions` (read by a view this frame, applied after it
/// painted) are applied: the view paints the stroke in the frame that received it.
pub fn preview<'a>(state: &'a AppState, deck: &Deck, session: &Session, actions: &[Action]) -> Cow<'a, Drawing> {
    let ink: Vec<&InkAction> = actions
        .iter()
        .filter_map(|a| match a {
            Action::Ink(i) => Some(i),
            _ => None,
        })
        .collect();
    if ink.is_empty() {
        return Cow::Borrowed(&state.drawing);
    }
    let mut d = state.drawing.clone();
    Context::with(deck, session, |cx| {
        for a in ink {
            d.apply(a.clone(), cx);
        }
    });
    Cow::Owned(d)
}

/// The strokes a view showing `on` paints (none when the ink is hidden or, in a kiosk, not
/// asked for).
pub fn strokes<'a>(state: &AppState, drawing: &'a Drawing, deck: &Deck, on: Surface) -> Vec<&'a Stroke> {
    if !state.ink_visible() {
        return Vec::new();
    }
    match on {
        Surface::Slide(at) => deck
            .slides
            .get(at.slide)
            .map(|s| drawing.strokes_on(&s.id, at.step))
            .unwrap_or_default(),
        Surface::Board => drawing.board_strokes(),
    }
}

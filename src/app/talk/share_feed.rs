//! What the app tells the phones while sharing ([`crate::share`]): the deck shown, where the
//! projector and the speaker are, the clock and the pace, read from the state; and what a
//! remote's command means as an action.

use std::sync::Arc;

use crate::app::action::Action;
use crate::app::state::AppState;
use crate::app::talk::pace::{describe, pace};
use crate::app::talk::session::Screen;
use crate::layout::Fonts;
use crate::share::{Blank, ClockShown, Feed, RemoteCommand};

/// The talk as the phones should see it now (`None` before a deck is shown).
pub fn feed(state: &AppState, fonts: &Arc<Fonts>) -> Option<Feed> {
    let deck = state.deck.clone()?;
    let files = state.source.clone()?;
    let s = state.session.as_ref()?;
    let elapsed = s.clock.elapsed(s.now);
    let running = s.clock.started() && !s.clock.paused();
    let planned = state.planned.iter().sum::<f64>() > 0.0;
    Some(Feed {
        deck,
        files,
        fonts: fonts.clone(),
        shown: s.audience_at(),
        blank: match s.screen {
            Screen::Slide => Blank::No,
            Screen::Black => Blank::Black,
            Screen::White => Blank::White,
        },
        current: s.at(),
        clock: ClockShown {
            elapsed: elapsed.max(0.0) as u64,
            running,
        },
        pace: (planned && s.clock.started()).then(|| describe(&pace(&state.planned, s.slide, elapsed))),
    })
}

/// Tells the phones where the talk is; the clock moves, so the app looks again within a second.
pub fn publish(ctx: &egui::Context, state: &AppState, fonts: &Arc<Fonts>, sharing: &crate::share::Sharing) {
    if let Some(feed) = feed(state, fonts) {
        sharing.publish(feed);
    }
    ctx.request_repaint_after(std::time::Duration::from_secs(1));
}

/// The action a remote's command stands for: the same as the keys for it.
pub fn action_of(c: RemoteCommand) -> Action {
    match c {
        RemoteCommand::Next => Action::Next,
        RemoteCommand::Previous => Action::Previous,
        RemoteCommand::ToggleBlack => Action::ToggleBlack,
        RemoteCommand::ToggleClock => Action::ToggleClock,
    }
}

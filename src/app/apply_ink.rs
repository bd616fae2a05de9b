//! Applying drawing actions: the tool, the colour, the strokes and undo go to the drawing state
//! (`drawing.rs`); the speaker is told what the keys did.

use crate::app::ink::drawing::{Context, Hand, InkAction};
use crate::app::shell::Presenter;
use crate::t;

impl Presenter {
    /// Applies one drawing action. Nothing happens without a deck; a kiosk never gets here
    /// (its input lock lets only navigation through).
    pub(crate) fn apply_ink(&mut self, action: InkAction) {
        let st = &mut self.state;
        let (Some(deck), Some(session)) = (&st.deck, &st.session) else {
            return;
        };
        let message = match &action {
            InkAction::Undo if !st.drawing.ink.can_undo() && st.drawing.stroke.is_none() => {
                Some(t!("app-ink-nothing-to-undo"))
            }
            InkAction::Redo if !st.drawing.ink.can_redo() => Some(t!("app-ink-nothing-to-redo")),
            _ => None,
        };
        let drawing = &mut st.drawing;
        let changed = Context::with(deck, session, |cx| drawing.apply(action.clone(), cx));
        let d = &st.drawing;
        let colour = t!("ui-ink-colour", n = d.colour + 1);
        let message = message.or(match action {
            InkAction::Take(_) | InkAction::Colour(_) => Some(match d.hand {
                None => t!("app-ink-off"),
                Some(Hand::Eraser) => t!("app-ink-eraser"),
                Some(Hand::Pen) => t!("app-ink-tool", tool = t!("ui-ink-pen"), colour = colour, key = "D"),
                Some(Hand::Highlighter) => {
                    t!(
                        "app-ink-tool",
                        tool = t!("ui-ink-highlighter"),
                        colour = colour,
                        key = "H"
                    )
                }
            }),
            InkAction::ToggleShown if d.shown => Some(t!("app-ink-shown")),
            InkAction::ToggleShown => Some(t!("app-ink-hidden")),
            InkAction::Clear if changed => Some(t!("app-ink-cleared")),
            _ => None,
        });
        if let Some(m) = message {
            self.state.say(m);
        }
    }
}

//! Applying what the frame loop reads once a frame: the session's time, the kiosk's timer and
//! exit chord, a close the window manager asked for, pictures that cannot be shown, the display
//! inhibitor's answer, the screen the window started on. These never disarm a confirmation
//! waiting for its second key (they are applied before anything else in `mod.rs`).

use egui::ViewportCommand;

use super::Reducer;
use crate::app::action::Action;
use crate::app::command::Command;
use crate::app::talk::kiosk::Tick;

/// Seconds between two log lines of refused closes in a kiosk.
const CLOSE_REFUSED_LOG_SECONDS: f64 = 5.0;

impl Reducer<'_> {
    /// Applies `action` when it is one of the frame's own; gives it back otherwise.
    pub(crate) fn apply_frame(&mut self, action: Action) -> Option<Action> {
        let st = &mut self.state;
        match action {
            Action::Tick(now) => {
                if let Some(s) = &mut st.session {
                    s.tick(now);
                }
            }
            Action::StartedOn(monitor) => st.screens.started_on = monitor,
            Action::CloseRequested => {
                // Alt+F4 and the window manager's close button must not end the show.
                if let Some(k) = &st.kiosk
                    && !st.quit_requested
                {
                    let now = st.now();
                    if now - st.close_refused_logged > CLOSE_REFUSED_LOG_SECONDS {
                        crate::app::talk::kiosk::log(&k.options, &crate::t!("app-kiosk-close-refused"));
                        st.close_refused_logged = now;
                    }
                    self.root(ViewportCommand::CancelClose);
                }
            }
            Action::KioskTick { chord_held } => self.kiosk_tick(chord_held),
            Action::Visitor { action, now } => {
                let passed = match &mut st.kiosk {
                    Some(k) => k.filter(*action, now),
                    None => Some(*action),
                };
                return passed.and_then(|a| self.apply_frame(a));
            }
            Action::PicturesUnavailable(pictures) => self.pictures_unavailable(pictures),
            Action::AwakeHeld { method, holds } => {
                st.awake = Some(method);
                if !holds && st.kiosk.is_none() {
                    // Said once, before the talk, in words a speaker acts on.
                    st.notices.push(crate::t!("app-awake-nothing-warning"));
                }
            }
            Action::FirstFrameReported => {
                st.quit_requested = true;
                self.root(ViewportCommand::Close);
            }
            other => return Some(other),
        }
        None
    }

    /// Kiosk: the exit chord, auto-advance, the reload at the loop's start.
    fn kiosk_tick(&mut self, chord_held: bool) {
        let st = &mut self.state;
        if st.quit_requested {
            return;
        }
        let now = st.now();
        let (Some(k), Some(deck), Some(session)) = (&mut st.kiosk, &st.deck, &st.session) else {
            return;
        };
        if k.chord(chord_held, now) {
            crate::app::talk::kiosk::log(&k.options, &crate::t!("app-kiosk-exit-chord"));
            self.quit();
            return;
        }
        if k.chord_pending() {
            self.commands.push(Command::RepaintAfter(0.1));
        }
        match k.tick(deck, session, now) {
            Tick::Wait(s) => self.commands.push(Command::RepaintAfter(s)),
            Tick::Done => {}
            Tick::Go(action) => {
                let due = action == Action::First && std::mem::take(&mut k.reload_pending);
                self.apply(action);
                self.commands.push(Command::RepaintAfter(0.0));
                if due {
                    // The loop starts again: take the updated deck now (an invalid one is
                    // logged and ignored).
                    self.reload();
                }
            }
        }
    }

    /// Images that were on screen and are now missing or unreadable (the last good picture
    /// stays), and pictures that could not be read when the deck opened: the speaker is told
    /// which file, before the talk when it can be.
    fn pictures_unavailable(&mut self, pictures: Vec<(String, String)>) {
        let st = &mut self.state;
        for (asset, note) in pictures {
            let known = |n: &String| crate::app::images::is_lost_image_note_of(n, &asset) || *n == note;
            match &st.kiosk {
                Some(k) => crate::app::talk::kiosk::log(&k.options, &note),
                None if !st.notices.iter().any(known) => {
                    if !st.speaker_view_open() {
                        // The slides alone: a short line in the corner says it too.
                        st.say(note.clone());
                    }
                    st.notices.push(note);
                }
                None => {}
            }
        }
    }
}

//! The talk: where the speaker is and for how long. The session (slides, steps, the clock,
//! the overview, search), the clocks and the pace, rehearsal timings, the kiosk's loop, the
//! position saved for a resume and the one-presenter-per-deck lock, the notes' size.

pub mod deck_lock;
pub mod kiosk;
pub mod notes_size;
pub mod pace;
pub mod rehearsal;
pub mod resume;
pub mod search;
pub mod session;
pub mod share_feed;
pub mod talk_clock;
pub mod wall_clock;

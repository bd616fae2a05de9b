//! Drawing on the slides while presenting: the tool in hand and the stroke being drawn
//! (`drawing/`), the values ink actions carry (`ink_action.rs`), the pen's pointer input
//! (`pen.rs`), and the writing of the deck's ink file (`writer.rs`: the executor runs it; the
//! ink is read when a deck opens, in `apply/deck.rs`, and a save asked for when a stroke ends, in
//! `apply/ink.rs`). The ink model itself is `crate::ink`.

pub mod drawing;
pub mod ink_action;
pub mod pen;
pub mod writer;

//! Drawing on the slides while presenting: the tool in hand and the stroke being drawn
//! (`drawing/`), the values ink actions carry (`ink_action.rs`), the deck's ink kept on disk
//! (`keeping.rs`, read when a deck opens, saved when a stroke ends) and its writer thread
//! (`writer.rs`). The ink model itself is `crate::ink`.

pub mod drawing;
pub mod ink_action;
pub mod keeping;
pub mod pen;
pub mod writer;

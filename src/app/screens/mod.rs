//! The screens: where each window goes (placement, the monitors the system reports), the
//! windows' creation on their screens (launch), the display kept awake, the first frames
//! painted in the background (warm-up, glyph atlas), windows that settle, the pointer at rest.

pub mod atlas;
pub mod awake;
pub mod cursor;
pub mod launch;
pub mod monitors;
pub mod placement;
pub mod settle;
pub mod warmup;

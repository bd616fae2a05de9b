//! Painters: each draws a [`crate::layout::Frame`] on one backend and makes no layout decision.

pub mod screen;

//! estrade: a desktop slide-deck presenter.
//!
//! The pipeline: a hand-written RON deck ([`deck`]) is loaded and validated into an immutable
//! [`model::Deck`]; [`layout`] turns one slide and step into a backend-free [`layout::Frame`] of
//! positioned text runs, shapes and images; painters in [`render`] draw that frame (egui on
//! screen); the [`app`] shell turns input into actions on a [`app::session::Session`].

pub mod app;
pub mod check;
pub mod deck;
pub mod diagnostics;
pub mod export;
pub mod guarded;
pub mod i18n;
pub mod import;
pub mod ink;
pub mod layout;
pub mod model;
pub mod render;
pub mod scaffold;
pub mod share;
pub mod source;
pub mod writing;

//! Painters: each draws a [`crate::layout::Frame`] on one backend and makes no layout decision.

pub mod bitmap;
pub mod html;
pub mod pdf;
pub mod pdf_images;
pub mod pdf_tags;
pub mod pdfpc;
pub mod png;
pub mod screen;

//! How a text block looks: face, size, leading, colour, alignment, case and its role for
//! assistive technology. The builder sets text in these styles.

use super::frame::Structure;
use super::text::Face;
use crate::model::{Color, TextCase, Theme};

/// Horizontal alignment of a text block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    /// Flush right: the numbers of a table column.
    Right,
}

/// How a text block looks.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    /// Line height as a multiple of the size.
    pub leading: f32,
    pub color: Color,
    pub align: Align,
    pub case: TextCase,
    /// Role for assistive technology.
    pub role: &'static str,
    /// Place in the document's structure (lists, tables).
    pub structure: Structure,
}

impl Style {
    /// Left-aligned text as written, with a leading of 1.25, in the "body" role.
    pub fn new(face: Face, size: f32, color: Color) -> Style {
        Style {
            face,
            size,
            leading: 1.25,
            color,
            align: Align::Left,
            case: TextCase::AsWritten,
            role: "body",
            structure: Structure::Plain,
        }
    }
    /// With another line height factor.
    pub fn leading(self, leading: f32) -> Style {
        Style { leading, ..self }
    }
    /// With another alignment.
    pub fn align(self, align: Align) -> Style {
        Style { align, ..self }
    }
    /// With another casing.
    pub fn case(self, case: TextCase) -> Style {
        Style { case, ..self }
    }
    /// With another accessibility role.
    pub fn role(self, role: &'static str) -> Style {
        Style { role, ..self }
    }
    /// With a place in the document's structure.
    pub fn structure(self, structure: Structure) -> Style {
        Style { structure, ..self }
    }
    /// Body text in the theme's colours.
    pub fn body(theme: &Theme, size: f32) -> Style {
        Style {
            face: Face::Body,
            size,
            leading: 1.3,
            color: theme.text,
            align: Align::Left,
            case: TextCase::AsWritten,
            role: "body",
            structure: Structure::Plain,
        }
    }
    /// Same style at another size.
    pub fn sized(self, size: f32) -> Style {
        Style { size, ..self }
    }
    /// Line height.
    pub fn line_height(&self) -> f32 {
        self.size * self.leading
    }
}

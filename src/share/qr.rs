//! The two addresses as QR codes: a grid of modules for the console to draw, or text for a
//! terminal.

use qrcode::{Color, EcLevel, QrCode};

/// A QR code's modules, row by row (`true`: dark), `width` on a side, without the quiet zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Modules {
    pub width: usize,
    pub dark: Vec<bool>,
}

/// The QR code of `text` (medium error correction: a code shown on a projector or a phone
/// stays readable when a little of it is glared out).
pub fn modules(text: &str) -> Option<Modules> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    Some(Modules {
        width: code.width(),
        dark: code.to_colors().into_iter().map(|c| c == Color::Dark).collect(),
    })
}

/// The code drawn with half blocks, two rows per line, with a quiet zone of two modules (for
/// `estrade share --check` and the log).
pub fn text(m: &Modules) -> String {
    let quiet = 2isize;
    let w = m.width as isize;
    let dark = |x: isize, y: isize| x >= 0 && y >= 0 && x < w && y < w && m.dark[(y * w + x) as usize];
    let mut out = String::new();
    let mut y = -quiet;
    while y < w + quiet {
        for x in -quiet..w + quiet {
            // Light modules are drawn as ink (a terminal is usually dark).
            out.push(match (!dark(x, y), !dark(x, y + 1)) {
                (true, true) => '█',
                (true, false) => '▀',
                (false, true) => '▄',
                (false, false) => ' ',
            });
        }
        out.push('\n');
        y += 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_makes_a_square_code_with_its_finder_patterns() {
        let m = modules("http://192.168.1.20:8642/a/AAAAAAAAAAAAAAAAAAAAAA/").unwrap();
        assert_eq!(m.dark.len(), m.width * m.width);
        assert!(m.width >= 21);
        // The top-left finder: a dark 7×7 ring.
        assert!((0..7).all(|i| m.dark[i] && m.dark[6 * m.width + i] && m.dark[i * m.width]));
        assert!(!m.dark[m.width + 1]);
        let t = text(&m);
        assert_eq!(t.lines().count(), (m.width + 4).div_ceil(2));
    }
}

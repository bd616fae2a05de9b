//! Tests of font loading, measuring and shaping.
use super::*;

fn open_sans() -> ThemeFonts {
    let file = |name: &str| {
        Some(crate::model::FontFile {
            path: format!("fonts/{name}"),
            bytes: Arc::new(std::fs::read(format!("assets/fonts/{name}")).unwrap()),
        })
    };
    ThemeFonts {
        regular: file("OpenSans-Regular.ttf"),
        bold: file("OpenSans-Bold.ttf"),
        ..ThemeFonts::default()
    }
}

#[test]
fn theme_faces_measure_differently_and_missing_roles_borrow_the_nearest() {
    let lato = Fonts::bundled().unwrap();
    let theme = open_sans();
    let sans = Fonts::for_theme(&theme).unwrap();
    let text = "Diplomatie municipale au Québec";
    let (a, b) = (
        lato.width(text, FontRole::Regular, 40.0),
        sans.width(text, FontRole::Regular, 40.0),
    );
    assert!((a - b).abs() > 20.0, "Open Sans is wider than Lato: {a} vs {b}");
    // No italic given: italic text uses the regular face; display uses bold.
    assert_eq!(sans.width(text, FontRole::Italic, 40.0), b);
    assert_eq!(
        sans.width(text, FontRole::Display, 40.0),
        sans.width(text, FontRole::Bold, 40.0)
    );
    assert!(sans.serves(&theme) && !sans.serves(&ThemeFonts::default()));
    assert!(lato.serves(&ThemeFonts::default()) && !lato.serves(&theme));
    assert!(sans.has_fallback() && !lato.has_fallback());
}

#[test]
fn characters_the_theme_font_lacks_come_from_the_fallback_once_each_in_order() {
    let sans = Fonts::for_theme(&open_sans()).unwrap();
    // Open Sans 1.10 has neither U+202F nor « ᵉ »; Lato has both.
    let text = "11ᵉ CÉAP\u{202f}; fin";
    let glyphs = sans.shape(text, FontRole::Regular);
    assert!(glyphs.iter().all(|g| g.glyph_id != 0), "no missing glyph (tofu)");
    let fallback: Vec<&str> = glyphs
        .iter()
        .filter(|g| g.face == FaceSlot::Fallback)
        .map(|g| &text[g.cluster..g.cluster + text[g.cluster..].chars().next().unwrap().len_utf8()])
        .collect();
    assert_eq!(fallback, ["ᵉ", "\u{202f}"]);
    let clusters: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    assert!(clusters.windows(2).all(|w| w[0] <= w[1]), "{clusters:?}");
    // The width is the sum of the pieces, as egui draws them.
    let sum: f32 = glyphs.iter().map(|g| g.x_advance).sum();
    assert!((sans.width(text, FontRole::Regular, 1.0) - sum).abs() < 1e-4);
    assert!(sans.has_glyph(FontRole::Regular, '\u{202f}'));
}

#[test]
fn measures_french_text() {
    let f = Fonts::bundled().unwrap();
    let w = f.width("é", FontRole::Regular, 100.0);
    assert!(w > 30.0 && w < 70.0, "{w}");
    assert!(f.width("WWW", FontRole::Bold, 40.0) > f.width("iii", FontRole::Bold, 40.0));
    // Kerning is applied: "AV" is narrower than "A" plus "V".
    let pair = f.width("AV", FontRole::Regular, 100.0);
    assert!(pair < f.width("A", FontRole::Regular, 100.0) + f.width("V", FontRole::Regular, 100.0) - 0.5);
    for c in "àâçéèêëîïôûùüÿœæ«»\u{a0}\u{202f}–—’…ᵉÀÉÈÊÇ".chars() {
        assert!(f.has_glyph(FontRole::Regular, c), "missing {c:?}");
    }
}

//! Structure-aware decks (built from `arbitrary` input, written as RON the way a person would):
//! every valid deck lays out, at every step, without panicking, with finite coordinates and
//! nothing outside the canvas.
#![no_main]

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use arbitrary::Arbitrary;
use estrade::deck::source::BuiltinSource;
use estrade::layout::{Fonts, Item, SlideRef, layout_slide};
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct FuzzDeck {
    theme: u8,
    aspect: bool,
    french: bool,
    slides: Vec<FuzzSlide>,
}

#[derive(Debug, Arbitrary)]
enum FuzzSlide {
    Title { title: String, subtitle: Option<String> },
    Section { title: String },
    Bullets { title: Option<String>, items: Vec<(u8, String)>, steps: bool },
    Text { title: Option<String>, body: String },
    Quote { text: String, author: Option<String> },
    Image { title: Option<String>, image: u8, caption: Option<String>, cover: bool },
    Gallery { images: Vec<(u8, String)> },
    Table { header: Vec<String>, rows: Vec<Vec<String>> },
    Columns { columns: Vec<(String, Vec<(u8, String)>)> },
    References { entries: Vec<String> },
    Closing { title: String, contact: Option<String> },
}

const IMAGES: [&str; 4] = [
    "images/montreal-cop15.png",
    "images/portrait-marquis-bissonnette.png",
    "images/quebec-missions.png",
    "images/absente.png",
];
const THEMES: [&str; 3] = ["ceap", "dark", "high-contrast"];

fn q(s: &str) -> String {
    ron::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn items(list: &[(u8, String)]) -> String {
    let mut out = String::new();
    for (depth, text) in list.iter().take(30) {
        let indent = "  ".repeat(usize::from(depth % 3));
        let line = text.replace(['\n', '\r'], " ");
        let _ = writeln!(out, "{indent}- {line}");
    }
    q(&out)
}

fn ron_of(deck: &FuzzDeck) -> String {
    let mut s = format!(
        "Deck(title: \"Fuzz\", lang: {}, aspect: {}, theme: {}, slides: [\n",
        if deck.french { "\"fr-CA\"" } else { "\"en\"" },
        if deck.aspect { "\"16:9\"" } else { "\"4:3\"" },
        q(THEMES[usize::from(deck.theme) % THEMES.len()])
    );
    for slide in deck.slides.iter().take(12) {
        let opt = |name: &str, v: &Option<String>| v.as_ref().map_or(String::new(), |v| format!("{name}: {}, ", q(v)));
        let line = match slide {
            FuzzSlide::Title { title, subtitle } => format!("Title(title: {}, {})", q(title), opt("subtitle", subtitle)),
            FuzzSlide::Section { title } => format!("Section(title: {})", q(title)),
            FuzzSlide::Bullets { title, items: list, steps } => {
                format!("Bullets({}items: {}, steps: {steps})", opt("title", title), items(list))
            }
            FuzzSlide::Text { title, body } => format!("Text({}body: {})", opt("title", title), q(body)),
            FuzzSlide::Quote { text, author } => format!("Quote(text: {}, {})", q(text), opt("author", author)),
            FuzzSlide::Image { title, image, caption, cover } => format!(
                "Image({}image: (src: {}, alt: \"a\", {}fit: {}))",
                opt("title", title),
                q(IMAGES[usize::from(*image) % IMAGES.len()]),
                opt("caption", caption),
                if *cover { "Cover" } else { "Contain" }
            ),
            FuzzSlide::Gallery { images } => {
                let list: Vec<String> = images
                    .iter()
                    .take(8)
                    .map(|(i, c)| format!("(src: {}, alt: \"a\", caption: {})", q(IMAGES[usize::from(*i) % IMAGES.len()]), q(c)))
                    .collect();
                format!("Gallery(images: [{}])", list.join(", "))
            }
            FuzzSlide::Table { header, rows } => {
                let cells = |r: &Vec<String>| format!("[{}]", r.iter().take(8).map(|c| q(c)).collect::<Vec<_>>().join(", "));
                let rows: Vec<String> = rows.iter().take(40).map(cells).collect();
                format!("Table(header: {}, rows: [{}])", cells(header), rows.join(", "))
            }
            FuzzSlide::Columns { columns } => {
                let cols: Vec<String> = columns
                    .iter()
                    .take(4)
                    .map(|(h, list)| format!("Column(heading: {}, items: {})", q(h), items(list)))
                    .collect();
                format!("Columns(columns: [{}])", cols.join(", "))
            }
            FuzzSlide::References { entries } => format!(
                "References(entries: [{}])",
                entries.iter().take(20).map(|e| q(e)).collect::<Vec<_>>().join(", ")
            ),
            FuzzSlide::Closing { title, contact } => format!("Closing(title: {}, {})", q(title), opt("contact", contact)),
        };
        let _ = writeln!(s, "    {line},");
    }
    s.push_str("])\n");
    s
}

fn fonts(high_contrast: bool) -> &'static Fonts {
    static LATO: OnceLock<Fonts> = OnceLock::new();
    static THEMED: OnceLock<Fonts> = OnceLock::new();
    if high_contrast {
        THEMED.get_or_init(|| {
            let deck = estrade::deck::load_text(
                Arc::new(BuiltinSource),
                "slides/f.ron",
                "Deck(title: \"f\", theme: \"high-contrast\", slides: [Section(title: \"x\")])".into(),
            );
            let theme = deck.deck.map(|d| d.theme.fonts).unwrap_or_default();
            Fonts::for_theme(&theme).unwrap_or_else(|_| Fonts::bundled().expect("bundled fonts"))
        })
    } else {
        LATO.get_or_init(|| Fonts::bundled().expect("bundled fonts"))
    }
}

fuzz_target!(|input: FuzzDeck| {
    let text = ron_of(&input);
    let loaded = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/fuzz.ron", text);
    let Some(deck) = loaded.deck else { return };
    let fonts = fonts(!deck.theme.fonts.is_empty());
    for (i, slide) in deck.slides.iter().enumerate() {
        for step in 0..slide.steps {
            let frame = layout_slide(&deck, SlideRef { slide: i, step }, fonts);
            for item in &frame.items {
                let r = match item {
                    Item::Text(t) => {
                        assert!(t.x.is_finite() && t.baseline.is_finite() && t.size > 0.0, "{t:?}");
                        continue;
                    }
                    Item::Shape(s) => s.rect,
                    Item::Image(img) => img.rect,
                    Item::Link(l) => l.rect,
                    // A deck without ink draws none: layout never makes ink lines.
                    Item::Ink(line) => panic!("ink from layout alone: {line:?}"),
                };
                assert!(r.x.is_finite() && r.y.is_finite() && r.w.is_finite() && r.h.is_finite(), "{r:?}");
                assert!(r.w >= 0.0 && r.h >= 0.0, "{r:?}");
            }
        }
    }
    let _ = estrade::layout::check::layout_warnings(&deck, fonts);
});

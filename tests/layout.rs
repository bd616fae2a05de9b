#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Layout without a window: every slide and step of the CÉAP deck fits its canvas, text stays in
//! its blocks, layout is deterministic, and odd decks lay out without panicking.

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;
use estrade::layout::{Fonts, Frame, Item, Rect, SlideRef, layout_slide};
use estrade::model::Deck;

fn ceap() -> Deck {
    estrade::deck::load_path(std::path::Path::new("slides/ceap-2024.ron"))
        .unwrap()
        .deck
        .unwrap()
}

fn deck_from(text: &str) -> Deck {
    let l = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/test.ron", text.to_string());
    l.deck.unwrap_or_else(|| panic!("{:?}", l.diagnostics))
}

fn every_frame(deck: &Deck, fonts: &Fonts) -> Vec<(String, usize, Frame)> {
    let mut out = Vec::new();
    for (i, s) in deck.slides.iter().enumerate() {
        for step in 0..s.steps {
            out.push((
                s.id.clone(),
                step,
                layout_slide(deck, SlideRef { slide: i, step }, fonts),
            ));
        }
    }
    out
}

fn item_rect(item: &Item, fonts: &Fonts) -> Rect {
    match item {
        Item::Text(t) => t.bounds(fonts.ascent(t.font, t.size), fonts.descent(t.font, t.size)),
        Item::Shape(s) => s.rect,
        Item::Image(i) => i.rect,
        Item::Link(l) => l.rect,
        Item::Ink(line) => {
            let xs = line.points.iter().map(|p| p.0);
            let ys = line.points.iter().map(|p| p.1);
            let (x0, x1) = (xs.clone().fold(f32::MAX, f32::min), xs.fold(f32::MIN, f32::max));
            let (y0, y1) = (ys.clone().fold(f32::MAX, f32::min), ys.fold(f32::MIN, f32::max));
            Rect::new(x0, y0, x1 - x0, y1 - y0)
        }
    }
}

#[test]
fn every_item_of_every_step_lies_inside_the_canvas_and_nothing_overflows() {
    let fonts = Fonts::bundled().unwrap();
    let deck = ceap();
    for (id, step, frame) in every_frame(&deck, &fonts) {
        let canvas = Rect::new(0.0, 0.0, frame.width, frame.height);
        for item in &frame.items {
            let r = item_rect(item, &fonts);
            assert!(
                canvas.contains_rect(&r),
                "{id} step {step}: {item:?} outside the canvas"
            );
        }
        assert!(frame.overflow.is_empty(), "{id} step {step}: {:?}", frame.overflow);
        assert!(frame.runs().count() > 0, "{id} step {step} shows no text");
    }
}

#[test]
fn every_text_run_lies_inside_its_block() {
    let fonts = Fonts::bundled().unwrap();
    for (id, step, frame) in every_frame(&ceap(), &fonts) {
        for run in frame.runs() {
            let block = &frame.blocks[run.block];
            let line = run.bounds(fonts.ascent(run.font, run.size), fonts.descent(run.font, run.size));
            let padded = Rect::new(
                block.rect.x - 1.0,
                block.rect.y - 1.0,
                block.rect.w + 2.0,
                block.rect.h + 2.0,
            );
            assert!(
                padded.contains_rect(&line),
                "{id} step {step}: `{}` {line:?} outside block {:?}",
                run.text,
                block.rect
            );
        }
    }
}

#[test]
fn body_text_stays_readable_on_the_ceap_deck() {
    let fonts = Fonts::bundled().unwrap();
    let deck = ceap();
    for (id, _, frame) in every_frame(&deck, &fonts) {
        for run in frame.runs() {
            assert!(
                run.size >= deck.theme.min_size * 0.75,
                "{id}: `{}` at {}",
                run.text,
                run.size
            );
        }
    }
}

#[test]
fn layout_is_deterministic() {
    let fonts = Fonts::bundled().unwrap();
    let deck = ceap();
    let a = every_frame(&deck, &fonts);
    let b = every_frame(&deck, &fonts);
    assert_eq!(a, b);
}

#[test]
fn steps_reveal_bullets_one_by_one() {
    let fonts = Fonts::bundled().unwrap();
    let deck = ceap();
    let i = deck.find("expansion").unwrap();
    assert_eq!(deck.slides[i].steps, 2);
    let first = layout_slide(&deck, SlideRef { slide: i, step: 0 }, &fonts)
        .text_lines()
        .join(" ");
    let second = layout_slide(&deck, SlideRef { slide: i, step: 1 }, &fonts)
        .text_lines()
        .join(" ");
    assert!(first.contains("Un constat partagé") && !first.contains("Explosion"));
    assert!(second.contains("Explosion du phénomène"));
}

#[test]
fn a_very_long_word_is_cut_not_overflowing() {
    let fonts = Fonts::bundled().unwrap();
    let word = "Anticonstitutionnellement".repeat(12);
    let deck = deck_from(&format!(
        "Deck(title: \"t\", slides: [Bullets(title: \"Mot\", items: \"- {word}\")])"
    ));
    let frame = layout_slide(&deck, SlideRef { slide: 0, step: 0 }, &fonts);
    let canvas = Rect::new(0.0, 0.0, frame.width, frame.height);
    assert!(frame.items.iter().all(|i| canvas.contains_rect(&item_rect(i, &fonts))));
    let joined: String = frame.runs().map(|r| r.text.as_str()).collect();
    assert!(joined.contains(&word[..40]));
}

#[test]
fn forty_bullets_shrink_then_clip_and_report() {
    let fonts = Fonts::bundled().unwrap();
    let items: String = (1..=40)
        .map(|n| format!("- Point numéro {n} avec un peu de texte pour remplir la ligne\\n"))
        .collect();
    let deck = deck_from(&format!(
        "Deck(title: \"t\", slides: [Bullets(title: \"Beaucoup\", items: \"{items}\")])"
    ));
    let frame = layout_slide(&deck, SlideRef { slide: 0, step: 0 }, &fonts);
    let canvas = Rect::new(0.0, 0.0, frame.width, frame.height);
    assert!(frame.items.iter().all(|i| canvas.contains_rect(&item_rect(i, &fonts))));
    assert!(!frame.overflow.is_empty(), "40 bullets cannot fit at the minimum size");
    let warnings = estrade::layout::check::layout_warnings(&deck, &fonts);
    let text: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(text.len(), 2, "{text:?}");
    assert!(text.iter().any(|w| w.contains("has 40 bullets")), "{text:?}");
    assert_eq!(
        text.iter().filter(|w| w.contains("do not fit")).count(),
        1,
        "one overflow warning per slide: {text:?}"
    );
}

#[test]
fn a_slide_index_out_of_range_gives_an_empty_frame() {
    let fonts = Fonts::bundled().unwrap();
    let deck = ceap();
    let frame = layout_slide(&deck, SlideRef { slide: 999, step: 3 }, &fonts);
    assert!(frame.items.is_empty());
}

#[test]
fn four_by_three_decks_use_a_narrower_canvas() {
    let fonts = Fonts::bundled().unwrap();
    let deck = deck_from("Deck(title: \"t\", aspect: \"4:3\", slides: [Text(title: \"Un\", body: \"Du texte.\")])");
    let frame = layout_slide(&deck, SlideRef { slide: 0, step: 0 }, &fonts);
    assert_eq!((frame.width, frame.height), (1440.0, 1080.0));
}

#[test]
fn minimal_slides_of_every_kind_lay_out() {
    let fonts = Fonts::bundled().unwrap();
    let deck = deck_from(
        r#"Deck(title: "t", slides: [
            Title(title: "T"),
            Agenda(items: "- a"),
            Section(title: "S"),
            Bullets(title: "B", items: "- b"),
            Text(body: "x"),
            Quote(text: "q"),
            Image(image: (src: "images/cause-globalisation.png", alt: "globe")),
            Gallery(images: [(src: "images/cause-globalisation.png", alt: "globe")]),
            Table(rows: [["1"]]),
            Columns(columns: [Column()]),
            References(entries: ["r"]),
            Closing(title: "Merci"),
        ])"#,
    );
    for (id, step, frame) in every_frame(&deck, &fonts) {
        let canvas = Rect::new(0.0, 0.0, frame.width, frame.height);
        assert!(
            frame.items.iter().all(|i| canvas.contains_rect(&item_rect(i, &fonts))),
            "{id} {step}"
        );
        assert!(frame.overflow.is_empty(), "{id}");
    }
}

#[test]
fn every_shipped_theme_renders_every_ceap_slide_without_overflow() {
    let text = std::fs::read_to_string("slides/ceap-2024.ron").unwrap();
    let root = estrade::deck::source::DirSource::new(std::path::Path::new(".")).unwrap();
    let themes: Vec<String> = std::fs::read_dir("assets/themes")
        .unwrap()
        .map(|e| e.unwrap().path().file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(themes.len() >= 3, "{themes:?}");
    for theme in themes {
        let t = text.replace("theme: \"ceap\"", &format!("theme: \"{theme}\""));
        let l = estrade::deck::load_text(Arc::new(root.clone()), "slides/ceap-2024.ron", t);
        let deck = l.deck.unwrap_or_else(|| panic!("{theme}: {:?}", l.diagnostics));
        assert_eq!(deck.theme.name, theme);
        // Each theme is laid out with its own faces (high-contrast brings Open Sans).
        let fonts = Fonts::for_theme(&deck.theme.fonts).unwrap();
        assert_eq!(deck.theme.fonts.is_empty(), theme != "high-contrast", "{theme}");
        for (id, step, frame) in every_frame(&deck, &fonts) {
            assert!(
                frame.overflow.is_empty(),
                "theme {theme}, slide {id} step {step}: {:?}",
                frame.overflow
            );
            let canvas = Rect::new(0.0, 0.0, frame.width, frame.height);
            assert!(
                frame.items.iter().all(|i| canvas.contains_rect(&item_rect(i, &fonts))),
                "theme {theme}, {id}"
            );
        }
    }
}

#[test]
fn a_deck_can_override_single_theme_values() {
    let deck = deck_from(
        r##"Deck(title: "t", theme: "dark", theme_overrides: (accent: "#ff0000", body_size: 36), slides: [Text(body: "x")])"##,
    );
    assert_eq!(deck.theme.accent, estrade::model::Color::rgb(255, 0, 0));
    assert_eq!(deck.theme.body_size, 36.0);
    assert_eq!(
        deck.theme.background,
        estrade::model::Color::parse_hex("#14181f").unwrap(),
        "the rest comes from the theme"
    );
}

#[test]
fn a_theme_background_image_covers_every_slide_behind_the_content() {
    let fonts = Fonts::bundled().unwrap();
    let deck = deck_from(
        r#"Deck(title: "t", theme_overrides: (background_image: "images/montreal-cop15.png"), slides: [Text(title: "A", body: "x"), Section(title: "S")])"#,
    );
    for i in 0..2 {
        let frame = layout_slide(&deck, SlideRef { slide: i, step: 0 }, &fonts);
        match &frame.items[0] {
            Item::Image(img) => {
                assert_eq!(img.rect, Rect::new(0.0, 0.0, 1920.0, 1080.0));
                assert!(img.asset.ends_with("images/montreal-cop15.png"));
                assert!(
                    img.uv.1 > 0.0 || img.uv.0 > 0.0 || img.uv == (0.0, 0.0, 1.0, 1.0),
                    "cover crop"
                );
            }
            other => panic!("first item should be the background, got {other:?}"),
        }
    }
    let missing = estrade::deck::load_text(
        Arc::new(BuiltinSource),
        "slides/t.ron",
        r#"Deck(title: "t", theme_overrides: (background_image: "images/absente.png"), slides: [Text(body: "x")])"#
            .into(),
    );
    assert!(
        missing
            .diagnostics
            .iter()
            .any(|d| d.message.contains("absente.png` not found")),
        "{:?}",
        missing.diagnostics
    );
}

#[test]
fn numbers_in_a_table_are_flush_right_and_words_flush_left() {
    let fonts = Fonts::bundled().unwrap();
    let deck = deck_from(
        r#"Deck(title: "t", slides: [Table(title: "Sièges", header: ["Organisation", "Nombre"], rows: [
            ["Organisation de l'aviation civile internationale", "32"],
            ["Médecins du monde", "1 250"],
            ["Agence mondiale antidopage", "7"],
        ])])"#,
    );
    let frame = layout_slide(&deck, SlideRef { slide: 0, step: 0 }, &fonts);
    let runs: Vec<_> = frame
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Text(t) => Some(t),
            _ => None,
        })
        .collect();
    let right_edge = |text: &str| {
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        let r = runs
            .iter()
            .find(|r| squeeze(&r.text) == squeeze(text))
            .unwrap_or_else(|| panic!("{text} not drawn"));
        r.x + r.width
    };
    let (a, b, c) = (right_edge("32"), right_edge("1 250"), right_edge("7"));
    assert!(
        (a - b).abs() < 0.5 && (b - c).abs() < 0.5,
        "numbers end at {a}, {b}, {c}"
    );
    let left = |text: &str| runs.iter().find(|r| r.text.starts_with(text)).unwrap().x;
    assert!((left("Médecins") - left("Agence")).abs() < 0.5, "words start together");
    assert!(
        right_edge("Nombre") > left("Médecins"),
        "the header of a number column is flush right too"
    );
    assert!((right_edge("Nombre") - a).abs() < 0.5);
}

#[test]
fn short_column_cards_hang_below_the_title_instead_of_floating_mid_slide() {
    let deck = deck_from(
        r#"Deck(title: "t", slides: [
            Columns(title: "Des colonnes", columns: [
                (heading: "Gauche", items: "- Un\n- Deux"),
                (heading: "Droite", image: (src: "images/cause-globalisation.png", alt: "Un globe"), note: "(une source)"),
            ]),
            Bullets(title: "Des puces", items: "- Un\n- Deux"),
        ])"#,
    );
    let fonts = Fonts::bundled().unwrap();
    let columns = layout_slide(&deck, SlideRef { slide: 0, step: 0 }, &fonts);
    let bullets = layout_slide(&deck, SlideRef { slide: 1, step: 0 }, &fonts);
    // Where a bullet slide's content starts: its first bullet.
    let content_top = bullets
        .blocks
        .iter()
        .filter(|b| b.role == "bullet")
        .map(|b| b.rect.y)
        .fold(f32::MAX, f32::min);
    let card_top = columns
        .items
        .iter()
        .filter_map(|i| match i {
            // The accent bar along the top of a card (the title's short underline is narrower).
            Item::Shape(s) if s.fill == deck.theme.accent && s.rect.h == 8.0 && s.rect.w > 300.0 => Some(s.rect.y),
            _ => None,
        })
        .fold(f32::MAX, f32::min);
    assert!(content_top < f32::MAX && card_top < f32::MAX, "bullets and cards found");
    assert!(
        card_top - content_top <= deck.theme.body_size + 1.0,
        "cards start at {card_top}, content of a bullet slide at {content_top}"
    );
}

#[test]
fn the_ceap_deck_has_no_typography_warning_and_a_widow_nothing_can_fix_is_reported() {
    let fonts = Fonts::bundled().unwrap();
    let warnings = estrade::layout::check::layout_warnings(&ceap(), &fonts);
    assert!(warnings.is_empty(), "{warnings:?}");
    // A long word filling the first line leaves a short one alone: narrowing cannot help.
    let found = (30..90).find_map(|n| {
        let word = "a".repeat(n);
        let deck = deck_from(&format!(
            r#"Deck(title: "w", lang: "fr-CA", slides: [Text(id: "v", title: "V", body: "{word} fin")])"#
        ));
        let w = estrade::layout::check::layout_warnings(&deck, &fonts);
        w.into_iter().find(|d| d.code == Some("W016"))
    });
    let d = found.expect("some length leaves « fin » alone");
    assert!(
        d.message.contains("« fin »") && d.message.contains("`v`"),
        "{}",
        d.message
    );
}

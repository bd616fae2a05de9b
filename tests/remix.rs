#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Remixing: includes by id and range (notes kept or overridden), include errors, `estrade new`
//! output that passes `check`, and the layout warnings of `check`.

#[path = "support/scratch.rs"]
mod scratch;

use std::path::Path;

use estrade::model::Body;

#[path = "support/cli.rs"]
mod cli;
use cli::estrade;

#[test]
fn the_remix_demo_includes_slides_by_range_and_id() {
    let loaded = estrade::deck::load_path(Path::new("slides/remix-demo.ron")).unwrap();
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let deck = loaded.deck.unwrap();
    let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        ["title", "expansion", "causes", "gouvernance-multiniveau", "thanks"]
    );
    assert_eq!(deck.theme.name, "dark");
    let expansion = &deck.slides[1];
    assert!(
        expansion.notes[0].to_plain().contains("nouvelle vague"),
        "included slides keep their notes"
    );
    assert_eq!(expansion.steps, 2);
    assert!(
        deck.slides[3].notes[0].to_plain().starts_with("Read the quotation"),
        "notes overridden"
    );
    assert!(matches!(deck.slides[2].body, Body::Columns { .. }));
}

#[test]
fn include_cycles_and_unknown_ids_are_clear_errors() {
    let cycle = estrade(&["check", "tests/fixtures/bad/include-cycle.ron"]);
    let text = String::from_utf8_lossy(&cycle.stderr);
    assert_eq!(cycle.status.code(), Some(1));
    assert!(
        text.contains("include cycle: include-cycle.ron → include-cycle-other.ron → include-cycle.ron"),
        "{text}"
    );
    let unknown = estrade(&["check", "tests/fixtures/bad/include-unknown-id.ron"]);
    let text = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        text.contains("has no slide with id `autr`") && text.contains("did you mean `autre`?"),
        "{text}"
    );
}

#[test]
fn new_creates_a_starter_deck_that_passes_check_and_never_overwrites() {
    let dir = scratch::scratch("new");
    let _ = std::fs::remove_dir_all(&dir);
    let starter = dir.join("starter");
    let out = estrade(&["new", starter.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let deck = starter.join("talk.ron");
    let check = estrade(&["check", deck.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let kinds = std::fs::read_to_string(&deck).unwrap();
    for kind in [
        "Title(",
        "Agenda(",
        "Section(",
        "Bullets(",
        "Text(",
        "Quote(",
        "Image(",
        "Gallery(",
        "Table(",
        "Columns(",
        "References(",
        "Closing(",
    ] {
        assert!(kinds.contains(kind), "the starter deck shows {kind}");
    }
    let again = estrade(&["new", starter.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    let copy = dir.join("copy");
    let out = estrade(&["new", copy.to_str().unwrap(), "--from", "slides/ceap-2024.ron"]);
    assert!(out.status.success());
    let check = estrade(&["check", copy.join("talk.ron").to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_warns_about_crowded_slides_blurry_images_and_unused_files() {
    let dir = scratch::scratch("warn");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("assets/images")).unwrap();
    // A 40×30 image shown large, and a file no slide uses.
    let tiny = image::RgbImage::from_pixel(40, 30, image::Rgb([200, 80, 40]));
    tiny.save(dir.join("assets/images/petite.png")).unwrap();
    tiny.save(dir.join("assets/images/oubliee.png")).unwrap();
    let bullets: String = (1..=14).map(|n| format!("- point {n}\\n")).collect();
    let deck = dir.join("talk.ron");
    std::fs::write(&deck, format!("Deck(title: \"t\", slides: [Bullets(id: \"long\", title: \"Long\", items: \"{bullets}\"), Image(id: \"img\", image: (src: \"images/petite.png\", alt: \"une petite image\"))])")).unwrap();
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "warnings only: {text}");
    assert!(text.contains("slide `long` has 14 bullets"), "{text}");
    assert!(text.contains("will look blurry"), "{text}");
    assert!(text.contains("oubliee.png: warning: image file not used"), "{text}");
    assert!(!text.contains("petite.png: warning"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_warns_about_characters_no_font_of_the_theme_has() {
    let dir = scratch::scratch("glyphs");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        "Deck(title: \"Glyphes\", slides: [Text(id: \"han\", title: \"Kanji\", body: \"Tokyo : 東京\")])",
    )
    .unwrap();
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(
        text.contains("slide `han`: no font of the theme has `東` (U+6771), `京` (U+4EAC)"),
        "{text}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn ids_lists_every_slide_of_the_ceap_deck_with_its_steps_and_title() {
    let out = estrade(&["ids", "slides/ceap-2024.ron"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let deck = estrade::deck::load_path(std::path::Path::new("slides/ceap-2024.ron"))
        .unwrap()
        .deck
        .unwrap();
    assert_eq!(lines.len(), deck.slides.len());
    for (line, slide) in lines.iter().zip(&deck.slides) {
        let mut words = line.split_whitespace();
        assert_eq!(words.next(), Some(slide.id.as_str()), "{line}");
        assert_eq!(words.next(), Some(slide.steps.to_string().as_str()), "{line}");
    }
    assert!(
        lines[0].ends_with("État des connaissances en diplomatie municipale au Québec"),
        "{}",
        lines[0]
    );
    assert!(text.contains("gouvernance-multiniveau"));
    let missing = estrade(&["ids", "slides/absent.ron"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn a_missing_image_suggests_the_closest_file_of_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("slides")).unwrap();
    std::fs::create_dir_all(dir.path().join("assets/images")).unwrap();
    std::fs::copy(
        "assets/images/cause-decentralisation.png",
        dir.path().join("assets/images/sky.png"),
    )
    .unwrap();
    let deck = dir.path().join("slides/talk.ron");
    let write = |src: &str| {
        let text = format!(r#"Deck(title: "t", slides: [Image(title: "x", image: (src: "{src}", alt: "a"))])"#);
        std::fs::write(&deck, text).unwrap();
    };
    write("images/skye.png");
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("image `images/skye.png` not found"), "{err}");
    assert!(err.contains("= hint: did you mean `images/sky.png`?"), "{err}");
    write("images/nothing-like-it.png");
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("did you mean"), "no far-fetched suggestion: {err}");
}

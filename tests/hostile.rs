#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Hostile input: broken and malicious images, and decks built to crash, stall or read outside
//! their folder. Each gives a clear error or a working deck with a placeholder; never a panic,
//! a hang or a read outside the deck's folder.

#[path = "support/scratch.rs"]
mod scratch;

#[path = "../benches/support/generate.rs"]
mod generate;
#[path = "support/png_bombs.rs"]
mod png_bombs;

use std::io::Cursor;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;

use estrade::deck::source::{DirSource, Source};
use estrade::layout::{Fonts, Item, SlideRef, layout_slide};

#[path = "support/cli.rs"]
mod cli;
use cli::estrade;

/// A project folder with `assets/images/` files and a deck showing each image on its own slide.
fn project(name: &str, images: &[(&str, Vec<u8>)]) -> (scratch::Scratch, PathBuf) {
    let dir = scratch::scratch(&format!("hostile-{name}"));
    std::fs::create_dir_all(dir.join("assets/images")).unwrap();
    let mut slides = String::new();
    for (i, (file, bytes)) in images.iter().enumerate() {
        std::fs::write(dir.join("assets/images").join(file), bytes).unwrap();
        slides.push_str(&format!(
            "Image(id: \"i{i}\", title: \"{file}\", image: (src: \"images/{file}\", alt: \"{file}\")),\n"
        ));
    }
    let deck = dir.join("talk.ron");
    std::fs::write(&deck, format!("Deck(title: \"Images\", slides: [\n{slides}])")).unwrap();
    (dir, deck)
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]))
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let mut out = Vec::new();
    image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, 40, (y % 256) as u8]))
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Jpeg)
        .unwrap();
    out
}

const SVG: &str = r#"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100000000 100000000">
  <image xlink:href="file:///etc/passwd" width="100000000" height="100000000"/>
  <image href="https://example.org/tracker.png"/>
</svg>"#;

#[test]
fn hostile_images_become_placeholders_with_a_reason_and_never_stop_the_deck() {
    let good = png(640, 360);
    let photo = jpeg(640, 360);
    let images = vec![
        ("tronquee.png", good[..good.len() / 2].to_vec()),
        ("tronquee.jpg", photo[..photo.len() / 2].to_vec()),
        ("jpeg-nomme.png", photo.clone()),
        ("texte.jpg", b"ceci n'est pas une image".to_vec()),
        ("bombe.png", png_bombs::png_with(50_000, 50_000, &png_bombs::EMPTY_ZLIB)),
        (
            "bombe-16k.png",
            png_bombs::png_with(16_000, 16_000, &png_bombs::EMPTY_ZLIB),
        ),
        ("vide.png", Vec::new()),
        ("dessin.svg", SVG.as_bytes().to_vec()),
    ];
    let (dir, deck) = project("images", &images);
    // `check`: every file that is not a usable image is named, with what to do.
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for expected in [
        "image `images/texte.jpg` cannot be read",
        "image cannot be decoded: assets/images/tronquee.png",
        "image `images/bombe.png` is 50000×50000 pixels, outside 1…16384",
        "image `images/bombe-16k.png` is 16000×16000 pixels, more than 120 megapixels",
        "image `images/vide.png` is an empty file",
        "image `images/dessin.svg` is an SVG drawing",
        "export it to PNG, e.g. `rsvg-convert -w 1920 images/dessin.svg -o images/dessin.png`",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in\n{text}");
    }
    assert!(
        !text
            .lines()
            .any(|l| l.contains("error") && l.contains("jpeg-nomme.png")),
        "a JPEG named .png is fine: {text}"
    );
    // The deck still loads: every slide is there.
    let loaded = estrade::deck::load_path(&deck).unwrap();
    let model = loaded.deck.expect("a deck with placeholders");
    assert_eq!(model.slides.len(), images.len());
    // The screen's decoder gives a reason for every unusable file (drawn on the placeholder).
    let source = DirSource::new(&dir).unwrap();
    for (file, _) in &images {
        let got = estrade::app::images::decode(&source, &format!("assets/images/{file}"), 2048);
        match *file {
            // A JPEG under a .png name is fine; a cut JPEG shows the part that arrived (grey
            // below), as web browsers do.
            "jpeg-nomme.png" | "tronquee.jpg" => assert!(got.is_ok(), "{file}"),
            _ => {
                let reason = got.err().unwrap_or_else(|| panic!("{file} decoded"));
                assert!(reason.contains(file), "{file}: {reason}");
            }
        }
    }
    // Layout keeps a place for each image: the picture, or a placeholder that says why (on
    // screen, in the PDF and in PNGs alike). Exports finish.
    let fonts = Fonts::bundled().unwrap();
    for (i, (file, _)) in images.iter().enumerate() {
        let frame = layout_slide(&model, SlideRef { slide: i, step: 0 }, &fonts);
        let picture = frame.items.iter().any(|it| matches!(it, Item::Image(_)));
        let said = frame.text_lines().join(" ");
        let unreadable = model.slides[i].images()[0].problem.is_some();
        assert_eq!(picture, !unreadable, "{file}");
        if unreadable {
            assert!(
                said.contains(&format!("images/{file}")),
                "{file}: placeholder says `{said}`"
            );
        }
    }
    let pdf = dir.join("out.pdf");
    let out = estrade(&["export", deck.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{text}");
    assert!(std::fs::metadata(&pdf).unwrap().len() > 1000);
    // The PDF's placeholder for the PNG cut short says why (as the screen does).
    let pdftotext = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let pdf_text = String::from_utf8_lossy(&pdftotext.stdout);
    assert!(pdf_text.contains("tronquee.png: unexpected end of file"), "{pdf_text}");
    let pngs = dir.join("png");
    let out = estrade(&[
        "export",
        deck.to_str().unwrap(),
        "--png",
        pngs.to_str().unwrap(),
        "--scale",
        "0.25",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_dir(&pngs).unwrap().count(), images.len());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_svg_is_never_parsed_so_its_external_references_are_never_fetched() {
    let (dir, deck) = project("svg", &[("dessin.svg", SVG.as_bytes().to_vec())]);
    let loaded = estrade::deck::load_path(&deck).unwrap();
    let image = &loaded.deck.unwrap().slides[0];
    let problem = image.images()[0].problem.clone().unwrap();
    assert!(problem.contains("SVG"), "{problem}");
    assert_eq!(image.images()[0].size, None, "no size: the file was not interpreted");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_deeply_nested_deck_is_an_error_not_a_stack_overflow() {
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}")] {
        let text = format!(
            "Deck(title: \"x\", slides: [Table(rows: {}{})])",
            open.repeat(200_000),
            close.repeat(200_000)
        );
        let loaded = estrade::deck::load_text(Arc::new(estrade::deck::source::BuiltinSource), "slides/deep.ron", text);
        assert!(loaded.deck.is_none());
        let d = loaded.diagnostics[0].to_string();
        assert!(d.contains("slides/deep.ron:1:"), "{d}");
    }
}

#[test]
fn a_fifty_megabyte_deck_is_refused_at_once_and_huge_texts_are_refused_with_their_position() {
    let started = std::time::Instant::now();
    let big = format!(
        "Deck(title: \"x\", slides: [Text(body: \"{}\")])",
        "mot ".repeat(12_500_000)
    );
    let loaded = estrade::deck::load_text(Arc::new(estrade::deck::source::BuiltinSource), "slides/gros.ron", big);
    assert!(loaded.deck.is_none());
    let d = loaded.diagnostics[0].to_string();
    assert!(
        d.contains("the deck file is 50.0 MB; estrade reads deck files up to 4 MB"),
        "{d}"
    );
    // (A generous bound, only to catch a hang: it takes milliseconds.)
    assert!(started.elapsed().as_secs() < 30);
    // Under the file limit, one field of 12 000 characters is refused where it is.
    let long = format!(
        "Deck(title: \"x\", slides: [\n  Text(title: \"ok\", body: \"{}\"),\n])",
        "a ".repeat(6_000)
    );
    let loaded = estrade::deck::load_text(Arc::new(estrade::deck::source::BuiltinSource), "slides/long.ron", long);
    let d: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert!(
        d.iter().any(|d| d.contains("slides/long.ron:2:")
            && d.contains("this text has 12000 characters; at most 10000 fit in one field")),
        "{d:?}"
    );
}

#[test]
fn ten_thousand_slides_load_and_lay_out() {
    let dir = scratch::scratch("hostile-10k");
    let spec = generate::Spec {
        image_size: (64, 36),
        ..generate::Spec::mixed(10_000)
    };
    let deck_path = generate::write_deck(&dir, &spec).unwrap();
    let loaded = estrade::deck::load_path(&deck_path).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics.first());
    let deck = loaded.deck.unwrap();
    assert_eq!(deck.slides.len(), 10_000);
    let fonts = Fonts::bundled().unwrap();
    for i in [0, 1, 2, 3, 5_000, 9_998, 9_999] {
        let frame = layout_slide(&deck, SlideRef { slide: i, step: 0 }, &fonts);
        assert!(frame.overflow.is_empty(), "slide {i}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn no_path_in_a_deck_reads_outside_its_folder() {
    let dir = scratch::scratch("hostile-paths");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("projet/assets")).unwrap();
    std::fs::write(
        dir.join("secret.ron"),
        "Deck(title: \"secret\", slides: [Text(id: \"s\", body: \"secret\")])",
    )
    .unwrap();
    std::fs::write(dir.join("secret.csv"), "a,b\n1,2\n").unwrap();
    let deck = dir.join("projet/talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(
    title: "Chemins",
    theme_overrides: (fonts: (regular: "../../secret.ron", bold: "/etc/passwd")),
    slides: [
        Include(from: "../secret.ron", slides: "s"),
        Include(from: "/etc/passwd"),
        Table(csv: "../../secret.csv"),
        Image(image: (src: "../../../../../../etc/passwd", alt: "x")),
    ],
)"#,
    )
    .unwrap();
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(!text.contains("secret\""), "{text}");
    for (line, what) in [
        (3, "font file"),
        (5, "include"),
        (6, "include"),
        (7, "csv"),
        (8, "image"),
    ] {
        let at = format!("talk.ron:{line}:");
        assert!(
            text.lines()
                .any(|l| l.contains(&at) && (l.contains("outside") || l.contains("absolute") || l.contains("leaves"))),
            "{what} on line {line} not refused as outside the folder:\n{text}"
        );
    }
    // The source itself refuses these paths, whatever asks.
    let source = DirSource::new(&dir.join("projet")).unwrap();
    for p in ["../secret.ron", "/etc/passwd", "assets/../../secret.csv"] {
        assert!(source.read(p).is_err(), "{p}");
    }
    std::fs::remove_dir_all(&*dir).unwrap();
}

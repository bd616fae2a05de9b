#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a PDF export holds beyond its text: the tagged structure a screen reader follows
//! (headings, nested lists, tables, quotes), and ink drawn as vectors only when asked for.
//! Uses poppler-utils (pdfinfo, pdftoppm), which `.ci/run` installs.

use std::path::Path;
use std::process::Command;

#[path = "support/cli.rs"]
mod cli;
use cli::{estrade, tool};

#[path = "support/export_run.rs"]
mod export_run;
use export_run::{export, temp_dir};

#[test]
fn the_tagged_structure_has_headings_nested_lists_tables_and_quotes() {
    let dir = temp_dir("struct");
    let pdf = export(&dir, &[]);
    let tree = tool("pdfinfo", &["-struct", pdf.to_str().unwrap()]);
    let count = |tag: &str| tree.lines().filter(|l| l.trim_start().starts_with(tag)).count();
    // A heading per slide title (the agenda, the quotes and the cards slide have none).
    assert!(count("H1 ") >= 15, "{} H1:\n{tree}", count("H1 "));
    assert!(count("H2 ") >= 3, "column headings");
    for tag in [
        "L (block)",
        "LI ",
        "LBody ",
        "Lbl ",
        "Table ",
        "TR",
        "TH",
        "TD",
        "BlockQuote",
        "Caption",
        "Figure",
    ] {
        assert!(count(tag) > 0, "no {tag} in:\n{tree}");
    }
    // Bullets nest as written: a list inside the body of an item.
    let lines: Vec<&str> = tree.lines().collect();
    let indent = |l: &str| l.len() - l.trim_start().len();
    let nested = lines.windows(2).any(|w| {
        w[0].trim_start().starts_with("LBody")
            && w[1].trim_start().starts_with("L (block)")
            && indent(w[1]) > indent(w[0])
    });
    assert!(nested, "no list nested in a list item:\n{tree}");
    // The organisations table: one header row of five columns, then body rows.
    let th = lines.iter().filter(|l| l.trim() == "TH:").count();
    assert_eq!(th, 5, "header cells of the organisations table");
    // Titles set in capitals are read as written.
    let qdf = dir.join("qdf.pdf");
    let out = Command::new("qpdf")
        .args([
            "--qdf",
            "--object-streams=disable",
            pdf.to_str().unwrap(),
            qdf.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
    assert!(raw.contains("/ActualText (Introduction)"), "the title's written case");
    assert!(raw.contains("/Lang (fr-CA)"), "the deck's language");
    // Every link annotation is tagged, inside a Link element of the text it underlines.
    let annotations = raw.matches("/Subtype /Link").count();
    assert!(annotations >= 20, "{annotations} links in the talk");
    assert_eq!(count("Link "), annotations, "a Link element per link annotation");
    assert!(
        lines
            .windows(2)
            .any(|w| w[0].trim_start().starts_with("P (block)") && w[1].trim_start().starts_with("Link ")),
        "links sit in their paragraph"
    );
}

/// Pixels of page `page` of `pdf` at `dpi` (RGB, via pdftoppm's PPM).
fn page_pixels(pdf: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    let out = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-f", &page.to_string(), "-l", &page.to_string()])
        .arg(pdf)
        .output()
        .unwrap();
    let data = out.stdout;
    // "P6\nW H\n255\n" then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
        at += 1;
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[at..].to_vec())
}

#[test]
fn export_with_ink_draws_the_strokes_as_vectors_and_without_it_nothing_changes() {
    let dir = temp_dir("ink");
    let project = dir.join("demo");
    let out = estrade(&["new", project.to_str().unwrap()]);
    assert!(out.status.success());
    let deck = project.join("talk.ron");
    // A thick red stroke across the middle of the title slide.
    std::fs::write(
        project.join("talk.ink.ron"),
        "Ink(format: 1, slides: [(id: \"titre\", strokes: [(tool: Pen, color: \"#d02020ff\", width: 24.0, points: [(100.0, 540.0, 1.0), (1800.0, 540.0, 1.0)])])], \
         boards: [(after: \"titre\", n: 0, strokes: [(tool: Pen, color: \"#f0b400ff\", width: 24.0, points: [(960.0, 100.0, 1.0), (960.0, 1000.0, 1.0)])])])",
    )
    .unwrap();
    let export = |name: &str, ink: bool| {
        let pdf = dir.join(name);
        let mut args = vec!["export", deck.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()];
        if ink {
            args.push("--ink");
        }
        let out = estrade(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        pdf
    };
    let plain = export("plain.pdf", false);
    let inked = export("inked.pdf", true);
    let (w, h, a) = page_pixels(&plain, 1, 30);
    let (_, _, b) = page_pixels(&inked, 1, 30);
    let red = |px: &[u8]| px[0] > 150 && px[1] < 80 && px[2] < 80;
    let row = h / 2;
    let reds = |img: &[u8]| (0..w).filter(|x| red(&img[(row * w + x) * 3..])).count();
    assert!(
        reds(&b) > w / 2,
        "the stroke crosses the page: {} red pixels of {w}",
        reds(&b)
    );
    assert!(reds(&a) < w / 10, "without --ink, no stroke");
    // Vector paths, not an image: the page still has exactly the images it had.
    let images = |pdf: &Path| tool("pdfimages", &["-list", pdf.to_str().unwrap()]).lines().count();
    assert_eq!(images(&plain), images(&inked));
    // The board drawn on the black screen after the title is the page after it.
    let pages = |pdf: &Path| {
        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap().to_string();
        line.split_whitespace().nth(1).unwrap().parse::<usize>().unwrap()
    };
    assert_eq!(pages(&inked), pages(&plain) + 1, "one page for the board");
    let (bw, bh, board) = page_pixels(&inked, 2, 30);
    let at = |x: usize, y: usize| &board[(y * bw + x) * 3..(y * bw + x) * 3 + 3];
    assert_eq!(at(bw / 10, bh / 10), &[0, 0, 0], "the board is black");
    let yellow = at(bw / 2, bh / 2);
    assert!(
        yellow[0] > 200 && yellow[1] > 140 && yellow[2] < 60,
        "its stroke: {yellow:?}"
    );
    // Other pages are unchanged.
    assert_eq!(page_pixels(&plain, 2, 30).2, page_pixels(&inked, 3, 30).2);
    // Handouts print the ink too.
    let handout = dir.join("handout.pdf");
    let args = [
        "export",
        deck.to_str().unwrap(),
        "--pdf",
        handout.to_str().unwrap(),
        "--per-page",
        "1",
        "--ink",
    ];
    let out = estrade(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let (hw, hh, page) = page_pixels(&handout, 1, 30);
    let reds_on_page = (0..hw * hh).filter(|i| red(&page[i * 3..])).count();
    assert!(
        reds_on_page > hw / 3,
        "the handout's slide has its stroke: {reds_on_page}"
    );
    assert_eq!(pages(&handout), pages(&plain), "handouts show slides, not boards");
}

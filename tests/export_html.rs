#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade export --html`: one self-contained page with every step of every slide, the
//! reader's copy, the notes (or not, with `--no-notes`), fonts and images inside it. The
//! picture in a real browser, the keyboard and the accessibility check are `tests/html.sh`'s
//! (headless Chromium, run by `.ci/run`).

#[path = "support/scratch.rs"]
mod scratch;

use std::path::Path;

#[path = "support/cli.rs"]
mod cli;
use cli::estrade;

fn temp_dir(name: &str) -> scratch::Scratch {
    scratch::scratch(&format!("html-{name}"))
}

fn export(deck: &str, out: &Path, extra: &[&str]) -> (String, String) {
    let mut args = vec!["export", deck, "--html", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = estrade(&args);
    let err = String::from_utf8_lossy(&run.stderr).into_owned();
    assert!(run.status.success(), "{err}");
    (std::fs::read_to_string(out).unwrap(), err)
}

#[test]
fn the_talk_is_one_page_with_every_step_its_structure_fonts_images_and_notes() {
    let dir = temp_dir("talk");
    let (page, err) = export("slides/ceap-2024.ron", &dir.join("talk.html"), &[]);
    assert!(err.contains("talk.html ("), "the summary names the page: {err}");
    assert!(page.len() < 3_000_000, "{} bytes", page.len());
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"fr-CA\">"));
    assert_eq!(page.matches("<section class=\"slide\"").count(), 22);
    let presses: usize = String::from_utf8_lossy(&estrade(&["check", "--count-steps", "slides/ceap-2024.ron"]).stdout)
        .trim()
        .parse()
        .unwrap();
    assert_eq!(
        page.matches("<div class=\"step\"").count(),
        presses + 1,
        "one step element per step"
    );
    for id in ["titre", "introduction", "causes", "merci"] {
        assert!(
            page.contains(&format!("data-id=\"{id}\"")),
            "slide {id} has its address"
        );
    }
    // The reader's copy: titles as headings (as written, not in capitals), bullets as lists.
    assert!(page.contains("<h2>Introduction</h2>"), "the title is a heading");
    assert!(page.contains("<ul><li>Un constat partagé"), "bullets are a list");
    assert!(
        page.contains("role=\"img\" aria-label=\""),
        "images keep their alt text"
    );
    // The notes, for the speaker's view.
    assert!(page.contains("Un constat partagé dans la littérature"));
    // Fonts and images inside the page, each once; nothing loaded from elsewhere.
    let faces = page.matches("@font-face").count();
    assert!((2..=10).contains(&faces), "{faces} faces");
    assert!(page.contains("src:url(data:font/ttf;base64,"));
    let images = page.matches("<image id=\"i").count();
    let files = std::fs::read_dir("assets/images")
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "png"))
        .count();
    assert_eq!(images, files, "each illustration embedded once");
    for outside in ["src=\"http", "src=\"//", "url(http", "<link "] {
        assert!(
            !page.contains(outside),
            "the page loads nothing from elsewhere ({outside})"
        );
    }
    // Real text at the layout's positions: a word of the talk, every character placed.
    assert!(page.contains(">Conséquence de courants comme la mondialisation,"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn no_notes_leaves_the_notes_out_and_needs_html() {
    let dir = temp_dir("no-notes");
    let (page, _) = export("slides/ceap-2024.ron", &dir.join("public.html"), &["--no-notes"]);
    assert!(
        !page.contains("Un constat partagé dans la littérature"),
        "no notes in a published page"
    );
    assert!(page.contains("\"notes\":null"));
    let alone = estrade(&["export", "slides/ceap-2024.ron", "--no-notes", "--pdf", "x.pdf"]);
    assert!(!alone.status.success(), "--no-notes without --html is refused");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_image_is_the_screen_s_placeholder_and_the_old_page_survives_a_failure() {
    let dir = temp_dir("missing");
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        "Deck(title: \"t\", slides: [Image(title: \"Photo\", image: (src: \"absente.png\", alt: \"Une photo\"))])",
    )
    .unwrap();
    let out = dir.join("out.html");
    let (page, err) = export(deck.to_str().unwrap(), &out, &[]);
    assert!(err.contains("absente.png` not found"), "{err}");
    assert!(
        page.contains(">[Une photo] image `absente.png` is missing</text>"),
        "the placeholder names the image, as on screen"
    );
    assert!(
        page.contains("<p>[Une photo] image `absente.png` is missing</p>"),
        "and is read"
    );
    // A deck that cannot be built: nothing is written over the page already there.
    std::fs::write(&deck, "Deck(title: \"t\", slides: [Title(").unwrap();
    let run = estrade(&["export", deck.to_str().unwrap(), "--html", out.to_str().unwrap()]);
    assert!(!run.status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), page, "the old page is intact");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn ink_is_drawn_over_its_slide_and_a_board_is_one_more_step() {
    let dir = temp_dir("ink");
    let project = dir.join("demo");
    assert!(estrade(&["new", project.to_str().unwrap()]).status.success());
    std::fs::write(
        project.join("talk.ink.ron"),
        "Ink(format: 1, slides: [(id: \"titre\", strokes: [(tool: Pen, color: \"#d02020ff\", width: 24.0, points: [(100.0, 540.0, 1.0), (1800.0, 540.0, 1.0)])])], \
         boards: [(after: \"titre\", n: 0, strokes: [(tool: Pen, color: \"#f0b400ff\", width: 24.0, points: [(960.0, 100.0, 1.0), (960.0, 1000.0, 1.0)])])])",
    )
    .unwrap();
    let deck = project.join("talk.ron");
    let (plain, _) = export(deck.to_str().unwrap(), &dir.join("plain.html"), &[]);
    let (inked, _) = export(deck.to_str().unwrap(), &dir.join("inked.html"), &["--ink"]);
    assert!(!plain.contains("stroke=\"#d02020\""), "no ink without --ink");
    assert!(inked.contains("<path d=\"M100 540 L100.01 540 L1800 540\" fill=\"none\" stroke=\"#d02020\""));
    assert!(inked.contains("stroke=\"#f0b400\""), "the board's stroke");
    assert_eq!(
        inked.matches("<div class=\"step\"").count(),
        plain.matches("<div class=\"step\"").count() + 1,
        "the board is one more step of its slide"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_folder_gets_index_html_with_its_fonts_and_images_beside_it() {
    let dir = temp_dir("folder");
    let site = dir.join("site");
    let target = format!("{}/", site.display());
    let run = estrade(&["export", "slides/ceap-2024.ron", "--html", &target]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let page = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(!page.contains("base64,"), "nothing inlined");
    let fonts: Vec<_> = std::fs::read_dir(site.join("fonts")).unwrap().collect();
    let images: Vec<_> = std::fs::read_dir(site.join("images")).unwrap().collect();
    assert_eq!(page.matches("src:url(fonts/").count(), fonts.len());
    assert_eq!(page.matches("href=\"images/i").count(), images.len());
    assert_eq!(images.len(), 13, "each illustration once");
    std::fs::remove_dir_all(dir).unwrap();
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade export`: the PDF has real text with the screen's line breaks, embedded fonts,
//! links, an outline and page labels; handouts and pdfpc are right. (The files an export
//! writes, and what a failure leaves: `export_files.rs`; the tagged structure and ink:
//! `export_pdf_structure.rs`.) Uses poppler-utils (pdftotext, pdffonts, pdfinfo) and qpdf,
//! which `.ci/run` installs.

#[path = "support/export_run.rs"]
mod export_run;
use export_run::{export, temp_dir};

use std::path::Path;
use std::process::Command;

use estrade::layout::{Fonts, SlideRef, layout_slide};

#[path = "support/cli.rs"]
mod cli;
use cli::{estrade, tool};

fn squash(s: &str) -> String {
    s.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_page_holds_the_slide_text_with_the_screen_line_breaks() {
    let dir = temp_dir("text");
    let pdf = export(&dir, &[]);
    let deck = estrade::deck::load_path(Path::new("slides/ceap-2024.ron"))
        .unwrap()
        .deck
        .unwrap();
    let fonts = Fonts::bundled().unwrap();
    let pages: usize = tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert_eq!(pages, deck.slides.len());
    for (i, slide) in deck.slides.iter().enumerate() {
        let n = (i + 1).to_string();
        let text = tool("pdftotext", &["-f", &n, "-l", &n, pdf.to_str().unwrap(), "-"]);
        let page_lines: Vec<String> = text.lines().map(squash).collect();
        let frame = layout_slide(
            &deck,
            SlideRef {
                slide: i,
                step: slide.steps - 1,
            },
            &fonts,
        );
        for line in frame.text_lines() {
            // pdftotext joins words hyphenated at a line end (soft hyphens): compare the part before.
            let line = squash(line.strip_suffix('-').unwrap_or(&line));
            assert!(
                page_lines.iter().any(|p| p.contains(&line)),
                "page {n} (`{}`): line `{line}` not found in\n{text}",
                slide.id
            );
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_whole_talk_is_searchable_with_accents_and_guillemets() {
    let dir = temp_dir("words");
    let pdf = export(&dir, &[]);
    let text = squash(&tool("pdftotext", &[pdf.to_str().unwrap(), "-"]));
    for needle in [
        "«\u{a0}portrait varié\u{a0}»",
        "ÉTAT DES",
        "DÉCENTRALISATION",
        "la révolution informationnelle",
        "l’accomplissement d’objectifs nationaux",
        "Fédérati…",
        "alicia.angel-despins@enap.ca",
        "Hiroshima and Nagasaki",
    ] {
        assert!(text.contains(&squash(needle)), "`{needle}` not in the PDF text");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn fonts_are_embedded_and_the_file_is_valid() {
    let dir = temp_dir("fonts");
    let pdf = export(&dir, &[]);
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 3, "{fonts}");
    for row in rows {
        assert!(row.contains("Lato"), "{row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 2],
            &["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
    }
    let check = Command::new("qpdf")
        .args(["--check", pdf.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(check.status.success(), "{}", String::from_utf8_lossy(&check.stdout));
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(
        info.contains("État des connaissances en diplomatie municipale au Québec"),
        "{info}"
    );
    assert!(info.contains("Alicia Despins"), "{info}");
    assert!(info.contains("960 x 540 pts"), "16:9 pages: {info}");
    assert!(info.contains("Tagged:          yes"), "tagged PDF: {info}");
    // poppler reads the file without a complaint (it used to print "Syntax Error: Suspects
    // object is wrong type" for krilla's `/Suspects false`).
    let file = pdf.to_str().unwrap();
    for (tool, args) in [("pdfinfo", vec![file]), ("pdftotext", vec!["-l", "2", file, "-"])] {
        let out = Command::new(tool).args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.trim().is_empty(), "{tool} complains: {err}");
    }
    let bytes = std::fs::read(&pdf).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(
        raw.matches("/Alt").count() >= 13,
        "every image is a figure with its alt text"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn links_outline_and_page_labels_are_there() {
    let dir = temp_dir("links");
    let pdf = export(&dir, &["--steps"]);
    let json: serde_json::Value = serde_json::from_str(&tool(
        "qpdf",
        &[
            "--json",
            "--json-key=outlines",
            "--json-key=pagelabels",
            pdf.to_str().unwrap(),
        ],
    ))
    .unwrap();
    let outlines = json["outlines"].as_array().unwrap();
    assert_eq!(outlines.len(), 22, "one bookmark per slide");
    assert_eq!(
        outlines[0]["title"],
        "État des connaissances en diplomatie municipale au Québec"
    );
    assert!(
        outlines
            .iter()
            .any(|o| o["title"] == "Expansion académique et pratique")
    );
    let labels = json["pagelabels"].as_array().unwrap();
    // Pages of the two steps of « Expansion » (slide 8) share the label 8.
    let label_of = |page: u64| {
        labels
            .iter()
            .find(|l| l["index"] == page)
            .map(|l| l["label"]["/St"].as_u64().unwrap())
    };
    assert_eq!(label_of(7), Some(8));
    assert_eq!(label_of(8), Some(8));
    let bytes = std::fs::read(&pdf).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("mailto:alicia.angel-despins@enap.ca"));
    assert!(
        raw.contains(
            "https://www.donneesquebec.ca/recherche/dataset/vmtl-liste-organisations-internationales-montreal"
        )
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn steps_give_one_page_each_and_pdfpc_describes_them() {
    let dir = temp_dir("pdfpc");
    let pdf = export(&dir, &["--steps", "--pdfpc"]);
    let pages: usize = tool("pdfinfo", &[pdf.to_str().unwrap()])
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("talk.pdfpc")).unwrap()).unwrap();
    assert_eq!(json["pdfpcFormat"], 2);
    assert_eq!(json["duration"], 20);
    let entries = json["pages"].as_array().unwrap();
    assert_eq!(entries.len(), pages);
    assert!(pages > 22, "steps add pages");
    let exp: Vec<&serde_json::Value> = entries.iter().filter(|p| p["label"] == "8").collect();
    assert_eq!(exp.len(), 2);
    assert_eq!(
        (exp[0]["overlay"].as_u64(), exp[1]["overlay"].as_u64()),
        (Some(0), Some(1))
    );
    assert!(exp[0]["note"].as_str().unwrap().contains("nouvelle vague"));
    for (k, e) in entries.iter().enumerate() {
        assert_eq!(e["idx"].as_u64(), Some(k as u64));
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn handouts_put_each_slide_above_its_notes_on_a4() {
    let dir = temp_dir("handout");
    let pdf = export(&dir, &["--handout"]);
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("(A4)"), "{info}");
    let page8 = squash(&tool("pdftotext", &["-f", "8", "-l", "8", pdf.to_str().unwrap(), "-"]));
    let title = page8.find("EXPANSION ACADÉMIQUE ET PRATIQUE").unwrap();
    let note = page8.find("centrée sur les grandes villes").unwrap();
    assert!(title < note, "the slide comes before its notes");
    let letter = export(&dir, &["--handout", "--paper", "letter"]);
    assert!(tool("pdfinfo", &[letter.to_str().unwrap()]).contains("612 x 792 pts"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_theme_font_is_embedded_with_lato_only_for_the_characters_it_lacks() {
    // A colleague's copy of the talk (fonts are not copied: the built-in files are found).
    let dir = temp_dir("theme-fonts");
    let copy = dir.join("copie");
    let out = estrade(&["new", copy.to_str().unwrap(), "--from", "slides/ceap-2024.ron"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let deck = copy.join("talk.ron");
    let text = std::fs::read_to_string(&deck).unwrap();
    assert!(text.contains("theme: \"ceap\""));
    std::fs::write(&deck, text.replace("theme: \"ceap\"", "theme: \"high-contrast\"")).unwrap();
    let pdf = dir.join("hc.pdf");
    let out = estrade(&["export", deck.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let names: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter_map(|r| r.split_whitespace().next())
        .collect();
    assert!(names.iter().any(|n| n.ends_with("+OpenSans")), "{fonts}");
    assert!(
        names.iter().any(|n| n.ends_with("+OpenSans-Extrabold")),
        "titles: {fonts}"
    );
    // Open Sans lacks « ᵉ » and U+202F: those few glyphs come from Lato, and the text stays whole.
    assert!(names.iter().any(|n| n.contains("Lato")), "{fonts}");
    let first = tool("pdftotext", &["-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"]);
    assert!(first.contains("11ᵉ CÉAP"), "{first}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn handouts_hold_one_to_nine_slides_a_page_in_order() {
    let dir = temp_dir("per-page");
    let pages_of = |pdf: &Path| -> usize {
        tool("pdfinfo", &[pdf.to_str().unwrap()])
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap()
    };
    // The CÉAP talk has 22 slides.
    for (per_page, pages) in [(1, 22), (2, 11), (3, 8), (4, 6), (6, 4), (9, 3)] {
        let pdf = export(&dir, &["--per-page", &per_page.to_string()]);
        assert_eq!(pages_of(&pdf), pages, "--per-page {per_page}");
        // The slides' text is there, in order: the last page ends with the last slide.
        let last = tool(
            "pdftotext",
            &[
                "-f",
                &pages.to_string(),
                "-l",
                &pages.to_string(),
                pdf.to_str().unwrap(),
                "-",
            ],
        );
        assert!(
            squash(&last).to_lowercase().contains("références – images"),
            "--per-page {per_page}: {last}"
        );
        // pdftotext may drop the spaces around the slash.
        let joined = squash(&last).replace(' ', "");
        assert!(
            joined.contains(&format!("{pages}/{pages}")),
            "page number on the last page: {last}"
        );
    }
    let refused = estrade(&["export", "slides/ceap-2024.ron", "--pdf", "x.pdf", "--per-page", "5"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("use 1, 2, 3, 4, 6 or 9"));
}

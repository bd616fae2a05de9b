#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade export`: the PDF has real text with the screen's line breaks, embedded fonts,
//! links, an outline and page labels; handouts, pdfpc and PNG files are right; a failed export
//! never damages an existing file. Uses poppler-utils (pdftotext, pdffonts, pdfinfo) and qpdf,
//! which `.ci/run` installs.

#[path = "support/scratch.rs"]
mod scratch;

use std::path::{Path, PathBuf};
use std::process::Command;

use estrade::layout::{Fonts, SlideRef, layout_slide};

#[path = "support/cli.rs"]
mod cli;
use cli::estrade;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{name}` is needed by this test (apt-get install poppler-utils qpdf): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn temp_dir(name: &str) -> scratch::Scratch {
    scratch::scratch(name)
}

fn export(dir: &Path, extra: &[&str]) -> PathBuf {
    let pdf = dir.join("talk.pdf");
    let mut args = vec!["export", "slides/ceap-2024.ron", "--pdf", pdf.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = estrade(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    pdf
}

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
fn pngs_are_written_per_slide_at_the_requested_scale() {
    let dir = temp_dir("png");
    let out = estrade(&[
        "export",
        "slides/ceap-2024.ron",
        "--png",
        dir.to_str().unwrap(),
        "--scale",
        "0.5",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let first = dir.join("01-titre.png");
    let img = image::open(&first).unwrap().to_rgb8();
    assert_eq!(img.dimensions(), (960, 540));
    // The accent band of the title slide is on its left edge, the background elsewhere.
    let band = img.get_pixel(5, 270);
    let paper = img.get_pixel(300, 40);
    assert!(band[2] > band[0] + 60, "accent blue at the left: {band:?}");
    assert!(paper[0] > 230 && paper[1] > 230, "light background: {paper:?}");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 22);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_failed_export_leaves_the_old_file_intact() {
    let dir = temp_dir("atomic");
    let pdf = dir.join("talk.pdf");
    std::fs::write(&pdf, b"the speaker's previous PDF").unwrap();
    // A broken deck: diagnostics, exit 1, nothing written.
    let out = estrade(&[
        "export",
        "tests/fixtures/bad/duplicate-id.ron",
        "--pdf",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("duplicate-id.ron:5:21"));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"the speaker's previous PDF");
    // A PNG target that cannot be written fails after the PDF part, which was still atomic.
    let blocker = dir.join("blocked");
    std::fs::write(&blocker, b"a file where a folder should be").unwrap();
    let out = estrade(&[
        "export",
        "slides/ceap-2024.ron",
        "--png",
        blocker.join("sub").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"the speaker's previous PDF");
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn write_atomically_replaces_whole_files_only() {
    let dir = temp_dir("replace");
    let path = dir.join("a.pdf");
    std::fs::write(&path, b"old").unwrap();
    estrade::writing::write_atomically(&path, b"new content").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new content");
    // A missing folder is made; a folder that is a file is an error naming it.
    estrade::writing::write_atomically(&dir.join("new-folder/b.pdf"), b"x").unwrap();
    let under_a_file = path.join("b.pdf");
    let e = estrade::writing::write_atomically(&under_a_file, b"x").unwrap_err();
    assert!(e.to_string().contains("a.pdf"), "{e}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_missing_image_exports_as_a_placeholder_with_a_warning() {
    let dir = temp_dir("missing");
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        "Deck(title: \"t\", slides: [Image(title: \"Photo\", image: (src: \"absente.png\", alt: \"Une photo\"))])",
    )
    .unwrap();
    let pdf = dir.join("out.pdf");
    let out = estrade(&["export", deck.to_str().unwrap(), "--pdf", pdf.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("absente.png` not found") && err.contains("placeholders"),
        "{err}"
    );
    let text = tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(
        text.contains("Une photo") && text.contains("absente.png"),
        "the placeholder names the image: {text}"
    );
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

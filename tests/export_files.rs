#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `estrade export` and the files it writes: a PNG per slide at the scale asked for, a failed
//! export that leaves the old file whole, whole files replaced only, and a missing picture
//! exported as a placeholder with a warning. Uses poppler-utils, which `.ci/run` installs.

#[path = "support/cli.rs"]
mod cli;
use cli::{estrade, tool};

#[path = "support/export_run.rs"]
mod export_run;
use export_run::temp_dir;

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

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `check` reads the ink file beside the deck: ink of a slide that is gone is a warning (and
//! stays in the file); a broken ink file is an error with its line and column.

#[path = "support/cli.rs"]
mod cli;
use cli::estrade;

#[test]
fn check_names_orphaned_ink_and_locates_a_broken_ink_file() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("demo");
    assert!(estrade(&["new", project.to_str().unwrap()]).status.success());
    let deck = project.join("talk.ron");
    let ink = project.join("talk.ink.ron");
    std::fs::write(
        &ink,
        "Ink(format: 1, slides: [(id: \"titre\", strokes: []), (id: \"partie\", strokes: [(tool: Pen, color: \"#000000ff\", width: 4.0, points: [(1.0, 1.0, 1.0)])])])",
    )
    .unwrap();
    let out = estrade(&["check", deck.to_str().unwrap(), "--message-format", "json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "a warning only: {text}");
    assert!(text.contains("\"code\":\"W030\"") && text.contains("partie"), "{text}");
    assert!(!text.contains("titre"), "an empty entry is not ink: {text}");

    std::fs::write(
        &ink,
        "Ink(format: 1, slides: [(id: \"titre\", strokes: [(tool: Crayon)])])",
    )
    .unwrap();
    let out = estrade(&["check", deck.to_str().unwrap()]);
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("talk.ink.ron:1:"), "{said}");
    assert!(said.contains("`Pen`, `Highlighter`"), "{said}");
}

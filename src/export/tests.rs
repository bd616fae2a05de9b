//! Tests of the export module: atomic writes, bookmarks and errors in the language.

use std::sync::Arc;

use std::path::Path;

use super::plan::bookmark;
use super::*;
use crate::i18n::{Lang, with_lang};

#[cfg(unix)]
#[test]
fn written_files_get_the_usual_mode_or_keep_their_own() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mode = |p: &Path| std::fs::metadata(p).expect("written").permissions().mode() & 0o777;
    // What this process's umask gives a file created the ordinary way.
    let probe = dir.path().join("probe");
    std::fs::write(&probe, b"x").expect("probe written");
    let usual = mode(&probe);
    let fresh = dir.path().join("talk.pdf");
    write_atomically(&fresh, b"%PDF").expect("written");
    assert_eq!(mode(&fresh), usual);
    if usual != 0o600 {
        assert_ne!(mode(&fresh), 0o600, "not the temporary file's private mode");
    }
    let kept = dir.path().join("kept.pdf");
    std::fs::write(&kept, b"old").expect("old file");
    std::fs::set_permissions(&kept, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    write_atomically(&kept, b"%PDF").expect("written");
    assert_eq!(mode(&kept), 0o640);
    assert_eq!(std::fs::read(&kept).expect("read"), b"%PDF");
}

#[test]
fn an_untitled_slide_is_bookmarked_by_its_number_in_the_language() {
    let text = r#"Deck(title: "x", slides: [Text(body: "Sans titre")])"#;
    let loaded = crate::deck::load_text(Arc::new(crate::source::BuiltinSource), "slides/x.ron", text.to_string());
    let deck = loaded.deck.expect("the deck loads");
    assert_eq!(with_lang(Lang::Fr, || bookmark(&deck, 0)), "Diapositive 1");
    assert_eq!(with_lang(Lang::En, || bookmark(&deck, 0)), "Slide 1");
}

#[test]
fn the_errors_are_in_the_language() {
    assert_eq!(
        with_lang(Lang::Fr, || ExportError::NoOutput.to_string()),
        "rien à exporter\u{a0}: indiquez --pdf FICHIER, --png DOSSIER ou --html FICHIER (ou plusieurs)"
    );
    assert_eq!(
        with_lang(Lang::En, || ExportError::PdfpcWithoutPdf.to_string()),
        "--pdfpc needs --pdf (the notes file goes beside the PDF)"
    );
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Inputs the fuzzers found (`tests/fixtures/fuzz/`), replayed as the fuzz target reads them:
//! each must load (or be refused) and lay out without a panic, within 10 seconds.

use std::sync::Arc;
use std::time::Duration;

use estrade::deck::source::BuiltinSource;
use estrade::layout::{Fonts, layout_revealed};

#[test]
fn every_input_the_fuzzers_found_is_handled() {
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/fuzz")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let loaded = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/fuzz.ron", text);
            let shown: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
            if let Some(deck) = &loaded.deck {
                let fonts = Fonts::bundled().unwrap();
                for i in 0..deck.slides.len() {
                    layout_revealed(deck, i, &fonts);
                }
            }
            let _ = tx.send(shown);
        });
        let shown = rx
            .recv_timeout(Duration::from_secs(10))
            .unwrap_or_else(|_| panic!("{} hangs or panics", file.display()));
        assert!(shown.iter().all(|d| d.contains("slides/fuzz.ron")), "{shown:?}");
    }
}

//! Any bytes as a deck file: parsing, validation and diagnostics must never panic or hang, and
//! every diagnostic must render (file:line:col, excerpt, caret).
#![no_main]

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    // The built-in source: includes and assets resolve against the talk built into the binary,
    // and nothing is read from disk.
    let loaded = estrade::deck::load_text(Arc::new(BuiltinSource), "slides/fuzz.ron", text);
    for d in &loaded.diagnostics {
        let shown = d.to_string();
        assert!(shown.contains("slides/fuzz.ron") || shown.contains("(built-in)"), "{shown}");
    }
    if let Some(deck) = &loaded.deck {
        assert!(!deck.slides.is_empty());
    }
});

//! Decks that include each other: four files in memory (`a.ron` to `d.ron`), each a list of
//! slides and `Include`s of the others with ranges, repeated up to 255 times. Loading `a.ron`
//! must never panic, hang or grow without bound: cycles are refused, the include and slide
//! budgets hold, and every diagnostic names a file of the set.
#![no_main]

use std::collections::HashMap;
use std::sync::Arc;

use arbitrary::Arbitrary;
use estrade::source::{Source, SourceError};
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 4] = ["a.ron", "b.ron", "c.ron", "d.ron"];

#[derive(Debug, Arbitrary)]
enum Entry {
    Slide { id: u8, title: String },
    Include { file: u8, range: Option<(u8, u8)>, times: u8 },
}

struct Memory(HashMap<String, Vec<u8>>);

impl Source for Memory {
    fn read(&self, rel: &str) -> Result<Vec<u8>, SourceError> {
        self.0.get(rel).cloned().ok_or(SourceError::NotFound)
    }
    fn display(&self, rel: &str) -> String {
        rel.to_string()
    }
}

fn deck(entries: &[Entry]) -> String {
    let mut slides = Vec::new();
    for e in entries {
        match e {
            Entry::Slide { id, title } => slides.push(format!("Text(id: \"s{id}\", title: {title:?}, body: \"b\")")),
            Entry::Include { file, range, times } => {
                let from = FILES[usize::from(*file) % FILES.len()];
                let slides_field = range.map_or(String::new(), |(a, b)| format!(", slides: \"s{a}..s{b}\""));
                for _ in 0..*times {
                    slides.push(format!("Include(from: \"{from}\"{slides_field})"));
                }
            }
        }
    }
    format!("Deck(title: \"t\", slides: [{}])", slides.join(",\n"))
}

fuzz_target!(|files: [Vec<Entry>; 4]| {
    let memory: HashMap<String, Vec<u8>> = FILES
        .iter()
        .zip(&files)
        .map(|(name, entries)| (name.to_string(), deck(entries).into_bytes()))
        .collect();
    let text = String::from_utf8_lossy(&memory["a.ron"]).into_owned();
    let loaded = estrade::deck::load_text(Arc::new(Memory(memory)), "a.ron", text);
    for d in &loaded.diagnostics {
        assert!(FILES.iter().any(|f| d.file.ends_with(f)), "{d}");
    }
    if let Some(deck) = &loaded.deck {
        assert!(deck.slides.len() <= 20_000);
    }
});

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! docs/deck-format.md stays true: every RON example parses and validates, and every field the
//! parser accepts is documented.

use std::sync::Arc;

use estrade::deck::source::BuiltinSource;

fn examples() -> Vec<String> {
    examples_of("docs/deck-format.md")
}

fn examples_of(file: &str) -> Vec<String> {
    let doc = std::fs::read_to_string(file).unwrap();
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in doc.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```ron") => current = Some(String::new()),
            (Some(block), "```") => {
                out.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            _ => {}
        }
    }
    out
}

#[test]
fn every_example_parses_and_validates() {
    let examples = examples();
    assert!(examples.len() >= 15, "{} examples", examples.len());
    for ex in examples {
        let t = ex.trim_start();
        if t.starts_with("Theme(") {
            estrade::deck::parse::parse_ron::<estrade::deck::raw::RawTheme>("doc", &ex)
                .unwrap_or_else(|d| panic!("{d}\n{ex}"));
            continue;
        }
        assert_example_is_a_valid_deck(&ex, Arc::new(BuiltinSource), "slides/doc.ron");
    }
}

/// Parses and validates one example (a whole deck, or slides wrapped into one) without errors.
fn assert_example_is_a_valid_deck(ex: &str, source: Arc<dyn estrade::deck::source::Source>, path: &str) {
    let deck = if ex.trim_start().starts_with("Deck(") {
        ex.to_string()
    } else {
        format!("Deck(title: \"doc\", slides: [\n{ex}\n])")
    };
    let loaded = estrade::deck::load_text(source, path, deck);
    let errors: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.is_empty() && loaded.deck.is_some(),
        "{}\n{ex}",
        errors.join("\n")
    );
}

#[test]
fn every_field_the_parser_accepts_is_documented() {
    let doc = std::fs::read_to_string("docs/deck-format.md").unwrap();
    let raw = std::fs::read_to_string("src/deck/raw.rs").unwrap();
    let mut names: Vec<String> = Vec::new();
    for line in raw.lines() {
        let l = line.trim_start();
        if let Some(rest) = l.strip_prefix("pub ")
            && let Some((name, _)) = rest.split_once(':')
            && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        {
            names.push(name.to_string());
        }
        // Fields declared through the `slide_kind!` macro: `name: Type` after `]` or `{`.
        for part in l.split([',', '{']) {
            let p = part.trim().trim_start_matches("#[serde(default)]").trim();
            if let Some((name, ty)) = p.split_once(':')
                && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                && !name.is_empty()
                && ty.trim().starts_with(char::is_uppercase)
            {
                names.push(name.to_string());
            }
        }
    }
    for kind in [
        "Title",
        "Agenda",
        "Section",
        "Bullets",
        "Text",
        "Quote",
        "Image",
        "Gallery",
        "Table",
        "Columns",
        "References",
        "Closing",
        "Column",
    ] {
        names.push(kind.to_string());
    }
    names.sort();
    names.dedup();
    assert!(names.len() > 40, "{names:?}");
    let missing: Vec<&String> = names.iter().filter(|n| !doc.contains(&format!("`{n}`"))).collect();
    assert!(missing.is_empty(), "undocumented: {missing:?}");
}

#[test]
fn the_remixing_guide_examples_work_beside_the_ceap_deck() {
    let root = estrade::deck::source::DirSource::new(std::path::Path::new(".")).unwrap();
    let examples = examples_of("docs/remixing.md");
    assert!(examples.len() >= 2);
    for ex in examples {
        assert_example_is_a_valid_deck(&ex, Arc::new(root.clone()), "slides/remix-doc.ron");
    }
}

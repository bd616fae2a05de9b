#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Stable diagnostic codes: every problem of every broken fixture has one, of its severity;
//! codes are unique; every diagnostic message of the code has one; `docs/diagnostics.md` lists
//! exactly the table.

use std::collections::BTreeSet;

use estrade::deck::codes::CODES;

#[test]
fn every_problem_of_every_broken_fixture_has_a_code_of_its_severity() {
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir("tests/fixtures/bad").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let report = estrade::check::check_path(&path).unwrap();
        assert!(!report.diagnostics.is_empty(), "{}", path.display());
        for d in &report.diagnostics {
            let code = d.code.unwrap_or_else(|| panic!("no code: {d}"));
            let letter = if d.is_error() { 'E' } else { 'W' };
            assert!(code.starts_with(letter), "{code} for a {:?}: {d}", d.severity);
            seen.insert(code);
        }
    }
    assert!(seen.len() >= 20, "the fixtures cover {} codes", seen.len());
}

#[test]
fn codes_are_unique_and_well_formed() {
    let codes: BTreeSet<&str> = CODES.iter().map(|(c, _)| *c).collect();
    let keys: BTreeSet<&str> = CODES.iter().map(|(_, k)| *k).collect();
    assert_eq!(codes.len(), CODES.len(), "a code is listed twice");
    assert_eq!(keys.len(), CODES.len(), "a key is listed twice");
    for c in codes {
        assert!(
            c.len() == 4 && (c.starts_with('E') || c.starts_with('W')) && c[1..].chars().all(|d| d.is_ascii_digit()),
            "{c}"
        );
    }
}

/// Every `msg!("key"` of the sources: the messages diagnostics are made of.
fn message_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from("src")];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                let mut rest = text.as_str();
                while let Some(i) = rest.find("msg!(") {
                    rest = &rest[i + 5..];
                    let after = rest.trim_start();
                    if let Some(lit) = after.strip_prefix('"') {
                        let key = &lit[..lit.find('"').unwrap()];
                        // Catalogue keys have a dash (the doc comment's `msg!("key"` has none).
                        if key.contains('-')
                            && key
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                        {
                            keys.insert(key.to_string());
                        }
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_diagnostic_message_has_a_code() {
    let coded: BTreeSet<&str> = CODES.iter().map(|(_, k)| *k).collect();
    let keys = message_keys();
    assert!(keys.len() >= 60, "{} keys found", keys.len());
    let missing: Vec<&String> = keys.iter().filter(|k| !coded.contains(k.as_str())).collect();
    assert!(missing.is_empty(), "messages without a code: {missing:?}");
    // Load errors are diagnostics too (made without the macro).
    assert!(coded.contains("deck-unreadable"));
}

#[test]
fn the_docs_list_exactly_the_codes() {
    let docs = std::fs::read_to_string("docs/diagnostics.md").unwrap();
    let listed: BTreeSet<(String, String)> = docs
        .lines()
        .filter_map(|l| {
            let cells: Vec<&str> = l.split('|').map(str::trim).collect();
            let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let key = cells.get(2)?.strip_prefix('`')?.strip_suffix('`')?;
            Some((code.to_string(), key.to_string()))
        })
        .collect();
    let table: BTreeSet<(String, String)> = CODES.iter().map(|(c, k)| (c.to_string(), k.to_string())).collect();
    assert_eq!(listed, table);
}

#[path = "support/cli.rs"]
mod cli;

#[test]
fn check_prints_json_lines_and_github_annotations() {
    let out = cli::estrade(&[
        "check",
        "tests/fixtures/bad/several-problems.ron",
        "--message-format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let (summary, problems) = lines.split_last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["errors"], 4);
    assert_eq!(summary["warnings"], 1);
    assert_eq!(problems.len(), 5);
    let missing = problems.iter().find(|p| p["code"] == "E070").expect("a missing file");
    assert_eq!(missing["file"], "tests/fixtures/bad/several-problems.ron");
    assert_eq!(missing["line"], 6);
    assert!(missing["column"].as_u64().unwrap() > 1);
    assert!(missing["end"]["column"].as_u64() > missing["column"].as_u64());
    assert!(
        String::from_utf8_lossy(&out.stderr).is_empty(),
        "JSON mode prints nothing for people"
    );

    let out = cli::estrade(&[
        "check",
        "tests/fixtures/bad/missing-image.ron",
        "--message-format",
        "github",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("::error file=tests/fixtures/bad/missing-image.ron,line=4,col=44,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("title=E070::image `images/absente.png` not found%0Ahint: "),
        "{stdout}"
    );
}

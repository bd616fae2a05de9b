#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Layers that run one way: the model imports nothing of the crate but the source of files,
//! the painters and the layout never reach for the deck loader, and the painters write no file.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let p = e.path();
        if p.is_dir() {
            out.extend(rust_files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// The `crate::…` modules a file names (outside its tests), e.g. `deck`, `source`, `i18n`.
fn crate_modules(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue; // documentation may name any module
        }
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + 7..];
            let module: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            out.push((module, format!("{}:{}: {}", path.display(), n + 1, line.trim())));
        }
    }
    out
}

fn offenders(dir: &str, allowed: &[&str]) -> Vec<String> {
    rust_files(Path::new(dir))
        .iter()
        .filter(|p| !p.to_string_lossy().ends_with("_tests.rs"))
        .flat_map(|p| crate_modules(p))
        .filter(|(m, _)| !allowed.contains(&m.as_str()))
        .map(|(_, at)| at)
        .collect()
}

#[test]
fn the_model_imports_only_the_source_of_files_and_the_messages() {
    let bad = offenders("src/model", &["model", "source", "i18n", "t"]);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn painters_and_layout_never_load_decks() {
    let allowed = ["layout", "render", "model", "source", "i18n", "t", "diagnostics", "msg"];
    for dir in ["src/render", "src/layout"] {
        let bad = offenders(dir, &allowed);
        assert!(bad.is_empty(), "{dir}: {bad:#?}");
    }
}

#[test]
fn painters_write_no_file() {
    for file in rust_files(Path::new("src/render")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in ["std::fs::write", "write_atomically", "File::create"] {
            assert!(!text.contains(call), "{} calls {call}", file.display());
        }
    }
}

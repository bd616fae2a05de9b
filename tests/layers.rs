#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Layers that run one way: the model imports nothing of the crate but the messages (not even
//! the source of files: a deck holds no way to read one), the painters and the layout never reach for the deck loader, and the painters write no file.

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
        .filter(|p| !p.to_string_lossy().ends_with("_tests.rs") && !p.ends_with("tests.rs"))
        .flat_map(|p| crate_modules(p))
        .filter(|(m, _)| !allowed.contains(&m.as_str()))
        .map(|(_, at)| at)
        .collect()
}

#[test]
fn the_model_imports_only_the_messages() {
    let bad = offenders("src/model", &["model", "i18n", "t"]);
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn painters_and_layout_never_load_decks_nor_read_files() {
    // Not `source` either: painters take the pictures' bytes from an `ImageStore` the exporter
    // fills, and never read a file.
    let allowed = ["layout", "render", "model", "i18n", "t", "diagnostics", "msg"];
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

/// The sibling files `file` names (outside its tests): `super::x` and `crate::dir::x`, where `x`
/// is another file (or folder) of the same folder.
fn sibling_imports(file: &Path, siblings: &[String]) -> Vec<String> {
    let dir = file.parent().unwrap();
    let module_path = dir
        .strip_prefix("src")
        .unwrap_or(dir)
        .to_string_lossy()
        .replace('/', "::");
    let text = std::fs::read_to_string(file).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let code: String = code
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let me = file.file_stem().unwrap().to_string_lossy().into_owned();
    let mut prefixes = vec!["super::".to_string()];
    if module_path.is_empty() {
        prefixes.push("crate::".to_string());
    } else {
        prefixes.push(format!("crate::{module_path}::"));
    }
    let mut out: Vec<String> = siblings
        .iter()
        .filter(|s| **s != me)
        .filter(|s| {
            prefixes.iter().any(|p| {
                let named = format!("{p}{s}");
                code.match_indices(&named).any(|(i, _)| {
                    code[i + named.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_'))
                })
            }) || code.contains(&format!("super::{{{s}"))
                || code.contains(&format!("super::{{{s},"))
        })
        .cloned()
        .collect();
    out.sort();
    out
}

#[test]
fn no_file_imports_a_sibling_that_imports_it_back() {
    let mut dirs = vec![PathBuf::from("src")];
    let mut cycles = Vec::new();
    while let Some(dir) = dirs.pop() {
        let entries: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
        dirs.extend(entries.iter().filter(|p| p.is_dir()).cloned());
        let siblings: Vec<String> = entries
            .iter()
            .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .filter(|s| s != "mod" && s != "lib" && s != "main")
            .collect();
        let files: Vec<&PathBuf> = entries
            .iter()
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .filter(|p| {
                let stem = p.file_stem().unwrap().to_string_lossy();
                stem != "mod" && stem != "lib" && stem != "main" && !stem.ends_with("_tests") && stem != "tests"
            })
            .collect();
        let edges: Vec<(String, Vec<String>)> = files
            .iter()
            .map(|f| {
                (
                    f.file_stem().unwrap().to_string_lossy().into_owned(),
                    sibling_imports(f, &siblings),
                )
            })
            .collect();
        // A cycle: a path from a file back to itself through its siblings' imports.
        for (start, _) in &edges {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = std::collections::HashSet::new();
            while let Some((at, path)) = stack.pop() {
                for next in edges
                    .iter()
                    .find(|(f, _)| *f == at)
                    .map(|(_, e)| e.clone())
                    .unwrap_or_default()
                {
                    if next == *start {
                        let mut cycle = path.clone();
                        cycle.push(next.clone());
                        cycles.push(format!("{}: {}", dir.display(), cycle.join(" → ")));
                    } else if seen.insert(next.clone()) {
                        let mut p = path.clone();
                        p.push(next.clone());
                        stack.push((next, p));
                    }
                }
            }
        }
    }
    cycles.sort();
    assert!(cycles.is_empty(), "file cycles:\n{}", cycles.join("\n"));
}

/// Which pages an export has (hidden slides, steps, boards, numbers, bookmarks) is decided in
/// `export/plan.rs` alone: the exporters lay out no slide and look for no board themselves.
#[test]
fn exports_are_planned_in_one_place() {
    let bad: Vec<String> = rust_files(Path::new("src/export"))
        .iter()
        .filter(|p| !p.ends_with("plan.rs") && !p.ends_with("tests.rs"))
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, l)| {
                    !l.trim_start().starts_with("//")
                        && ["layout_slide(", "layout_revealed(", "boards_after(", ".hidden"]
                            .iter()
                            .any(|w| l.contains(w))
                })
                .map(|(n, l)| format!("{}:{}: {}", p.display(), n + 1, l.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_module_is_declared_with_a_path_attribute() {
    // A file's tests live in `tests.rs` of its own folder (`keys/mod.rs` + `keys/tests.rs`):
    // where a module is, its path says.
    let bad: Vec<String> = rust_files(Path::new("src"))
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            text.lines()
                .enumerate()
                .filter(|(_, l)| l.trim_start().starts_with("#[path"))
                .map(|(n, l)| format!("{}:{}: {}", p.display(), n + 1, l.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// What each top-level module of `src/` may import of the others, lowest layers first: a new
/// import across layers has to be written here, where it shows.
const TOP_LEVEL: &[(&str, &[&str])] = &[
    ("i18n", &[]),
    ("model", &["i18n"]),
    ("writing", &["i18n"]),
    ("diagnostics", &["i18n"]),
    ("guarded", &["i18n"]),
    ("source", &["guarded", "i18n"]),
    ("layout", &["model", "diagnostics", "i18n"]),
    ("render", &["layout", "model", "i18n"]),
    ("deck", &["model", "source", "guarded", "diagnostics", "i18n"]),
    (
        "ink",
        &["deck", "model", "layout", "guarded", "diagnostics", "i18n", "writing"],
    ),
    ("scaffold", &["deck", "source", "guarded", "i18n", "writing"]),
    (
        "import",
        &["deck", "model", "source", "guarded", "diagnostics", "i18n", "writing"],
    ),
    (
        "check",
        &[
            "deck",
            "model",
            "source",
            "layout",
            "render",
            "ink",
            "import",
            "diagnostics",
            "i18n",
        ],
    ),
    (
        "export",
        &["deck", "model", "source", "layout", "render", "ink", "i18n", "writing"],
    ),
    (
        "share",
        &["export", "model", "source", "layout", "render", "i18n", "writing"],
    ),
    (
        "app",
        &[
            "share",
            "export",
            "import",
            "check",
            "ink",
            "deck",
            "model",
            "source",
            "layout",
            "render",
            "guarded",
            "diagnostics",
            "i18n",
            "writing",
        ],
    ),
    ("cli", &[]),
];

/// The files of top-level module `name` (a folder or one file).
fn module_files(name: &str) -> Vec<PathBuf> {
    let dir = Path::new("src").join(name);
    if dir.is_dir() {
        rust_files(&dir)
    } else {
        vec![Path::new("src").join(format!("{name}.rs"))]
    }
}

#[test]
fn every_top_level_module_imports_only_its_lower_layers() {
    let mut found: Vec<String> = std::fs::read_dir("src")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "rs"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .filter(|s| s != "lib" && s != "main")
        .collect();
    found.sort();
    let mut listed: Vec<String> = TOP_LEVEL.iter().map(|(m, _)| m.to_string()).collect();
    listed.sort();
    assert_eq!(found, listed, "every top-level module has its line in TOP_LEVEL");
    let mut bad = Vec::new();
    for (module, allowed) in TOP_LEVEL {
        for file in module_files(module) {
            if file.ends_with("tests.rs") {
                continue;
            }
            for (used, at) in crate_modules(&file) {
                if used != *module && listed.contains(&used) && !allowed.contains(&used.as_str()) {
                    bad.push(format!("{module} → {used}: {at}"));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "imports across layers not in TOP_LEVEL:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_layers_of_top_level_modules_run_one_way() {
    // Each module may import only modules listed before it: the table is an order, so no two
    // modules import each other, directly or around a loop.
    for (k, (module, allowed)) in TOP_LEVEL.iter().enumerate() {
        for used in *allowed {
            let at = TOP_LEVEL.iter().position(|(m, _)| m == used);
            assert!(
                at.is_some_and(|j| j < k),
                "{module} may import {used}, which is not below it"
            );
        }
    }
}

/// Views draw from the state and the caches they fill: they never hold the runtime (executor,
/// outbox, watcher, platform services), never change the state, and start no effect — what
/// they want done, they return as actions.
#[test]
fn views_read_the_state_and_fill_only_their_caches() {
    let mut bad = Vec::new();
    for file in rust_files(Path::new("src/app/views")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for word in [
                "Runtime",
                "runtime::",
                "executor",
                "outbox",
                "Command",
                "&mut AppState",
                "apply",
            ] {
                if line.contains(word) {
                    bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

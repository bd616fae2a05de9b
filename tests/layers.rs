#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Layers that run one way: each top-level module imports only the modules listed below it; the
//! model imports nothing of the crate but the messages (not even the source of files: a deck
//! holds no way to read one); the painters and the layout never reach for the deck loader; the
//! painters write no file; the views never see the runtime. (Loops between files:
//! `file_loops.rs`.)

use std::path::{Path, PathBuf};

#[path = "support/source_files.rs"]
mod source_files;
use source_files::rust_files;

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

/// Painters take a run's glyphs from the frame (`TextRun::glyphs`: shaped once, kept with the
/// frame), never from the shaper.
#[test]
fn painters_shape_no_text_themselves() {
    for file in rust_files(Path::new("src/render")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in ["fonts.shape(", ".shape(&"] {
            assert!(!text.contains(call), "{} calls {call}", file.display());
        }
    }
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
    let words = [
        "Runtime",
        "runtime::",
        "executor",
        "outbox",
        "Command",
        "&mut AppState",
        "apply",
    ];
    let bad = lines_naming("src/app/views", &words);
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The code lines (not comments) of the files under `dir` that name one of `words`.
fn lines_naming(dir: &str, words: &[&str]) -> Vec<String> {
    let mut bad = Vec::new();
    for file in rust_files(Path::new(dir)) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = !line.trim_start().starts_with("//");
            if code && words.iter().any(|w| line.contains(w)) {
                bad.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    bad
}

/// The app shell is one `impl Presenter` (the frame loop and the entry points), and the reducer
/// returns its effects: nothing in `src/app/apply/` runs the executor, reaches egui's context,
/// or pushes into the runtime's outbox.
#[test]
fn the_shell_is_one_file_and_the_reducer_runs_no_effect() {
    let presenters: Vec<PathBuf> = rust_files(Path::new("src"))
        .into_iter()
        .filter(|f| std::fs::read_to_string(f).unwrap().contains("impl Presenter {"))
        .collect();
    assert_eq!(presenters, [PathBuf::from("src/app/shell.rs")]);
    let words = ["executor", "outbox", "rt.ctx", "egui::Context", "shell::"];
    let bad = lines_naming("src/app/apply", &words);
    assert!(bad.is_empty(), "{bad:#?}");
}

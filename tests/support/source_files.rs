//! The Rust files of a folder, for the tests that read the code itself (`layers.rs`,
//! `file_loops.rs`).

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, folders walked.
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
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

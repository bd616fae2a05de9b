//! Exporting the CÉAP talk from tests, into a scratch folder that goes away with the test.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

#[path = "scratch.rs"]
pub mod scratch;

use super::cli::estrade;

/// A scratch folder named after `name`, removed when dropped.
pub fn temp_dir(name: &str) -> scratch::Scratch {
    scratch::scratch(name)
}

/// Exports the CÉAP talk to `talk.pdf` in `dir`, with `extra` arguments; the export must work.
pub fn export(dir: &Path, extra: &[&str]) -> PathBuf {
    let pdf = dir.join("talk.pdf");
    let mut args = vec!["export", "slides/ceap-2024.ron", "--pdf", pdf.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = estrade(&args);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    pdf
}

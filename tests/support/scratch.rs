//! A scratch folder for one test, removed when the test ends (passed or failed): no test leaves
//! folders behind in the temporary folder.

#![allow(dead_code)]

use std::path::Path;

/// A temporary folder named after its test; derefs to its path.
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        self.0.path()
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        self.0.path()
    }
}

/// A fresh scratch folder whose name starts with `estrade-NAME-`.
pub fn scratch(name: &str) -> Scratch {
    let dir = tempfile::Builder::new()
        .prefix(&format!("estrade-{name}-"))
        .tempdir()
        .unwrap_or_else(|e| panic!("a scratch folder: {e}"));
    Scratch(dir)
}

//! Running the estrade binary from tests, in English whatever the machine's locale: the
//! messages and the golden files the tests compare are English.
#![allow(dead_code)]

use std::process::{Command, Output};

/// The binary, with `LANG=en_US.UTF-8` and no `LC_ALL`/`LC_MESSAGES`.
pub fn estrade_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_estrade"));
    command
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

/// Runs the binary with `args`, in English, and returns what it printed.
pub fn estrade(args: &[&str]) -> Output {
    estrade_command().args(args).output().expect("the estrade binary runs")
}

/// Runs an outside tool (poppler-utils, qpdf) and gives what it printed.
pub fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("`{name}` is needed by this test (apt-get install poppler-utils qpdf): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Decompression bombs are refused before they allocate: this binary holds one test, so the
//! process's peak resident memory (VmHWM) is this test's own.

#[path = "support/png_bombs.rs"]
mod png_bombs;

use std::sync::Arc;

use estrade::deck::source::{DirSource, Source};

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap()
}

#[test]
fn decompression_bombs_are_refused_without_allocating_them() {
    let dir = tempfile::tempdir().unwrap();
    let images = dir.path().join("assets/images");
    std::fs::create_dir_all(&images).unwrap();
    // 16 000 × 16 000 RGBA would be 1 GB; 50 000 × 50 000, 10 GB.
    std::fs::write(
        images.join("bombe-16k.png"),
        png_bombs::png_with(16_000, 16_000, &png_bombs::zlib_zeros(256 << 20)),
    )
    .unwrap();
    std::fs::write(
        images.join("bombe-50k.png"),
        png_bombs::png_with(50_000, 50_000, &png_bombs::zlib_zeros(256 << 20)),
    )
    .unwrap();
    assert!(
        std::fs::metadata(images.join("bombe-16k.png")).unwrap().len() < 4_000_000,
        "a bomb is small"
    );
    let source: Arc<dyn Source> = Arc::new(DirSource::new(dir.path()).unwrap());
    let before = peak_kib();
    for name in ["bombe-16k.png", "bombe-50k.png"] {
        let asset = format!("assets/images/{name}");
        let reason = estrade::app::images::decode(source.as_ref(), &asset, 2048).unwrap_err();
        assert!(reason.contains(name), "{reason}");
        let bytes = source.read(&asset).unwrap();
        assert!(estrade::render::decode::decode_limited(&bytes, name).is_err());
    }
    let grown = peak_kib().saturating_sub(before);
    assert!(
        grown < 64 * 1024,
        "decoding the bombs raised the peak by {} MB",
        grown / 1024
    );
}

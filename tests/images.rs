#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The screen's image cache: textures stay within their memory budget while paging through
//! many photographs, evicted images come back when shown again, and images paged past before
//! they were decoded are skipped rather than decoded for nothing.

#[path = "../benches/support/generate.rs"]
mod generate;

use std::sync::Arc;
use std::time::{Duration, Instant};

use estrade::app::images::{ImageCache, TEXTURE_BUDGET, TextureState};
use estrade::deck::source::{DirSource, Source};

/// Runs frames (poll, then ask for `assets`) until the first asset is decoded.
fn show(cache: &mut ImageCache, ctx: &egui::Context, source: &Arc<dyn Source>, assets: &[String]) {
    let until = Instant::now() + Duration::from_secs(20);
    loop {
        cache.poll(ctx);
        for a in assets {
            cache.request(source, a, 2048);
        }
        match cache.get(&assets[0]) {
            TextureState::Ready(..) => return,
            TextureState::Failed(e) => panic!("{e}"),
            TextureState::Pending => {}
        }
        assert!(Instant::now() < until, "{} never decoded", assets[0]);
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn textures_stay_within_budget_and_come_back_when_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    generate::write_deck(dir.path(), &generate::Spec::photos(30, 2400, 1600)).unwrap();
    let source: Arc<dyn Source> = Arc::new(DirSource::new(dir.path()).unwrap());
    let assets: Vec<String> = (0..30).map(|k| format!("assets/images/photo-{k:04}.jpg")).collect();
    let ctx = egui::Context::default();
    let mut cache = ImageCache::new(ctx.clone());
    // Each texture is 2048×1365 RGBA (11 MB): 30 of them would be 335 MB.
    let one = 2048 * 1365 * 4;
    let mut most = 0;
    for k in 0..assets.len() {
        let wanted = [assets[k].clone(), assets[(k + 1) % assets.len()].clone()];
        show(&mut cache, &ctx, &source, &wanted);
        most = most.max(cache.texture_bytes());
    }
    assert!(
        most <= TEXTURE_BUDGET + 2 * one,
        "{} MB held, budget {} MB",
        most >> 20,
        TEXTURE_BUDGET >> 20
    );
    assert!(cache.texture_count() < assets.len());
    // Back to the first photo: it was evicted, and is decoded again.
    show(&mut cache, &ctx, &source, &assets[..1]);
    assert!(matches!(cache.get(&assets[0]), TextureState::Ready(..)));
}

#[test]
fn photos_paged_past_before_decoding_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    generate::write_deck(dir.path(), &generate::Spec::photos(24, 3000, 2000)).unwrap();
    let source: Arc<dyn Source> = Arc::new(DirSource::new(dir.path()).unwrap());
    let assets: Vec<String> = (0..24).map(|k| format!("assets/images/photo-{k:04}.jpg")).collect();
    let ctx = egui::Context::default();
    let mut cache = ImageCache::new(ctx.clone());
    // A speaker holding → : one frame per photo, far faster than they decode.
    for a in &assets {
        cache.poll(&ctx);
        cache.request(&source, a, 2048);
    }
    let last = assets.last().unwrap().clone();
    let started = Instant::now();
    show(&mut cache, &ctx, &source, std::slice::from_ref(&last));
    let waited = started.elapsed();
    // Let any decode in flight finish, then count what was decoded.
    std::thread::sleep(Duration::from_millis(500));
    cache.poll(&ctx);
    assert!(
        cache.texture_count() <= 3,
        "{} photos decoded, most of them for nothing (waited {waited:?})",
        cache.texture_count()
    );
}

//! Criterion benchmarks of the pipeline, stage by stage: load+validate, layout, the egui paint
//! path (shapes and tessellation, headless) and PDF export, on the CÉAP deck and on a generated
//! 1000-slide deck with images and tables.
//!
//! `cargo bench --bench pipeline` (figures in `benches/README.md`).

#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/generate.rs"]
mod generate;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use egui::{Rect, pos2, vec2};
use estrade::export::{ExportOptions, export};
use estrade::layout::{Fonts, SlideRef, layout_slide};
use estrade::model::Deck;
use estrade::render::screen::{ImageLook, install_fonts, paint_frame};

const CEAP: &str = "slides/ceap-2024.ron";

fn load(path: &Path) -> Deck {
    load_with_files(path).0
}

/// The deck at `path` and where its files are read from.
fn load_with_files(path: &Path) -> (Deck, std::sync::Arc<dyn estrade::source::Source>) {
    let loaded = estrade::deck::load_path(path).expect("readable");
    (
        loaded.deck.expect("valid"),
        loaded.source.expect("a source with the deck"),
    )
}

/// The generated 1000-slide deck, written once per run.
fn generated() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = generate::write_deck(dir.path(), &generate::Spec::mixed(1000)).expect("generated deck");
    (dir, path)
}

fn every_position(deck: &Deck) -> Vec<SlideRef> {
    deck.slides
        .iter()
        .enumerate()
        .flat_map(|(slide, s)| (0..s.steps).map(move |step| SlideRef { slide, step }))
        .collect()
}

fn load_and_validate(c: &mut Criterion) {
    let (_dir, big) = generated();
    let mut g = c.benchmark_group("load+validate");
    g.bench_function("ceap (22 slides)", |b| b.iter(|| black_box(load(Path::new(CEAP)))));
    g.bench_function("generated (1000 slides)", |b| b.iter(|| black_box(load(&big))));
    g.finish();
}

fn layout(c: &mut Criterion) {
    let ceap = load(Path::new(CEAP));
    let (_dir, big) = generated();
    let big = load(&big);
    let warm = Fonts::bundled().unwrap();
    let mut g = c.benchmark_group("layout");
    for (name, deck) in [
        ("ceap, every slide and step", &ceap),
        ("generated, every slide and step", &big),
    ] {
        let at = every_position(deck);
        g.bench_function(format!("{name} (width cache warm)"), |b| {
            b.iter(|| {
                for &p in &at {
                    black_box(layout_slide(deck, p, &warm));
                }
            });
        });
    }
    let at = every_position(&ceap);
    g.bench_function("ceap, every slide and step (fonts read, cache cold)", |b| {
        b.iter_batched(
            || Fonts::bundled().unwrap(),
            |fonts| {
                for &p in &at {
                    black_box(layout_slide(&ceap, p, &fonts));
                }
            },
            BatchSize::SmallInput,
        );
    });
    g.finish();
}

/// One egui pass painting `frames` into a `w`×`h` point window at `ppp`, then tessellation.
fn paint_pass(ctx: &egui::Context, frame: &estrade::layout::Frame, ppp: f32) -> usize {
    let mut input = egui::RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1920.0, 1080.0))),
        // What the GL backend reports on this machine's llvmpipe is 16 384; 8 192 is a modest GPU.
        max_texture_side: Some(8192),
        ..egui::RawInput::default()
    };
    input.viewports.insert(
        egui::ViewportId::ROOT,
        egui::ViewportInfo {
            native_pixels_per_point: Some(ppp),
            ..egui::ViewportInfo::default()
        },
    );
    let out = ctx.run_ui(input, |ui| {
        let rect = ui.max_rect();
        paint_frame(ui.painter(), frame, rect, &mut |_| ImageLook::Pending);
    });
    ctx.tessellate(out.shapes, out.pixels_per_point).len()
}

fn paint(c: &mut Criterion) {
    let deck = load(Path::new(CEAP));
    let fonts = Fonts::bundled().unwrap();
    let frames: Vec<_> = every_position(&deck)
        .into_iter()
        .map(|p| layout_slide(&deck, p, &fonts))
        .collect();
    let mut g = c.benchmark_group("egui paint+tessellate (one slide per pass)");
    for (name, ppp) in [("1920×1080", 1.0), ("3840×2160", 2.0)] {
        let ctx = egui::Context::default();
        install_fonts(&ctx, &fonts);
        // Fonts apply from the next pass; every glyph rasterised once before measuring.
        for f in &frames {
            paint_pass(&ctx, f, ppp);
            paint_pass(&ctx, f, ppp);
        }
        g.bench_function(format!("{name}, same slide every pass"), |b| {
            let f = &frames[frames.len() / 2];
            b.iter(|| black_box(paint_pass(&ctx, f, ppp)));
        });
        g.bench_function(format!("{name}, a different slide every pass"), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % frames.len();
                black_box(paint_pass(&ctx, &frames[i], ppp))
            });
        });
    }
    g.finish();
}

fn pdf(c: &mut Criterion) {
    let out = tempfile::tempdir().unwrap();
    let (ceap, ceap_files) = load_with_files(Path::new(CEAP));
    let (_dir, big) = generated();
    let (big, big_files) = load_with_files(&big);
    let fonts = Fonts::bundled().unwrap();
    let opts = ExportOptions {
        pdf: Some(out.path().join("out.pdf")),
        ..ExportOptions::default()
    };
    let mut g = c.benchmark_group("pdf export");
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("ceap (22 pages)", |b| {
        b.iter(|| black_box(export(&ceap, ceap_files.as_ref(), &fonts, &opts, &|_, _| {}).unwrap()));
    });
    g.bench_function("generated (1000 pages)", |b| {
        b.iter(|| black_box(export(&big, big_files.as_ref(), &fonts, &opts, &|_, _| {}).unwrap()));
    });
    g.finish();
}

criterion_group!(benches, load_and_validate, layout, paint, pdf);
criterion_main!(benches);

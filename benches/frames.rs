//! Per-frame CPU time of the audience window, headless: the real `Presenter::show` in an egui
//! context, then tessellation into meshes (everything but the GPU upload), for every slide and
//! step of a deck at 1920×1080 and at 3840×2160 (the same window at 2 pixels per point).
//!
//! For each position it reports the frame that moves there (layout of a new slide, cache miss),
//! the median and worst of 30 steady frames, and, on slides with images, the worst frame while
//! the images decode in the background and their textures arrive.
//!
//! Last, ink (issue 14): the CPU time of painting and tessellating a slide frame carrying
//! 10 000 points of ink (50 strokes of 200 points), against the same frame without ink.
//!
//! `cargo bench --bench frames [-- DECK]`

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::print_stdout)]

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, RawInput, Rect, ViewportId, ViewportInfo, pos2, vec2};
use estrade::app::Presenter;
use estrade::layout::Fonts;

struct Window {
    ctx: egui::Context,
    ppp: f32,
    time: f64,
}

impl Window {
    fn input(&mut self, events: Vec<Event>) -> RawInput {
        self.time += 1.0 / 60.0;
        let mut input = RawInput {
            screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1920.0, 1080.0))),
            // What the GL backend reports on this machine's llvmpipe is 16 384; 8 192 is a modest GPU.
            max_texture_side: Some(8192),
            time: Some(self.time),
            events,
            ..RawInput::default()
        };
        input.viewports.insert(
            ViewportId::ROOT,
            ViewportInfo {
                native_pixels_per_point: Some(self.ppp),
                focused: Some(true),
                ..ViewportInfo::default()
            },
        );
        input
    }

    /// One frame: the app's pass and tessellation. Returns its CPU time in ms.
    fn frame(&mut self, p: &mut Presenter, events: Vec<Event>) -> f64 {
        let input = self.input(events);
        let t = Instant::now();
        let out = self.ctx.run_ui(input, |ui| p.show(ui));
        let meshes = self.ctx.tessellate(out.shapes, out.pixels_per_point);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        if std::env::var_os("FRAMES_DEBUG").is_some() {
            let v: usize = meshes
                .iter()
                .map(|m| match &m.primitive {
                    egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                    egui::epaint::Primitive::Callback(_) => 0,
                })
                .sum();
            eprintln!("{ms:.3} ms, {} primitives, {v} vertices", meshes.len());
        }
        std::hint::black_box(meshes);
        ms
    }
}

fn right() -> Vec<Event> {
    vec![Event::Key {
        key: Key::ArrowRight,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    }]
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let deck_path = std::env::args()
        .skip(1)
        .find(|a| a.ends_with(".ron"))
        .map_or_else(|| PathBuf::from("slides/ceap-2024.ron"), PathBuf::from);
    let fonts = Arc::new(Fonts::bundled().expect("bundled fonts"));
    println!("deck: {}", deck_path.display());
    for (label, ppp) in [("1920×1080", 1.0f32), ("3840×2160", 2.0)] {
        let loaded = estrade::deck::load_path(&deck_path).expect("deck");
        let deck = loaded.deck.clone().expect("a valid deck");
        let mut p = Presenter::new(loaded, Some(deck_path.clone()), fonts.clone(), false);
        let mut w = Window {
            ctx: egui::Context::default(),
            ppp,
            time: 0.0,
        };
        // Start-up: the first slide, then the background frames that prepare the next slide and
        // rasterise the deck's glyphs, until the app stops asking for frames.
        let (mut startup, mut startup_worst, mut startup_frames) = (0.0f64, 0.0f64, 0);
        loop {
            let ms = w.frame(&mut p, Vec::new());
            startup += ms;
            startup_worst = startup_worst.max(ms);
            startup_frames += 1;
            if startup_frames > 3 && !w.ctx.has_requested_repaint() || startup_frames > 2000 {
                break;
            }
        }
        let positions: Vec<(usize, usize)> = deck
            .slides
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.hidden)
            .flat_map(|(i, s)| (0..s.steps).map(move |k| (i, k)))
            .collect();
        println!("\n## {label}\n");
        println!(
            "start-up: {startup_frames} frames, {startup:.0} ms of CPU in all, worst frame {startup_worst:.1} ms (first slide, then glyphs of the deck in the background)\n"
        );
        println!(
            "| slide | step | move (ms) | prepare next (ms) | steady median (ms) | steady worst (ms) | worst while images arrive (ms) |"
        );
        println!("|---|---|---|---|---|---|---|");
        let (mut all_medians, mut worst_steady, mut worst_move, mut worst_images) =
            (Vec::new(), 0.0f64, 0.0f64, 0.0f64);
        let mut worst_prepare = 0.0f64;
        for (n, &(slide, step)) in positions.iter().enumerate() {
            let moved = if n == 0 {
                w.frame(&mut p, Vec::new())
            } else {
                w.frame(&mut p, right())
            };
            // The frames right after a move prepare the next slide's text (nothing visible
            // changes), a few milliseconds per frame: the worst of 10 such frames.
            let prepare = (0..10).map(|_| w.frame(&mut p, Vec::new())).fold(0.0, f64::max);
            let mut arriving = 0.0f64;
            if !deck.slides[slide].images().is_empty() {
                let until = Instant::now() + Duration::from_millis(1500);
                while Instant::now() < until {
                    arriving = arriving.max(w.frame(&mut p, Vec::new()));
                    std::thread::sleep(Duration::from_millis(3));
                }
            }
            let mut steady: Vec<f64> = (0..30).map(|_| w.frame(&mut p, Vec::new())).collect();
            let worst = steady.iter().copied().fold(0.0, f64::max);
            let med = median(&mut steady);
            all_medians.push(med);
            worst_steady = worst_steady.max(worst);
            worst_move = worst_move.max(moved);
            worst_prepare = worst_prepare.max(prepare);
            worst_images = worst_images.max(arriving);
            let img = if arriving > 0.0 {
                format!("{arriving:.2}")
            } else {
                "–".into()
            };
            println!(
                "| {} `{}` | {} | {moved:.2} | {prepare:.2} | {med:.3} | {worst:.3} | {img} |",
                slide + 1,
                deck.slides[slide].id,
                step + 1
            );
        }
        let overall = median(&mut all_medians);
        let max_median = all_medians.iter().copied().fold(0.0, f64::max);
        println!(
            "\n{label}: steady frame median of medians {overall:.3} ms, slowest slide's median {max_median:.3} ms, worst steady {worst_steady:.2} ms, worst move {worst_move:.2} ms, worst prepare-next {worst_prepare:.2} ms, worst while images arrive {worst_images:.2} ms"
        );
    }
    ink_cost(&deck_path, &fonts);
}

/// Paints slide 9 of the deck (or its first) with and without 10 000 points of ink through the
/// screen painter and tessellation, 60 frames each, at 1920×1080: the medians and the worst.
fn ink_cost(deck_path: &std::path::Path, fonts: &Fonts) {
    use estrade::ink::{Ink, Place, Point, Stroke, Tool};
    let loaded = estrade::deck::load_path(deck_path).expect("deck");
    let deck = loaded.deck.expect("a valid deck");
    let slide = 8.min(deck.slides.len() - 1);
    let plain = estrade::layout::layout_revealed(&deck, slide, fonts);
    let mut ink = Ink::default();
    for s in 0..50 {
        let points = (0..200)
            .map(|i| Point {
                x: 100.0 + i as f32 * 8.5,
                y: 100.0 + s as f32 * 18.0 + (i as f32 * 0.3).sin() * 12.0,
                pressure: 0.8,
            })
            .collect();
        let stroke = Stroke {
            tool: if s % 5 == 0 { Tool::Highlighter } else { Tool::Pen },
            color: estrade::model::Color::rgb(200, 40, 40),
            width: 6.0,
            points,
        };
        ink.add(
            Place::Slide {
                id: deck.slides[slide].id.clone(),
                step: 0,
            },
            stroke,
        );
    }
    let mut inked = plain.clone();
    estrade::ink::frame::draw(&mut inked, &ink.on_slide(&deck.slides[slide].id, 0));
    let ctx = egui::Context::default();
    estrade::render::screen::install_fonts(&ctx, fonts);
    let mut time = 0.0;
    let mut measure = |frame: &estrade::layout::Frame| -> (f64, f64) {
        let mut ms: Vec<f64> = (0..60)
            .map(|_| {
                time += 1.0 / 60.0;
                let input = RawInput {
                    screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1920.0, 1080.0))),
                    time: Some(time),
                    ..RawInput::default()
                };
                let t = Instant::now();
                let out = ctx.run_ui(input, |ui| {
                    let target = ui.max_rect();
                    estrade::render::screen::paint_frame(ui.painter(), frame, target, &mut |_| {
                        estrade::render::screen::ImageLook::Pending
                    });
                });
                let meshes = ctx.tessellate(out.shapes, out.pixels_per_point);
                std::hint::black_box(meshes);
                t.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        let worst = ms.iter().copied().fold(0.0, f64::max);
        (median(&mut ms[10..]), worst)
    };
    let (plain_med, plain_worst) = measure(&plain);
    let (ink_med, ink_worst) = measure(&inked);
    println!(
        "\n## ink\n\nslide {} `{}` at 1920×1080, painter + tessellation: without ink median {plain_med:.3} ms (worst {plain_worst:.2}); with 10 000 points of ink median {ink_med:.3} ms (worst {ink_worst:.2}); the ink costs {:.3} ms a frame",
        slide + 1,
        deck.slides[slide].id,
        ink_med - plain_med
    );
}

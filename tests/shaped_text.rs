#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What a frame's text runs carry for the painters: their glyphs, shaped once by the first
//! painter that needs them and kept with the frame (the screen, which shapes with egui, never
//! asks).

use estrade::layout::{Fonts, Frame, Item, SlideRef, layout_slide};
use estrade::model::Deck;

fn ceap() -> Deck {
    estrade::deck::load_path(std::path::Path::new("slides/ceap-2024.ron"))
        .unwrap()
        .deck
        .unwrap()
}

fn text_runs(frame: &Frame) -> Vec<&estrade::layout::TextRun> {
    let mut out = Vec::new();
    for item in &frame.items {
        if let Item::Text(run) = item {
            out.push(run);
        }
    }
    out
}

#[test]
fn text_runs_are_shaped_once_by_the_first_painter_and_keep_the_shapers_glyphs() {
    let deck = ceap();
    let fonts = Fonts::bundled().unwrap();
    let frame = layout_slide(&deck, SlideRef { slide: 1, step: 0 }, &fonts);
    let fresh = frame.clone();
    assert!(text_runs(&frame).len() >= 2);
    assert!(
        text_runs(&frame).iter().all(|r| !r.is_shaped()),
        "the layout shapes nothing the screen does not need"
    );
    let store = estrade::render::image_store::ImageStore::default();
    estrade::render::png::render_png(&frame, &fonts, &store, 0.25).expect("the slide renders");
    for run in text_runs(&frame) {
        assert!(run.is_shaped(), "{} was not kept shaped", run.text);
        assert_eq!(run.glyphs(&fonts), fonts.shape(&run.text, run.font).as_slice());
    }
    // What a run keeps shaped plays no part in comparing frames (a reload compares them).
    assert_eq!(frame, fresh);
}

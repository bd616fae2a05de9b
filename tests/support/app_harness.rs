//! The app driven headless with egui_kittest: one way to build a presenter on a deck file and
//! a harness around it, shared by `tests/app.rs`, `presenter.rs`, `kiosk.rs` and `reload.rs`.

#![allow(dead_code)]

#[path = "scratch.rs"]
pub mod scratch;

use std::path::Path;
use std::sync::Arc;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use estrade::app::screens::placement::Monitor;
use estrade::app::{Mode, Presenter};
use estrade::layout::Fonts;

/// A presenter on the deck at `path`, with the bundled fonts.
pub fn presenter(path: &Path, fullscreen: bool, mode: Mode) -> Presenter {
    let loaded = estrade::deck::load_path(path).unwrap();
    Presenter::with_mode(
        loaded,
        Some(path.to_path_buf()),
        Arc::new(Fonts::bundled().unwrap()),
        fullscreen,
        mode,
    )
}

/// A window of `w`×`h` points around `p` (not yet run).
pub fn window(p: Presenter, w: f32, h: f32) -> Harness<'static, Presenter> {
    Harness::builder()
        // After a deck opens, the app rasterises its glyphs in the background for a few dozen frames.
        .with_max_steps(400)
        .with_size(egui::vec2(w, h))
        .build_ui_state(|ui, p: &mut Presenter| p.show(ui), p)
}

/// Whether some accessible label contains `text`.
pub fn shows(h: &Harness<'_, Presenter>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

/// Presses a key and lets the app settle.
pub fn press(h: &mut Harness<'_, Presenter>, key: Key) {
    h.key_press(key);
    h.run();
}

/// Started with `--presenter`.
pub fn console() -> Mode {
    Mode {
        console: true,
        ..Mode::default()
    }
}

/// A laptop's panel, the primary screen.
pub fn laptop() -> Monitor {
    Monitor {
        name: Some("eDP-1".into()),
        position: (0, 0),
        size: (1366, 768),
        scale: 1.0,
        primary: true,
    }
}

/// A projector beside it.
pub fn projector() -> Monitor {
    Monitor {
        name: Some("HDMI-1".into()),
        position: (1366, 0),
        size: (1920, 1080),
        scale: 1.0,
        primary: false,
    }
}

/// A fresh folder for test `name` of test file `file`, removed when dropped.
pub fn temp_dir(file: &str, name: &str) -> scratch::Scratch {
    scratch::scratch(&format!("{file}-{name}"))
}

/// The number of the slide the speaker is on (1-based, among visible slides).
pub fn slide_number(h: &Harness<'_, Presenter>) -> usize {
    let p = h.state();
    p.state.session.as_ref().unwrap().position(p.deck().unwrap()).0
}

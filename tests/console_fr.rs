#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The presenter's screens in French, driven headless: the console's clocks, captions, notes
//! timing, flags, typed number and key strip; the `?` help; the one-screen presenter view; the
//! screen of a deck that cannot be shown; and every character of the catalogues in the fonts
//! (no missing-glyph boxes for ’, « », É or the no-break space). Each test speaks French on its
//! own thread ([`with_lang`]); the process stays English for the other tests.

#[path = "support/app_harness.rs"]
mod app_harness;

use app_harness::{press, shows, window};

use std::path::Path;
use std::sync::Arc;

use egui::{Event, Key};
use estrade::app::action::Action;
use estrade::app::screens::placement::Monitor;
use estrade::app::{Mode, Presenter};
use estrade::i18n::{Lang, catalogue_files, with_lang};
use estrade::layout::Fonts;

fn console() -> Mode {
    Mode {
        console: true,
        ..Mode::default()
    }
}

#[test]
fn the_console_speaks_french() {
    with_lang(Lang::Fr, || {
        let p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), false, console());
        let mut h = window(p, 1600.0, 1000.0);
        h.run();
        assert!(shows(&h, "Actuelle"), "caption of the current slide");
        assert!(shows(&h, "Suivante"), "caption of the next slide");
        assert!(shows(&h, "reste 20:00"), "remaining time");
        assert!(shows(&h, "(démarre avec →)"), "the clock waits for the first advance");
        assert!(shows(&h, "rythme\u{a0}: dès que l’horloge tourne"));
        assert!(shows(&h, "diapositive 1 / 22"));
        assert!(shows(&h, "prévu 0:30 · à l’écran"), "the slide's timing");
        assert!(shows(&h, "→\u{a0}suivante · ←\u{a0}précédente"), "the key strip");
        assert!(shows(&h, "?\u{a0}touches"));
        assert!(!shows(&h, "Next") && !shows(&h, "20:00 left"), "no English left");

        press(&mut h, Key::ArrowRight);
        press(&mut h, Key::B);
        press(&mut h, Key::Z);
        assert!(shows(&h, "ÉCRAN NOIR (B)"));
        assert!(shows(&h, "VUE DU PUBLIC FIGÉE (Z)"));
        assert!(shows(&h, "dans les temps"), "the pace once the clock runs");

        press(&mut h, Key::Num1);
        assert!(shows(&h, "Aller à la diapositive 1… (Entrée)"), "the typed number");
        press(&mut h, Key::Escape);

        press(&mut h, Key::G);
        assert!(shows(&h, "Aller à la diapositive"), "the go-to window");
        assert!(shows(&h, "tapez un numéro ou des mots d’un titre"));
        press(&mut h, Key::Escape);

        h.event(Event::Text("?".into()));
        h.run();
        assert!(shows(&h, "Touches"), "the help's title");
        assert!(shows(&h, "étape ou diapositive suivante"));
        assert!(shows(&h, "Espace  Page suiv."), "French key names");
        assert!(shows(&h, "Maj+T"), "Shift is Maj");
        assert!(shows(&h, "quitter (si l’horloge tourne\u{a0}: appuyer de nouveau)"));
    });
}

#[test]
fn the_one_screen_presenter_view_speaks_french() {
    with_lang(Lang::Fr, || {
        let mut p = app_harness::presenter(Path::new("slides/ceap-2024.ron"), true, console());
        p.apply(Action::ScreensChanged(vec![Monitor {
            name: Some("eDP-1".into()),
            position: (0, 0),
            size: (1366, 768),
            scale: 1.0,
            primary: true,
        }]));
        assert!(p.state.presenter_view_in_root());
        let mut h = window(p, 1366.0, 768.0);
        h.run();
        assert!(shows(&h, "Suivante"));
        assert!(shows(&h, "diapositive 1 / 22"));
        press(&mut h, Key::T);
        press(&mut h, Key::T);
        assert!(shows(&h, "(en pause)"), "T starts the clock, T again pauses it");
        press(&mut h, Key::Plus);
        assert!(shows(&h, "Bonjour à toutes et à tous"), "the notes");
    });
}

#[test]
fn a_deck_that_cannot_be_shown_says_so_in_french() {
    with_lang(Lang::Fr, || {
        let loaded = estrade::deck::load_path(Path::new("tests/fixtures/bad/unknown-field.ron")).unwrap();
        let p = Presenter::new(loaded, None, Arc::new(Fonts::bundled().unwrap()), false);
        let mut h = window(p, 1280.0, 720.0);
        h.run();
        assert!(shows(&h, "Impossible d’afficher cette présentation"));
        assert!(shows(&h, "Corrigez les problèmes ci-dessous"));
    });
}

#[test]
fn every_character_of_the_catalogues_is_in_the_fonts() {
    let ctx = egui::Context::default();
    estrade::render::screen::install_fonts(&ctx, &Fonts::bundled().unwrap());
    let _ = ctx.run_ui(egui::RawInput::default(), |_| {});
    let id = egui::FontId::proportional(16.0);
    let mut seen = String::new();
    for lang in Lang::ALL {
        for (name, text) in catalogue_files(lang) {
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                for c in line.chars().filter(|c| !c.is_ascii_control()) {
                    assert!(
                        ctx.fonts_mut(|f| f.has_glyph(&id, c)),
                        "no glyph for {c:?} (locales/{}/{name}): {line}",
                        lang.code()
                    );
                    seen.push(c);
                }
            }
        }
    }
    for c in ['\u{a0}', '’', 'É', 'é', '…', '→'] {
        assert!(
            seen.contains(c),
            "{c:?} is in no catalogue: the test checks less than it says"
        );
    }
    // French typesetting the catalogues may use later.
    for c in "«»ÀÂÇÈÊÎÔÛŒœ".chars() {
        assert!(ctx.fonts_mut(|f| f.has_glyph(&id, c)), "no glyph for {c:?}");
    }
}

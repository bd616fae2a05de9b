#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The slide picker driven headless with egui_kittest: keys and clicks choose the slides, Enter
//! imports them, Escape cancels; keys do the same whatever widget has the focus; slides the
//! other deck itself includes cannot be chosen.

use std::path::Path;
use std::sync::Arc;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use estrade::app::picker::{Choice, Picker, PickerAction, PickerView};
use estrade::layout::Fonts;

const SLIDES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/slides");

fn picker_of(other: &str) -> Picker {
    let other = estrade::import::open(&Path::new(SLIDES).join(other)).unwrap();
    let this = estrade::import::open(&Path::new(SLIDES).join("remix-demo.ron")).unwrap();
    Picker::new(&other, &this, "other.ron".into(), "talk.ron".into(), None)
}

fn window(picker: Picker) -> Harness<'static, PickerView> {
    let view = PickerView::new(picker, Arc::new(Fonts::bundled().unwrap()));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1120.0, 760.0))
        .with_max_steps(200)
        .build_ui_state(|ui, v: &mut PickerView| v.show(ui), view);
    h.run();
    h
}

fn press(h: &mut Harness<'_, PickerView>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

fn ids(h: &Harness<'_, PickerView>) -> Vec<String> {
    let p = &h.state().picker;
    p.chosen.iter().map(|&i| p.cards[i].id.clone()).collect()
}

#[test]
fn arrows_space_and_shift_choose_and_enter_imports_them_in_deck_order() {
    let mut h = window(picker_of("ceap-2024.ron"));
    assert!(h.state().picker.columns >= 3, "cards side by side");
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    press(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(ids(&h), ["introduction"]);
    press(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    press(&mut h, Modifiers::SHIFT, Key::ArrowRight);
    assert_eq!(
        ids(&h),
        ["introduction", "citation-marquis-bissonnette", "publications-1"]
    );
    // ↓ moves a row: the keyboard's card is below the one it was on.
    let columns = h.state().picker.columns;
    press(&mut h, Modifiers::NONE, Key::ArrowDown);
    assert_eq!(h.state().picker.focus, 4 + columns);
    assert!(h.state().picker.outcome.is_none());
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(
        h.state().picker.outcome,
        Some(Choice::Import {
            ids: vec![
                "introduction".into(),
                "citation-marquis-bissonnette".into(),
                "publications-1".into()
            ],
            after: None,
        })
    );
}

#[test]
fn clicks_choose_one_ctrl_adds_shift_takes_a_range_and_the_button_imports() {
    let mut h = window(picker_of("ceap-2024.ron"));
    h.get_by_label_contains("causes Causes de la croissance").click();
    h.run();
    assert_eq!(ids(&h), ["causes"]);
    h.get_by_label_contains("introduction Introduction").click();
    h.run();
    assert_eq!(ids(&h), ["introduction"], "a plain click chooses that one alone");
    h.get_by_label_contains("plan ").click_modifiers(Modifiers::COMMAND);
    h.run();
    assert_eq!(ids(&h), ["plan", "introduction"]);
    h.get_by_label_contains("publications-1 ")
        .click_modifiers(Modifiers::SHIFT);
    h.run();
    assert_eq!(
        ids(&h),
        ["plan", "introduction", "citation-marquis-bissonnette", "publications-1"]
    );
    assert!(h.query_by_label_contains("4 slides chosen").is_some());
    h.get_by_label("Import (Enter)").click();
    h.run();
    assert!(matches!(&h.state().picker.outcome, Some(Choice::Import { ids, .. }) if ids.len() == 4));
}

#[test]
fn escape_cancels_enter_does_nothing_without_a_choice_and_keys_ignore_the_focused_button() {
    let mut h = window(picker_of("ceap-2024.ron"));
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(h.state().picker.outcome.is_none(), "nothing chosen, nothing imported");
    // Tab puts the keyboard focus on a button; Space and Enter still act on the slides.
    press(&mut h, Modifiers::NONE, Key::Tab);
    press(&mut h, Modifiers::NONE, Key::Space);
    assert_eq!(ids(&h), ["titre"]);
    assert!(h.state().picker.outcome.is_none(), "Space pressed no button");
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(h.state().picker.outcome, Some(Choice::Cancel));
}

#[test]
fn slides_the_other_deck_includes_cannot_be_chosen() {
    let mut h = window(picker_of("remix-demo.ron"));
    let importable: Vec<bool> = h.state().picker.cards.iter().map(|c| c.importable).collect();
    assert!(
        importable.iter().any(|i| !i) && importable.iter().any(|i| *i),
        "{importable:?}"
    );
    press(&mut h, Modifiers::COMMAND, Key::A);
    let p = &h.state().picker;
    assert!(!p.chosen.is_empty());
    assert!(
        p.chosen.iter().all(|&i| p.cards[i].importable),
        "Ctrl+A takes only what can be imported"
    );
    assert!(h.query_all_by_label_contains("included from another deck").count() >= 2);
}

#[test]
fn where_they_go_is_a_slide_of_the_receiving_deck() {
    let mut p = picker_of("ceap-2024.ron");
    p.apply(PickerAction::Click {
        card: 1,
        ctrl: false,
        shift: false,
    });
    p.apply(PickerAction::After(Some(0)));
    p.apply(PickerAction::Import);
    let first = p.targets[0].id.clone();
    assert_eq!(
        p.outcome,
        Some(Choice::Import {
            ids: vec!["plan".into()],
            after: Some(first)
        })
    );
}

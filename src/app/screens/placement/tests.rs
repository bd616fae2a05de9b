//! Tests of `placement.rs`.
use super::*;

fn mon(name: Option<&str>, x: i32, w: u32, h: u32, primary: bool) -> Monitor {
    Monitor {
        name: name.map(str::to_owned),
        position: (x, 0),
        size: (w, h),
        scale: 1.0,
        primary,
    }
}
fn laptop() -> Monitor {
    mon(Some("eDP-1"), 0, 1920, 1200, false)
}
fn projector() -> Monitor {
    mon(Some("HDMI-1"), 1920, 1920, 1080, false)
}
fn desk() -> Monitor {
    mon(Some("DP-2"), 3840, 3840, 2160, false)
}
fn dual(audience: usize, console: usize) -> Layout {
    Layout::Dual { audience, console }
}
fn none() -> Remembered {
    Remembered::default()
}

#[test]
fn zero_and_one_screen() {
    assert_eq!(place(&[], None, &none()), Layout::Unknown);
    assert_eq!(place(&[], Some(0), &none()), Layout::Unknown);
    assert_eq!(place(&[laptop()], None, &none()), Layout::Single { monitor: 0 });
    assert_eq!(place(&[laptop()], Some(0), &none()), Layout::Single { monitor: 0 });
    assert_eq!(place(&[laptop()], Some(3), &none()), Layout::Single { monitor: 0 });
}

#[test]
fn two_screens_primary_known() {
    let mut a = mon(Some("DP-1"), 0, 2560, 1440, true);
    let b = mon(Some("HDMI-1"), 2560, 1920, 1080, false);
    assert_eq!(place(&[a.clone(), b.clone()], None, &none()), dual(1, 0));
    assert_eq!(place(&[b.clone(), a.clone()], None, &none()), dual(0, 1));
    // The primary beats the laptop panel for the console (the speaker chose it).
    a.primary = false;
    let external_primary = mon(Some("HDMI-1"), 0, 1920, 1080, true);
    assert_eq!(place(&[laptop(), external_primary], None, &none()), dual(0, 1));
}

#[test]
fn two_screens_laptop_panel_by_name() {
    assert_eq!(place(&[laptop(), projector()], None, &none()), dual(1, 0));
    // The panel listed second still gets the console.
    assert_eq!(place(&[projector(), laptop()], None, &none()), dual(0, 1));
    for name in [
        "LVDS1",
        "lvds-1",
        "DSI-1",
        "edp1",
        "Internal display",
        "Built-in Retina Display",
    ] {
        let panel = mon(Some(name), 1920, 1920, 1080, false);
        assert_eq!(place(&[projector(), panel], None, &none()), dual(0, 1), "{name}");
    }
    // "DP-1" is not "eDP-1", and a name merely containing "dsi" elsewhere is not a panel.
    let dp = mon(Some("DP-1"), 0, 1920, 1080, false);
    let odd = mon(Some("HDMI-dsi"), 1920, 1920, 1080, false);
    assert_eq!(place(&[dp, odd], None, &none()), dual(1, 0));
}

#[test]
fn two_screens_nothing_known_follows_pdfpc() {
    for names in [
        [None, None],
        [Some("WL-1"), Some("WL-2")],
        [Some("X11-1"), Some("X11-2")],
    ] {
        let monitors = [
            mon(names[0], 0, 1920, 1080, false),
            mon(names[1], 1920, 1280, 720, false),
        ];
        assert_eq!(place(&monitors, None, &none()), dual(1, 0), "{names:?}");
    }
}

#[test]
fn three_screens() {
    // Laptop panel, projector, larger desk monitor: the first external, not the largest.
    assert_eq!(place(&[laptop(), projector(), desk()], None, &none()), dual(1, 0));
    assert_eq!(place(&[desk(), laptop(), projector()], None, &none()), dual(0, 1));
    // A primary desk monitor takes the console; the audience goes on the first external.
    let mut primary_desk = desk();
    primary_desk.primary = true;
    assert_eq!(
        place(&[laptop(), primary_desk.clone(), projector()], None, &none()),
        dual(2, 1)
    );
    assert_eq!(place(&[primary_desk, laptop(), projector()], None, &none()), dual(2, 0));
    // Nothing known: console on 0, audience on 1, monitor 2 unused.
    let wl = |i: i32| mon(None, i * 1920, 1920, 1080, false);
    assert_eq!(place(&[wl(0), wl(1), wl(2)], None, &none()), dual(1, 0));
    // Two laptop-like panels and nothing external: the first other one.
    let dsi = mon(Some("DSI-1"), 1920, 800, 480, false);
    assert_eq!(place(&[laptop(), dsi], None, &none()), dual(1, 0));
}

#[test]
fn override_in_and_out_of_range() {
    let three = [laptop(), projector(), desk()];
    assert_eq!(place(&three, Some(2), &none()), dual(2, 0));
    assert_eq!(place(&three, Some(1), &none()), dual(1, 0));
    // Audience forced on the laptop panel: the console goes on the best other one.
    assert_eq!(place(&three, Some(0), &none()), dual(0, 1));
    let mut primary = desk();
    primary.primary = true;
    assert_eq!(
        place(&[laptop(), projector(), primary.clone()], Some(1), &none()),
        dual(1, 2)
    );
    assert_eq!(place(&[laptop(), projector(), primary], Some(2), &none()), dual(2, 0));
    assert_eq!(place(&three, Some(3), &none()), place(&three, None, &none()));
    assert_eq!(natural(&three, Some(usize::MAX)), natural(&three, None));
}

#[test]
fn hot_plug_both_ways() {
    let both = [laptop(), projector()];
    assert_eq!(place(&both, None, &none()), dual(1, 0));
    // Projector unplugged: the laptop is index 0.
    assert_eq!(place(&both[..1], None, &none()), Layout::Single { monitor: 0 });
    // Laptop (index 0) gone, e.g. lid closed: the remaining projector is now index 0.
    assert_eq!(place(&[projector()], None, &none()), Layout::Single { monitor: 0 });
    assert!(changed(&both, &[projector()]));
    assert!(changed(&both, &both[..1]));
    // Plugged back: Single → Dual.
    assert!(changed(&[laptop()], &both));
    assert_eq!(place(&both, None, &none()), dual(1, 0));
    // A stale override for a monitor that left is ignored.
    assert_eq!(place(&[laptop()], Some(1), &none()), Layout::Single { monitor: 0 });
}

#[test]
fn remembered_swap_same_pair_any_order() {
    let ab = [laptop(), projector()];
    let ba = [projector(), laptop()];
    let mut remembered = none();
    remembered.toggle(&ab, natural(&ab, None));
    assert_eq!(place(&ab, None, &remembered), dual(0, 1));
    assert_eq!(place(&ba, None, &remembered), dual(1, 0));
    // Swapping back, even from the other order.
    remembered.toggle(&ba, natural(&ba, None));
    assert_eq!(place(&ab, None, &remembered), dual(1, 0));
    assert_eq!(place(&ba, None, &remembered), dual(0, 1));
}

#[test]
fn remembered_swap_when_order_decides() {
    // Nameless monitors (Wayland): the natural layout depends on the order, the memory does not.
    let a = mon(None, 0, 1920, 1080, false);
    let b = mon(None, 1920, 1280, 720, false);
    let mut remembered = none();
    let ab = [a.clone(), b.clone()];
    remembered.toggle(&ab, natural(&ab, None));
    assert_eq!(place(&ab, None, &remembered), dual(0, 1));
    // Audience stays on monitor `a`, now index 1.
    assert_eq!(place(&[b, a], None, &remembered), dual(1, 0));
}

#[test]
fn remembered_swap_not_for_another_pair() {
    let mut remembered = none();
    let home = [laptop(), mon(Some("DP-1"), 1920, 2560, 1440, false)];
    remembered.toggle(&home, natural(&home, None));
    assert_eq!(place(&home, None, &remembered), dual(0, 1));
    assert_eq!(place(&[laptop(), projector()], None, &remembered), dual(1, 0));
    assert_eq!(place(&[laptop(), projector(), desk()], None, &remembered), dual(1, 0));
    // Single and unknown layouts are never swapped, and toggling them records nothing.
    let before = remembered.clone();
    remembered.toggle(&[laptop()], natural(&[laptop()], None));
    remembered.toggle(&[], Layout::Unknown);
    remembered.toggle(&home, dual(0, 5));
    assert_eq!(remembered, before);
    assert!(!remembered.is_swapped(&[laptop()], Layout::Single { monitor: 0 }));
}

#[test]
fn override_beats_memory_and_swapped_layout() {
    let ab = [laptop(), projector()];
    let mut remembered = none();
    remembered.toggle(&ab, natural(&ab, None));
    assert_eq!(place(&ab, Some(1), &remembered), dual(1, 0));
    assert_eq!(place(&ab, Some(7), &remembered), dual(0, 1));
    assert_eq!(dual(1, 0).swapped(), dual(0, 1));
    assert_eq!(Layout::Single { monitor: 0 }.swapped(), Layout::Single { monitor: 0 });
}

#[test]
fn remembered_round_trips_through_ron() {
    let ab = [laptop(), projector()];
    let mut remembered = none();
    remembered.toggle(&ab, natural(&ab, None));
    let text = ron::to_string(&remembered).unwrap();
    let back: Remembered = ron::from_str(&text).unwrap();
    assert_eq!(back, remembered);
    assert_eq!(ron::from_str::<Remembered>("()").unwrap(), none());
}

#[test]
fn same_name_twice_falls_back_to_geometry() {
    let a = mon(Some("Monitor"), 0, 1920, 1080, false);
    let b = mon(Some("Monitor"), 1920, 1920, 1080, false);
    let mut remembered = none();
    let ab = [a.clone(), b.clone()];
    remembered.toggle(&ab, natural(&ab, None));
    assert_eq!(place(&ab, None, &remembered), dual(0, 1));
    assert_eq!(place(&[b, a], None, &remembered), dual(1, 0));
}

#[test]
fn changed_cases() {
    let both = vec![laptop(), projector()];
    assert!(!changed(&both, &both.clone()));
    assert!(!changed(&[], &[]));
    let mut rescaled = both.clone();
    rescaled[1].scale = 2.0;
    assert!(!changed(&both, &rescaled));
    let mut moved = both.clone();
    moved[1].position = (0, 1200);
    assert!(changed(&both, &moved));
    let mut resized = both.clone();
    resized[1].size = (1280, 720);
    assert!(changed(&both, &resized));
    let mut renamed = both.clone();
    renamed[1].name = Some("HDMI-2".into());
    assert!(changed(&both, &renamed));
    let mut primary = both.clone();
    primary[0].primary = true;
    assert!(changed(&both, &primary));
    assert!(changed(&both, &[projector(), laptop()]));
    assert!(changed(&[], &both));
}

#[test]
fn describe_lines() {
    let mut monitors = vec![laptop(), projector(), desk()];
    monitors[0].primary = true;
    monitors[0].scale = 1.25;
    monitors[2].name = None;
    monitors[2].position = (-3840, -200);
    let lines = describe(&monitors, dual(1, 0));
    assert_eq!(
        lines,
        [
            "0  eDP-1      1920×1200 at 0,0         scale 1.25  primary  → console",
            "1  HDMI-1     1920×1080 at 1920,0      scale 1              → audience",
            "2  (no name)  3840×2160 at -3840,-200  scale 1              → unused",
        ]
    );
    let single = describe(&monitors[1..2], Layout::Single { monitor: 0 });
    assert_eq!(
        single,
        ["0  HDMI-1  1920×1080 at 1920,0  scale 1  → console or audience (one at a time)"]
    );
    let unknown = describe(&monitors[1..2], Layout::Unknown);
    assert_eq!(unknown, ["0  HDMI-1  1920×1080 at 1920,0  scale 1"]);
    assert_eq!(describe(&[], Layout::Unknown).len(), 1);
    for line in lines.iter().chain(&single).chain(&unknown) {
        assert_eq!(line.trim_end(), line);
    }
    assert_eq!(scale_text(2.0), "2");
    assert_eq!(scale_text(1.5), "1.5");
}

#[test]
fn a_screen_listed_twice_is_named_as_such() {
    let m = [laptop(), projector(), laptop()];
    let lines = describe(&m, place(&m, None, &none()));
    assert!(lines[2].ends_with("→ the same screen as 0, listed twice"), "{lines:?}");
}

#[test]
fn describe_in_french() {
    use crate::i18n::{Lang, with_lang};
    let mut monitors = vec![laptop(), projector(), desk()];
    monitors[0].primary = true;
    monitors[0].scale = 1.25;
    monitors[2].name = None;
    monitors[2].position = (-3840, -200);
    let lines = with_lang(Lang::Fr, || describe(&monitors, dual(1, 0)));
    assert_eq!(
        lines,
        [
            "0  eDP-1       1920×1200 à (0; 0)         échelle 1,25  principal  → console de présentation",
            "1  HDMI-1      1920×1080 à (1920; 0)      échelle 1                → vue du public",
            "2  (sans nom)  3840×2160 à (-3840; -200)  échelle 1                → inutilisé",
        ]
    );
    let single = with_lang(Lang::Fr, || describe(&monitors[1..2], Layout::Single { monitor: 0 }));
    assert_eq!(
        single,
        ["0  HDMI-1  1920×1080 à (1920; 0)  échelle 1  → console ou vue du public (l’une à la fois)"]
    );
    let twice = [laptop(), projector(), laptop()];
    let lines = with_lang(Lang::Fr, || describe(&twice, place(&twice, None, &none())));
    assert!(
        lines[2].ends_with("→ le même écran que 0, signalé deux fois"),
        "{lines:?}"
    );
    assert_eq!(
        with_lang(Lang::Fr, || describe(&[], Layout::Unknown)),
        ["aucun écran signalé (les fenêtres vont là où le système les place)"]
    );
}

#[test]
fn the_interface_grows_on_large_speaker_screens() {
    let m = |w: u32, h: u32, scale: f64| Monitor {
        name: None,
        position: (0, 0),
        size: (w, h),
        scale,
        primary: true,
    };
    let one = |mon: Monitor| interface_zoom(&[mon], Layout::Single { monitor: 0 });
    assert_eq!(one(m(1366, 768, 1.0)), 1.0);
    assert_eq!(one(m(1920, 1080, 1.0)), 1.25);
    assert_eq!(one(m(2560, 1440, 1.0)), 1.5);
    assert_eq!(one(m(3840, 2160, 2.0)), 1.25, "logical pixels count");
    assert_eq!(interface_zoom(&[], Layout::Unknown), 1.0);
    let dual = [m(1366, 768, 1.0), m(1920, 1080, 1.0)];
    assert_eq!(
        interface_zoom(
            &dual,
            Layout::Dual {
                audience: 1,
                console: 0
            }
        ),
        1.0,
        "the speaker's screen decides"
    );
}

#[test]
fn a_window_on_another_screen_than_asked_is_misplaced() {
    let hdmi = mon(Some("HDMI-1"), 1366, 1920, 1080, false);
    assert!(!misplaced(&hdmi, Some((Some("HDMI-1".into()), (1366, 0)))));
    assert!(misplaced(&hdmi, Some((Some("eDP-1".into()), (0, 0)))));
    assert!(!misplaced(&hdmi, None), "not known: not moved");
}

//! Any bytes as an ink file (`talk.ink.ron`): reading never panics or hangs; ink that reads
//! writes back to a file that reads to the same ink, and draws on a slide's frame.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(ink) = estrade::ink::file::from_text("talk.ink.ron", &text) else {
        return;
    };
    let again = estrade::ink::file::to_text(&ink);
    let reread = estrade::ink::file::from_text("talk.ink.ron", &again).expect("ink written by estrade reads back");
    assert_eq!(estrade::ink::file::to_text(&reread), again, "writing is stable");
    let mut frame = estrade::layout::Frame::empty(1920.0, 1080.0, estrade::model::Color::rgb(0, 0, 0));
    for (_, strokes) in ink.places() {
        let strokes: Vec<_> = strokes.iter().collect();
        estrade::ink::frame::draw(&mut frame, &strokes);
    }
    assert!(frame.items.iter().all(|i| matches!(i, estrade::layout::Item::Ink(_))));
});

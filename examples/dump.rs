#![allow(clippy::unwrap_used, clippy::expect_used)]
fn main() {
    let deck = estrade::deck::load_path(std::path::Path::new("slides/ceap-2024.ron"))
        .unwrap()
        .deck
        .unwrap();
    let fonts = estrade::layout::Fonts::bundled().unwrap();
    let id = std::env::args().nth(1).unwrap_or("plan".into());
    let i = deck.find(&id).unwrap();
    let f = estrade::layout::layout_slide(&deck, estrade::layout::SlideRef { slide: i, step: 99 }, &fonts);
    for r in f.runs() {
        eprintln!("{:7.1} {:7.1} {:5.1} {}", r.x, r.baseline, r.size, r.text);
    }
}

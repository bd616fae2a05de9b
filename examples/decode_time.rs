//! Times the screen's image decoder on one file: `cargo run --release --example decode_time -- FILE [MAX_SIDE]`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(file) = args.first() else {
        eprintln!("usage: decode_time FILE [MAX_SIDE]");
        return;
    };
    let side = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2048);
    let path = std::path::Path::new(file);
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    let Ok(source) = estrade::deck::source::DirSource::new(dir) else {
        return;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut times = Vec::new();
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let img = estrade::app::images::decode(&source, &name, side);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        if let Err(e) = img {
            eprintln!("{e}");
            return;
        }
    }
    times.sort_by(f64::total_cmp);
    eprintln!("{name} → {side} px: median {:.0} ms, best {:.0} ms", times[2], times[0]);
}

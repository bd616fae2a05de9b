//! Writes a generated deck for benchmarks: `cargo run --release --example generate_deck -- DIR
//! [SLIDES] [--photos WxH]`. With `--photos`, every slide is its own JPEG of that size.

#[path = "../benches/support/generate.rs"]
mod generate;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: generate_deck DIR [SLIDES] [--photos WxH]");
        return std::process::ExitCode::from(2);
    };
    let slides = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1000);
    let photos = args
        .iter()
        .position(|a| a == "--photos")
        .and_then(|i| args.get(i + 1))
        .and_then(|s| s.split_once('x'))
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)));
    let spec = match photos {
        Some((w, h)) => generate::Spec::photos(slides, w, h),
        None => generate::Spec::mixed(slides),
    };
    match generate::write_deck(std::path::Path::new(dir), &spec) {
        Ok(path) => {
            eprintln!("wrote {}", path.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

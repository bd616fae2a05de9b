//! Times load + validate of one deck in process, the way the app's first load does it, with the app's allocator:
//! `cargo run --release --example load_time -- DECK.ron [ROUNDS]` (median, best and worst).

/// The app's allocator (`src/main.rs`), so that the figure is the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(deck) = args.first() else {
        eprintln!("usage: load_time DECK.ron [ROUNDS]");
        return;
    };
    let rounds: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(30).max(1);
    let path = std::path::Path::new(deck);
    let mut times = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t = std::time::Instant::now();
        let loaded = estrade::deck::load_path(path);
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        match loaded {
            Ok(l) if l.deck.is_some() => {}
            Ok(_) => {
                eprintln!("{deck}: the deck has errors");
                return;
            }
            Err(e) => {
                eprintln!("{deck}: {e}");
                return;
            }
        }
    }
    times.sort_by(f64::total_cmp);
    eprintln!(
        "{deck}: load+validate median {:.2} ms (best {:.2}, worst {:.2}) over {rounds} rounds",
        times[rounds / 2],
        times[0],
        times[rounds - 1]
    );
}

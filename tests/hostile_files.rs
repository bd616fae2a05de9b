#![allow(clippy::unwrap_used, clippy::expect_used)]
//! A deck folder from a stranger (issue 29): files reached through symlinks out of the project,
//! FIFOs and devices, an include bomb. Each reproduction of the issue, as a fixture made here.
//! Every load runs on a thread with a deadline, so a hang fails the test instead of stalling it.

#![cfg(unix)]

#[path = "support/scratch.rs"]
mod scratch;

use std::os::unix::fs::symlink;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

fn temp(name: &str) -> scratch::Scratch {
    scratch::scratch(&format!("hostile-files-{name}"))
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

/// Runs `f` on a thread; fails if it takes more than a minute (a FIFO read would never end).
fn within_a_minute<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{what}: still running after a minute (it hangs)"))
}

fn codes(loaded: &estrade::deck::Loaded) -> Vec<&'static str> {
    loaded.diagnostics.iter().filter_map(|d| d.code).collect()
}

#[test]
fn new_from_never_copies_through_an_assets_symlink_out_of_the_project() {
    let dir = temp("new-from");
    let secret = dir.join("home/.ssh");
    std::fs::create_dir_all(&secret).unwrap();
    std::fs::write(secret.join("id_ed25519"), "PRIVATE KEY").unwrap();
    let evil = dir.join("evil");
    std::fs::create_dir_all(&evil).unwrap();
    std::fs::write(
        evil.join("talk.ron"),
        r#"Deck(title: "t", slides: [Text(title: "a", body: "b")])"#,
    )
    .unwrap();
    symlink(&secret, evil.join("assets")).unwrap();
    let made = estrade::scaffold::new_deck(&dir.join("mine"), Some(&evil.join("talk.ron"))).unwrap();
    assert!(made.is_file());
    assert!(
        !dir.join("mine/assets/id_ed25519").exists(),
        "nothing copied from outside the project"
    );

    // A deck that is itself a link out of its project is refused, not copied.
    let evil2 = dir.join("evil2");
    std::fs::create_dir_all(&evil2).unwrap();
    symlink(secret.join("id_ed25519"), evil2.join("talk.ron")).unwrap();
    let refused = estrade::scaffold::new_deck(&dir.join("mine2"), Some(&evil2.join("talk.ron")));
    assert!(refused.is_err(), "the key is not copied as a deck");
    assert!(!dir.join("mine2/talk.ron").exists());

    // A FIFO among the assets is skipped, never waited on.
    let fine = dir.join("fine");
    std::fs::create_dir_all(fine.join("assets")).unwrap();
    std::fs::write(
        fine.join("talk.ron"),
        r#"Deck(title: "t", slides: [Text(title: "a", body: "b")])"#,
    )
    .unwrap();
    std::fs::write(fine.join("assets/real.csv"), "a,b\n1,2\n").unwrap();
    mkfifo(&fine.join("assets/pipe.png"));
    let (from, to) = (fine.join("talk.ron"), dir.join("mine3"));
    within_a_minute("new --from with a FIFO", move || {
        estrade::scaffold::new_deck(&to, Some(&from))
    })
    .unwrap();
    assert!(dir.join("mine3/assets/real.csv").is_file());
    assert!(!dir.join("mine3/assets/pipe.png").exists());
}

#[test]
fn an_ink_file_linked_to_the_environment_is_refused_without_echoing_it() {
    let dir = temp("ink-environ");
    let deck = dir.join("talk.ron");
    std::fs::write(&deck, r#"Deck(title: "t", slides: [Text(title: "a", body: "b")])"#).unwrap();
    symlink("/proc/self/environ", dir.join("talk.ink.ron")).unwrap();
    let d = estrade::ink::file::load(&deck).unwrap_err();
    let text = d.to_string();
    assert!(!text.contains("PATH="), "the environment is never printed: {text}");
    std::fs::remove_file(dir.join("talk.ink.ron")).unwrap();
    symlink("/dev/zero", dir.join("talk.ink.ron")).unwrap();
    let d = within_a_minute("ink -> /dev/zero", move || estrade::ink::file::load(&deck));
    assert!(d.is_err(), "/dev/zero is not read without bound");
}

#[test]
fn fifos_as_picture_table_include_ink_and_sibling_never_hang() {
    let dir = temp("fifos");
    std::fs::create_dir_all(dir.join("assets/images")).unwrap();
    std::fs::create_dir_all(dir.join("assets/data")).unwrap();
    mkfifo(&dir.join("assets/images/photo.png"));
    mkfifo(&dir.join("assets/data/table.csv"));
    mkfifo(&dir.join("other.ron"));
    mkfifo(&dir.join("talk.ink.ron"));
    mkfifo(&dir.join("talk.timings.ron"));
    let deck = dir.join("talk.ron");
    std::fs::write(
        &deck,
        r#"Deck(title: "t", slides: [
            Image(title: "Photo", image: (src: "images/photo.png", alt: "une photo")),
            Table(title: "Tableau", csv: "data/table.csv"),
            Include(from: "other.ron"),
        ])"#,
    )
    .unwrap();
    let d = deck.clone();
    let loaded = within_a_minute("load_path", move || estrade::deck::load_path(&d).unwrap());
    let found = codes(&loaded);
    assert!(found.contains(&"E090"), "the include is refused: {found:?}");
    assert!(loaded.diagnostics.len() >= 3, "{:?}", loaded.diagnostics);
    let d = deck.clone();
    let ink = within_a_minute("ink", move || estrade::ink::file::load(&d));
    assert!(ink.is_err(), "a FIFO is not an ink file");
    let path = estrade::app::talk::rehearsal::timings_path(&deck);
    let timings = within_a_minute("timings", move || estrade::app::talk::rehearsal::Timings::load(&path));
    assert!(timings.is_none());
    let d = deck.clone();
    let report = within_a_minute("check", move || estrade::check::check_path(&d));
    drop(report);
}

#[test]
fn an_include_bomb_is_refused_at_the_budget() {
    let dir = temp("bomb");
    // a includes b 100 times, b includes c 100 times: 10 100 includes unbounded.
    let many = |from: &str| {
        (0..100)
            .map(|_| format!("Include(from: \"{from}\"),"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    std::fs::write(
        dir.join("c.ron"),
        r#"Deck(title: "c", slides: [Text(title: "c", body: "c")])"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("b.ron"),
        format!("Deck(title: \"b\", slides: [{}])", many("c.ron")),
    )
    .unwrap();
    std::fs::write(
        dir.join("a.ron"),
        format!("Deck(title: \"a\", slides: [{}])", many("b.ron")),
    )
    .unwrap();
    let a = dir.join("a.ron");
    let loaded = within_a_minute("the bomb", move || estrade::deck::load_path(&a).unwrap());
    let found = codes(&loaded);
    assert!(found.contains(&"E095"), "the budget is named: {found:?}");
    let over = loaded.diagnostics.iter().find(|d| d.code == Some("E095")).unwrap();
    assert!(over.to_string().contains("200"), "{over}");
}

#[test]
fn a_deck_including_a_huge_deck_many_times_stops_at_the_slide_budget() {
    // 150 includes of a 30 000-slide deck: 3 million slides and their duplicate-id errors
    // (410 s and 24 GB before the budget).
    let dir = temp("slides");
    let slides: Vec<String> = (0..30_000)
        .map(|i| format!("Text(id: \"s{i}\", title: \"S{i}\", body: \"b\")"))
        .collect();
    std::fs::write(
        dir.join("big.ron"),
        format!("Deck(title: \"b\", slides: [{}])", slides.join(",")),
    )
    .unwrap();
    let includes = vec!["Include(from: \"big.ron\")"; 150].join(",");
    std::fs::write(
        dir.join("main.ron"),
        format!("Deck(title: \"m\", slides: [{includes}])"),
    )
    .unwrap();
    let main = dir.join("main.ron");
    let loaded = within_a_minute("the slide bomb", move || estrade::deck::load_path(&main).unwrap());
    assert!(loaded.deck.is_none());
    let found = codes(&loaded);
    assert_eq!(
        found.iter().filter(|c| **c == "E097").count(),
        1,
        "named once: {found:?}"
    );
    assert!(
        loaded.diagnostics.len() < 50,
        "{} diagnostics",
        loaded.diagnostics.len()
    );
}

#[test]
fn a_million_row_or_a_hundred_thousand_column_table_is_refused_not_read_for_minutes() {
    let dir = temp("csv");
    std::fs::create_dir_all(dir.join("assets/data")).unwrap();
    let mut long = String::from("a,b\n");
    for n in 0..1_000_000 {
        long.push_str(&format!("{n},x\n"));
    }
    std::fs::write(dir.join("assets/data/long.csv"), long).unwrap();
    let wide = (0..100_000).map(|n| format!("c{n}")).collect::<Vec<_>>().join(",");
    std::fs::write(dir.join("assets/data/wide.csv"), format!("{wide}\n")).unwrap();
    std::fs::write(
        dir.join("talk.ron"),
        r#"Deck(title: "t", slides: [
            Table(title: "Long", csv: "data/long.csv"),
            Table(title: "Wide", csv: "data/wide.csv"),
        ])"#,
    )
    .unwrap();
    let deck = dir.join("talk.ron");
    let loaded = within_a_minute("the tables", move || estrade::deck::load_path(&deck).unwrap());
    let said: Vec<String> = loaded.diagnostics.iter().map(|d| d.to_string()).collect();
    assert!(said.iter().any(|d| d.contains("more than 1000 rows")), "{said:?}");
    assert!(said.iter().any(|d| d.contains("100000 columns")), "{said:?}");
    assert!(
        loaded.deck.is_some(),
        "the deck still opens, the tables as placeholders or empty"
    );
}

#[test]
fn a_font_cut_short_is_an_error_for_check_not_a_painter_panic() {
    let dir = temp("font");
    let lato = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/fonts/Lato-Regular.ttf")).unwrap();
    std::fs::create_dir_all(dir.join("fonts")).unwrap();
    std::fs::write(dir.join("fonts/cut.ttf"), &lato[..lato.len() * 8 / 10]).unwrap();
    std::fs::write(
        dir.join("talk.ron"),
        r#"Deck(title: "t", theme_overrides: (fonts: (regular: "fonts/cut.ttf")), slides: [Text(title: "a", body: "b")])"#,
    )
    .unwrap();
    let loaded = estrade::deck::load_path(&dir.join("talk.ron")).unwrap();
    let found = codes(&loaded);
    assert!(found.contains(&"E083"), "{found:?}");
    let said = loaded.diagnostics.iter().map(ToString::to_string).collect::<String>();
    assert!(
        said.contains("damaged") && said.contains("past the end of the file"),
        "{said}"
    );
    // The whole file is fine.
    std::fs::write(dir.join("fonts/cut.ttf"), &lato).unwrap();
    let loaded = estrade::deck::load_path(&dir.join("talk.ron")).unwrap();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
}

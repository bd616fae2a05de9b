//! Tests of `resume.rs`.
use super::*;
use crate::app::screens::placement::{Monitor, natural};

const NOW: u64 = 1_711_000_000;

fn deck_in(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, "Deck()").unwrap();
    fs::canonicalize(path).unwrap()
}

fn position(deck: &Path) -> Position {
    Position {
        deck: deck.to_path_buf(),
        slide_id: "gouvernance".into(),
        step: 2,
        elapsed: 754.25,
        running: true,
        clock_started: true,
        screen: ScreenState::Black,
        saved_at: NOW,
    }
}

fn folder_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let state = tmp.path().join("state");
    let deck = deck_in(tmp.path(), "talk.ron");
    assert_eq!(load(&state, &deck, NOW), None);
    save(&state, &position(&deck)).unwrap();
    assert_eq!(load(&state, &deck, NOW + 60), Some(position(&deck)));
    // A relative or non-canonical path to the same deck finds it too.
    let roundabout = tmp.path().join(".").join("talk.ron");
    assert_eq!(load(&state, &roundabout, NOW), Some(position(&deck)));
    // Overwriting keeps one file per deck.
    let mut later = position(&deck);
    later.step = 3;
    later.screen = ScreenState::Slide;
    save(&state, &later).unwrap();
    assert_eq!(load(&state, &deck, NOW), Some(later));
    assert_eq!(folder_entries(&state.join("positions")).len(), 1);
    forget(&state, &deck);
    assert_eq!(load(&state, &deck, NOW), None);
    forget(&state, &deck);
}

#[test]
fn stale_after_twelve_hours() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = deck_in(tmp.path(), "talk.ron");
    save(tmp.path(), &position(&deck)).unwrap();
    assert!(load(tmp.path(), &deck, NOW + MAX_AGE - 1).is_some());
    assert_eq!(load(tmp.path(), &deck, NOW + MAX_AGE), None);
    assert_eq!(load(tmp.path(), &deck, NOW + 3 * MAX_AGE), None);
    // The clock went back a little: still fresh; a date far in the future is not trusted.
    assert!(load(tmp.path(), &deck, NOW - 600).is_some());
    assert_eq!(load(tmp.path(), &deck, NOW - MAX_AGE), None);
}

#[test]
fn other_deck_gives_none() {
    let tmp = tempfile::tempdir().unwrap();
    let a = deck_in(tmp.path(), "a.ron");
    let b = deck_in(tmp.path(), "b.ron");
    save(tmp.path(), &position(&a)).unwrap();
    assert_eq!(load(tmp.path(), &b, NOW), None);
    assert_ne!(position_file(tmp.path(), &a), position_file(tmp.path(), &b));
    // A file found under b's name but written for a (a hash collision, a copied folder) is not b's.
    fs::copy(position_file(tmp.path(), &a), position_file(tmp.path(), &b)).unwrap();
    assert_eq!(load(tmp.path(), &b, NOW), None);
    assert!(load(tmp.path(), &a, NOW).is_some());
}

#[test]
fn corrupt_file_gives_none() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = deck_in(tmp.path(), "talk.ron");
    let file = position_file(tmp.path(), &deck);
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    let good = ron::to_string(&position(&deck)).unwrap();
    let bad_clock = good.replace("754.25", "-3.0");
    assert_ne!(bad_clock, good);
    for text in [
        "",
        "garbage",
        "Position(",
        &good[..good.len() / 2],
        "\u{0}\u{1}",
        &bad_clock,
    ] {
        fs::write(&file, text).unwrap();
        assert_eq!(load(tmp.path(), &deck, NOW), None, "{text:?}");
    }
    fs::write(&file, &good).unwrap();
    assert!(load(tmp.path(), &deck, NOW).is_some());
    // A folder where the file should be.
    fs::remove_file(&file).unwrap();
    fs::create_dir(&file).unwrap();
    assert_eq!(load(tmp.path(), &deck, NOW), None);
    assert!(save(tmp.path(), &position(&deck)).is_err());
}

#[test]
fn atomic_write_leaves_no_temporary_files() {
    let tmp = tempfile::tempdir().unwrap();
    let deck = deck_in(tmp.path(), "talk.ron");
    for step in 0..20 {
        save(
            tmp.path(),
            &Position {
                step,
                ..position(&deck)
            },
        )
        .unwrap();
    }
    save_remembered(tmp.path(), &Remembered::default()).unwrap();
    let name = position_file(tmp.path(), &deck)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert_eq!(folder_entries(&tmp.path().join("positions")), [name]);
    assert_eq!(folder_entries(tmp.path()), ["positions", "screens.ron", "talk.ron"]);
}

#[test]
fn save_reports_an_unwritable_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("file");
    fs::write(&blocker, "").unwrap();
    let error = save(&blocker, &position(Path::new("/talks/a.ron"))).unwrap_err();
    assert!(matches!(error, ResumeError::CreateDir { .. }), "{error}");
    assert!(error.to_string().contains("cannot create the folder"));
}

#[test]
fn file_name_is_a_stable_hash() {
    // FNV-1a 64 reference values.
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    let file = position_file(Path::new("/state"), Path::new("/talks/a.ron"));
    assert_eq!(file.parent(), Some(Path::new("/state/positions")));
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, format!("{:016x}.ron", fnv1a64(b"/talks/a.ron")));
    assert_eq!(name.len(), 20);
}

#[test]
fn state_folder() {
    assert_eq!(
        state_dir_from(Some(PathBuf::from("/tmp/x"))),
        Some(PathBuf::from("/tmp/x"))
    );
    // An empty variable counts as unset.
    assert_eq!(state_dir_from(Some(PathBuf::new())), state_dir_from(None));
    if let Some(dir) = state_dir_from(None) {
        assert!(dir.ends_with("estrade"), "{}", dir.display());
    }
}

#[test]
fn remembered_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(load_remembered(tmp.path()), Remembered::default());
    let monitor = |name: &str, x| Monitor {
        name: Some(name.into()),
        position: (x, 0),
        size: (1920, 1080),
        scale: 1.0,
        primary: false,
    };
    let monitors = [monitor("eDP-1", 0), monitor("HDMI-1", 1920)];
    let mut remembered = Remembered::default();
    remembered.toggle(&monitors, natural(&monitors, None));
    save_remembered(tmp.path(), &remembered).unwrap();
    assert_eq!(load_remembered(tmp.path()), remembered);
    fs::write(tmp.path().join("screens.ron"), "not ron").unwrap();
    assert_eq!(load_remembered(tmp.path()), Remembered::default());
}

#[test]
fn throttle_writes_at_once_then_at_most_every_quarter_second() {
    let mut t = Throttle::new();
    assert!(!t.due(0.0, false));
    assert_eq!(t.due_in(0.0), None);
    assert!(t.due(1.0, true));
    assert!(!t.pending());
    // A change 0.1 s later waits…
    assert!(!t.due(1.1, true));
    assert!(t.pending());
    assert!((t.due_in(1.1).unwrap() - 0.15).abs() < 1e-9);
    // …through calls with no new change…
    assert!(!t.due(1.2, false));
    assert!(t.pending());
    // …and is written once the interval has passed, even without a new change.
    assert!(t.due(1.25, false));
    assert!(!t.pending());
    assert!(!t.due(1.3, false));
    assert!(!t.due(10.0, false));
    // After a quiet spell a change is written at once.
    assert!(t.due(10.0, true));
    assert!(!t.due(10.24, true));
    assert!(t.due(10.26, false));
    // A time going backwards does not block writing forever.
    assert!(t.due(5.0, true));
    assert_eq!(t.due_in(5.0), None);
}

#[test]
fn throttle_limits_a_burst() {
    let mut t = Throttle::default();
    let writes = (0..600).filter(|&frame| t.due(f64::from(frame) / 60.0, true)).count();
    // 10 seconds of changes at 60 fps: about 4 writes per second.
    assert!((38..=41).contains(&writes), "{writes}");
    assert!(t.due_in(10.0).is_some_and(|d| (0.0..=MIN_INTERVAL).contains(&d)));
}

/// The CÉAP talk with a console, and a position saved for it in a fresh state folder.
fn ceap_with_saved(slide_id: &str, step: usize, clock_started: bool) -> (crate::app::Presenter, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let deck = fs::canonicalize("slides/ceap-2024.ron").unwrap();
    let mut pos = position(&deck);
    pos.slide_id = slide_id.into();
    pos.step = step;
    pos.clock_started = clock_started;
    pos.running = clock_started;
    pos.elapsed = if clock_started { 75.0 } else { 0.0 };
    pos.screen = ScreenState::Slide;
    pos.saved_at = unix_now();
    save(dir.path(), &pos).unwrap();
    let loaded = crate::deck::load_path(&deck).unwrap();
    let mode = crate::app::Mode {
        console: true,
        ..Default::default()
    };
    let fonts = std::sync::Arc::new(crate::layout::Fonts::bundled().unwrap());
    let p = crate::app::Presenter::with_mode(loaded, Some(deck), fonts, true, mode);
    (p, dir)
}

#[test]
fn nothing_to_resume_at_the_first_slide_before_the_clock_started() {
    let (mut p, dir) = ceap_with_saved("titre", 0, false);
    p.resume_from(dir.path());
    assert!(p.state.notices.is_empty(), "{:?}", p.state.notices);
    assert!(p.state.toast.is_none());
}

#[test]
fn a_resume_is_said_once_on_the_console() {
    let (mut p, dir) = ceap_with_saved("causes", 0, true);
    p.resume_from(dir.path());
    assert_eq!(p.state.notices.len(), 1, "{:?}", p.state.notices);
    assert!(p.state.toast.is_none(), "not a second time as a message");
    assert_ne!(p.state.session.as_ref().unwrap().slide, 0);
}

//! Kiosk playback: unattended auto-advance that loops, an input lock that a passer-by cannot
//! break, an exit chord, and a log instead of anything popping up. Pure logic on a monotonic
//! clock (seconds), so it is tested with a mock clock.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::action::Action;
use crate::app::talk::session::Session;
use crate::model::Deck;

/// Seconds the exit chord (Ctrl+Alt+Q) must be held.
pub const CHORD_SECONDS: f64 = 2.0;

/// When to apply an updated deck file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReloadPolicy {
    /// At the next return to the first slide.
    #[default]
    AtLoopStart,
    /// As soon as the file changes.
    Now,
}

/// Kiosk settings.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskOptions {
    /// Seconds per slide when the slide has no `duration`.
    pub advance: f64,
    /// Go back to the first slide after the last.
    pub looped: bool,
    /// Visitors may page with the arrow keys.
    pub allow_navigation: bool,
    /// Seconds without input after which auto-play resumes.
    pub idle_return: f64,
    pub reload: ReloadPolicy,
    /// Log file (timestamped lines); standard error when absent.
    pub log: Option<PathBuf>,
    /// Show the ink saved beside the deck (`--ink`); visitors never draw.
    pub show_ink: bool,
}

impl Default for KioskOptions {
    fn default() -> Self {
        KioskOptions {
            advance: 10.0,
            looped: true,
            allow_navigation: false,
            idle_return: 30.0,
            reload: ReloadPolicy::AtLoopStart,
            log: None,
            show_ink: false,
        }
    }
}

/// What the kiosk timer decided.
#[derive(Debug, Clone, PartialEq)]
pub enum Tick {
    /// Nothing to do yet; look again in this many seconds.
    Wait(f64),
    /// Move on with this action.
    Go(Action),
    /// The last slide was reached without looping: stay.
    Done,
}

/// Kiosk state.
#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    pub options: KioskOptions,
    /// When the current step went on screen.
    shown_since: Option<f64>,
    /// Last visitor input (pauses auto-play until `idle_return` has passed).
    last_input: Option<f64>,
    chord_since: Option<f64>,
    /// An updated deck waits for the next loop start.
    pub reload_pending: bool,
    /// Transitions made so far.
    pub transitions: u64,
}

impl Kiosk {
    /// A kiosk with these options.
    pub fn new(options: KioskOptions) -> Kiosk {
        Kiosk {
            options,
            shown_since: None,
            last_input: None,
            chord_since: None,
            reload_pending: false,
            transitions: 0,
        }
    }

    /// Seconds the current step stays on screen: the slide's `duration` (or the default),
    /// shared between its steps.
    pub fn dwell(&self, deck: &Deck, session: &Session) -> f64 {
        let s = deck.slides.get(session.slide);
        let total = s.and_then(|s| s.duration).map_or(self.options.advance, f64::from);
        (total / s.map_or(1, |s| s.steps.max(1)) as f64).max(0.05)
    }

    /// Decides whether to advance at `now`.
    pub fn tick(&mut self, deck: &Deck, session: &Session, now: f64) -> Tick {
        let since = *self.shown_since.get_or_insert(now);
        if let Some(t) = self.last_input {
            let resume = t + self.options.idle_return;
            if now < resume {
                return Tick::Wait(resume - now);
            }
            self.last_input = None;
            self.shown_since = Some(now);
            return Tick::Wait(self.dwell(deck, session));
        }
        let due = since + self.dwell(deck, session);
        if now < due {
            return Tick::Wait(due - now);
        }
        let at_end = session.peek_next(deck) == session.at();
        let action = match (at_end, self.options.looped) {
            (false, _) => Action::Next,
            (true, true) => Action::First,
            (true, false) => return Tick::Done,
        };
        self.shown_since = Some(now);
        self.transitions += 1;
        Tick::Go(action)
    }

    /// Filters visitor input: only arrows/page keys with `allow_navigation` get through (and
    /// pause auto-play); everything else (quit, dialogs, links, full screen…) is ignored.
    pub fn filter(&mut self, action: Action, now: f64) -> Option<Action> {
        let navigation = matches!(action, Action::Next | Action::Previous | Action::First | Action::Last);
        if navigation && self.options.allow_navigation {
            self.last_input = Some(now);
            self.shown_since = Some(now);
            return Some(action);
        }
        None
    }

    /// Feeds the state of the exit chord; true once it has been held long enough.
    pub fn chord(&mut self, held: bool, now: f64) -> bool {
        if !held {
            self.chord_since = None;
            return false;
        }
        let since = *self.chord_since.get_or_insert(now);
        now - since >= CHORD_SECONDS
    }

    /// Whether the chord is being held (the window must look again soon).
    pub fn chord_pending(&self) -> bool {
        self.chord_since.is_some()
    }
}

/// The log line for a deck (re)loaded while the kiosk runs, with its number of problems: taken
/// (`taken`), an invalid update ignored while another version is `showing`, or, with nothing to
/// show, a black screen until the file can be shown.
pub fn load_message(taken: bool, showing: bool, path: Option<&Path>, problems: usize) -> String {
    let name = path.map_or_else(|| crate::t!("app-kiosk-the-deck"), |p| p.display().to_string());
    if taken {
        crate::t!("app-kiosk-loaded", name = name, problems = problems)
    } else if showing {
        crate::t!("app-kiosk-ignored", name = name, problems = problems)
    } else {
        crate::t!("app-kiosk-black", name = name, problems = problems)
    }
}

/// Appends a timestamped line to the kiosk log (or standard error); never fails the show.
pub fn log(options: &KioskOptions, message: &str) {
    let line = format!(
        "{} {message}\n",
        humantime::format_rfc3339_seconds(std::time::SystemTime::now())
    );
    let written = options.log.as_ref().is_some_and(|path| {
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut f| f.write_all(line.as_bytes()))
            .is_ok()
    });
    if !written {
        eprint!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{load_text, source::BuiltinSource};
    use std::sync::Arc;

    fn deck() -> Deck {
        let text = r#"Deck(title: "t", slides: [
            Bullets(id: "a", title: "A", items: "- 1\n- 2", steps: true, duration: 8),
            Text(id: "b", title: "B", body: "x", hidden: true),
            Text(id: "c", title: "C", body: "y"),
        ])"#;
        load_text(Arc::new(BuiltinSource), "slides/t.ron", text.into())
            .deck
            .unwrap()
    }

    fn run(k: &mut Kiosk, d: &Deck, s: &mut Session, now: f64) -> Tick {
        let t = k.tick(d, s, now);
        if let Tick::Go(a) = &t {
            s.apply(a.clone(), d);
        }
        t
    }

    #[test]
    fn advances_by_duration_shared_between_steps_and_loops() {
        let d = deck();
        let mut s = Session::new(&d);
        let mut k = Kiosk::new(KioskOptions {
            advance: 5.0,
            ..Default::default()
        });
        assert_eq!(run(&mut k, &d, &mut s, 0.0), Tick::Wait(4.0), "8 s over 2 steps");
        assert_eq!(run(&mut k, &d, &mut s, 4.0), Tick::Go(Action::Next));
        assert_eq!((s.slide, s.step), (0, 1));
        assert_eq!(run(&mut k, &d, &mut s, 8.0), Tick::Go(Action::Next));
        assert_eq!(s.slide, 2, "hidden slide skipped");
        assert_eq!(run(&mut k, &d, &mut s, 10.0), Tick::Wait(3.0), "default 5 s");
        assert_eq!(run(&mut k, &d, &mut s, 13.0), Tick::Go(Action::First), "loops");
        assert_eq!((s.slide, s.step, k.transitions), (0, 0, 3));
    }

    #[test]
    fn stops_on_the_last_slide_without_loop() {
        let d = deck();
        let mut s = Session::new(&d);
        s.apply(Action::Last, &d);
        let mut k = Kiosk::new(KioskOptions {
            advance: 1.0,
            looped: false,
            ..Default::default()
        });
        k.tick(&d, &s, 0.0);
        assert_eq!(k.tick(&d, &s, 5.0), Tick::Done);
    }

    #[test]
    fn input_is_locked_unless_navigation_is_allowed() {
        let mut k = Kiosk::new(KioskOptions::default());
        for a in [
            Action::Quit,
            Action::Next,
            Action::OpenDialog,
            Action::ToggleFullscreen,
            Action::Escape,
            Action::OpenUrl("https://x".into()),
            Action::TogglePresenter,
        ] {
            assert_eq!(k.filter(a, 1.0), None);
        }
        let mut k = Kiosk::new(KioskOptions {
            allow_navigation: true,
            idle_return: 20.0,
            ..Default::default()
        });
        assert_eq!(k.filter(Action::Next, 1.0), Some(Action::Next));
        assert_eq!(k.filter(Action::Quit, 1.0), None, "still no way out");
    }

    #[test]
    fn visitor_navigation_pauses_auto_play_until_idle_return() {
        let d = deck();
        let mut s = Session::new(&d);
        let mut k = Kiosk::new(KioskOptions {
            allow_navigation: true,
            idle_return: 20.0,
            advance: 5.0,
            ..Default::default()
        });
        k.tick(&d, &s, 0.0);
        k.filter(Action::Next, 2.0);
        assert_eq!(
            run(&mut k, &d, &mut s, 10.0),
            Tick::Wait(12.0),
            "paused while the visitor reads"
        );
        assert!(
            matches!(run(&mut k, &d, &mut s, 22.0), Tick::Wait(_)),
            "resumes: a full dwell first"
        );
        assert_eq!(run(&mut k, &d, &mut s, 26.0), Tick::Go(Action::Next));
    }

    #[test]
    fn log_lines_are_a_timestamp_then_the_message_in_the_language() {
        use crate::i18n::{Lang, with_lang};
        let dir = tempfile::tempdir().unwrap();
        let options = KioskOptions {
            log: Some(dir.path().join("kiosk.log")),
            ..Default::default()
        };
        with_lang(Lang::Fr, || {
            log(&options, &load_message(false, true, Some(Path::new("slides/a.ron")), 2));
            log(&options, &load_message(true, false, None, 1));
            log(&options, &load_message(false, false, Some(Path::new("a.ron")), 1));
            log(&options, &crate::t!("app-kiosk-exit-chord"));
        });
        log(&options, &load_message(true, false, Some(Path::new("slides/a.ron")), 1));
        let text = std::fs::read_to_string(dir.path().join("kiosk.log")).unwrap();
        let messages: Vec<&str> = text
            .lines()
            .map(|l| {
                let (stamp, message) = l.split_once(' ').unwrap();
                assert!(humantime::parse_rfc3339(stamp).is_ok(), "{l}");
                message
            })
            .collect();
        assert_eq!(
            messages,
            [
                "mise à jour invalide de slides/a.ron ignorée (2 problèmes)",
                "chargement de la présentation (1 problème)",
                "impossible de projeter a.ron (1 problème)\u{a0}: l’écran reste noir jusqu’à ce que le fichier puisse être projeté (il est surveillé)",
                "combinaison de sortie maintenue\u{a0}: fermeture",
                "loaded slides/a.ron (1 problem)",
            ]
        );
    }

    #[test]
    fn the_exit_chord_must_be_held_two_seconds() {
        let mut k = Kiosk::new(KioskOptions::default());
        assert!(!k.chord(true, 10.0));
        assert!(!k.chord(true, 11.5));
        assert!(!k.chord(false, 11.6), "released: starts over");
        assert!(!k.chord(true, 12.0));
        assert!(k.chord(true, 14.0));
    }
}

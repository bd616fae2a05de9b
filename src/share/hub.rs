//! What the app tells the server and the server tells the phones. The app publishes a [`Feed`]
//! at each frame (cheap when nothing changed); the hub turns it into the two live states, one
//! for the audience (which page is live, which pages they may browse, the screen) and one for
//! the speaker's remote (position, notes, clock, pace), each a JSON text sent to every event
//! stream of its kind. The remote's commands come back to the app through a channel.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, RwLock};

use tokio::sync::watch;

use super::limits::Limits;
use super::talk::SharedTalk;
use super::token::Token;
use crate::layout::{Fonts, SlideRef};
use crate::model::{Deck, RichText};

/// What the projector shows besides slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Blank {
    #[default]
    No,
    Black,
    White,
}

/// The talk's clock as the console shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClockShown {
    /// Whole seconds elapsed.
    pub elapsed: u64,
    pub running: bool,
}

/// What the app publishes: the deck shown and where the talk is.
#[derive(Clone)]
pub struct Feed {
    pub deck: Arc<Deck>,
    /// Where the deck's pictures are read from.
    pub files: Arc<dyn crate::source::Source>,
    pub fonts: Arc<Fonts>,
    /// What the projector shows (it stays put while the speaker's view is frozen).
    pub shown: SlideRef,
    pub blank: Blank,
    /// Where the speaker is.
    pub current: SlideRef,
    pub clock: ClockShown,
    /// « on time », « behind by 2 min »… when the deck plans its time.
    pub pace: Option<String>,
}

impl Feed {
    fn same_as(&self, other: &Feed) -> bool {
        Arc::ptr_eq(&self.deck, &other.deck)
            && Arc::ptr_eq(&self.fonts, &other.fonts)
            && self.shown == other.shown
            && self.blank == other.blank
            && self.current == other.current
            && self.clock == other.clock
            && self.pace == other.pace
    }
}

/// What the speaker's remote may ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RemoteCommand {
    Next,
    Previous,
    ToggleBlack,
    ToggleClock,
}

impl RemoteCommand {
    /// The command a remote's POST names.
    pub fn parse(name: &str) -> Option<RemoteCommand> {
        Some(match name {
            "next" => RemoteCommand::Next,
            "previous" => RemoteCommand::Previous,
            "black" => RemoteCommand::ToggleBlack,
            "clock" => RemoteCommand::ToggleClock,
            _ => return None,
        })
    }
}

/// How many phones follow.
#[derive(Debug, Default)]
pub struct Counts {
    /// Audience event streams open.
    pub audience: AtomicUsize,
    /// Remote event streams open.
    pub remotes: AtomicUsize,
}

/// One event stream counted while it lives.
pub struct Counted(&'static str, Arc<Hub>);

impl Drop for Counted {
    fn drop(&mut self) {
        let n = if self.0 == "remote" {
            &self.1.counts.remotes
        } else {
            &self.1.counts.audience
        };
        n.fetch_sub(1, Ordering::Relaxed);
    }
}

#[derive(Default)]
struct Seen {
    feed: Option<Feed>,
    generation: u64,
    /// Pages the projector showed since sharing started, by slide id and step (kept across
    /// reloads).
    shown: HashSet<(String, usize)>,
    counts: (usize, usize),
}

/// The state shared by the app and the server.
pub struct Hub {
    pub audience_token: Token,
    pub remote_token: Token,
    pub limits: Arc<Limits>,
    pub counts: Counts,
    talk: RwLock<Option<Arc<SharedTalk>>>,
    audience: watch::Sender<Arc<str>>,
    remote: watch::Sender<Arc<str>>,
    /// The remote in control: the latest to open the remote address.
    remote_session: watch::Sender<String>,
    commands: Mutex<Sender<RemoteCommand>>,
    wake: Box<dyn Fn() + Send + Sync>,
    seen: Mutex<Seen>,
}

impl Hub {
    /// A hub with new tokens; remote commands go to `commands`, and `wake` is called after each
    /// (the app repaints to read them).
    pub fn new(
        limits: Limits,
        commands: Sender<RemoteCommand>,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Hub, getrandom::Error> {
        Ok(Hub {
            audience_token: Token::new()?,
            remote_token: Token::new()?,
            limits: Arc::new(limits),
            counts: Counts::default(),
            talk: RwLock::new(None),
            audience: watch::Sender::new(Arc::from("{}")),
            remote: watch::Sender::new(Arc::from("{}")),
            remote_session: watch::Sender::new(String::new()),
            commands: Mutex::new(commands),
            wake,
            seen: Mutex::default(),
        })
    }

    /// The deck version shared now.
    pub fn talk(&self) -> Option<Arc<SharedTalk>> {
        self.talk.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Takes the app's state; tells the phones what changed.
    pub fn publish(&self, feed: Feed) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.feed.as_ref().is_some_and(|old| old.same_as(&feed)) {
            return;
        }
        let talk = match self.talk() {
            Some(t) if Arc::ptr_eq(&t.deck, &feed.deck) && Arc::ptr_eq(&t.fonts, &feed.fonts) => t,
            _ => {
                seen.generation += 1;
                let t = Arc::new(SharedTalk::new(
                    seen.generation,
                    feed.deck.clone(),
                    feed.files.clone(),
                    feed.fonts.clone(),
                ));
                *self.talk.write().unwrap_or_else(|e| e.into_inner()) = Some(t.clone());
                t
            }
        };
        let live = talk.page_of(feed.shown);
        if feed.blank == Blank::No
            && let Some(key) = live.and_then(|k| talk.key(k))
        {
            seen.shown.insert(key);
        }
        let audience = audience_json(&talk, live, feed.blank, &seen.shown);
        self.audience.send_if_modified(|old| {
            let changed = **old != *audience;
            if changed {
                *old = Arc::from(audience);
            }
            changed
        });
        seen.feed = Some(feed);
        self.tell_remote(&talk, &seen);
    }

    /// Tells the remote again when the number of phones changed (the server's ticker).
    pub fn recount(&self) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let now = (
            self.counts.audience.load(Ordering::Relaxed),
            self.counts.remotes.load(Ordering::Relaxed),
        );
        if now == seen.counts {
            return;
        }
        seen.counts = now;
        if let Some(talk) = self.talk() {
            self.tell_remote(&talk, &seen);
        }
    }

    fn tell_remote(&self, talk: &SharedTalk, seen: &Seen) {
        let Some(feed) = &seen.feed else { return };
        let json = remote_json(talk, feed, seen.counts);
        self.remote.send_replace(Arc::from(json));
    }

    /// Whether `session` is the remote in control.
    pub fn in_control(&self, session: &str) -> bool {
        !session.is_empty() && *self.remote_session.borrow() == session
    }

    /// A new remote takes control; the one before is told by its stream.
    pub fn take_control(&self, session: String) {
        self.remote_session.send_replace(session);
    }

    /// Passes a remote's command to the app.
    pub fn command(&self, c: RemoteCommand) {
        let _ = self.commands.lock().unwrap_or_else(|e| e.into_inner()).send(c);
        (self.wake)();
    }

    /// The audience's live state, as it changes.
    pub fn audience_feed(&self) -> watch::Receiver<Arc<str>> {
        self.audience.subscribe()
    }

    /// The remote's live state, as it changes.
    pub fn remote_feed(&self) -> watch::Receiver<Arc<str>> {
        self.remote.subscribe()
    }

    /// The remote in control, as it changes.
    pub fn remote_sessions(&self) -> watch::Receiver<String> {
        self.remote_session.subscribe()
    }

    /// Counts one more stream of this kind (`"audience"` or `"remote"`) while the guard lives.
    pub fn count(self: &Arc<Self>, kind: &'static str) -> Counted {
        let n = if kind == "remote" {
            &self.counts.remotes
        } else {
            &self.counts.audience
        };
        n.fetch_add(1, Ordering::Relaxed);
        Counted(kind, self.clone())
    }

    /// Whether the audience may see page `k` now: pages up to the live one, and pages the
    /// projector showed (never a step or a slide ahead that was not shown).
    pub fn audience_may_see(&self, talk: &SharedTalk, k: usize) -> bool {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let Some(feed) = &seen.feed else { return false };
        may_see(talk, talk.page_of(feed.shown), &seen.shown, k)
    }
}

fn may_see(talk: &SharedTalk, live: Option<usize>, shown: &HashSet<(String, usize)>, k: usize) -> bool {
    live.is_some_and(|l| k <= l) || talk.key(k).is_some_and(|key| shown.contains(&key))
}

/// `{gen, live, blank, allowed: [[first, last]…], pages}`.
fn audience_json(talk: &SharedTalk, live: Option<usize>, blank: Blank, shown: &HashSet<(String, usize)>) -> String {
    let mut ranges: Vec<[usize; 2]> = Vec::new();
    for k in 0..talk.pages.len() {
        if !may_see(talk, live, shown, k) {
            continue;
        }
        match ranges.last_mut() {
            Some(r) if r[1] + 1 == k => r[1] = k,
            _ => ranges.push([k, k]),
        }
    }
    serde_json::json!({
        "gen": talk.generation,
        "live": live,
        "blank": blank_name(blank),
        "allowed": ranges,
        "pages": talk.pages.len(),
        "slides": talk.slide_count(),
        "aspect": aspect(talk),
    })
    .to_string()
}

fn aspect(talk: &SharedTalk) -> f32 {
    let (w, h) = talk.deck.meta.aspect.canvas();
    w / h
}

fn blank_name(b: Blank) -> Option<&'static str> {
    match b {
        Blank::No => None,
        Blank::Black => Some("black"),
        Blank::White => Some("white"),
    }
}

/// Everything the remote shows.
fn remote_json(talk: &SharedTalk, feed: &Feed, counts: (usize, usize)) -> String {
    let page = talk.page_of(feed.current);
    let slide = talk.deck.slides.get(feed.current.slide);
    let p = page.and_then(|k| talk.pages.get(k));
    serde_json::json!({
        "gen": talk.generation,
        "aspect": aspect(talk),
        "page": page,
        "next": page.map(|k| k + 1).filter(|k| *k < talk.pages.len()),
        "number": p.map(|p| p.number),
        "total": talk.slide_count(),
        "step": p.map(|p| [p.step + 1, p.steps]),
        "title": slide.and_then(|s| s.display_title()).map(RichText::to_plain),
        "notes": slide.map(|s| s.notes.iter().map(RichText::to_plain).collect::<Vec<_>>()),
        "elapsed": feed.clock.elapsed,
        "running": feed.clock.running,
        "planned": talk.deck.meta.duration_secs,
        "pace": feed.pace,
        "blank": blank_name(feed.blank),
        "audience": counts.0,
        "remotes": counts.1,
        // Plurals need the numbers: said here, in the interface's language.
        "counts": format!(
            "{} · {}",
            crate::t!("share-phones", n = counts.0),
            crate::t!("share-remotes", n = counts.1)
        ),
    })
    .to_string()
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `--share` through real HTTP on the loopback: what the audience may see (nothing ahead of the
//! projector), the remote's commands (its token, its session, POST only, the latest phone in
//! control), and the probes an attacker on the venue's network would try (paths out of the
//! talk, oversized requests, thousands of idle connections).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use estrade::layout::{Fonts, SlideRef};
use estrade::model::Deck;
use estrade::share::{Blank, ClockShown, Feed, RemoteCommand, ShareOptions, Sharing};

const DECK: &str = r#"Deck(
    title: "Partage",
    lang: "fr-CA",
    slides: [
        Title(title: "Première", author: "Ouverture"),
        Bullets(title: "Deuxième", items: "
- un
- deux
- trois", steps: true, notes: "Note de la deuxième"),
        Bullets(title: "Troisième", items: "
- secret de la troisième"),
        Bullets(title: "Quatrième", items: "
- la suite"),
    ],
)"#;

fn deck() -> Arc<Deck> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("talk.ron");
    std::fs::write(&path, DECK).unwrap();
    let loaded = estrade::deck::load_path(&path).unwrap();
    Arc::new(loaded.deck.unwrap_or_else(|| panic!("{:#?}", loaded.diagnostics)))
}

fn start() -> Sharing {
    let opts = ShareOptions {
        bind: "127.0.0.1".parse().unwrap(),
        port: Some(0),
    };
    Sharing::start(&opts, Box::new(|| {})).unwrap()
}

fn feed(deck: &Arc<Deck>, fonts: &Arc<Fonts>, slide: usize, step: usize) -> Feed {
    let at = SlideRef { slide, step };
    Feed {
        deck: deck.clone(),
        // The test deck shows no picture: nothing is read from its files.
        files: Arc::new(estrade::source::BuiltinSource),
        fonts: fonts.clone(),
        shown: at,
        blank: Blank::No,
        current: at,
        clock: ClockShown::default(),
        pace: None,
    }
}

/// The path part of an address (`/a/TOKEN/`).
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").unwrap().1;
    rest[rest.find('/').unwrap()..].to_string()
}

/// One request on a new connection: (status, head, body).
fn request(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("Content-Length: 0\r\n\r\n");
    s.write_all(req.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).to_string();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

/// An event stream: its `data:` lines, one event at a time (with its `event:` name).
struct Stream(BufReader<TcpStream>);

impl Stream {
    fn open(addr: SocketAddr, path: &str) -> Stream {
        let mut s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let mut line = String::new();
        r.read_line(&mut line).unwrap();
        assert!(line.contains(" 200 "), "{line}");
        Stream(r)
    }

    /// The next event: (name, data).
    fn next(&mut self) -> (String, String) {
        let (mut name, mut data) = (String::from("message"), String::new());
        loop {
            let mut line = String::new();
            if self.0.read_line(&mut line).unwrap() == 0 {
                panic!("stream closed");
            }
            let line = line.trim_end();
            // Chunked encoding: chunk sizes are lines of hex digits; skip them.
            if let Some(d) = line.strip_prefix("data:") {
                data.push_str(d.trim_start());
            } else if let Some(e) = line.strip_prefix("event:") {
                name = e.trim().to_string();
            } else if line.is_empty() && (!data.is_empty() || name != "message") {
                return (name, data);
            }
        }
    }

    fn next_json(&mut self) -> serde_json::Value {
        loop {
            let (name, data) = self.next();
            if name == "message" {
                return serde_json::from_str(&data).unwrap();
            }
        }
    }
}

#[test]
fn the_audience_sees_the_live_slide_and_nothing_ahead() {
    let (deck, fonts) = (deck(), Arc::new(Fonts::bundled().unwrap()));
    let sharing = start();
    let (addr, a) = (sharing.addr(), path_of(&sharing.audience_url));
    sharing.publish(feed(&deck, &fonts, 0, 0));

    let (status, head, page) = request(addr, "GET", &a, &[]);
    assert_eq!(status, 200);
    assert!(page.contains(r#"<html lang="fr-CA">"#), "{page}");
    assert!(!page.contains("secret"), "the shell page carries no slide");
    assert!(
        head.to_lowercase()
            .contains("content-security-policy: default-src 'none'"),
        "{head}"
    );
    assert!(head.to_lowercase().contains("referrer-policy: no-referrer"));

    let mut events = Stream::open(addr, &format!("{a}events"));
    let s = events.next_json();
    assert_eq!(s["live"], 0);
    assert_eq!(s["allowed"], serde_json::json!([[0, 0]]));
    let g = s["gen"].as_u64().unwrap();
    let (status, _, body) = request(addr, "GET", &format!("{a}page/{g}/0"), &[]);
    assert_eq!(status, 200);
    let painted: serde_json::Value = serde_json::from_str(&body).unwrap();
    let section = painted["sections"][0].as_str().unwrap();
    assert!(section.contains("Première") && section.contains("<svg"), "{section}");
    assert!(painted["css"].as_str().unwrap().contains("@font-face"));
    // Slide 2's first step, its other steps and the slides after: not sent.
    for k in 1..6 {
        assert_eq!(
            request(addr, "GET", &format!("{a}page/{g}/{k}"), &[]).0,
            404,
            "page {k}"
        );
    }

    // The speaker goes to the third slide, then back to the second's first step.
    sharing.publish(feed(&deck, &fonts, 2, 0));
    let s = events.next_json();
    let live = s["live"].as_u64().unwrap() as usize;
    assert_eq!(s["allowed"], serde_json::json!([[0, live]]));
    let (_, _, third) = request(addr, "GET", &format!("{a}page/{g}/{live}"), &[]);
    assert!(third.contains("secret de la troisi"), "{third}");
    sharing.publish(feed(&deck, &fonts, 1, 0));
    let s = events.next_json();
    assert_eq!(s["live"], 1);
    // The third slide was shown and stays open; the second's later steps, never shown, are
    // ahead again (no spoiler), and so is the fourth slide.
    assert_eq!(s["allowed"], serde_json::json!([[0, 1], [live, live]]));
    for k in [2, 3, live + 1] {
        assert_eq!(
            request(addr, "GET", &format!("{a}page/{g}/{k}"), &[]).0,
            404,
            "page {k}"
        );
    }
    assert_eq!(request(addr, "GET", &format!("{a}page/{g}/{live}"), &[]).0, 200);

    // A black screen is told; the page number stays.
    let mut black = feed(&deck, &fonts, 1, 0);
    black.blank = Blank::Black;
    sharing.publish(black);
    assert_eq!(events.next_json()["blank"], "black");
    // An old version's page is not served.
    assert_eq!(request(addr, "GET", &format!("{a}page/{}/0", g + 1), &[]).0, 404);
    assert_eq!(sharing.counts().0, 1, "one audience stream open");
}

#[test]
fn the_remote_moves_the_talk_only_with_its_token_its_session_and_a_post() {
    let (deck, fonts) = (deck(), Arc::new(Fonts::bundled().unwrap()));
    let sharing = start();
    let (addr, r, a) = (
        sharing.addr(),
        path_of(&sharing.remote_url),
        path_of(&sharing.audience_url),
    );
    assert_ne!(r.trim_start_matches("/r/"), a.trim_start_matches("/a/"), "two tokens");
    sharing.publish(feed(&deck, &fonts, 1, 0));

    let mut first = Stream::open(addr, &format!("{r}events"));
    let (name, session) = first.next();
    assert_eq!(name, "hello");
    let state = first.next_json();
    assert_eq!(state["notes"][0], "Note de la deuxième");
    assert_eq!(state["number"], 2);
    let session_header = [(estrade::share::SESSION_HEADER, session.as_str())];

    // The right POST works.
    let (status, _, _) = request(addr, "POST", &format!("{r}do/next"), &session_header);
    assert_eq!(status, 204);
    // Not with the audience's token, not with a GET, not without the session, not an unknown one.
    let audience_token = a.trim_start_matches("/a/");
    assert_eq!(
        request(addr, "POST", &format!("/r/{audience_token}do/next"), &session_header).0,
        404
    );
    assert_eq!(request(addr, "GET", &format!("{r}do/next"), &session_header).0, 405);
    assert_eq!(request(addr, "POST", &format!("{r}do/next"), &[]).0, 409);
    assert_eq!(request(addr, "POST", &format!("{r}do/reboot"), &session_header).0, 404);
    let wrong = format!("/r/{}/do/next", "A".repeat(22));
    assert_eq!(request(addr, "POST", &wrong, &session_header).0, 404);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(
        sharing.commands(),
        vec![RemoteCommand::Next],
        "one command passed, the rest refused"
    );

    // A second phone takes the remote: the first is told, and refused.
    let mut second = Stream::open(addr, &format!("{r}events"));
    let (_, session2) = second.next();
    loop {
        let (name, _) = first.next();
        if name == "taken" {
            break;
        }
    }
    assert_eq!(
        request(addr, "POST", &format!("{r}do/previous"), &session_header).0,
        409
    );
    let h2 = [(estrade::share::SESSION_HEADER, session2.as_str())];
    assert_eq!(request(addr, "POST", &format!("{r}do/black"), &h2).0, 204);
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(sharing.commands(), vec![RemoteCommand::ToggleBlack]);

    // A restart makes new tokens: the old address is refused (a replay).
    drop((first, second));
    drop(sharing);
    let again = start();
    sharing_replay(&again, &r, &session);
}

fn sharing_replay(sharing: &Sharing, old_remote: &str, old_session: &str) {
    let addr = sharing.addr();
    let h = [(estrade::share::SESSION_HEADER, old_session)];
    assert_eq!(request(addr, "POST", &format!("{old_remote}do/next"), &h).0, 404);
    assert!(sharing.commands().is_empty());
}

#[test]
fn probes_find_nothing_and_starve_no_one() {
    let (deck, fonts) = (deck(), Arc::new(Fonts::bundled().unwrap()));
    let sharing = start();
    let (addr, a) = (sharing.addr(), path_of(&sharing.audience_url));
    sharing.publish(feed(&deck, &fonts, 0, 0));
    let token = a.trim_start_matches("/a/").trim_end_matches('/');

    // Paths out of the talk: nothing but 404 (or 400 for what is not a path), never a file.
    for probe in [
        "/".to_string(),
        "/a/".to_string(),
        "/r/".to_string(),
        format!("/a/{token}/../../Cargo.toml"),
        format!("/a/{token}/%2e%2e/%2e%2e/etc/passwd"),
        format!("/a/{token}/assets/ceap/logo.png"),
        format!("/a/{token}/page/1/0/../../../../etc/passwd"),
        "/etc/passwd".to_string(),
        "/slides/ceap-2024.ron".to_string(),
        format!("/a/{token}/page/1/99999999999999999999999"),
    ] {
        let (status, _, body) = request(addr, "GET", &probe, &[]);
        assert!(status == 404 || status == 400, "{probe}: {status}");
        assert!(!body.contains("root:") && !body.contains("[package]"), "{probe}");
    }
    // An oversized request head is refused, and the server goes on.
    let big = "x".repeat(64 * 1024);
    let (status, _, _) = request(addr, "GET", &a, &[("X-Big", big.as_str())]);
    assert_ne!(status, 200);
    assert_eq!(request(addr, "GET", &a, &[]).0, 200);

    // 2000 idle connections from other addresses (1..=40 of 127.0.0.x, 50 each, within the
    // bound per address): someone else is still served at once.
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut idle = Vec::new();
    for host in 2..=41u8 {
        for _ in 0..50 {
            if let Some(s) = connect_from(&rt, IpAddr::from([127, 0, 0, host]), addr) {
                idle.push(s);
            }
        }
    }
    assert!(idle.len() >= 1900, "only {} idle connections opened", idle.len());
    let t = Instant::now();
    let (status, _, _) = request(addr, "GET", &a, &[]);
    assert_eq!(status, 200);
    assert!(
        t.elapsed() < Duration::from_secs(2),
        "served in {:?} beside 2000 idle",
        t.elapsed()
    );
    // One address opening more than its share is refused at the door.
    let mut mine = Vec::new();
    for _ in 0..80 {
        if let Some(s) = connect_from(&rt, IpAddr::from([127, 0, 0, 99]), addr) {
            mine.push(s);
        }
    }
    std::thread::sleep(Duration::from_millis(300));
    let closed = mine
        .iter_mut()
        .filter(|s| {
            s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
            matches!((&**s).read(&mut [0u8; 1]), Ok(0))
        })
        .count();
    assert!(closed >= 80 - 64, "{closed} of 80 closed (64 allowed per address)");
    // The idle ones are cut after the head timeout.
    std::thread::sleep(estrade::share::server::HEAD_TIMEOUT + Duration::from_secs(1));
    let cut = idle
        .iter_mut()
        .take(50)
        .filter(|s| {
            s.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
            matches!((&**s).read(&mut [0u8; 1]), Ok(0) | Err(_))
        })
        .count();
    assert_eq!(cut, 50, "idle connections are closed by the server");
}

/// A connection to `to` from the loopback address `ip` (a test comes from many addresses).
fn connect_from(rt: &tokio::runtime::Runtime, ip: IpAddr, to: SocketAddr) -> Option<TcpStream> {
    rt.block_on(async {
        let socket = tokio::net::TcpSocket::new_v4().ok()?;
        socket.bind(SocketAddr::new(ip, 0)).ok()?;
        let stream = tokio::time::timeout(Duration::from_secs(2), socket.connect(to))
            .await
            .ok()?
            .ok()?;
        let stream = stream.into_std().ok()?;
        stream.set_nonblocking(false).ok()?;
        Some(stream)
    })
}

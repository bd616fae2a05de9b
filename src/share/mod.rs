//! `estrade --share`: the talk on the audience's phones and the speaker's phone as a remote,
//! served from this machine on the local network, with no cloud. Off unless asked for.
//!
//! The app publishes where the talk is ([`Feed`]) through [`Sharing::publish`]; the [`hub`]
//! keeps the live states; the [`server`] (its own thread and tokio runtime) serves two pages,
//! each under its own random token: the audience's (the live slide, painted by the HTML
//! painter, earlier slides to browse, never a step or slide ahead) and the remote's (current
//! and next slide, notes, clock, a few POST commands that come back to the app as
//! [`RemoteCommand`]s). docs/share.md has the design and the threat model.

pub mod address;
pub mod check;
pub mod hub;
pub mod limits;
mod pages;
pub mod qr;
mod routes;
pub mod server;
pub mod talk;
pub mod token;

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

pub use hub::{Blank, ClockShown, Feed, RemoteCommand};
pub use routes::SESSION_HEADER;

/// The port tried first (then any free one, unless the port was asked for).
pub const DEFAULT_PORT: u16 = 8642;

/// Where to listen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShareOptions {
    /// The address to listen on: every interface by default.
    pub bind: IpAddr,
    /// The port; `None`: [`DEFAULT_PORT`], or any free one when it is taken.
    pub port: Option<u16>,
}

impl Default for ShareOptions {
    fn default() -> ShareOptions {
        ShareOptions {
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            port: None,
        }
    }
}

/// Why sharing could not start.
#[derive(Debug, thiserror::Error)]
pub enum ShareError {
    /// The port (or the address) could not be listened on.
    #[error("{}", crate::t!("share-error-bind", address = addr.to_string(), error = crate::i18n::os_reason(source)))]
    Bind { addr: SocketAddr, source: std::io::Error },
    /// The system's random generator failed (no token can be made).
    #[error("{}", crate::t!("share-error-random", error = .0.to_string()))]
    Random(getrandom::Error),
    /// The server's thread or runtime could not start.
    #[error("{}", crate::t!("share-error-start", error = crate::i18n::os_reason(.0)))]
    Start(std::io::Error),
}

/// Sharing in progress; dropping it stops the server at once.
pub struct Sharing {
    hub: Arc<hub::Hub>,
    running: server::Running,
    commands: Receiver<RemoteCommand>,
    /// The audience's address (with its token).
    pub audience_url: String,
    /// The speaker's remote address (with its token): for the speaker's eyes only.
    pub remote_url: String,
}

/// Listens as `opts` says: the port asked for, else [`DEFAULT_PORT`], else any free port.
pub fn listen(opts: &ShareOptions) -> Result<TcpListener, ShareError> {
    let at = |port| SocketAddr::new(opts.bind, port);
    match opts.port {
        Some(p) => TcpListener::bind(at(p)).map_err(|source| ShareError::Bind { addr: at(p), source }),
        None => TcpListener::bind(at(DEFAULT_PORT))
            .or_else(|_| TcpListener::bind(at(0)))
            .map_err(|source| ShareError::Bind { addr: at(0), source }),
    }
}

impl Sharing {
    /// Starts the server. `wake` is called when a remote sent a command (the app repaints to
    /// read it with [`Sharing::commands`]).
    pub fn start(opts: &ShareOptions, wake: Box<dyn Fn() + Send + Sync>) -> Result<Sharing, ShareError> {
        let listener = listen(opts)?;
        let (to_app, commands) = channel();
        let hub = Arc::new(hub::Hub::new(limits::Limits::default(), to_app, wake).map_err(ShareError::Random)?);
        let running = server::start(hub.clone(), listener).map_err(ShareError::Start)?;
        let host = if opts.bind.is_unspecified() {
            address::primary().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
        } else {
            opts.bind
        };
        let port = running.addr.port();
        Ok(Sharing {
            audience_url: address::url(host, port, &format!("/a/{}/", hub.audience_token.as_str())),
            remote_url: address::url(host, port, &format!("/r/{}/", hub.remote_token.as_str())),
            hub,
            running,
            commands,
        })
    }

    /// With `ESTRADE_SHARE_ADDRESSES=FILE` in the environment, writes the two addresses to FILE
    /// (readable by its owner only), one per line, audience first: for scripts and tests that
    /// drive a shared talk (the console shows them to people).
    pub fn write_addresses_for_scripts(&self) {
        let Some(path) = std::env::var_os("ESTRADE_SHARE_ADDRESSES") else {
            return;
        };
        let text = format!("{}\n{}\n", self.audience_url, self.remote_url);
        if let Err(e) = crate::writing::write_private(std::path::Path::new(&path), text.as_bytes()) {
            log::warn!("ESTRADE_SHARE_ADDRESSES: {e}"); // not user text
        }
    }

    /// Where the server listens.
    pub fn addr(&self) -> SocketAddr {
        self.running.addr
    }

    /// Tells the phones where the talk is (cheap when nothing changed).
    pub fn publish(&self, feed: Feed) {
        self.hub.publish(feed);
    }

    /// The commands the remote sent since the last call.
    pub fn commands(&self) -> Vec<RemoteCommand> {
        self.commands.try_iter().collect()
    }

    /// (audience pages, remotes) connected now.
    pub fn counts(&self) -> (usize, usize) {
        use std::sync::atomic::Ordering::Relaxed;
        (
            self.hub.counts.audience.load(Relaxed),
            self.hub.counts.remotes.load(Relaxed),
        )
    }
}

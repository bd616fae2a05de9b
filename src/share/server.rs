//! The server on its own thread and its own tokio runtime, so that nothing it does (or fails
//! to do) touches the talk: an accept loop that lets a connection in only within the
//! [`Limits`](super::limits::Limits), hyper serving each connection (a request's head must
//! arrive within a few seconds, and be small), the router answering.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use axum::http::StatusCode;
use axum::response::IntoResponse;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tower::ServiceExt as _;

use super::hub::Hub;

/// A request's head must arrive within this time (a slow-loris client is cut off), and an idle
/// connection is closed after it.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(5);
/// A request's head may take this many bytes at most.
pub const HEAD_BYTES: usize = 16 * 1024;

/// The server, running until dropped.
pub struct Running {
    pub addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(t) = self.thread.take() {
            // The runtime is shut down at once: open connections are dropped, not waited on.
            let _ = t.join();
        }
    }
}

/// Serves `hub` on `listener` (already bound, so that a port taken is told at once).
pub fn start(hub: Arc<Hub>, listener: StdListener) -> std::io::Result<Running> {
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = oneshot::channel();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("estrade-share")
        .enable_all()
        .build()?;
    let thread = std::thread::Builder::new()
        .name("estrade-share".into())
        .spawn(move || {
            runtime.block_on(serve(hub, listener, stopped));
            runtime.shutdown_timeout(Duration::from_millis(100));
        })?;
    Ok(Running {
        addr,
        stop: Some(stop),
        thread: Some(thread),
    })
}

async fn serve(hub: Arc<Hub>, listener: StdListener, mut stopped: oneshot::Receiver<()>) {
    let listener = match TcpListener::from_std(listener) {
        Ok(l) => l,
        Err(e) => {
            log::error!("share: cannot listen: {e}"); // not user text
            return;
        }
    };
    let router = super::routes::router(hub.clone());
    let ticker = {
        let hub = hub.clone();
        tokio::spawn(async move {
            let mut every = tokio::time::interval(Duration::from_secs(1));
            loop {
                every.tick().await;
                hub.recount();
            }
        })
    };
    loop {
        let accepted = tokio::select! {
            _ = &mut stopped => break,
            a = listener.accept() => a,
        };
        let (tcp, peer) = match accepted {
            Ok(a) => a,
            Err(e) => {
                // Out of file descriptors, say: wait a moment rather than spin.
                log::warn!("share: accept failed: {e}"); // not user text
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(admitted) = hub.limits.admit(peer.ip()) else {
            drop(tcp); // too many open, in all or from this address
            continue;
        };
        let _ = tcp.set_nodelay(true);
        let (router, hub) = (router.clone(), hub.clone());
        tokio::spawn(async move {
            let ip = peer.ip();
            let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
                let (router, hub) = (router.clone(), hub.clone());
                async move {
                    if !hub.limits.request(ip) {
                        return Ok::<_, Infallible>(StatusCode::TOO_MANY_REQUESTS.into_response());
                    }
                    router.oneshot(request.map(axum::body::Body::new)).await
                }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .max_buf_size(HEAD_BYTES)
                .serve_connection(TokioIo::new(tcp), service);
            let _ = connection.await;
            drop(admitted);
        });
    }
    ticker.abort();
}

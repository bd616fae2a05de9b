//! The addresses the server answers, and nothing else: under the audience token, the page, its
//! script and style, its event stream and the pages it may see; under the remote token, the
//! same for the remote and its few commands (POST only). Any other path, a wrong token, a wrong
//! method: 404 or 405 with an empty body. No file of the deck's folder is ever served; pages
//! are painted from the deck in memory.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use tokio_stream::StreamExt as _;
use tokio_stream::wrappers::WatchStream;

use super::hub::{Hub, RemoteCommand};
use super::pages;

/// What every answer carries: no caching by default, no referrer (the addresses hold the
/// tokens; a link followed from a slide must not hand them to another site), a strict content
/// policy (scripts only from the server, fonts and pictures only from inside the pages).
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src data:; img-src data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Every route.
pub fn router(hub: Arc<Hub>) -> Router {
    Router::new()
        .route("/a/{token}/", get(audience_page))
        .route("/a/{token}/app.js", get(audience_script))
        .route("/a/{token}/style.css", get(style))
        .route("/a/{token}/events", get(audience_events))
        .route("/a/{token}/page/{generation}/{page}", get(audience_slide))
        .route("/r/{token}/", get(remote_page))
        .route("/r/{token}/app.js", get(remote_script))
        .route("/r/{token}/style.css", get(style))
        .route("/r/{token}/events", get(remote_events))
        .route("/r/{token}/page/{generation}/{page}", get(remote_slides))
        .route("/r/{token}/do/{command}", post(remote_command))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(axum::middleware::map_response(secure))
        .with_state(hub)
}

async fn secure(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert("cross-origin-resource-policy", HeaderValue::from_static("same-origin"));
    h.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    r
}

type Hubbed = State<Arc<Hub>>;

fn audience_ok(hub: &Hub, token: &str) -> bool {
    hub.audience_token.matches(token)
}

fn remote_ok(hub: &Hub, token: &str) -> bool {
    hub.remote_token.matches(token)
}

fn typed(kind: &'static str, body: impl Into<axum::body::Body>) -> Response {
    ([(header::CONTENT_TYPE, kind)], body.into()).into_response()
}

async fn audience_page(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !audience_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    typed("text/html; charset=utf-8", pages::audience(&hub))
}

async fn remote_page(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    typed("text/html; charset=utf-8", pages::remote(&hub))
}

async fn audience_script(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !audience_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    typed("text/javascript; charset=utf-8", pages::AUDIENCE_JS)
}

async fn remote_script(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    typed("text/javascript; charset=utf-8", pages::REMOTE_JS)
}

async fn style(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !audience_ok(&hub, &token) && !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    typed("text/css; charset=utf-8", pages::CSS)
}

/// Server-sent events keep a quiet connection alive (and find dead ones) this often.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

async fn audience_events(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !audience_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let counted = hub.count("audience");
    let stream = WatchStream::new(hub.audience_feed()).map(move |json| {
        let _ = &counted; // counted while the stream lives
        Ok::<_, Infallible>(Event::default().data(&*json))
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response()
}

async fn remote_events(State(hub): Hubbed, Path(token): Path<String>) -> Response {
    if !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    // The latest remote to open takes control; the one before is told so.
    let session = super::token::session_id();
    hub.take_control(session.clone());
    let counted = hub.count("remote");
    let hello = tokio_stream::once(Ok::<_, Infallible>(Event::default().event("hello").data(&session)));
    let states = WatchStream::new(hub.remote_feed()).map(|json| Ok(Event::default().data(&*json)));
    let taken = WatchStream::from_changes(hub.remote_sessions())
        .filter(move |s| *s != session)
        .map(|_| Ok(Event::default().event("taken").data("")));
    let stream = hello.chain(states.merge(taken)).map(move |e| {
        let _ = &counted;
        e
    });
    Sse::new(stream)
        .keep_alive(KeepAlive::new().interval(KEEP_ALIVE))
        .into_response()
}

fn painted(result: super::talk::Painted) -> Response {
    match result {
        Ok(json) => (
            [
                (header::CONTENT_TYPE, "application/json"),
                // A page address names its deck version: it never changes.
                (header::CACHE_CONTROL, "private, max-age=86400, immutable"),
            ],
            json.to_string(),
        )
            .into_response(),
        Err(why) => {
            log::warn!("share: a page could not be painted: {why}"); // not user text
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn audience_slide(State(hub): Hubbed, Path((token, generation, page)): Path<(String, u64, usize)>) -> Response {
    if !audience_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match hub.talk() {
        Some(talk) if talk.generation == generation && hub.audience_may_see(&talk, page) => {
            painted(talk.painted(page, 1).await)
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn remote_slides(State(hub): Hubbed, Path((token, generation, page)): Path<(String, u64, usize)>) -> Response {
    if !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match hub.talk() {
        Some(talk) if talk.generation == generation && page < talk.pages.len() => painted(talk.painted(page, 2).await),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The header a remote's commands carry: its session, from its event stream. A browser sends
/// a custom header to another site only after asking, and this server never says yes: no page
/// elsewhere can press a key for the speaker.
pub const SESSION_HEADER: &str = "x-estrade-session";

async fn remote_command(
    State(hub): Hubbed,
    Path((token, command)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if !remote_ok(&hub, &token) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let Some(command) = RemoteCommand::parse(&command) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let session = headers.get(SESSION_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !hub.in_control(session) {
        // Another phone opened the remote since (or no stream was opened): it has control.
        return StatusCode::CONFLICT.into_response();
    }
    hub.command(command);
    StatusCode::NO_CONTENT.into_response()
}

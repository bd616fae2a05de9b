//! The two pages the phones open, their scripts and their style (`assets/share/`). The pages
//! carry their texts in the interface's language and the talk's language tag; the slides come
//! later, painted, through the event stream's page numbers.

use std::fmt::Write as _;

use super::hub::Hub;
use crate::render::html::markup::{attr, json_in_script, text};

/// The audience page's script.
pub const AUDIENCE_JS: &str = include_str!("../../assets/share/audience.js");
/// The remote's script.
pub const REMOTE_JS: &str = include_str!("../../assets/share/remote.js");
/// The style of both.
pub const CSS: &str = include_str!("../../assets/share/share.css");

fn head(out: &mut String, lang: &str, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"referrer\" content=\"no-referrer\"><title>{}</title><link rel=\"stylesheet\" href=\"style.css\"><style id=\"fonts\"></style></head>",
        attr(lang),
        text(title)
    );
}

fn talk_lang_and_title(hub: &Hub) -> (String, String) {
    hub.talk()
        .map(|t| (t.deck.meta.lang.clone(), t.deck.meta.title.clone()))
        .unwrap_or_else(|| (crate::i18n::lang().code().to_string(), "estrade".to_string()))
}

/// The audience's page: the live slide, browsing back, « back to live ».
pub fn audience(hub: &Hub) -> String {
    let (lang, title) = talk_lang_and_title(hub);
    let ui = crate::i18n::lang().code();
    let labels = serde_json::json!({
        "waiting": crate::t!("share-waiting"),
        "reconnecting": crate::t!("share-reconnecting"),
        "live": crate::t!("share-live"),
        "behind": crate::t!("share-behind-live"),
        "slide": crate::t!("share-slide-of", n = "{n}", total = "{total}"),
        "blank": crate::t!("share-blank"),
        "ended": crate::t!("share-ended"),
    });
    let mut out = String::new();
    head(&mut out, &lang, &title);
    let _ = write!(
        out,
        r#"<body class="audience"><header class="bar" lang="{ui}"><span id="where"></span><span id="status" role="status"></span></header><main aria-label="{title}"><h1 class="sr">{title_text}</h1><div id="stage"><p class="wait" lang="{ui}">{wait}</p></div></main><nav class="controls" lang="{ui}" aria-label="{nav}"><button id="prev" type="button" aria-label="{prev}">‹</button><button id="live" type="button" hidden>{back}</button><button id="next" type="button" aria-label="{next}">›</button></nav><div id="defs" aria-hidden="true"></div><script type="application/json" id="labels">{labels}</script><script src="app.js"></script></body></html>"#,
        title = attr(&title),
        title_text = text(&title),
        wait = text(&crate::t!("share-waiting")),
        nav = attr(&crate::t!("share-browse")),
        prev = attr(&crate::t!("share-earlier")),
        next = attr(&crate::t!("share-later")),
        back = text(&crate::t!("share-back-to-live")),
        labels = json_in_script(&labels.to_string()),
    );
    out
}

/// The speaker's remote: current and next slide, notes, clock, large buttons.
pub fn remote(hub: &Hub) -> String {
    let (lang, title) = talk_lang_and_title(hub);
    let ui = crate::i18n::lang().code();
    let labels = serde_json::json!({
        "waiting": crate::t!("share-waiting"),
        "reconnecting": crate::t!("share-reconnecting"),
        "taken": crate::t!("share-remote-taken"),
        "noNotes": crate::t!("share-no-notes"),
        "end": crate::t!("share-end"),
        "slide": crate::t!("share-slide-of", n = "{n}", total = "{total}"),
        "step": crate::t!("share-step-of", n = "{n}", total = "{total}"),
        "paused": crate::t!("share-clock-paused"),
        "timeUp": crate::t!("share-time-up"),
        "blackOn": crate::t!("share-black-on"),
    });
    let mut out = String::new();
    head(
        &mut out,
        &lang,
        &format!("{} · {title}", crate::t!("share-remote-title")),
    );
    let _ = write!(
        out,
        r#"<body class="remote" lang="{ui}"><header class="bar"><span id="clock" class="clock" role="timer">0:00</span><span id="pace"></span><span id="where"></span></header><div id="banner" role="alert" hidden></div><section class="now" aria-label="{current}"><div id="current" class="slideview" lang="{lang}"></div></section><section class="side"><h2>{next_h}</h2><div id="next" class="slideview small" lang="{lang}"></div><p id="counts"></p></section><section class="notes-box" aria-label="{notes_h}"><div class="notes-tools"><h2>{notes_h}</h2><button id="smaller" type="button" aria-label="{smaller}">A−</button><button id="bigger" type="button" aria-label="{bigger}">A+</button></div><div id="notes" lang="{lang}"></div></section><nav class="pad"><button id="black" type="button" aria-pressed="false">{black}</button><button id="clockbtn" type="button">{clock}</button><button id="prev" type="button">‹&nbsp;{prev}</button><button id="nextbtn" type="button">{next}&nbsp;›</button></nav><div id="defs"></div><script type="application/json" id="labels">{labels}</script><script src="app.js"></script></body></html>"#,
        lang = attr(&lang),
        current = attr(&crate::t!("share-current")),
        next_h = text(&crate::t!("share-next")),
        notes_h = text(&crate::t!("share-notes")),
        smaller = attr(&crate::t!("share-notes-smaller")),
        bigger = attr(&crate::t!("share-notes-bigger")),
        black = text(&crate::t!("share-black")),
        clock = text(&crate::t!("share-clock")),
        prev = text(&crate::t!("share-previous")),
        next = text(&crate::t!("share-next-button")),
        labels = json_in_script(&labels.to_string()),
    );
    out
}

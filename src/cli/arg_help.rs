//! The help text and value name of each argument, from the catalogues: clap's derive gives the
//! arguments, these functions give them words in the current language (`super::command`).

use clap::Arg;
use estrade::t;

/// The help of an argument of `estrade` itself.
pub(super) fn top_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "deck" => arg.help(t!("cli-deck-help")).value_name(t!("cli-value-deck")),
        "windowed" => arg.help(t!("cli-windowed-help")),
        "presenter" => arg.help(t!("cli-presenter-help")),
        "kiosk" => arg.help(t!("cli-kiosk-help")),
        "advance" => arg.help(t!("cli-advance-help")).value_name(t!("cli-value-seconds")),
        "no_loop" => arg.help(t!("cli-no-loop-help")),
        "allow_navigation" => arg.help(t!("cli-allow-navigation-help")),
        "idle_return" => arg.help(t!("cli-idle-return-help")).value_name(t!("cli-value-seconds")),
        "reload" => arg.help(t!("cli-reload-help")).value_name(t!("cli-value-reload")),
        "log" => arg.help(t!("cli-log-help")).value_name(t!("cli-value-file")),
        "ink" => arg.help(t!("cli-ink-help")),
        "follow_edits" => arg.help(t!("cli-follow-edits-help")),
        "audience_monitor" => arg.help(t!("cli-audience-monitor-help")),
        "fresh" => arg.help(t!("cli-fresh-help")),
        "rehearse" => arg.help(t!("cli-rehearse-help")),
        "share" => arg.help(t!("cli-share-help")),
        "share_port" => arg.help(t!("cli-share-port-help")).value_name(t!("cli-value-port")),
        "share_bind" => arg.help(t!("cli-share-bind-help")).value_name(t!("cli-value-address")),
        "quit_after_first_frame" => arg.help(t!("cli-quit-after-first-frame-help")),
        "licences" => arg.help(t!("cli-licences-help")),
        _ => arg,
    }
}

/// The help of an argument of `estrade new`.
pub(super) fn new_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "name" => arg.help(t!("cli-new-name-help")).value_name(t!("cli-value-name")),
        "from" => arg.help(t!("cli-new-from-help")).value_name(t!("cli-value-deck")),
        "empty" => arg.help(t!("cli-new-empty-help")),
        _ => arg,
    }
}

/// The help of an argument of `estrade export`.
pub(super) fn export_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "deck" => arg.help(t!("cli-export-deck-help")).value_name(t!("cli-value-deck")),
        "pdf" => arg.help(t!("cli-export-pdf-help")).value_name(t!("cli-value-out-pdf")),
        "handout" => arg.help(t!("cli-export-handout-help")),
        "notes_pages" => arg.help(t!("cli-export-notes-pages-help")),
        "per_page" => arg.help(t!("cli-export-per-page-help")),
        "steps" => arg.help(t!("cli-export-steps-help")),
        "pdfpc" => arg.help(t!("cli-export-pdfpc-help")),
        "ink" => arg.help(t!("cli-export-ink-help")),
        "png" => arg.help(t!("cli-export-png-help")).value_name(t!("cli-value-dir")),
        "html" => arg
            .help(t!("cli-export-html-help"))
            .value_name(t!("cli-value-out-html")),
        "no_notes" => arg.help(t!("cli-export-no-notes-help")),
        "scale" => arg.help(t!("cli-export-scale-help")).value_name(t!("cli-value-scale")),
        "paper" => arg.help(t!("cli-export-paper-help")).value_name(t!("cli-value-paper")),
        "include_hidden" => arg.help(t!("cli-export-include-hidden-help")),
        _ => arg,
    }
}

/// The help of an argument of `estrade screens`.
pub(super) fn screens_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "audience_monitor" => arg.help(t!("cli-screens-audience-monitor-help")),
        _ => arg,
    }
}

/// The help of an argument of `estrade share`.
pub(super) fn share_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "check" => arg.help(t!("cli-share-check-help")),
        "port" => arg
            .help(t!("cli-share-check-port-help"))
            .value_name(t!("cli-value-port")),
        "bind" => arg
            .help(t!("cli-share-check-bind-help"))
            .value_name(t!("cli-value-address")),
        _ => arg,
    }
}

/// The help of an argument of `estrade import`.
pub(super) fn import_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "from" => arg.help(t!("cli-import-from-help")).value_name(t!("cli-value-deck")),
        "slides" => arg.help(t!("cli-import-slides-help")).value_name(t!("cli-value-ids")),
        "into" => arg.help(t!("cli-import-into-help")).value_name(t!("cli-value-deck")),
        "after" => arg.help(t!("cli-import-after-help")).value_name(t!("cli-value-id")),
        "update" => arg.help(t!("cli-import-update-help")).value_name(t!("cli-value-ids")),
        "force" => arg.help(t!("cli-import-force-help")),
        "dry_run" => arg.help(t!("cli-import-dry-run-help")),
        _ => arg,
    }
}

/// The help of an argument of `estrade check`.
pub(super) fn check_arg(arg: Arg) -> Arg {
    match arg.get_id().as_str() {
        "deck" => arg.help(t!("cli-deck-file-help")).value_name(t!("cli-value-deck")),
        "count_steps" => arg.help(t!("cli-check-count-steps-help")),
        "message_format" => arg
            .help(t!("cli-check-message-format-help"))
            .value_name(t!("cli-value-format")),
        _ => arg,
    }
}

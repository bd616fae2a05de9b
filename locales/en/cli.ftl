# The command line: its help (src/cli.rs) and its messages (src/main.rs, src/export.rs,
# src/scaffold.rs). The help texts repeat the doc comments of src/cli.rs word for word.
# `error:` and `warning:` stay in English in every language (problem matchers look for them).

## The help's headings, as printed (clap adds the colon of the last three itself).
cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:

## Names of the values in the help (<SECONDS>, [DECK]…).
cli-value-seconds = SECONDS
cli-value-file = FILE
cli-value-deck = DECK
cli-value-name = NAME
cli-value-out-pdf = OUT.pdf
cli-value-out-html = OUT.html
cli-value-dir = DIR
cli-value-scale = SCALE
cli-value-paper = PAPER
cli-value-reload = RELOAD
cli-value-lang = LANG
cli-value-command = COMMAND

## estrade [OPTIONS] [DECK]
cli-about = Desktop slide-deck presenter: hand-written RON decks, full-screen egui presentation
cli-deck-help = Deck to present (default: slides/ceap-2024.ron here, else the built-in CÉAP talk)
cli-windowed-help = Start in a window instead of full screen
cli-presenter-help = Open the presenter console (current and next slide, notes, clocks) on the second screen, or the presenter view on one screen (S switches to the slides)
cli-kiosk-help = Kiosk playback: full screen, auto-advance, loop, input locked (leave with Ctrl+Alt+Q held for 2 s, or a signal); errors go to the log, nothing pops up
cli-advance-help = Kiosk: seconds per slide when the slide has no `duration`
cli-no-loop-help = Kiosk: stop on the last slide instead of starting over
cli-allow-navigation-help = Kiosk: visitors may page with the arrow keys (auto-play resumes after --idle-return)
cli-idle-return-help = Kiosk: seconds without input before auto-play resumes
cli-reload-help = Kiosk: when to take an updated deck file
cli-reload-next-loop = At the next return to the first slide
cli-reload-now = As soon as the file changes
cli-log-help = Kiosk: append timestamped messages to this file (default: standard error)
cli-follow-edits-help = After an edit of the deck, jump to the first changed slide (when the current one is unchanged)
cli-audience-monitor-help = Put the audience view full screen on this monitor (0, 1, … as `estrade screens` lists them) instead of the one estrade picks (the external screen)
cli-fresh-help = Start from the first slide with the clock at zero, ignoring the position saved by an earlier run of this deck (a restart within 12 hours resumes there otherwise)
cli-rehearse-help = Rehearse: record how long each slide stays on screen, saved as DECK.timings.ron on quit (implies --presenter)
cli-quit-after-first-frame-help = Diagnostic: quit once the first slide is on screen, printing the time since start and the resident memory (used by benches/process.sh)
cli-lang-help = Language of the interface and of the messages (default: the system's)

## The subcommands.
cli-new-about = Create a new deck folder: a starter deck showing every slide kind, or a copy of DECK
cli-new-name-help = Folder to create
cli-new-from-help = Copy this deck and its assets instead of the starter deck
cli-new-empty-help = Only an opening and a closing slide, instead of the starter deck's examples
cli-export-about = Export a deck: vector PDF (slides, handouts or notes pages), pdfpc notes, PNG images
cli-deck-file-help = The deck file
cli-export-pdf-help = Write a PDF here
cli-export-handout-help = Handouts: each slide with its notes below, on paper (see --paper)
cli-export-notes-pages-help = A page of notes after each slide page
cli-export-steps-help = One page per step (incremental bullets), instead of one per slide
cli-export-pdfpc-help = Also write OUT.pdfpc beside the PDF, for the pdfpc presenter
cli-export-png-help = Write one PNG per slide into this folder
cli-export-html-help = Write the talk as one web page (HTML with its fonts and images inside; a folder ending in / gets index.html and their files)
cli-export-no-notes-help = Leave the speaker notes out of the web page (for publishing)
cli-export-scale-help = PNG scale: 1 gives 1920×1080 for a 16:9 deck
cli-export-paper-help = Paper size for handouts
cli-export-include-hidden-help = Include slides marked `hidden: true`
cli-screens-about = List the monitors and what estrade would show on each (check the room before the talk)
cli-ids-about = List a deck's slides: id, number of steps, title (what an Include needs)
cli-screens-audience-monitor-help = As for presenting: the audience view on this monitor
cli-check-about = Load and validate a deck, or every deck of a folder; print every problem (exit 0 clean, 1 errors, 2 unreadable)
cli-check-count-steps-help = Only print how many "next" presses walk through every step (for scripts)

## What clap would write itself for -h, -V and `estrade help`.
cli-help-flag = Print help
cli-help-flag-short = Print help (see more with '--help')
cli-help-flag-long = Print help (see a summary with '-h')
cli-version-flag = Print version
cli-help-command = Print this message or the help of the given subcommand(s)
cli-help-command-arg = Print help for the subcommand(s)

## Messages.
cli-error = error: { $message }
cli-warning = warning: { $message }
cli-created = created { $deck }: present it with `estrade { $typed }`, check it with `estrade check { $typed }`
cli-new-exists = { $dir } already exists: choose another name (nothing was overwritten)
cli-new-builtin-file = (built-in)/{ $path }
# The counts come from common.ftl: "3 slides", "1 error", "0 warnings".
cli-check-summary = { $file }: { $slides }, { $errors }, { $warnings }
cli-check-no-decks = no deck in { $folder } (nor in its slides/ folder): name a deck file, e.g. `estrade check slides/talk.ron`
cli-check-slides-uncounted = slides not counted (the file could not be read as a deck)
cli-export-with-problems = exporting with the problems above: missing files appear as placeholders
cli-export-not-built = { $deck }: not exported: fix the errors above first (nothing was written)
# The progress bar; $bar, $pos and $len are the bar and its counts, filled in as pages are made.
cli-export-progress = { $bar } { $pos }/{ $len } pages
# $outputs: the files written, as the three messages below, joined by commas.
cli-exported = exported { $outputs } in { $seconds } s
cli-exported-pdf = { $file } ({ $page_count ->
    [one] { $page_count } page
   *[other] { $page_count } pages
}, { $kib } KiB)
cli-exported-png = { $count } PNG in { $dir }
cli-exported-html = { $file } ({ $kib } KiB)
cli-export-no-output = nothing to export: give --pdf FILE, --png DIR and/or --html FILE
cli-export-pdfpc-without-pdf = --pdfpc needs --pdf (the notes file goes beside the PDF)
# A PDF bookmark for a slide that has no title.
cli-export-bookmark = Slide { $number }
cli-screens-failed = cannot read the screens (is there a display?): { $error }
cli-window-failed = cannot open a window: { $error }
# clap's own notes after an option's help, written by estrade in languages other than English.
cli-default-value = [default: { $value }]
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:
cli-possible-value = - { $name }: { $help }
import-unusable = `{ $file }` cannot be used as it is; fix these first (`estrade check` lists them):
import-would-break = importing these slides would give `{ $file }` errors it does not have; nothing was changed:
import-outside-project = the folder it goes in leads out of the project (a link): nothing was copied
import-same-deck = the two decks are the same file: name the deck to take slides from, then the deck that receives them
import-unknown-id = the other deck has no slide with id `{ $id }`
import-unknown-after = this deck has no slide with id `{ $id }` to insert after
import-included = slide `{ $id }` comes from an `Include` in the other deck: import it from the deck it is included from
import-no-slide-list = `{ $file }` has no `slides: [...]` list to add the slides to
import-write-failed = cannot write { $path }: { $reason }
import-comment = imported from { $from } (slide `{ $id }`)
import-no-target = this folder has no deck to import into: name it with `--into DECK`
import-several-targets = this folder has several decks ({ $found }): name the one to import into with `--into DECK`
cli-import-about = Copy slides of another deck into this one, with exactly the images and tables they use
cli-import-from-help = The deck to take slides from (not with --update: each imported slide names its own)
cli-import-slides-help = Which slides: ids and first..last ranges, separated by commas (`estrade ids` lists them); without it, a window shows the slides to choose
cli-import-into-help = The deck that receives them (default: the one deck of this folder)
cli-import-after-help = Insert them after this slide (default: at the end)
cli-value-ids = IDS
cli-value-id = ID
import-done = imported { $slides } into { $deck }: { $ids }
import-copied = copied: { $files }
import-reused = already there, used as they are: { $files }
import-missing = not found in the other deck, not copied: { $files }
update-done = { $deck }: { $n ->
    [one] { $n } slide
   *[other] { $n } slides
} taken again
update-new-files = new files: { $files }
update-gone = `{ $id }`: { $from } no longer has slide `{ $from_id }`; correct its `origin`, or remove `origin` to stop following it
update-unreadable = `{ $id }`: its origin { $from } cannot be read: { $reason }
update-edited-here = `{ $id }`: changed in { $from }, but edited here too since it was imported: kept; `--force` replaces it (the changes below say what your edits would lose)
update-would-update = `{ $id }`: changed in { $from }; would be taken again (--dry-run: nothing written)
update-updated = `{ $id }`: taken again from { $from }
update-up-to-date = `{ $id }`: the same as in { $from }
update-none = { $deck } has no imported slides (they are marked with `origin` by `estrade import`)
import-not-imported = slide `{ $id }` was not imported (it has no `origin`): `--update` takes again only imported slides
cli-import-dry-run-help = With --update: show what would change, write nothing
cli-import-force-help = With --update: replace slides edited here too (the changes shown say what is lost)
cli-import-update-help = Take again the imported slides whose original changed (these ids, or all): shows the changes, keeps slides edited here
cli-check-message-format-help = How to print the problems: for people, JSON lines for editors, GitHub annotations
cli-value-format = FORMAT
cli-export-per-page-help = Handouts with N slides a page (1, 2, 3 with lines for notes, 4, 6 or 9), without notes
cli-export-per-page-values = use 1, 2, 3, 4, 6 or 9
cli-export-pdfpc-with-per-page = --pdfpc needs one slide a page: leave out --per-page
cli-export-ink-help = Draw the ink saved beside the deck (DECK.ink.ron) over the slides
cli-export-ink-orphans = the ink file has ink for slides this deck no longer has ({ $ids }): kept in the file, not printed
cli-ink-help = Kiosk: show the ink saved beside the deck (visitors cannot draw; elsewhere ink is always shown)
cli-export-deck-help = The deck file (default: slides/ceap-2024.ron here, else the built-in CÉAP talk)
cli-completions-about = Print shell completions for estrade on standard output
cli-completions-shell-help = The shell: bash, zsh or fish
cli-man-about = Print estrade's manual page (roff) on standard output
cli-value-shell = SHELL
cli-builtin-talk = the built-in CÉAP talk
cli-deck-already-presented = { $path } is already being presented by estrade (process { $pid }): switch to that window, or quit it first
cli-screens-no-display = no display to read the screens from: neither DISPLAY nor WAYLAND_DISPLAY is set (run it from the desktop session)
cli-export-over-input = { $file } is a file this export reads (the deck, its ink or timings, a picture or table it shows): choose another output
cli-export-twice = { $file } is named twice as an output of this export: choose two files

## Parse errors of the command line (clap's, translated).
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-invalid-value-choice = invalid value '{ $value }' for '{ $arg }': use one of { $valid }
cli-error-missing-value = { $arg } needs a value
cli-error-unknown-argument = unknown argument '{ $arg }'
cli-error-unknown-command = unknown command '{ $command }'
cli-error-missing-argument = missing: { $args }
cli-error-conflict = { $arg } cannot be used with { $prior }
cli-error-too-many-values = '{ $value }' is one value too many for { $arg }
cli-error-no-equals = { $arg } takes its value after `=`
cli-error-did-you-mean = did you mean '{ $name }'?
cli-error-more = For more, try `estrade --help` (or `estrade COMMAND --help`).

## The operating system's reasons (std::io::ErrorKind), after a file's name.
os-not-found = no such file or folder
os-permission-denied = permission denied
os-already-exists = it already exists
os-storage-full = the disk is full
os-read-only = the disk is read-only
os-is-a-folder = it is a folder
os-not-a-folder = a part of the path is not a folder
os-folder-not-empty = the folder is not empty
os-file-too-large = the file is too large for the disk
os-crosses-devices = it would move the file to another disk
cli-man-out-help = Write the manual pages (estrade.1 and one per command) into this folder instead
cli-man-written = manual pages written in { $folder }: { $pages }

## The manual page's own sections (after clap's), `estrade man`.
man-keys = Keys
man-files = Files
man-environment = Environment
man-exit-status = Exit status
man-examples = Examples
man-term-ink = NAME.ink.ron
man-term-timings = NAME.timings.ron
man-file-ink = The ink drawn on a deck NAME.ron, saved beside it (read back when the deck opens; `export --ink` draws it).
man-file-timings = The timings of a rehearsal of NAME.ron, beside it (the console's pace uses them).
man-file-assets = The project's pictures (images/), tables (data/) and themes (themes/); paths in a deck are relative to it.
man-file-state = Where the talk is resumed after a crash, the notes' size and the lock that keeps one presenter per deck (~/.local/state/estrade/ when XDG_STATE_HOME is not set).
man-file-kiosk-env = Options of the kiosk unit estrade-kiosk@.service, as ESTRADE_KIOSK_ARGS=…
man-env-lang = The interface's language, French or English (--lang overrides it).
man-env-display = The display server: Wayland whenever WAYLAND_DISPLAY is set, else X11.
man-env-log = A debug log on standard error, e.g. RUST_LOG=estrade=debug (silent otherwise).
man-env-xdg = Where the state folder and kiosk.env are looked for.
man-env-state-dir = Another state folder (tests, kiosks that keep it elsewhere).
man-exit-0 = Done; for check, a deck without errors (warnings allowed).
man-exit-1 = The deck has errors, or the command failed.
man-exit-2 = A file could not be read, or the command line is wrong.
man-example-builtin = Presents the CÉAP talk built into the program (or slides/ceap-2024.ron here).
man-example-presenter = Presents a deck with the presenter console on the second screen.
man-example-check = Checks every deck of the folder and of its slides/.
man-example-export = A PDF of the talk and its notes for pdfpc.
man-example-new = A new deck with only an opening and a closing slide.
man-example-import = Copies the slide « causes » of another deck, with its pictures, before the closing slide.

## estrade --licences
cli-licences-help = Print the licences of estrade, of the fonts built in (with the full text of the SIL Open Font License) and of the Rust crates linked in, then exit
licences-estrade = estrade { $version }: MIT or Apache-2.0, at your choice (LICENSE-MIT and LICENSE-APACHE; installed in /usr/share/doc/estrade/).
licences-fonts = Fonts built into the program, embedded in the PDFs and web pages it exports:
licences-lato = Lato 2.007, © 2010–2014 tyPoland Łukasz Dziedzic: SIL Open Font License 1.1 (its text is below).
licences-open-sans = Open Sans 1.10, © 2010–2011 Google Corporation: Apache License 2.0.
licences-egui-fonts = egui's interface fonts, for the console and the help (epaint_default_fonts in the list below, licence texts in third-party-licences.md): Ubuntu Light (Ubuntu Font Licence 1.0), Hack (MIT), Noto Emoji (SIL OFL 1.1), emoji-icon-font (MIT).
licences-crates = { $count } Rust crates linked into the program's builds for Linux, arm64 and Windows (name, version, licence; their texts: third-party-licences.md in the documentation, /usr/share/doc/estrade/ on Debian):
licences-ofl-follows = The SIL Open Font License 1.1, under which Lato is shipped:
cli-share-help = Share the talk on the local network: the audience follows on their phones, your phone is a remote (addresses and QR codes in the console; off unless asked for)
cli-share-port-help = Sharing: listen on this port (default: 8642, or any free port when it is taken)
cli-share-bind-help = Sharing: listen on this address only (default: every interface)
cli-share-about = Check the network before a shared talk: the address and port the phones would use, and what may block them
cli-share-check-help = Run the checks (the only thing `estrade share` does for now)
cli-share-check-port-help = The port to check (default: 8642, or the free port that would be used)
cli-share-check-bind-help = The address to check (default: every interface)
cli-value-port = PORT
cli-value-address = ADDRESS

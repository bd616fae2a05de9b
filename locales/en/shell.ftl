# The app shell: window titles, messages for the speaker, the kiosk log, the display kept
# awake, the resume after a crash and the table of `estrade screens`.

## Window titles
app-window-title = { $title } — estrade

## Quitting, swapping the screens, the file dialogs, exporting, rehearsing
app-quit-confirm = The talk clock is running: press Q again to quit, Esc to stay.
app-swap-one-screen = One screen: nothing to swap (S shows the slides).
app-dialog-deck-filter = estrade deck
app-export-default-name = deck
app-exporting = Exporting…
app-export-done = Exported { $path } ({ $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
})
app-export-failed = Export failed: { $error }
app-dialog-failed = The file dialog could not open: { $error }
app-rehearsal-saved = Rehearsal timings saved to { $path }
app-rehearsal-save-failed = Could not save rehearsal timings: { $error }
app-audience-monitor-missing = { $count ->
    [one] --audience-monitor { $n }: there is only { $count } monitor; placed automatically
   *[other] --audience-monitor { $n }: there are only { $count } monitors; placed automatically
}

## The screens (`estrade screens`, the log of the placement)
app-screens-log = screens: { $screens }
app-screens-none = no monitor reported (windows go where the system puts them)
app-screens-no-name = (no name)
app-screens-geometry = { $width }×{ $height } at { $x },{ $y }
app-screens-scale = scale { $scale }
app-screens-primary = primary
app-screens-role-single = → console or audience (one at a time)
app-screens-role-audience = → audience
app-screens-role-console = → console
app-screens-role-unused = → unused
app-screens-twin = → the same screen as { $index }, listed twice

## The kiosk log (each line after a timestamp)
app-kiosk-reload-at-loop-start = the deck changed; it will be reloaded at the next loop start
app-kiosk-the-deck = the deck
app-kiosk-loaded = loaded { $name } ({ $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
})
app-kiosk-ignored = ignored an invalid update of { $name } ({ $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
})
app-kiosk-black = cannot show { $name } ({ $problems ->
    [one] { $problems } problem
   *[other] { $problems } problems
}): the screen stays black until the file can be shown (it is watched)
app-kiosk-close-refused = a request to close the window was refused (kiosk)
app-kiosk-exit-chord = exit chord held: quitting

## Slides, fonts and images that fail during the talk
app-layout-failed-log = the layout of slide `{ $id }` failed: { $why }
app-layout-failed = Slide `{ $id }` could not be laid out: { $why }
app-unknown-panic = unknown panic
app-fonts-kept = { $error }; the previous fonts are kept
app-image-decoder-start-failed = cannot start the image decoder: { $error }
app-image-decoder-stopped = the image decoder stopped
app-image-lost = { $name } can no longer be read ({ $why }); the picture already loaded stays on screen
app-image-unreadable = { $name } cannot be read ({ $why }): the audience will see an empty place instead of this picture

## Resume after a crash
app-resumed = Resumed after a restart at slide { $slide }, talk clock { $clock }. Shift+Home starts over from slide 1.
app-position-save-failed = Could not save the position for a resume: { $error }
app-resume-create-dir = cannot create the folder { $path }: { $error }
app-resume-serialize = cannot write the saved state as RON: { $error }
app-resume-write = cannot write { $error }

## The display kept awake (the reason desktops show, and how it is held)
app-awake-reason = Presenting a slide deck
app-display-kept-awake = display kept awake: { $how }
app-awake-none = none: { $why }
app-awake-nothing = nothing
app-awake-x11-reset = X11 screensaver reset
app-awake-x11-stopped = X11 screensaver reset stopped working: { $error }
app-awake-platform = keepawake (display and idle sleep)
app-awake-dbus-held = { $service } (cookie { $cookie })
app-awake-dbus-held-at = { $service } at { $path } (cookie { $cookie })
app-awake-unavailable = { $service } unavailable: { $error }
app-awake-dbus = D-Bus: { $error }
app-awake-wayland-held = Wayland idle-inhibit
app-awake-wayland-connect = Wayland: cannot reach the compositor ({ $error })
app-awake-wayland = Wayland: { $error }
app-awake-wayland-absent = Wayland: the compositor does not offer idle-inhibit
app-awake-no-bus = no session bus could be reached
app-awake-x11-connect = X11 connect: { $error }
app-awake-x11 = X11: { $error }
app-awake-keepawake = keepawake: { $error }
app-awake-no-display = X11: DISPLAY is not set
# $what: `x11` for the X server, else the D-Bus name of the service.
app-awake-timeout = { $what ->
    [x11] the X server
   *[other] { $what }
} did not answer within { $ms } ms
app-awake-thread = could not start a helper thread: { $error }
app-awake-unsupported = unsupported on this platform

## `--quit-after-first-frame`
app-first-frame = first frame on screen { $ms } ms after start; resident memory { $memory }
app-memory-unknown = unknown

# Drawing on the slides
app-ink-tool = { $tool }, { $colour }: drag on the slide ({ $key } puts it down)
app-ink-eraser = Eraser: touch a stroke to remove it (E puts it down)
app-ink-off = Drawing off
app-ink-hidden = Ink hidden (Shift+D shows it)
app-ink-shown = Ink shown
app-ink-cleared = This slide's ink is cleared (Ctrl+Z brings it back)
app-ink-nothing-to-undo = Nothing to undo
app-ink-nothing-to-redo = Nothing to redo
app-ink-save-failed = Ink not saved: { $error }
app-ink-unreadable = The ink file { $path } cannot be read ({ $problem }). Its ink is not shown; the file is left as it is until you draw, then kept as { $aside }.
app-ink-set-aside = The unreadable ink file was kept as { $aside }; the ink drawn now is in { $path }.
app-ink-not-saved-builtin = The built-in talk has no file beside which to save ink: it stays until you quit (estrade new makes a deck of your own).
app-deck-has-errors = The deck has errors; the last good version stays (S: the presenter view lists them)
app-start-over-confirm = Press Shift+Home again to start over (the clock goes back to 0:00); Esc cancels
app-window-not-created = the window could not be opened (RUST_LOG=eframe=debug estrade … tells why)
app-awake-nothing-warning = Nothing keeps the screen awake on this desktop: switch off screen blanking and sleep in its settings before the talk, or the projector may go dark.
app-board-shown = Board { $n } of { $total } of this slide
app-board-blank = A blank board (this slide has { $total } more: → and ←)
app-import-no-file = slides are imported into a deck file: this deck has none (open one with Ctrl+O)
app-import-dialog-title = Import slides from which deck?
app-import-failed = nothing imported: { $error }
app-import-done = { $n ->
    [one] { $n } slide imported
   *[other] { $n } slides imported
}: { $ids }

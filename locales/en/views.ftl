# The presenter's screens: the console, the help, the overlays of the audience view.

## The key table (src/app/keys.rs): what each key does in the `?` help, other ways to do it,
## and the short label of the console's key strip.
ui-help-title = Keys
ui-help-next = next step or slide
ui-also-next = click, wheel down
ui-strip-next = next
ui-help-previous = previous step or slide
ui-also-previous = right click, wheel up
ui-strip-previous = previous
ui-help-first = first slide
ui-help-last = last slide
ui-help-digits = type a slide number…
ui-help-confirm = …go to that slide (else: next)
ui-help-start-over = start over: first slide, clock at zero
ui-help-fullscreen = full screen on / off
ui-help-escape = close overlays, leave full screen (never quits)
ui-help-open = open another deck
ui-also-open = drop a .ron file
ui-help-export = export the deck to PDF
ui-help-presenter = presenter console on / off (one screen: presenter view or slides)
ui-strip-presenter = console / slides
ui-help-swap = swap the audience and console screens
ui-strip-swap = swap screens
ui-help-black = black screen (again to return; → ← then show the boards drawn on this slide)
ui-strip-black = black
ui-help-white = white screen (again to return; → ← then show the boards drawn on this slide)
ui-strip-white = white
ui-help-freeze = freeze the audience view while the console moves on
ui-strip-freeze = freeze
ui-help-overview = overview of all slides (arrows, Enter)
ui-strip-overview = overview
ui-help-search = go to a slide by number or title words
ui-strip-search = go to
ui-help-reset-clock = reset the talk clock
ui-help-clock = start or pause the talk clock
ui-strip-clock = clock
ui-help-bigger = larger notes
ui-strip-bigger = larger notes
ui-help-smaller = smaller notes
ui-help-notes-down = scroll the notes down
ui-help-notes-up = scroll the notes up
ui-strip-smaller = smaller notes
ui-help-laser = laser pointer on the audience view
ui-also-laser = hold the mouse on the console's slide
ui-help-help = show / hide this help
ui-strip-help = keys
ui-help-quit = quit (while the clock runs: press again)

## Key names.
ui-key-page-down = PgDn
ui-key-page-up = PgUp
ui-key-escape = Esc
ui-key-space = Space
ui-key-enter = Enter
ui-key-home = Home
ui-key-end = End
ui-key-backspace = Backspace
ui-chord-shift = Shift+{ $key }
ui-chord-ctrl = Ctrl+{ $key }

## The console.
ui-console-title = estrade — presenter console
ui-console-no-deck = No deck.
ui-wall-clock-hover = wall clock
ui-clock-paused = { $time } (paused)
ui-clock-not-started = { $time } (starts on →)
ui-clock-hover = elapsed talk time (T pauses, Shift+T resets)
ui-time-left = { $time } left
ui-time-left-hover = remaining against the planned duration
ui-pace-waiting = pace: once the clock runs
ui-pace-on-time = on time
ui-pace-behind = behind by { $minutes } min
ui-pace-ahead = ahead by { $minutes } min
ui-progress-hover = planned time of the slides before this one, of the whole talk
ui-where-slide = slide { $n } / { $total }
ui-where-step = step { $step } / { $steps }
ui-flag-frozen = AUDIENCE FROZEN (Z)
ui-flag-black = BLACK SCREEN (B)
ui-flag-white = WHITE SCREEN (W)
ui-search-title = Go to slide
ui-search-prompt = type a number or words of a title
ui-search-none = no slide has these words in its title
ui-search-keys = ↑ ↓ choose · Enter go · Esc cancel
ui-search-candidate = { $n } · { $title }

## The console's slides and notes.
ui-caption-current = Current
ui-caption-next = Next
ui-caption-end = End of the talk
ui-no-notes = (no notes)
ui-notes-more = … more below (Shift+↓ or J)
ui-timing-planned = planned { $time }
ui-timing-rehearsed = last rehearsal { $time }
ui-timing-on-screen = on screen { $time }
ui-timing-rehearsing = rehearsing: times saved on quit

## The speaker's messages.
ui-typed-number = Go to slide { $number }… (Enter)
ui-typed-number-none = there is no such slide (1 to { $total })
ui-reload-failed = The edited deck has errors; the last good version stays on screen until it is fixed:
ui-dismiss = Dismiss

## Over the audience view when no console is open.
ui-cannot-show = This deck cannot be shown
ui-cannot-show-fix = Fix the problems below and open it again (Ctrl+O, or drop the file here). Press ? for keys.

# Drawing on the slides
ui-help-ink-colour = with a pen in hand: red, blue, green, yellow
ui-help-pen = pen on / off
ui-strip-pen = pen
ui-help-highlighter = highlighter on / off
ui-help-eraser = eraser on / off (touch a stroke to remove it)
ui-help-draw = draw on the slide, the console's slide or the black / white screen
ui-also-draw = with a tool: drag the mouse, a finger or a stylus
ui-help-ink-clear = clear this slide's ink
ui-help-ink-undo = undo the last stroke, erasure or clearing
ui-help-ink-redo = redo
ui-help-ink-shown = hide / show the ink
ui-ink-pen = Pen
ui-ink-highlighter = Highlighter
ui-ink-eraser = Eraser
ui-ink-hidden = ink hidden (Shift+D)
ui-ink-colour = { $n ->
    [1] red
    [2] blue
    [3] green
   *[4] yellow
}
ui-help-presenting = Presenting
ui-help-drawing = Drawing

# The slide picker (estrade import without --slides)
picker-window-title = Import slides from { $from }
picker-title = Choose slides of { $from } to import into { $into }
picker-keys = Click a slide to choose it, Ctrl+click to add or leave one, Shift+click for a range; or the arrows, Shift+arrows, Space, Ctrl+A. Enter imports, Esc cancels.
picker-none-chosen = No slide chosen yet
picker-chosen = { $n ->
    [one] { $n } slide chosen
   *[other] { $n } slides chosen
}: { $ids }
picker-files = Files they bring: { $files }
picker-after = Insert after:
picker-at-end = the end (before a closing slide)
picker-import = Import (Enter)
picker-cancel = Cancel (Esc)
picker-hidden = hidden
picker-steps = { $n } steps
picker-included = included from another deck: import it from there
picker-card-files = brings { $files }
picker-cancelled = nothing imported
picker-no-window = cannot open the slide picker ({ $error }): name the slides with --slides (`estrade ids { $from }` lists them)
ui-help-import = import slides of another deck into this one (a window shows them to choose)
ui-help-share = share the talk on the phones (or stop)
ui-help-share-code = the audience's address as a QR code on the slides

# Diagnostics of `estrade check` and the errors of loading, laying out and drawing a deck.
# The words `error` and `warning` before a diagnostic are not in the catalogue: they stay in
# English in every language (editors and CI look for them).

## The line under a diagnostic.
deck-hint = hint: { $hint }
deck-did-you-mean = did you mean `{ $name }`?

## Reading the deck file.
deck-unreadable = { $path }: cannot read the deck: { $reason }
deck-not-a-file = not a file
deck-not-utf8 = the file is not UTF-8 text (byte { $byte })
deck-builtin-missing = the built-in deck is missing: { $reason }
deck-too-big = the deck file is { $size } MB; estrade reads deck files up to { $max } MB
deck-too-big-hint = split the talk into several decks (they can include each other's slides)

## Files of a deck.
deck-source-absolute = absolute paths are not allowed
deck-source-escapes = the path leaves the deck's folder
deck-source-not-found = file not found
deck-source-io = cannot read the file: { $reason }
deck-source-folder = it is a folder, not a file

## RON syntax. The messages RON gives itself stay in English; the fixed ones are here.
deck-unknown-field = unknown field `{ $field }`
deck-unknown-field-in = unknown field `{ $field }` in `{ $outer }`
deck-fields-allowed = the fields allowed here are { $fields }
deck-unknown-slide-kind = unknown slide kind `{ $kind }`
deck-unknown-value-for = unknown value for `{ $outer }` `{ $value }`
deck-unknown-variant = unknown variant `{ $variant }`
deck-use-one-of = use one of { $names }
deck-missing-field = is missing the required field `{ $field }`
deck-missing-field-in = `{ $outer }` is missing the required field `{ $field }`
deck-missing-field-hint = add `{ $field }: …` (see docs/deck-format.md)
deck-duplicate-field = field `{ $field }` is given twice
deck-duplicate-field-in = field `{ $field }` is given twice in `{ $outer }`
deck-duplicate-field-hint = keep only one of them
deck-expected-string = expected string
deck-expected-string-end = expected end of string
deck-string-hint = text goes between double quotes: "…", or in a raw string r#"…"#
deck-expected-comma = expected a comma
deck-comma-missing-at-line = a comma is probably missing at the end of line { $line }
deck-comma-hint = separate fields and list items with commas
deck-expected-number = expected a number
deck-number-hint = write numbers without quotes, e.g. `duration: 45`
deck-expected-boolean = expected `true` or `false`
deck-boolean-hint = write it without quotes
deck-early-end = the file ends too early
deck-early-end-hint = a bracket or parenthesis is not closed
deck-expected-array = expected opening `[`
deck-expected-array-end = expected closing `]`
deck-expected-paren = expected opening `(`
deck-expected-paren-end = expected closing `)`
deck-expected-colon = expected colon
deck-expected-identifier = expected identifier
deck-expected-struct = expected opening `(` for struct `{ $name }`
deck-other-struct = expected struct `{ $expected }` but found `{ $found }`
deck-unexpected-char = unexpected char { $character }
deck-trailing-characters = non-whitespace trailing characters
deck-unclosed-comment = unclosed block comment
# Any other message of the RON parser, in English.
deck-ron-error = { $message }
deck-syntax-hint = check the syntax just before this point (quotes, commas, brackets)

## The deck as a whole.
deck-no-slides = the deck has no slides
deck-no-slides-hint = add at least one slide, e.g. `Bullets(title: "…", items: "- …")`
deck-text-too-long = this text has { $count } characters; at most { $limit } fit in one field
deck-text-too-long-hint = split it over several slides, or move the details to the notes or a handout
deck-format-unsupported = deck format { $format } is not supported by this estrade
deck-format-unsupported-hint = this estrade reads `format: 1`; update estrade or set `format: 1`
deck-unknown-aspect = unknown aspect ratio `{ $aspect }`
deck-unknown-aspect-hint = use "16:9" or "4:3"
deck-bad-duration = cannot read the duration `{ $duration }`
deck-bad-duration-hint = write it like "20 min", "1 h 30", "45 s" or "20:00"
deck-bad-id = slide id `{ $id }` is not allowed
deck-bad-id-hint = ids use letters a–z, digits, `-` and `_`, e.g. "plan" or "refs-2"
deck-duplicate-id = slide id `{ $id }` is used twice
deck-duplicate-id-hint = it is already the id of the slide on line { $line }; ids must be unique

## Slides.
deck-columns-count = { $n } columns do not fit on a slide
deck-columns-count-hint = use one to four columns
deck-empty-slide = this { $kind } slide has nothing to show
deck-empty-slide-hint = add content, or remove the slide (or mark it `hidden: true`)
deck-bad-slide-duration = duration { $duration } is not a positive number of seconds
deck-bad-slide-duration-hint = write e.g. `duration: 45` (seconds)
deck-bullet-not-a-bullet = this line is not a bullet
deck-bullet-not-a-bullet-hint = start each item with `- `; indent a line under an item's text to continue it
deck-bullet-empty = empty bullet
deck-bullet-empty-hint = write the item's text after `- `, or remove the line
deck-bullet-too-deep = bullets nest at most four levels deep
deck-bullet-too-deep-hint = indent this item less
deck-markup-bold-unclosed = `**` is never closed; it is shown as is
deck-markup-italic-unclosed = `*` is never closed; it is shown as is (write `\*` for a literal asterisk)
deck-markup-emphasis-unclosed = emphasis is not closed at the end of the text

## Images and tables. `$kind` is `image` or `csv`; `$place` is `deck` (the deck's folder) or
## `folder` (then `$folder` names it).
deck-asset-not-found = { $kind ->
        [image] image
       *[other] CSV file
    } `{ $path }` not found
deck-asset-not-found-hint = paths are relative to { $place ->
        [deck] the deck's folder
       *[other] `{ $folder }/`
    }; check the name and the folder
deck-asset-repeats-folder-hint = write `{ $path }`: paths are relative to `{ $folder }/`
deck-asset-absolute = { $kind ->
        [image] image
       *[other] CSV file
    } path `{ $path }` is absolute
deck-asset-absolute-hint = copy the file into { $place ->
        [deck] the deck's folder
       *[other] `{ $folder }/`
    } and write its path relative to it
deck-asset-escapes = { $kind ->
        [image] image
       *[other] CSV file
    } path `{ $path }` leads outside the deck's folder
deck-asset-escapes-hint = a deck may only read files inside its own folder tree; copy the file into { $place ->
        [deck] the deck's folder
       *[other] `{ $folder }/`
    }
deck-asset-unreadable = cannot read { $kind ->
        [image] image
       *[other] CSV file
    } `{ $path }`: { $reason }
deck-asset-unreadable-hint = check the file's permissions
deck-image-bad-size = image `{ $src }` is { $width }×{ $height } pixels, outside 1…{ $max }
deck-image-too-many-pixels = image `{ $src }` is { $width }×{ $height } pixels, more than { $max } megapixels
deck-image-bad-size-hint = resize the image before using it
deck-image-svg = image `{ $src }` is an SVG drawing: estrade shows PNG and JPEG images
deck-image-svg-hint = export it to PNG, e.g. `rsvg-convert -w 1920 { $src } -o { $png }`
deck-image-empty = image `{ $src }` is an empty file
deck-image-empty-hint = copy the image again
deck-image-unreadable = image `{ $src }` cannot be read: { $reason }
deck-image-unreadable-hint = use a PNG or JPEG file
# Also drawn on the slide, in the image's place.
deck-image-missing = image `{ $src }` is missing
deck-image-no-alt = image `{ $src }` has no alt text
deck-image-no-alt-hint = add `alt: "…"` describing the image for screen readers and the PDF
deck-table-csv-and-rows = a table takes `csv` or `rows`, not both
deck-table-csv-and-rows-hint = remove one of them
deck-bad-csv = bad CSV: { $reason }
deck-bad-csv-hint = every row needs the same number of comma-separated fields, in UTF-8
deck-table-row-width = row { $row } has { $cells } cell(s), the table has { $columns ->
        [one] { $columns } column
       *[other] { $columns } columns
    }
deck-table-row-width-hint = give every row the same number of cells

## Included decks.
deck-include-failed = cannot include `{ $from }`: { $reason }
deck-include-outside-hint = include decks inside the project folder, with a path relative to this deck
deck-include-cycle = include cycle: { $chain }
deck-include-cycle-hint = a deck cannot include itself, directly or through another deck
deck-include-not-found-hint = the path is relative to the including deck's folder
deck-include-unreadable-hint = check the file
deck-include-too-big = cannot include `{ $from }`: the file is { $size } MB, more than a deck file may be
deck-include-too-big-hint = include from a smaller deck
deck-include-budget = cannot include `{ $from }`: the deck and the decks it includes already make { $max } includes
deck-include-budget-hint = include fewer times (a range such as `"a..f"` takes many slides in one include)
deck-slide-budget = the deck and the decks it includes already make { $max } slides: the rest is not read
deck-slide-budget-hint = split the talk into smaller decks; an included deck counts each time it is included, all its slides, even those not taken
deck-include-unknown-id = `{ $from }` has no slide with id `{ $id }`
deck-include-ids = its ids are: { $ids }
deck-include-backwards = the range `{ $range }` is backwards
deck-include-backwards-hint = write the earlier slide first: `first..last`

## Themes and fonts. For fonts, `$place` may also be `builtin` (estrade's own files).
deck-unknown-theme = unknown theme `{ $name }`
deck-unknown-theme-hint = put `{ $file }` in `assets/themes/` or beside the deck, or use one of: { $themes }
deck-bad-colour = `{ $field }` is not a colour: `{ $value }`
deck-bad-colour-hint = write colours as "#rrggbb" or "#rrggbbaa"
deck-font-unusable = font file `{ $path }`: { $reason }
deck-font-not-found = font file `{ $path }` not found
deck-font-unreadable = cannot use font file `{ $path }`: { $reason }
deck-font-hint = font paths are relative to { $place ->
        [deck] the deck's folder
        [builtin] estrade's `assets/`
       *[other] `{ $folder }/`
    } (e.g. "fonts/MyFont-Regular.ttf"); use a TrueType (.ttf) or OpenType (.otf) file, not WOFF
deck-font-too-big = font file is { $size } MB, larger than the { $max } MB accepted
deck-font-woff = font file is WOFF/WOFF2 (a web font); convert it to .ttf or .otf
deck-font-not-a-font = not a readable font file ({ $reason })
deck-font-no-cmap = the font has no Unicode character map
deck-font-damaged-table = the font is damaged: its `{ $table }` table goes past the end of the file (cut short?)
deck-font-damaged-glyph = the font is damaged: the letter “{ $char }” has no readable outline
deck-font-shaper = the shaper cannot read this font ({ $reason })
deck-font-role-unreadable = the { $role } font is unreadable

## What only layout sees (warnings of `estrade check`).
deck-image-unused = image file not used by any deck in this folder
deck-image-unused-hint = remove it, or use it in a slide
deck-too-many-bullets = slide `{ $id }` has { $count } bullets; more than { $max } is hard to read
deck-too-many-bullets-hint = split the slide, or keep the details for the notes
deck-image-blurry = slide `{ $id }`: image `{ $image }` is shown { $shown } px wide but has { $available } px: it will look blurry
deck-image-blurry-hint = use a larger image (at least the shown width)
deck-missing-glyphs = slide `{ $id }`: no font of the theme has { $chars }: shown as empty boxes
deck-missing-glyphs-hint = use a theme font that covers these characters, or replace them
deck-text-cut = slide `{ $id }`: { $lines } line(s) of { $blocks } do not fit even at the smallest size and are cut
deck-text-cut-hint = shorten the text or split the slide in two
deck-text-too-small = slide `{ $id }`: { $block } « { $text } » is set at { $size } px, under the theme’s minimum of { $min } px at 1080p
deck-widow = slide `{ $id }`: « { $word } » is alone on the last line of the { $block }
deck-widow-hint = a word alone on a line is hard to read from afar: add or remove a few words, or join the last two with a no-break space (`\u{a0}`)
deck-text-too-small-hint = the back of the room cannot read it: shorten the text so it fits at a larger size
deck-text-shrunk = slide `{ $id }`: the { $block } text is shrunk to { $size } px to fit (it is set at { $body } px at 1080p when it fits)
deck-text-shrunk-hint = shrunk text reads smaller than the rest of the talk: shorten it, or share it between two slides (a kicker such as « (1/2) » ties them)
deck-heading-word-cut = slide `{ $id }`: the word « { $word } » of the { $block } is cut over two lines
deck-heading-word-cut-hint = headings are never hyphenated, so a word wider than the line is cut: shorten the heading or choose a shorter word
# The parts of a slide, named in deck-text-cut.
deck-block-agenda = agenda
deck-block-author = author
deck-block-body = body
deck-block-bullet = bullet
deck-block-caption = caption
deck-block-columns = cards
deck-block-contact = contact
deck-block-credit = credit
deck-block-footer = footer
deck-block-footnote = footnote
deck-block-heading = heading
deck-block-kicker = kicker
deck-block-lead = lead
deck-block-note = note
deck-block-notes = notes
deck-block-placeholder = placeholder
deck-block-quote = quote
deck-block-reference = reference
deck-block-subtitle = subtitle
deck-block-table = table
deck-block-title = title

## Drawing: placeholders on the slide, images that cannot be decoded, PDF and PNG.
deck-image-unavailable = image unavailable
# The label of a placeholder for an image without alt text.
deck-image-label = image
deck-image-not-read = the picture { $asset } was not read before painting
deck-image-undecodable = image cannot be decoded: { $reason }
deck-image-undecodable-hint = the file is damaged or cut short: copy or export it again (it shows as a placeholder)
deck-pdf-font = a bundled font cannot be embedded ({ $role })
deck-pdf-failed = the PDF could not be written: { $reason }
deck-pdf-page-size = bad page size { $width }×{ $height }
deck-png-size = image size { $width }×{ $height } is out of range; use a smaller --scale
# estrade ids: the note after a hidden slide.
deck-ids-first-words = “{ $words }”
deck-ids-hidden = (hidden)
deck-some-not-optional = this value is required, so it cannot be written `Some(…)`
deck-some-not-optional-hint = write the value without `Some(…)`, e.g. `image: (src: "images/photo.png", alt: "…")`
deck-number-value-hint = write a number, e.g. `duration: 45`
deck-boolean-value-hint = write `true` or `false`
deck-unclosed-bracket = `{ $name }(` is never closed: `{ $found }` on line { $line } is inside it
deck-unclosed-bracket-hint = close it with `)` (and a comma) before line { $line }
deck-unclosed-string = this text has no closing quote: it runs on into `{ $field }:`
deck-unclosed-string-hint = add the missing `"` where the text should end
deck-unclosed-list = the list `{ $field }: [` is never closed: its `]` is missing before line { $line }
deck-unclosed-list-hint = add `]` after the list's last item (before line { $line })
deck-stray-char-hint = this character has no place here: remove it (a field name, a value or a bracket was expected)
deck-included-at = included at { $place }
deck-included-slide-at = in slide `{ $id }`, included at { $place }
deck-include-asset-hint = an Include takes the other deck's slides, not its files: copy them into this project's assets folder, or take a copy of the slides with their files: `estrade import OTHER.ron --slides IDS`
ink-format-unsupported = ink format { $format } is not supported by this estrade
ink-format-unsupported-hint = the file was written by another version of estrade; the deck opens without its ink
ink-unreadable = cannot read the ink file: { $reason }
ink-over-budget = the ink file has { $count } { $what ->
    [strokes] strokes
    [points] points in all
   *[stroke] points in one stroke
}; estrade reads at most { $max }
ink-over-budget-hint = this is not ink estrade drew: keep the file aside (rename it) and present without it
ink-orphaned = the ink file has ink for slides this deck no longer has: { $ids }
ink-orphaned-hint = it stays in the file; give the slide its old id back to see it again, or delete those entries
guard-not-found = no such file
guard-not-a-file = not a regular file (a pipe, a device or a folder): not read
guard-outside = it leads out of the project folder (to { $real }): not read
guard-too-large = larger than the { $limit } MB allowed for this kind of file: not read
deck-bad-lang = `lang` is not a language tag: "{ $lang }"
deck-bad-lang-hint = write a BCP 47 tag such as `"fr-CA"`, `"fr"` or `"en"`
deck-include-lang = `lang` on an `Include` is not used: included slides keep the language of the deck they come from
deck-include-lang-hint = to change it, set `lang` on the slides in that deck, or import them (`estrade import`) and set it here
deck-origin-changed = `{ $id }` changed in { $from } since it was imported
deck-origin-changed-hint = `estrade import --update { $id }` shows the changes and takes them (`--dry-run` only shows them)
deck-origin-unreadable = `{ $id }` was imported from { $from }, which cannot be read: { $reason }
deck-origin-unreadable-hint = if that deck moved, correct the slide's `origin`; remove `origin` to stop following it
deck-origin-gone = `{ $id }` was imported from { $from }, which no longer has slide `{ $from_id }`
render-image-too-many-pixels = { $name }: { $megapixels } megapixels, more than the { $max } an image may have; scale it down (a slide shows about 2)
render-panicked = the export stopped on an internal error ({ $why }); the files already there are untouched
deck-table-too-long = the table has more than { $max } rows; a slide shows a few dozen: keep the rows to show, or split the table
deck-table-too-wide = the table has { $columns } columns, more than the { $max } a slide can show

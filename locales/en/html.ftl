# The HTML export (estrade export --html): the page's texts for readers and the speaker.
html-deck-role = presentation
html-slide-role = slide
html-slide-label = { $number } of { $total }
html-slide-label-titled = { $number } of { $total }: { $title }
html-step = step { $n } of { $total }
html-next = Next
html-notes = Notes
html-no-notes = No notes for this slide.
html-notes-left-out = The notes were left out of this page (--no-notes).
html-end = End of the talk
html-elapsed = Time elapsed
html-clock-reset = Click to start the clock again
html-keys = → Space: next · ←: back · Home End · the audience's window follows
html-speaker-title = Speaker's view
html-font-unreadable = the font { $face } cannot be embedded: { $error }
html-font-subset = the font { $face } cannot be cut down to the characters used: { $error }
html-image-format = { $asset }: not an image format a browser shows

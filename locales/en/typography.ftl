# Typography settings of a deck.
typo-hyphenate-language = hyphenation is available for French and English decks; this deck's language `{ $lang }` is not hyphenated
typo-hyphenate-language-hint = set `lang: "fr-CA"` or `lang: "en"` on the deck, or remove `hyphenate: true`

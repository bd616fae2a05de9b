# Réglages typographiques d’une présentation.
typo-hyphenate-language = la césure automatique existe pour les présentations en français et en anglais; la langue de cette présentation, `{ $lang }`, n’est pas coupée
typo-hyphenate-language-hint = indiquez `lang: "fr-CA"` ou `lang: "en"` dans la présentation, ou retirez `hyphenate: true`

//! The deck's `lang`: a BCP 47 language tag (`fr-CA`, `en`), checked at load, since it is
//! written into the PDF's metadata and the web page's `lang` attribute.

use crate::deck::locate::{Locator, Step};
use crate::deck::raw::RawDeck;
use crate::deck::typography::FrenchRules;
use crate::diagnostics::Diagnostic;

/// The tag to use: `lang` when it is a well-formed BCP 47 tag (letters, digits, `-`, as
/// `unic-langid` reads it), else `und` (undetermined) with an error naming it.
pub fn checked(lang: &str, loc: &Locator) -> (String, Option<Diagnostic>) {
    checked_at(lang, loc, &[Step::Field("lang")])
}

/// [`checked`] for the `lang` at `path` (a slide's).
pub fn checked_at(lang: &str, loc: &Locator, path: &[Step]) -> (String, Option<Diagnostic>) {
    let plain =
        !lang.is_empty() && lang.len() <= 35 && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain && lang.parse::<unic_langid::LanguageIdentifier>().is_ok() {
        return (lang.replace('_', "-"), None);
    }
    let shown: String = lang.chars().filter(|c| !c.is_control()).take(40).collect();
    let d = loc
        .error(path, None, crate::msg!("deck-bad-lang", lang = shown))
        .with_hint(crate::t!("deck-bad-lang-hint"));
    ("und".to_string(), Some(d))
}

/// The French typography rules for text written in `lang` (the deck's or a slide's), none when
/// `lang` is not French or the deck turns them off: Québec usage (OQLF) for `fr-CA`, no space
/// before `;`, `?`, `!`; France a narrow one; each rule as the deck's `typography` says.
pub fn french_rules(raw: &RawDeck, lang: &str) -> Option<FrenchRules> {
    let lang = lang.to_lowercase().replace('_', "-");
    if !raw.french_typography || !lang.starts_with("fr") {
        return None;
    }
    let quebec = lang == "fr-ca" || lang.starts_with("fr-ca-");
    let by_lang = FrenchRules {
        space_before_marks: !quebec,
        ..FrenchRules::default()
    };
    Some(raw.typography.as_ref().map_or(by_lang, |t| FrenchRules {
        apostrophes: t.apostrophes,
        ordinals: t.ordinals,
        no_break: t.no_break,
        numero: t.numero,
        dashes: t.dashes,
        ranges: t.ranges,
        space_before_marks: t.space_before_marks.unwrap_or(!quebec),
    }))
}

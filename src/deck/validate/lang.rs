//! The deck's `lang`: a BCP 47 language tag (`fr-CA`, `en`), checked at load, since it is
//! written into the PDF's metadata and the web page's `lang` attribute.

use crate::deck::locate::{Locator, Step};
use crate::diagnostics::Diagnostic;

/// The tag to use: `lang` when it is a well-formed BCP 47 tag (letters, digits, `-`, as
/// `unic-langid` reads it), else `und` (undetermined) with an error naming it.
pub fn checked(lang: &str, loc: &Locator) -> (String, Option<Diagnostic>) {
    let plain =
        !lang.is_empty() && lang.len() <= 35 && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain && lang.parse::<unic_langid::LanguageIdentifier>().is_ok() {
        return (lang.replace('_', "-"), None);
    }
    let shown: String = lang.chars().filter(|c| !c.is_control()).take(40).collect();
    let d = loc
        .error(&[Step::Field("lang")], None, crate::msg!("deck-bad-lang", lang = shown))
        .with_hint(crate::t!("deck-bad-lang-hint"));
    ("und".to_string(), Some(d))
}

//! The interface's language: French or English, chosen once at start from `--lang` or the
//! system locale, and the messages of the Fluent catalogues in `locales/` ([`tr`], [`t!`]).
//!
//! Every string a person reads in the app and on the command line comes from a catalogue key.
//! Diagnostics keep their `error:` and `warning:` words in every language (problem matchers of
//! editors and CI look for them); their message and hint are translated.

mod catalogue;
mod os;

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

pub use catalogue::{Arg, catalogue_files, tr};
pub use os::os_reason;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English: the default when the locale is neither French nor English.
    En,
    /// French (Canadian French included).
    Fr,
}

impl Lang {
    /// Every language with a catalogue.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The language tag and the catalogue folder's name: `en`, `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// `fr`, `fr_CA.UTF-8`, `fr-CA`, `en_US`… to a language; `None` for any other.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

static GLOBAL: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language in use: this thread's override ([`with_lang`]) or the process's ([`set_lang`]).
pub fn lang() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or(match GLOBAL.load(Ordering::Relaxed) {
            1 => Lang::Fr,
            _ => Lang::En,
        })
}

/// Sets the language of the whole process (done once by the command line).
pub fn set_lang(lang: Lang) {
    GLOBAL.store(
        match lang {
            Lang::En => 0,
            Lang::Fr => 1,
        },
        Ordering::Relaxed,
    );
}

/// Runs `f` with this thread speaking `lang` (tests showing both languages side by side).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(before);
    f()
}

/// The language the POSIX variables ask for, in their order of precedence: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides (`C` and `POSIX` are
/// English). `None` when none is set.
pub fn from_posix_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .map(|value| Lang::parse(&value).unwrap_or(Lang::En))
        .next()
}

/// The system's language: the POSIX variables, else the platform's setting (`sys-locale`),
/// else English.
pub fn detect() -> Lang {
    from_posix_env(|name| std::env::var(name).ok())
        .or_else(|| sys_locale::get_locale().map(|l| Lang::parse(&l).unwrap_or(Lang::En)))
        .unwrap_or(Lang::En)
}

/// A decimal number with the language's separator: `1.5` in English, `1,5` in French.
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    match lang() {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Looks up a message of the catalogue in the current language, with named arguments:
/// `t!("check-summary", slides = 3, errors = 0)`. Numbers select plural forms.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn canadian_french_is_french_and_other_languages_are_english() {
        assert_eq!(from_posix_env(env(&[("LANG", "fr_CA.UTF-8")])), Some(Lang::Fr));
        assert_eq!(from_posix_env(env(&[("LANG", "fr_FR")])), Some(Lang::Fr));
        assert_eq!(from_posix_env(env(&[("LANG", "en_US.UTF-8")])), Some(Lang::En));
        assert_eq!(from_posix_env(env(&[("LANG", "de_DE.UTF-8")])), Some(Lang::En));
        assert_eq!(from_posix_env(env(&[("LANG", "C")])), Some(Lang::En));
        assert_eq!(from_posix_env(env(&[])), None);
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let all = [("LC_ALL", "en_GB.UTF-8"), ("LC_MESSAGES", "fr_CA"), ("LANG", "fr_CA")];
        assert_eq!(from_posix_env(env(&all)), Some(Lang::En));
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "fr_CA"), ("LANG", "en_US")];
        assert_eq!(from_posix_env(env(&messages)), Some(Lang::Fr));
    }

    #[test]
    fn plurals_follow_each_language() {
        with_lang(Lang::En, || {
            assert_eq!(t!("count-errors", n = 1), "1 error");
            assert_eq!(t!("count-errors", n = 2), "2 errors");
            assert_eq!(t!("count-errors", n = 0), "0 errors");
        });
        with_lang(Lang::Fr, || {
            assert_eq!(t!("count-errors", n = 1), "1 erreur");
            assert_eq!(t!("count-errors", n = 2), "2 erreurs");
            assert_eq!(t!("count-errors", n = 0), "0 erreur");
        });
    }

    #[test]
    fn decimals_use_the_language_separator() {
        assert_eq!(with_lang(Lang::Fr, || decimal(1.24, 1)), "1,2");
        assert_eq!(with_lang(Lang::En, || decimal(1.5, 1)), "1.5");
    }
}

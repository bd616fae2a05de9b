//! The Fluent catalogues (`locales/<lang>/*.ftl`, built into the binary) and the lookup of
//! one message with its arguments.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

use super::{Lang, lang};

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// One argument of a message: text, or a number (numbers select plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A number with a fraction (pass a [`super::decimal`] string to choose its digits).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&Path> for Arg {
    fn from(p: &Path) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<&PathBuf> for Arg {
    fn from(p: &PathBuf) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<f64> for Arg {
    fn from(x: f64) -> Self {
        Arg::Num(x)
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(usize, u64, u32, u16, u8, i64, i32, isize);

/// The `.ftl` files of a language, as (file name, text), in name order.
pub fn catalogue_files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<(&str, &str)> = LOCALES
        .get_dir(lang.code())
        .map(|dir| {
            dir.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents_utf8()?)))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let tag = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around arguments: terminals and our fonts would show them.
    bundle.set_use_isolating(false);
    for (_, text) in catalogue_files(lang) {
        // A malformed entry is skipped (its key then falls back to English, then to the key
        // itself); the catalogue tests refuse any such entry.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static Bundle {
    static EN: OnceLock<Bundle> = OnceLock::new();
    static FR: OnceLock<Bundle> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| build(Lang::En)),
        Lang::Fr => FR.get_or_init(|| build(Lang::Fr)),
    }
}

fn format(bundle: &Bundle, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Num(x) => FluentValue::from(*x),
        };
        fluent_args.set(name.to_string(), value);
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The message `key` in the current language with its arguments; English when the current
/// language lacks it, the key itself when no catalogue has it (tests keep both from happening).
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    format(bundle(lang()), key, args)
        .or_else(|| format(bundle(Lang::En), key, args))
        .unwrap_or_else(|| key.to_string())
}

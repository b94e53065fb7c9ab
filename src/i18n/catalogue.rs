//! The Fluent catalogues: the texts of every language in `.ftl` files under `i18n/<code>/` at
//! the crate root, one file per area (`rules.ftl`, `storage.ftl`, `ui-budget.ftl`…), embedded in the binary (no
//! file is read at run time) and parsed once per language. The Finnish catalogue defines the
//! keys: `build.rs` turns its message ids into the `Key` enum, so a key that does not exist
//! does not compile, and the test here checks that every other language has the same keys with
//! the same placeables. Numbers and money reach a message already formatted by `i18n::format`,
//! so the locale table there stays the one place for number formats.

use super::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/keys.rs"));

/// A value for a placeable: text (already formatted) or an integer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::from(*n)
            }
        }
    )*};
}

int_arg!(u8, u16, u32, u64, usize, i32, i64);

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, in the order of `Language::ALL`, built on first use.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| Language::ALL.iter().map(|&l| bundle(l)).collect());

/// The bundle of a language from its embedded files. A file that does not parse whole still
/// gives the messages that do (the catalogue test makes sure there are no such files).
fn bundle(lang: Language) -> Bundle {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (code, _, text) in CATALOGUES {
        if *code == lang.code() {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            // A repeated id keeps the first message; the catalogue test rules it out.
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

fn bundle_of(lang: Language) -> Option<&'static Bundle> {
    let i = Language::ALL.iter().position(|&l| l == lang)?;
    BUNDLES.get(i)
}

/// The message `key` in `lang` with its placeables filled from `args` (name, value). A message
/// missing from the language falls back to the Finnish one, and one missing there too (which
/// `Key` makes impossible) to the key's id; a missing placeable shows as its name.
pub fn tr(lang: Language, key: Key, args: &[(&str, Arg)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.as_ref()),
            Arg::Int(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    for l in [lang, Language::Fi] {
        let Some(bundle) = bundle_of(l) else { continue };
        let Some(pattern) = bundle.get_message(key.id()).and_then(|m| m.value()) else { continue };
        let mut errors = Vec::new();
        return bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
    }
    key.id().to_string()
}

/// Every message without placeables, formatted once per language: the texts of labels, buttons
/// and headings, which views hold as `&'static str` (pick lists, `Labeled`).
static TEXTS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    Language::ALL.iter().map(|&lang| Key::ALL.iter().map(|&key| tr(lang, key, &[])).collect()).collect()
});

/// The message `key` in `lang` as a static text (a message with placeables shows them by name:
/// use `tr` for those).
pub fn text(lang: Language, key: Key) -> &'static str {
    let l = Language::ALL.iter().position(|&x| x == lang).unwrap_or(0);
    // The variants are declared in `Key::ALL`'s order, so a key's discriminant is its index.
    let k = key as usize;
    TEXTS.get(l).and_then(|v| v.get(k)).map_or("", String::as_str)
}

#[cfg(test)]
mod tests;

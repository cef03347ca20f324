//! The Fluent catalogue: every `locales/<tag>/*.ftl` file, embedded by
//! `build.rs`, one bundle per language, built on first use. fluent-bundle
//! does the plural selection (CLDR rules: French `one` covers 0 and 1);
//! numbers are written by [`super::numbers`], with the separators each
//! language's `common.ftl` names.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::memoizer::MemoizerKind;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::{Arg, Lang, numbers};

/// `(tag, [(file name, text)])` for every folder of `locales/`.
pub static LOCALES: &[(&str, &[(&str, &str)])] = include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language every other one falls back to, message by message.
const FALLBACK: &str = "en";

static BUNDLES: LazyLock<HashMap<&'static str, FluentBundle<FluentResource>>> =
    LazyLock::new(|| {
        LOCALES
            .iter()
            .map(|(tag, files)| (*tag, bundle(tag, files)))
            .collect()
    });

fn bundle(tag: &str, files: &[(&str, &str)]) -> FluentBundle<FluentResource> {
    let id = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: terminals show them as
    // garbage, and ids quoted from files are escaped by the shells (E017).
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(write));
    for (name, text) in files {
        // build.rs has parsed every file already: an error here is a bug.
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|_| panic!("locales/{tag}/{name} does not parse"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("locales/{tag}/{name}: {e:?}"));
    }
    bundle
}

/// Numbers are written by goalie, not by Fluent, so an argument reads as
/// every other number goalie shows (`1,500.5`, `1 500,5`), in the
/// language of the bundle (which the formatter learns from its memoizer).
fn write<M: MemoizerKind>(value: &FluentValue, memo: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    memo.with_try_get_threadsafe::<Writer, _, _>((), |writer| {
        match n.options.minimum_fraction_digits {
            Some(decimals) => numbers::fixed(n.value, decimals, writer.0),
            None => numbers::number(n.value, writer.0),
        }
    })
    .ok()
}

/// The language a bundle writes numbers in.
struct Writer(Lang);

impl Memoizable for Writer {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let tag = lang.to_string();
        Ok(Writer(tag.parse().unwrap_or_default()))
    }
}

/// The characters that group thousands and start decimals in `lang`
/// (`number-group-separator`, `number-decimal-separator`), English's
/// where the language does not say.
pub fn separators(lang: Lang) -> (char, char) {
    static SEPARATORS: LazyLock<HashMap<&'static str, (char, char)>> = LazyLock::new(|| {
        let first = |id: &str, tag: &str, default: char| {
            lookup(id, tag)
                .and_then(|text| text.chars().next())
                .unwrap_or(default)
        };
        LOCALES
            .iter()
            .map(|(tag, _)| {
                let group = first("number-group-separator", tag, ',');
                let point = first("number-decimal-separator", tag, '.');
                (*tag, (group, point))
            })
            .collect()
    });
    SEPARATORS.get(lang.tag()).copied().unwrap_or((',', '.'))
}

/// A message without arguments looked up by an id computed at run time
/// (the command line's command and option names: `help-check-arg-fix`), in `tag`'s
/// language or English; `None` when no catalogue has it. Every other
/// message goes through `msg!`, whose ids are checked when compiling; the
/// help ids are checked by `cli::help`'s tests.
pub fn lookup(id: &str, tag: &str) -> Option<String> {
    let bundles = &*BUNDLES;
    [tag, FALLBACK].into_iter().find_map(|tag| {
        let bundle = bundles.get(tag)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    })
}

/// Every message id of `locales/<tag>/<file>`.
pub fn ids_in(tag: &str, file: &str) -> Vec<String> {
    LOCALES
        .iter()
        .filter(|(t, _)| *t == tag)
        .flat_map(|(_, files)| files.iter())
        .filter(|(name, _)| *name == file)
        .flat_map(|(name, text)| super::vars::message_vars(&[(name, text)]).unwrap_or_default())
        .map(|(id, _)| id)
        .collect()
}

/// Whether `locales/<tag>/` exists.
pub fn has_locale(tag: &str) -> bool {
    BUNDLES.contains_key(tag)
}

/// Message `id` with `args`, in the language of `tag` (or English where
/// that language lacks it).
pub(super) fn render(id: &str, args: &[(&'static str, Arg)], tag: &str) -> String {
    let bundles = &*BUNDLES;
    let found = [tag, FALLBACK].into_iter().find_map(|tag| {
        let bundle = bundles.get(tag)?;
        let pattern = bundle.get_message(id)?.value()?;
        Some((bundle, pattern))
    });
    let Some((bundle, pattern)) = found else {
        // `msg!` only builds ids of locales/en/: unreachable but harmless.
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, arg) in args {
        let value = match arg {
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Fixed(n, decimals) => {
                let mut number = FluentNumber::from(*n);
                number.options.minimum_fraction_digits = Some(*decimals as usize);
                FluentValue::Number(number)
            }
            Arg::Message(m) => FluentValue::from(m.render_in(tag)),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "{tag}/{id}: {errors:?}");
    text.into_owned()
}

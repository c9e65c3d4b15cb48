//! The apps' UI strings: Fluent files under `content/strings/<tag>/main.ftl`,
//! compiled into the core so Android and iOS show the same words with the
//! same plural rules.
//!
//! A person's preferred languages (the device's list, best first) are
//! negotiated with `fluent-langneg` against the locales that have files,
//! giving a chain that always ends in English; a message missing from one
//! locale comes from the next in the chain.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::bidi::{self, Direction};

include!(concat!(env!("OUT_DIR"), "/ui_strings.rs"));

/// The locale every chain ends with; its file defines the set of keys.
pub const LAST_RESORT: &str = "en";

/// The message each locale holds its own name in, as its speakers write it
/// (for the language picker).
pub const AUTONYM_KEY: &str = "language-name";

/// The message that says a text is shown in another language (variable
/// `$language`).
pub const SHOWN_IN_KEY: &str = "shown-in-language";

/// A value for a message variable.
#[derive(Debug, Clone, PartialEq)]
pub enum UiArg {
    /// Text, inserted as it is (a date, a name).
    Text(String),
    /// A number: inserted as digits, and what plural variants select on.
    Number(f64),
}

/// One UI locale: its tag, parsed id and compiled bundle.
struct Locale {
    tag: &'static str,
    id: LanguageIdentifier,
    bundle: FluentBundle<FluentResource>,
}

/// A UI locale as the language picker shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, e.g. `zh-Hant`.
    pub tag: String,
    /// The language's name in itself, e.g. `繁體中文`.
    pub autonym: String,
    /// Which way its text runs.
    pub direction: Direction,
}

/// Every compiled locale, parsed once.
fn catalog() -> &'static [Locale] {
    static CATALOG: OnceLock<Vec<Locale>> = OnceLock::new();
    CATALOG.get_or_init(|| {
        UI_STRINGS
            .iter()
            .map(|&(tag, source)| {
                let id: LanguageIdentifier = tag
                    .parse()
                    .unwrap_or_else(|_| panic!("content/strings/{tag} is not a language tag"));
                // The build script parsed every file, so a resource here has no errors.
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|_| panic!("content/strings/{tag}/main.ftl failed to parse"));
                let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|_| panic!("content/strings/{tag}/main.ftl repeats a key"));
                Locale { tag, id, bundle }
            })
            .collect()
    })
}

/// The tags of every UI locale, sorted.
pub fn locale_tags() -> Vec<&'static str> {
    catalog().iter().map(|locale| locale.tag).collect()
}

/// Every UI locale with its own name and direction, sorted by tag.
pub fn locales() -> Vec<LocaleInfo> {
    catalog()
        .iter()
        .map(|locale| LocaleInfo {
            tag: locale.tag.to_string(),
            autonym: UiStrings::from_chain(vec![locale])
                .text(AUTONYM_KEY)
                .unwrap_or_else(|| locale.tag.to_string()),
            direction: bidi::direction(locale.tag),
        })
        .collect()
}

/// The Fluent source of `content/strings/<tag>/main.ftl` as compiled in
/// (`tag` exactly as a folder is named, case-insensitively).
pub fn source(tag: &str) -> Option<&'static str> {
    UI_STRINGS
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|&(_, source)| source)
}

/// A device tag as a language id the catalog can match: `_` becomes `-`,
/// and Filipino (`fil`, what Android and iOS report) is served by the
/// Tagalog strings (`tl`). `None` for text that is no tag.
fn requested_id(tag: &str) -> Option<LanguageIdentifier> {
    let mut id: LanguageIdentifier = tag.trim().replace('_', "-").parse().ok()?;
    if id.language.as_str() == "fil" {
        id.language = "tl".parse().expect("tl is a language subtag");
    }
    (!id.language.is_empty()).then_some(id)
}

/// The UI strings for one person: their negotiated chain of locales.
/// Cheap to create (the catalog is parsed once per process); `Send + Sync`.
pub struct UiStrings {
    chain: Vec<&'static Locale>,
}

impl UiStrings {
    /// Negotiates `preferred` (BCP 47 tags, best first, e.g. the device's
    /// list) against the UI locales: `es-MX` finds `es`, `zh-TW` finds
    /// `zh-Hant`, `zh-CN` and `zh` find `zh-Hans`, `fil` finds `tl`; tags
    /// with no strings are skipped; English always ends the chain.
    pub fn new<S: AsRef<str>>(preferred: &[S]) -> UiStrings {
        let catalog = catalog();
        let requested: Vec<LanguageIdentifier> = preferred
            .iter()
            .filter_map(|tag| requested_id(tag.as_ref()))
            .collect();
        let available: Vec<&LanguageIdentifier> = catalog.iter().map(|l| &l.id).collect();
        let last_resort = catalog
            .iter()
            .find(|locale| locale.tag == LAST_RESORT)
            .map(|locale| &locale.id);
        let chosen = negotiate_languages(
            &requested,
            &available,
            last_resort.as_ref(),
            NegotiationStrategy::Filtering,
        );
        let chain = chosen
            .into_iter()
            .filter_map(|id| catalog.iter().find(|locale| &locale.id == *id))
            .collect();
        UiStrings::from_chain(chain)
    }

    fn from_chain(chain: Vec<&'static Locale>) -> UiStrings {
        UiStrings { chain }
    }

    /// The locale the UI is shown in (the chain's first).
    pub fn locale(&self) -> &'static str {
        self.chain.first().map_or(LAST_RESORT, |locale| locale.tag)
    }

    /// The negotiated chain, best first, ending in English.
    pub fn chain(&self) -> Vec<&'static str> {
        self.chain.iter().map(|locale| locale.tag).collect()
    }

    /// Which way the UI's text runs: lay screens out in this direction.
    pub fn direction(&self) -> Direction {
        bidi::direction(self.locale())
    }

    /// The message `key` with no variables, from the first locale in the
    /// chain that has it; `None` for an unknown key.
    pub fn text(&self, key: &str) -> Option<String> {
        self.format::<&str>(key, &[])
    }

    /// The message `key` with its variables set from `args`, from the first
    /// locale in the chain that has it; `None` for an unknown key. Numbers
    /// select plural variants by that locale's CLDR rules. Inserted values
    /// are wrapped in bidi isolation marks, for display; pass the result
    /// through [`bidi::strip_controls`] for any other use.
    pub fn format<K: AsRef<str>>(&self, key: &str, args: &[(K, UiArg)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                UiArg::Text(text) => FluentValue::from(text.as_str()),
                UiArg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(name.as_ref(), value);
        }
        self.chain.iter().find_map(|locale| {
            let pattern = locale.bundle.get_message(key)?.value()?;
            // A missing variable shows as `{$name}`: visible to a tester,
            // never a crash on a phone.
            let mut errors = Vec::new();
            Some(
                locale
                    .bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        })
    }

    /// The name of the language `tag` in the UI's language ("inglés" for
    /// `en` in a Spanish UI): the `lang-<base>` message when the chain has
    /// one, else the language's own name for itself, else the tag.
    pub fn language_name(&self, tag: &str) -> String {
        let base = tag
            .split(['-', '_'])
            .next()
            .unwrap_or(tag)
            .to_ascii_lowercase();
        if let Some(name) = self.text(&format!("lang-{base}")) {
            return name;
        }
        let own = UiStrings::new(&[tag]);
        match own.chain.first() {
            Some(locale) if locale.id.language.as_str() == base => {
                own.text(AUTONYM_KEY).unwrap_or_else(|| tag.to_string())
            }
            _ => tag.to_string(),
        }
    }

    /// "Shown in English" (or whichever language `tag` names), in the UI's
    /// language: the mark a result or article carries when it is not in
    /// the person's language.
    pub fn shown_in(&self, tag: &str) -> String {
        let language = self.language_name(tag);
        self.format(SHOWN_IN_KEY, &[("language", UiArg::Text(language))])
            .unwrap_or_default()
    }

    /// Every message key, as the English file defines them, in file order.
    pub fn keys() -> Vec<&'static str> {
        static KEYS: OnceLock<Vec<&'static str>> = OnceLock::new();
        KEYS.get_or_init(|| {
            message_keys(source(LAST_RESORT).expect("the build script requires en"))
        })
        .clone()
    }
}

/// The message ids Fluent `source` defines, in file order (terms, comments
/// and unparsable entries left out).
pub fn message_keys(source: &str) -> Vec<&str> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, _)) => resource,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .collect()
}

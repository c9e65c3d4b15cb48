//! The apps' UI strings across the boundary: one `UiStrings` per chosen
//! language list, plus the helpers a screen needs for direction and for
//! text that must leave the screen (`tel:` links, search, logs).

use std::collections::HashMap;
use std::sync::Arc;

use guide_core::i18n::{self, bidi};

use crate::GuideError;

/// Which way text runs; lay a screen out in this direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    /// Left to right.
    LeftToRight,
    /// Right to left (Arabic, Urdu, Farsi).
    RightToLeft,
}

impl From<bidi::Direction> for TextDirection {
    fn from(direction: bidi::Direction) -> Self {
        match direction {
            bidi::Direction::LeftToRight => TextDirection::LeftToRight,
            bidi::Direction::RightToLeft => TextDirection::RightToLeft,
        }
    }
}

/// A value for a variable of a UI message.
#[derive(Debug, Clone, PartialEq, uniffi::Enum)]
pub enum UiArg {
    /// Text inserted as it is: a date (YYYY-MM-DD), a name, a version.
    Text {
        /// The text.
        value: String,
    },
    /// A number: inserted as digits, and what plural forms select on.
    Number {
        /// The number.
        value: f64,
    },
}

impl From<UiArg> for i18n::UiArg {
    fn from(arg: UiArg) -> Self {
        match arg {
            UiArg::Text { value } => i18n::UiArg::Text(value),
            UiArg::Number { value } => i18n::UiArg::Number(value),
        }
    }
}

/// A UI language as the language picker lists it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UiLocale {
    /// BCP 47 tag to pass back in a language list, e.g. `zh-Hant`.
    pub tag: String,
    /// The language's name in itself, e.g. `Español`.
    pub autonym: String,
    /// Which way its text runs.
    pub direction: TextDirection,
}

/// The UI strings for one person's languages: the same words and plural
/// rules on Android and iOS. Create one whenever the language list
/// changes; it is cheap and safe to share between threads.
#[derive(uniffi::Object)]
pub struct UiStrings {
    inner: i18n::UiStrings,
}

impl UiStrings {
    /// Wraps the core's strings (for `Guide::strings`).
    pub(crate) fn wrap(inner: i18n::UiStrings) -> Arc<Self> {
        Arc::new(UiStrings { inner })
    }
}

#[uniffi::export]
impl UiStrings {
    /// The strings for `languages` (BCP 47 tags, most preferred first, e.g.
    /// the device's list): `es-MX` gets Spanish, `zh-TW` Traditional
    /// Chinese, `fil` Tagalog; unknown tags are skipped and English ends
    /// the chain.
    #[uniffi::constructor]
    pub fn new(languages: Vec<String>) -> Arc<Self> {
        UiStrings::wrap(i18n::UiStrings::new(&languages))
    }

    /// The UI's language: the first of `chain()`.
    pub fn locale(&self) -> String {
        self.inner.locale().to_string()
    }

    /// The negotiated languages, best first, ending in English.
    pub fn chain(&self) -> Vec<String> {
        self.inner.chain().into_iter().map(String::from).collect()
    }

    /// Which way the UI's text runs.
    pub fn direction(&self) -> TextDirection {
        self.inner.direction().into()
    }

    /// The message `key` (e.g. `quick-exit`) in the UI's language.
    /// Throws `NotFound` for a key no locale defines.
    pub fn text(&self, key: String) -> Result<String, GuideError> {
        self.inner.text(&key).ok_or(GuideError::NotFound)
    }

    /// The message `key` with its variables set, e.g. `search-results-count`
    /// with `count` = Number(3). Numbers pick the language's plural form.
    /// Inserted values carry invisible bidi isolation marks, right for
    /// display; pass text through `plainText` before any other use.
    /// Throws `NotFound` for a key no locale defines.
    pub fn format(&self, key: String, args: HashMap<String, UiArg>) -> Result<String, GuideError> {
        let args: Vec<(String, i18n::UiArg)> = args
            .into_iter()
            .map(|(name, value)| (name, value.into()))
            .collect();
        self.inner.format(&key, &args).ok_or(GuideError::NotFound)
    }

    /// The name of the language `tag` in the UI's language ("inglés" for
    /// `en` in Spanish), for "shown in …" marks.
    pub fn language_name(&self, tag: String) -> String {
        self.inner.language_name(&tag)
    }

    /// The mark for a text shown in language `tag` rather than the
    /// person's, e.g. "Se muestra en inglés".
    pub fn shown_in(&self, tag: String) -> String {
        self.inner.shown_in(&tag)
    }

    /// Every message key, in the English file's order.
    pub fn keys(&self) -> Vec<String> {
        i18n::UiStrings::keys()
            .into_iter()
            .map(String::from)
            .collect()
    }
}

/// Every UI language, by tag, with its own name and direction: the
/// language picker's list.
#[uniffi::export]
pub fn ui_locales() -> Vec<UiLocale> {
    i18n::strings::locales()
        .into_iter()
        .map(|locale| UiLocale {
            tag: locale.tag,
            autonym: locale.autonym,
            direction: locale.direction.into(),
        })
        .collect()
}

/// `text` without invisible bidi controls: use it for a `tel:` link, a
/// query copied from the screen, the clipboard or a log line. Keep the
/// original for display.
#[uniffi::export]
pub fn plain_text(text: String) -> String {
    bidi::strip_controls(&text)
}

/// Which way text in the language `tag` runs (for content shown in a
/// language other than the UI's).
#[uniffi::export]
pub fn text_direction(tag: String) -> TextDirection {
    bidi::direction(&tag).into()
}

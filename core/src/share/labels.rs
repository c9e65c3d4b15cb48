//! The few words shared text needs around a record's own text, in the
//! person's language: the apps' Fluent UI strings (`listing-phone`,
//! `share-verified`…), so shared text and screens say the same thing in all
//! sixteen UI languages. Shared text leaves the app, so it carries no
//! invisible bidi controls.

use crate::i18n::bidi::strip_controls;
use crate::i18n::{UiArg, UiStrings};

/// Labels for one person's languages.
pub struct Labels {
    strings: UiStrings,
}

impl std::fmt::Debug for Labels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Labels")
            .field("locale", &self.strings.locale())
            .finish()
    }
}

impl Clone for Labels {
    fn clone(&self) -> Self {
        Labels {
            strings: UiStrings::new(&self.strings.chain()),
        }
    }
}

impl Labels {
    /// The labels of the first of `languages` the UI strings have, else English.
    pub fn for_languages(languages: &[String]) -> Labels {
        Labels {
            strings: UiStrings::new(languages),
        }
    }

    fn text(&self, key: &str, date: Option<&str>) -> String {
        let args: Vec<(&str, UiArg)> = date
            .map(|date| vec![("date", UiArg::Text(date.to_string()))])
            .unwrap_or_default();
        self.strings
            .format(key, &args)
            .map(|text| strip_controls(&text))
            .unwrap_or_default()
    }

    /// "Phone".
    pub fn phone(&self) -> String {
        self.text("listing-phone", None)
    }

    /// "Address".
    pub fn address(&self) -> String {
        self.text("listing-address", None)
    }

    /// "Website".
    pub fn website(&self) -> String {
        self.text("listing-website", None)
    }

    /// "Hours".
    pub fn hours(&self) -> String {
        self.text("listing-hours", None)
    }

    /// "Languages spoken".
    pub fn languages(&self) -> String {
        self.text("listing-languages", None)
    }

    /// "Source".
    pub fn source(&self) -> String {
        self.text("source-label", None)
    }

    /// "Verified 2026-11-26" (the short form).
    pub fn verified(&self, date: &str) -> String {
        self.text("share-verified", Some(date))
    }

    /// "Verified on 2026-11-26." (the long form).
    pub fn verified_on(&self, date: &str) -> String {
        self.text("share-verified-on", Some(date))
    }

    /// "Last checked on …, check current status", for fast-changing records.
    pub fn check_status(&self, date: &str) -> String {
        self.text("record-check-status", Some(date))
    }

    /// The names of languages `tags` in the person's language ("inglés, español").
    pub fn language_names(&self, tags: &[String]) -> String {
        tags.iter()
            .map(|tag| strip_controls(&self.strings.language_name(tag)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

//! The one taxonomy of article topics and listing categories that content,
//! search and the apps share (`content/taxonomy.toml`).
//!
//! The core's build script checks content against it too, so it depends on
//! nothing but `serde` and `toml`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// A topic or category: its key and its display name per language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Term {
    /// Display name per BCP 47 language tag; English is always present.
    pub names: BTreeMap<String, String>,
}

/// The parsed taxonomy file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Taxonomy {
    /// Listing categories by key.
    pub categories: BTreeMap<String, Term>,
    /// Article topics by key.
    pub topics: BTreeMap<String, Term>,
}

impl Taxonomy {
    /// Parses taxonomy TOML text; the error names the line that is wrong.
    pub fn parse(text: &str) -> Result<Taxonomy, String> {
        let taxonomy: Taxonomy = toml::from_str(text).map_err(|err| {
            let line = err
                .span()
                .map(|span| text[..span.start].lines().count().max(1))
                .unwrap_or(1);
            format!("line {line}: {}", err.message())
        })?;
        for (kind, terms) in [
            ("category", &taxonomy.categories),
            ("topic", &taxonomy.topics),
        ] {
            for (key, term) in terms {
                if !term.names.contains_key("en") {
                    return Err(format!("{kind} `{key}` has no English name"));
                }
            }
        }
        Ok(taxonomy)
    }

    /// Whether `key` is a declared listing category.
    pub fn has_category(&self, key: &str) -> bool {
        self.categories.contains_key(key)
    }

    /// Whether `key` is a declared article topic.
    pub fn has_topic(&self, key: &str) -> bool {
        self.topics.contains_key(key)
    }
}

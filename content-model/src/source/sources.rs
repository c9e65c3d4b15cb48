//! `sources.toml`: every source records cite, by key.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::{SourceError, SourceFile, check_id, date};
use crate::model::Source;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    title: String,
    publisher: String,
    url: Option<String>,
    published: Option<String>,
    checked_on: Spanned<Datetime>,
}

/// Reads `sources.toml` at `path`: each table a source, keyed by the id records cite.
pub(super) fn read_sources(path: &Path) -> Result<BTreeMap<String, Source>, SourceError> {
    let file = SourceFile::read(path)?;
    let tables: BTreeMap<String, Spanned<SourceToml>> = file.parse_toml()?;
    let mut sources = BTreeMap::new();
    for (key, spanned) in tables {
        let span = spanned.span();
        check_id(&file, &Spanned::new(span.clone(), key.clone()))?;
        let source = spanned.into_inner();
        if let Some(url) = &source.url
            && !url.starts_with("https://")
            && !url.starts_with("http://")
        {
            return Err(file.error_at(
                Some(span),
                format!("source `{key}`: url must start with https:// or http://"),
            ));
        }
        let checked_on = date(&file, &source.checked_on)?;
        sources.insert(
            key.clone(),
            Source {
                key,
                title: source.title,
                publisher: source.publisher,
                url: source.url,
                published: source.published,
                checked_on,
            },
        );
    }
    Ok(sources)
}

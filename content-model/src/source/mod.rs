//! Reads a pack's human-editable sources (the layout documented in
//! `content/README.md`) into [`PackContent`], refusing anything a city editor
//! got wrong with the file and line to fix.
//!
//! One module per kind of file: `pack.toml` here, `sources.toml` in
//! [`sources`], an article's folder (`article.toml` and one Markdown file
//! per language) in [`article`], a listings file in [`listing`]. The core's
//! build script uses this crate to turn `content/default/` into the bundled
//! pack, so `guide pack build` and the build can never read content
//! differently.

mod article;
mod listing;
mod sources;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use crate::model::{LocalizedText, PackContent, PackInfo, Source};
use crate::taxonomy::Taxonomy;

/// A mistake in a pack's sources: which file, which line, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceError {
    /// The file that is wrong.
    pub file: PathBuf,
    /// The 1-based line, when the mistake has one.
    pub line: Option<usize>,
    /// What is wrong, in words a content editor can act on.
    pub message: String,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

impl std::error::Error for SourceError {}

/// One source file's text, for turning byte offsets into line numbers.
struct SourceFile {
    path: PathBuf,
    text: String,
    /// Lines before the TOML this file's spans are relative to (front matter).
    line_offset: usize,
}

impl SourceFile {
    fn read(path: &Path) -> Result<SourceFile, SourceError> {
        let text = fs::read_to_string(path).map_err(|err| SourceError {
            file: path.to_path_buf(),
            line: None,
            message: format!("cannot read: {err}"),
        })?;
        Ok(SourceFile {
            path: path.to_path_buf(),
            text,
            line_offset: 0,
        })
    }

    fn error_at(&self, span: Option<Range<usize>>, message: impl Into<String>) -> SourceError {
        let line = span.map(|span| {
            let start = span.start.min(self.text.len());
            self.line_offset + self.text[..start].matches('\n').count() + 1
        });
        SourceError {
            file: self.path.clone(),
            line,
            message: message.into(),
        }
    }

    fn error(&self, message: impl Into<String>) -> SourceError {
        self.error_at(None, message)
    }

    fn parse_toml<T: serde::de::DeserializeOwned>(&self) -> Result<T, SourceError> {
        toml::from_str(&self.text).map_err(|err| self.error_at(err.span(), err.message()))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackToml {
    pack_id: Spanned<String>,
    publisher: String,
    version: u64,
    source_language: String,
    languages: Vec<String>,
    area: Option<String>,
    expires: Option<Spanned<Datetime>>,
}

/// Reads the pack sources under `root` (holding `pack.toml`, `sources.toml`,
/// `articles/` and `listings/`) and checks them against `taxonomy`.
pub fn read_pack_dir(root: &Path, taxonomy: &Taxonomy) -> Result<PackContent, SourceError> {
    let pack_file = SourceFile::read(&root.join("pack.toml"))?;
    let pack: PackToml = pack_file.parse_toml()?;
    check_id(&pack_file, &pack.pack_id)?;
    if !pack.languages.contains(&pack.source_language) {
        return Err(pack_file.error(format!(
            "source_language `{}` is not in languages {:?}",
            pack.source_language, pack.languages
        )));
    }
    let expires = pack
        .expires
        .as_ref()
        .map(|d| date(&pack_file, d))
        .transpose()?;
    let info = PackInfo {
        pack_id: pack.pack_id.into_inner(),
        publisher: pack.publisher,
        version: pack.version,
        source_language: pack.source_language,
        languages: pack.languages,
        area: pack.area,
        expires,
    };

    let sources = sources::read_sources(&root.join("sources.toml"))?;
    let mut reader = Reader {
        taxonomy,
        info: &info,
        sources: &sources,
        cited: BTreeSet::new(),
        seen_ids: BTreeMap::new(),
    };

    let mut records = Vec::new();
    for dir in sorted_entries(&root.join("articles"), |p| p.is_dir())? {
        records.push(reader.read_article(&dir)?);
    }
    for file in sorted_entries(&root.join("listings"), |p| {
        p.extension().is_some_and(|ext| ext == "toml")
    })? {
        records.extend(reader.read_listings(&file)?);
    }

    let uncited: Vec<&String> = sources
        .keys()
        .filter(|key| !reader.cited.contains(*key))
        .collect();
    if !uncited.is_empty() {
        return Err(SourceError {
            file: root.join("sources.toml"),
            line: None,
            message: format!("sources cited by no record (remove them or cite them): {uncited:?}"),
        });
    }
    Ok(PackContent { info, records })
}

/// What every file reader shares: the taxonomy and pack it checks against,
/// the sources records cite, and the ids already claimed.
struct Reader<'a> {
    taxonomy: &'a Taxonomy,
    info: &'a PackInfo,
    sources: &'a BTreeMap<String, Source>,
    cited: BTreeSet<String>,
    /// Record id → the file that declared it first, to report duplicates.
    seen_ids: BTreeMap<String, PathBuf>,
}

impl Reader<'_> {
    fn claim_id(&mut self, file: &SourceFile, id: &Spanned<String>) -> Result<(), SourceError> {
        check_id(file, id)?;
        if let Some(first) = self.seen_ids.get(id.get_ref()) {
            return Err(file.error_at(
                Some(id.span()),
                format!(
                    "id `{}` is already used in {}",
                    id.get_ref(),
                    first.display()
                ),
            ));
        }
        self.seen_ids
            .insert(id.get_ref().clone(), file.path.clone());
        Ok(())
    }

    fn check_topics(
        &self,
        file: &SourceFile,
        topics: &[Spanned<String>],
    ) -> Result<Vec<String>, SourceError> {
        topics
            .iter()
            .map(|topic| {
                if self.taxonomy.has_topic(topic.get_ref()) {
                    Ok(topic.get_ref().clone())
                } else {
                    Err(file.error_at(
                        Some(topic.span()),
                        format!(
                            "unknown topic `{}` (declare it in content/taxonomy.toml)",
                            topic.get_ref()
                        ),
                    ))
                }
            })
            .collect()
    }

    fn check_language(&self, file: &SourceFile, lang: &str) -> Result<(), SourceError> {
        if self.info.languages.iter().any(|l| l == lang) {
            Ok(())
        } else {
            Err(file.error(format!(
                "language `{lang}` is not listed in pack.toml `languages` {:?}",
                self.info.languages
            )))
        }
    }

    fn check_has_source_language(
        &self,
        file: &SourceFile,
        texts: &BTreeMap<String, LocalizedText>,
    ) -> Result<(), SourceError> {
        if texts.contains_key(&self.info.source_language) {
            Ok(())
        } else {
            Err(file.error(format!(
                "no text in the pack's source language `{}`",
                self.info.source_language
            )))
        }
    }

    fn cite(
        &mut self,
        file: &SourceFile,
        keys: &[Spanned<String>],
    ) -> Result<Vec<Source>, SourceError> {
        if keys.is_empty() {
            return Err(file.error("every record needs at least one source in `sources`"));
        }
        keys.iter()
            .map(|key| match self.sources.get(key.get_ref()) {
                Some(source) => {
                    self.cited.insert(key.get_ref().clone());
                    Ok(source.clone())
                }
                None => Err(file.error_at(
                    Some(key.span()),
                    format!("source `{}` is not defined in sources.toml", key.get_ref()),
                )),
            })
            .collect()
    }
}

/// Re-points an error made without a line at the given span of the same file.
fn with_span(file: &SourceFile, err: SourceError, span: &Range<usize>) -> SourceError {
    if err.line.is_some() {
        err
    } else {
        file.error_at(Some(span.clone()), err.message)
    }
}

/// Ids and keys: lowercase ASCII letters, digits and single hyphens, so they
/// are safe in URLs, file names and share links on every platform.
fn check_id(file: &SourceFile, id: &Spanned<String>) -> Result<(), SourceError> {
    let text = id.get_ref();
    let valid = crate::model::is_valid_id(text);
    if valid {
        Ok(())
    } else {
        let span = (id.span() != (0..0)).then(|| id.span());
        Err(file.error_at(
            span,
            format!("`{text}` is not a valid id: use lowercase letters, digits and single hyphens"),
        ))
    }
}

/// A TOML date (`2026-11-26`, no time) as an ISO 8601 string.
fn date(file: &SourceFile, value: &Spanned<Datetime>) -> Result<String, SourceError> {
    match (value.get_ref().date, value.get_ref().time) {
        (Some(d), None) => Ok(format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        _ => Err(file.error_at(
            Some(value.span()),
            "expected a date without time, like 2026-11-26",
        )),
    }
}

fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> Result<Vec<PathBuf>, SourceError> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(err) => {
            return Err(SourceError {
                file: dir.to_path_buf(),
                line: None,
                message: format!("cannot read directory: {err}"),
            });
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| keep(path))
        .collect();
    paths.sort();
    Ok(paths)
}

#[cfg(test)]
mod tests;

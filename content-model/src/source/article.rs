//! An article's folder: `article.toml` (topics, dates, sources) and one
//! Markdown file per language, each opening with `+++`-fenced front matter.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use toml::value::Datetime;

use super::{Reader, SourceError, SourceFile, date, sorted_entries};
use crate::model::{ArticleDetails, Details, LocalizedText, Record, Translation};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleToml {
    topics: Vec<Spanned<String>>,
    jurisdiction: Option<String>,
    verified_on: Spanned<Datetime>,
    expires_on: Option<Spanned<Datetime>>,
    sources: Vec<Spanned<String>>,
    #[serde(default)]
    related_listings: Vec<String>,
    #[serde(default)]
    related_categories: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    summary: String,
    #[serde(default)]
    tags: Vec<String>,
    translation: Spanned<Translation>,
    reviewer: Option<String>,
}

impl Reader<'_> {
    /// Reads the article in the folder `dir` (its name is the record id).
    pub(super) fn read_article(&mut self, dir: &Path) -> Result<Record, SourceError> {
        let meta_file = SourceFile::read(&dir.join("article.toml"))?;
        let meta: ArticleToml = meta_file.parse_toml()?;
        let id = dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.claim_id(&meta_file, &Spanned::new(0..0, id.clone()))?;
        let topics = self.check_topics(&meta_file, &meta.topics)?;
        if topics.is_empty() {
            return Err(meta_file.error("an article needs at least one topic"));
        }
        let mut related_categories = Vec::with_capacity(meta.related_categories.len());
        for category in &meta.related_categories {
            if !self.taxonomy.has_category(category.get_ref()) {
                return Err(meta_file.error_at(
                    Some(category.span()),
                    format!(
                        "related_categories: unknown category `{}` (declare it in content/taxonomy.toml)",
                        category.get_ref()
                    ),
                ));
            }
            related_categories.push(category.get_ref().clone());
        }

        let mut texts = BTreeMap::new();
        for path in sorted_entries(dir, |p| p.extension().is_some_and(|ext| ext == "md"))? {
            let lang = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let file = SourceFile::read(&path)?;
            self.check_language(&file, &lang)?;
            texts.insert(lang, read_text(file)?);
        }
        self.check_has_source_language(&meta_file, &texts)?;

        Ok(Record {
            id,
            topics,
            texts,
            sources: self.cite(&meta_file, &meta.sources)?,
            verified_on: date(&meta_file, &meta.verified_on)?,
            expires_on: meta
                .expires_on
                .as_ref()
                .map(|d| date(&meta_file, d))
                .transpose()?,
            details: Details::Article(ArticleDetails {
                jurisdiction: meta.jurisdiction,
                related_listings: meta.related_listings,
                related_categories,
            }),
        })
    }
}

/// Splits `+++`-fenced TOML front matter from a Markdown body.
fn read_text(mut file: SourceFile) -> Result<LocalizedText, SourceError> {
    let text = std::mem::take(&mut file.text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| {
            file.error_at(
                Some(0..0),
                "must start with a `+++` line opening the front matter",
            )
        })?;
    let (front, body) = match rest.find("\n+++") {
        Some(end) => {
            let after = &rest[end + 4..];
            (
                &rest[..end + 1],
                after
                    .trim_start_matches(['\r'])
                    .strip_prefix('\n')
                    .unwrap_or(after),
            )
        }
        None => {
            file.text = text.clone();
            return Err(file.error_at(Some(0..0), "front matter is not closed by a `+++` line"));
        }
    };
    file.text = front.to_string();
    file.line_offset = 1;
    let meta: FrontMatter = file.parse_toml()?;
    if meta.title.trim().is_empty() || meta.summary.trim().is_empty() {
        return Err(file.error_at(Some(0..0), "title and summary must not be empty"));
    }
    let reviewed = *meta.translation.get_ref() == Translation::Reviewed;
    if reviewed != meta.reviewer.is_some() {
        return Err(file.error_at(
            Some(meta.translation.span()),
            "`reviewer` must name who reviewed exactly when translation = \"reviewed\"",
        ));
    }
    Ok(LocalizedText {
        title: meta.title.trim().to_string(),
        summary: meta.summary.trim().to_string(),
        body: body.trim().to_string(),
        tags: meta.tags,
        translation: *meta.translation.get_ref(),
        reviewer: meta.reviewer,
    })
}
